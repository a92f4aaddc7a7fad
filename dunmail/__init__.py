"""dunmail's service shell: settings, database, CLI and the one composition root (wiring)."""
