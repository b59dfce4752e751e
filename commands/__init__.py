"""The `hirfa` command line: one entry point for every process and task of the project."""
