"""field33: a sealed, hand-written held-out split (see evals/LABELING.md, "The thirty-third field split")."""
