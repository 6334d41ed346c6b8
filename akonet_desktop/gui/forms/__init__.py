"""Python modules compiled from ui/*.ui by `make forms` (pyside6-uic); not edited by hand."""
