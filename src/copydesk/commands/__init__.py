"""CLI sub-commands, one module each (see copydesk.cli)."""
