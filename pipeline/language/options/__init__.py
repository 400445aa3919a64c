"""The two-options detector: cue rules (spaCy Matcher) plus classifier heads on the shared encoder."""
