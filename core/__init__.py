"""The bottom layer: plain types (contracts, records, the parsed message, outgoing mail) and the ports.

Nothing here imports any other package of the project."""
