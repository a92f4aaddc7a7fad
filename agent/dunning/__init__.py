"""Dunning: the staged-reminder policy, reminder composition and the reminder graph."""
