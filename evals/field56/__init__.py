"""field56: a sealed, hand-written held-out split (see /tmp/field56-labeling.md, "The fifty-sixth field split")."""
