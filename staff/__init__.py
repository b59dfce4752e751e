"""The staff web application: the help desk and the ministry's editors (Flask)."""
