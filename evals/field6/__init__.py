"""The sixth hand-written held-out split (evals/datasets/field6): marinas, opticians, bakeries, event agencies, labs,
university purchasing, NGOs, farmers' cooperatives, taxi firms, solicitors' cashiers and municipal utilities.

Sealed: never train on it, choose settings on it or write rules from it (evals/train.py refuses it).
"""
