"""field49: a sealed held-out split, hand-written in its own world (H49xx customers, INV-2026-949xx, BK49 lines)."""
