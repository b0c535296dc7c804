"""Follow-up of the plan: what each body has done with each of its actions, per period.

Models and statuses (``models``), loading against the plan (``loading``), writing a fresh
file (``writing``), in-place edits (``editing``), merging the boards' files (``merging``),
progress figures (``progress``), spreadsheets (``spreadsheet``) and the personal-data scan
(``privacy``).
"""
