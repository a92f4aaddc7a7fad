"""field38: a sealed, hand-written held-out split (see evals/LABELING.md, "The thirty-eighth field split")."""
