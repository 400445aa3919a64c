"""Coded errors that say how to fix the problem (spaCy style)."""

from __future__ import annotations


class CCQAError(Exception):
    """Base error: ``code`` is stable, the message says what to do."""

    code = "E000"

    def __init__(self, message: str):
        super().__init__(f"[{self.code}] {message}")


class ConfigError(CCQAError):
    """A configuration file is missing, unreadable or invalid."""

    code = "E001"

    def __init__(self, file: str, key: str, problem: str, valid: list[str] | None = None):
        self.file, self.key, self.problem = file, key, problem
        hint = f" Valid options: {', '.join(valid)}." if valid else ""
        super().__init__(f"{file}: key '{key}': {problem}.{hint}")


class InputPathError(CCQAError):
    """An input path does not exist or has no readable records."""

    code = "E002"


class InputFormatError(CCQAError):
    """The input format could not be determined or is not supported."""

    code = "E003"


class ModelLoadError(CCQAError):
    """A model package or directory could not be loaded offline."""

    code = "E004"


class LabelledDataError(CCQAError):
    """A labelled evaluation file is malformed."""

    code = "E005"
