"""field56: a sealed, hand-written held-out split (see evals/LABELING.md, "The fifty-sixth field split")."""
