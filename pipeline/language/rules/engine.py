"""Run the rules over one interaction."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ...schema import Finding
from ..context import LanguageContext
from .base import Rule
from .loader import load_rules


class RuleSet:
    """The configured rules, evaluated in file order."""

    def __init__(self, rules: Iterable[Rule]):
        self.rules = tuple(rules)

    @classmethod
    def from_folder(cls, folder: Path) -> RuleSet:
        return cls(load_rules(folder))

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(r.rule_id for r in self.rules)

    def evaluate(self, ctx: LanguageContext) -> tuple[Finding, ...]:
        """One finding per rule, in order."""
        return tuple(rule.evaluate(ctx) for rule in self.rules)
