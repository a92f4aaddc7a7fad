"""field39: a sealed, hand-written held-out split (see evals/LABELING.md, "The thirty-ninth field split")."""
