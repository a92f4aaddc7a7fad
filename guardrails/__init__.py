"""Checks that fail closed: inbound (manipulation, sender) and outbound (facts, recipients, content, touch limits)."""
