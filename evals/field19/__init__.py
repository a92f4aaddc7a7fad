"""field19: a sealed, hand-written held-out split (see evals/LABELING.md, "The nineteenth field split")."""
