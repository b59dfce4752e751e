"""Channels in front of the Rasa server: the command line and the Telegram bot."""
