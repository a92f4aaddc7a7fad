"""field53: a sealed, hand-written held-out split (see evals/LABELING.md, "The fifty-third field split")."""
