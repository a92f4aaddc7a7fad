"""field8: an eighth hand-written held-out split (dental labs, scaffolding hire, ferries, record labels, ski schools,
funeral homes, seed merchants, chess clubs, coworking spaces, embassy suppliers). Never train on it."""
