"""field36: a sealed, hand-written held-out split (see evals/LABELING.md, "The thirty-sixth field split")."""
