"""Documents made from the plan and its follow-up: the one Jinja environment and the plain
records templates receive, checklists and builds, the follow-up report, the plan's change
annex, tables for the terminal and pipes, and review annotations."""
