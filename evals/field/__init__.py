"""The field split: replies written by hand, one at a time, in voices the generator never used.

Nothing here is generated from phrase banks, and nothing here may be used for training, for
choosing settings or for writing rules: the split exists to measure the reader on text nobody
tuned it on. `python -m evals.field.build` writes evals/datasets/field/.
"""
