"""AKONet Desktop: administration client for AKONet companies, with its bundled server."""

__version__ = "0.1.0"
