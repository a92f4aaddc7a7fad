"""field60: a sealed, hand-written held-out split (see /tmp/field60-labeling.md, "The sixtieth field split")."""
