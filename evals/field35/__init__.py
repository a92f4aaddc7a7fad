"""field35: a sealed, hand-written held-out split (see evals/LABELING.md, "The thirty-fifth field split")."""
