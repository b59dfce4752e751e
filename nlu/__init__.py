"""Custom Rasa NLU components for Arabic, Darija (both scripts) and French."""
