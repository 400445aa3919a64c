"""ccqa's UK contact-centre recognizers, one per file."""
