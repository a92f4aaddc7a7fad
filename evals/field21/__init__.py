"""field21: a hand-written training split weighted to dated promises (see evals/LABELING.md, "The twenty-first field split")."""
