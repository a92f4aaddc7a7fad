"""The field61 split: hand-written replies of mid-September to mid-October 2029 (sealed, held out)."""
