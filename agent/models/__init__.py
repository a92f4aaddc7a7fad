"""Reply-reading models behind the one ReplyModel interface (core/contracts.py)."""
