"""field58: a sealed, hand-written held-out split (see evals/LABELING.md, "The fifty-eighth field split")."""
