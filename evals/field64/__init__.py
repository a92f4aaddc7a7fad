"""field64: a sealed, hand-written held-out split (see /tmp/field64-labeling.md until the lead registers it in evals/LABELING.md)."""
