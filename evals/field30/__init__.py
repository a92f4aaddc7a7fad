"""field30: a sealed, hand-written held-out split (see evals/LABELING.md, "The thirtieth field split")."""
