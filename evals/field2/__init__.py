"""The second hand-written held-out split (field2), written before anyone tuned the reader on it.

Same contract and envelope as evals/field, but its own customers, invoices, payments and replies,
written one at a time for issue 14. Nothing here may be used for training, for choosing settings or
for writing rules, and nobody reads these replies while changing the reader: the split exists to
measure it on text nobody here generated or looked at. `python -m evals.field2.build` writes
evals/datasets/field2/.
"""
