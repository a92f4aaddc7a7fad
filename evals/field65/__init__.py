"""field65: a sealed, hand-written held-out split (see /tmp/field65-labeling.md until the lead registers it)."""
