"""Measuring the NLU model on the held-out set, next to Rasa's default pipeline."""
