"""field69: a sealed held-out split of hand-written AR replies, in its own world (R69xx), March and April 2031: spring, fiscal year-ends and Easter."""
