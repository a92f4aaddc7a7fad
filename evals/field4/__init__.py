"""The fourth hand-written held-out split (field4), written before anyone changed the reader for field, field2 or field3.

Same contract and envelope as evals/field, field2 and field3, but its own customers, invoices, payments and
replies, written one at a time by someone who had not read the reader, the generator or the other splits'
replies. Nothing here may be used for training, for choosing settings or for writing rules, and nobody reads
these replies while changing the reader. `python -m evals.field4.build` writes evals/datasets/field4/.
"""
