"""PySide6 widgets: the kiosk shell and the wizard pages."""
