"""field55: a sealed, hand-written held-out split (see evals/LABELING.md, "The fifty-fifth field split")."""
