"""field14: hand-written training replies on the reader's weakest borders (see evals/LABELING.md)."""
