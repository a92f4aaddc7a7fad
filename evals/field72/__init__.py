"""field72: a sealed held-out split of hand-written AR replies, in its own world (V72xx), June and July 2032: the half-year close and the start of summer."""
