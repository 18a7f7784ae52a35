"""One module per sub-command: each parses nothing and returns an exit code."""
