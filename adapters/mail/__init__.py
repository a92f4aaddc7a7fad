"""The mail adapters: IMAP and Maildir sources, SMTP and Maildir outboxes, and storing what arrives.

They read their configuration through the protocols in config.py, which dunmail.settings.Settings
fulfils; they never import the shell."""
