"""Adapters: the database, the mail servers and the ERP mirror, implementing the ports of core/.

They import core/ and the domain, never the shell (dunmail/), the web app, evals or bench; the shell
passes their settings in as plain parameters."""
