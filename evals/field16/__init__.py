"""field16: a sealed, hand-written held-out split (see evals/LABELING.md, "The sixteenth field split")."""
