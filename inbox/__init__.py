"""Mail in and out: sources (Maildir, IMAP), parsing, threading, and the outbox (Maildir, SMTP)."""
