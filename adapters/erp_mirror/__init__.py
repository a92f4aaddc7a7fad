"""The ERP mirror: the books copied into local tables (sync.py), read through the Erp port (mirror.py)."""
