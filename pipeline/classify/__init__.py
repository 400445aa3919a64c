"""Complexity and sentiment classifiers: a shared sentence encoder with scikit-learn heads."""
