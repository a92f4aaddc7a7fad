"""field23: a sealed, hand-written held-out split (see evals/LABELING.md, "The twenty-third field split")."""
