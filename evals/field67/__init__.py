"""field67: a sealed held-out split of hand-written AR replies, in its own world (P67xx), late April to midsummer 2030."""
