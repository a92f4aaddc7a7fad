"""field32: a sealed, hand-written held-out split (see evals/LABELING.md, "The thirty-second field split")."""
