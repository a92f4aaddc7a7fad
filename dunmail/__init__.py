"""dunmail's service shell: settings, the one composition root (wiring), CLI, workers, tick, the approval
queue. The database, mail and ERP adapters it builds live in adapters/."""
