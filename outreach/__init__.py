"""Messages the assistant sends first: reminders along the path and announcements, sent by one scheduler."""
