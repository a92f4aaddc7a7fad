"""field63: a sealed held-out split of hand-written AR replies, in its own world (H63xx), late November to Christmas 2029."""
