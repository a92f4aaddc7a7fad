"""field43: a sealed, hand-written held-out split (issue 14), world A43xx."""
