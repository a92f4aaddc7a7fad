"""field20: a sealed, hand-written held-out split (see evals/LABELING.md, "The twentieth field split")."""
