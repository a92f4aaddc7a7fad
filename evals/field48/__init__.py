"""field48: a sealed, hand-written held-out split (see evals/LABELING.md, "The forty-eighth field split")."""
