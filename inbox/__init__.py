"""Parsing mail: MIME, charsets, attachments, visible text, auto-replies and bounces. The sources and
outboxes (IMAP, Maildir, SMTP) are adapters: adapters/mail/."""
