"""field54: a sealed, hand-written held-out split (see evals/LABELING.md, "The fifty-fourth field split")."""
