"""field18: a hand-written training split weighted to dated promises (see evals/LABELING.md, "The eighteenth field split")."""
