"""field51: a sealed, hand-written held-out split (see evals/LABELING.md, "The fifty-first field split")."""
