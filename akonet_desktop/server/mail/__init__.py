"""Server mail: rendering of the platform's emails and link pages, and their delivery."""
