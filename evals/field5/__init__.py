"""The fifth hand-written held-out split (field5), sealed until the lead measures it.

Same contract and envelope as evals/field … field4, but its own customers, invoices, payments and replies, written
one at a time by someone who had not read the reader, the generator or the other splits' replies. Nothing here may
be used for training, for choosing settings or for writing rules. `python -m evals.field5.build` writes
evals/datasets/field5/.
"""
