"""field42: a sealed, hand-written held-out split (issue 14), world B42xx."""
