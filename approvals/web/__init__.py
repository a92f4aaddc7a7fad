"""The collectors' approval web app (server-rendered pages and a JSON API under /api/)."""
