"""field47: a sealed, hand-written held-out split (see evals/LABELING.md, "The forty-seventh field split")."""
