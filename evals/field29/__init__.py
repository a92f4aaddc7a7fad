"""field29: a sealed, hand-written held-out split (issue 14) in its own world (S29xx), replies dated 30 November to 3 December 2026."""
