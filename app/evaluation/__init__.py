"""Evaluation of routers on labelled task files (dataset schema or real-task schema)."""
