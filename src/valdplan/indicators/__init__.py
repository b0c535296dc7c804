"""Indicators from Kolada: the one network client, the snapshot file it writes beside the
plan, and reading that snapshot back for documents."""
