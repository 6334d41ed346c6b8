"""The Devices start view: the table model fed page by page, the view, and its dialogs."""
