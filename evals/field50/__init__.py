"""field50: a sealed, hand-written held-out split (see evals/LABELING.md, "The fiftieth field split")."""
