"""field59: a sealed, hand-written held-out split (see evals/LABELING.md, "The fifty-ninth field split")."""
