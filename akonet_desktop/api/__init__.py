"""The HTTP contract shared by the server and the desktop client."""

API_PREFIX = "/api/v1"
