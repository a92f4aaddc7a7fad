"""field22: a sealed, hand-written held-out split (see evals/LABELING.md, "The twenty-second field split")."""
