"""field13: a thirteenth hand-written held-out split (funeral homes, marinas, dental labs, organic co-ops, theatres, IT
MSPs, ski schools, printers, a dive centre, timber framers, an art foundry, a sail loft, cork, riding, maple syrup,
uniforms). Never train on it."""
