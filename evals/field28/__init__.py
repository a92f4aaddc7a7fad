"""field28: a sealed, hand-written held-out split (see evals/LABELING.md, "The twenty-eighth field split")."""
