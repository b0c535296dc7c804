"""The plan: models on a strict base, loading with located problems, queries and name
matching, records for output, the diff between two plans, and the JSON Schema."""
