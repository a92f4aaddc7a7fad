"""field57: a sealed, hand-written held-out split (see evals/LABELING.md, "The fifty-seventh field split")."""
