"""Reading and writing files, knowing nothing of what a plan is.

Size-limited reading and decoding (``reading``), the event-based YAML reader with positions
(``yaml_events``), the one writing path (``writing``) and output folders (``folder``), the
cache (``cache``), the YAML layout of ``valdplan fmt`` (``fmt``), and where the shipped plan
and templates are (``shipped``).
"""
