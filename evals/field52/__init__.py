"""field52: a sealed, hand-written held-out split (see evals/LABELING.md, "The fifty-second field split")."""
