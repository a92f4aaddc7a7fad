"""Reproducible generator for the labelled email-thread datasets (see evals/LABELING.md)."""
