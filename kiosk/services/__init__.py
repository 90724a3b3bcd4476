"""The application layer: the use cases the window and the commands call, over a unit of work."""
