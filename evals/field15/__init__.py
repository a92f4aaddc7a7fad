"""field15: a sealed, hand-written held-out split (see evals/LABELING.md, "The fifteenth field split")."""
