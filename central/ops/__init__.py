"""What the server does, as units of work over the database, shared by the API and the CLI."""
