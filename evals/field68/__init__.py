"""field68: a sealed held-out split of hand-written AR replies, in its own world (Q68xx), Epiphany to Carnival 2031."""
