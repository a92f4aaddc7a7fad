"""The third hand-written held-out split (field3), written before anyone tuned the reader on it.

Same contract and envelope as evals/field and evals/field2, but its own customers, invoices, payments
and replies, written one at a time by someone who had not read the reader, the generator or the other
splits' replies. Nothing here may be used for training, for choosing settings or for writing rules, and
nobody reads these replies while changing the reader. `python -m evals.field3.build` writes
evals/datasets/field3/.
"""
