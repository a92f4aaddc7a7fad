"""field71: a sealed held-out split of hand-written AR replies, in its own world (U71xx), November and December 2031: Thanksgiving, Advent and the year-end close."""
