"""Reply-reading models behind the one ReplyModel interface (agent/contracts.py)."""
