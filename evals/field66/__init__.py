"""field66: a sealed, hand-written held-out split (see /tmp/field66-labeling.md until the lead files it in evals/LABELING.md)."""
