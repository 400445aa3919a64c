"""Language-adaptation rules: one small class per rule type, configured by ``configs/rules/*.yaml``.

Importing this package registers every rule type; nothing loads a model until a rule first runs.
"""

# importing the rule modules registers their types
from . import (  # noqa: F401
    checks_understanding,
    jargon,
    passive_voice,
    positive_language,
    readability_threshold,
    reading_level,
    sentence_length,
)
from .base import REGISTRY, Rule, RuleParams, register
from .engine import RuleSet
from .loader import RuleFile, load_rule, load_rules

__all__ = ["REGISTRY", "Rule", "RuleFile", "RuleParams", "RuleSet", "load_rule", "load_rules", "register"]
