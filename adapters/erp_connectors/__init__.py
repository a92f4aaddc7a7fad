"""Connectors to the systems an AR team already keeps its books in (csv export, QuickBooks Online,
Xero, Stripe). Each one only reads: it turns the system's records into dunmail's records for the
local mirror (`adapters.erp_mirror.mirror`). None of them ever writes to the books."""
