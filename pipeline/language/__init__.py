"""Language quality: readability, adaptation rules and the two-options detector."""
