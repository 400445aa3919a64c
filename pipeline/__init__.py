"""ccqa: contact-centre QA scoring pipeline."""
__version__ = "0.1.0"
