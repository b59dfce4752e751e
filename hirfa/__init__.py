"""Cross-cutting pieces every process shares (configuration)."""
