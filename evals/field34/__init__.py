"""field34: a sealed, hand-written held-out split (see evals/LABELING.md, "The thirty-fourth field split")."""
