"""Read-only ERP and payment lookups. The ERP stays the source of truth; dunmail never writes to it."""
