"""field62: a sealed, hand-written held-out split (see evals/LABELING.md, "The sixty-second field split")."""
