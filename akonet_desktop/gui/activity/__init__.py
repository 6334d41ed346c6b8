"""The Activity page: the company's activity log, for its owner and administrators."""
