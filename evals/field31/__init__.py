"""field31: a sealed, hand-written held-out split (see evals/LABELING.md, "The thirty-first field split")."""
