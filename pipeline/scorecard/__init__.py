"""Compliance scorecard: YAML-defined sections and items answered by small registered detectors."""
