"""field70: a sealed held-out split of hand-written AR replies, in its own world (S70xx), the summer shutdown and back to work, August to early October 2031."""
