"""Build rules from ``configs/rules/*.yaml``: one rule per file, validated, failing loudly on any mistake."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, create_model

from ...config import read_yaml, validate
from ...errors import ConfigError
from .base import CHANNELS, REGISTRY, ChannelName, ExplanationKey, Rule


class RuleFile(BaseModel):
    """A rule file: which registered type, where it applies, its explanation texts and its params."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$", description="Stable rule id reported in findings.")
    type: str = Field(description="Registered rule type, e.g. ccqa.rules.jargon.v1.")
    enabled: bool = True
    channels: tuple[ChannelName, ...] = Field(CHANNELS, min_length=1, description="Other channels give na.")
    explanation: dict[ExplanationKey, str] = Field(default_factory=dict,
                                                   description="Templates replacing the type's defaults.")
    params: dict[str, Any] = Field(default_factory=dict)


@cache
def _typed(cls: type[Rule]) -> type[RuleFile]:
    """``RuleFile`` with ``params`` typed by the rule class, so errors read ``params.<key>``."""
    return create_model(f"{cls.__name__}File", __base__=RuleFile,
                        params=(cls.Params, Field(default_factory=cls.Params)))


def load_rule(path: Path) -> tuple[RuleFile, Rule]:
    """One rule file, validated, and the rule built from it."""
    file = str(path)
    data = read_yaml(path)
    if not isinstance(data, dict):
        raise ConfigError(file, "<root>", "expected a mapping with id, type and params",
                          sorted(RuleFile.model_fields))
    spec = validate(data, RuleFile, file)
    cls = REGISTRY.get(spec.type)
    if cls is None:
        raise ConfigError(file, "type", f"unknown rule type '{spec.type}'", sorted(REGISTRY))
    spec = validate(data, _typed(cls), file)
    for key, template in spec.explanation.items():
        problem = cls.template_problem(key, template)
        if problem:
            raise ConfigError(file, f"explanation.{key}", problem[0], problem[1])
    rule = cls(spec.id, spec.params, channels=spec.channels, explanation=spec.explanation)
    return spec, rule


def load_rules(folder: Path) -> list[Rule]:
    """The enabled rules in ``folder/*.yaml``, in file-name order; every file (enabled or not) is validated."""
    folder = Path(folder)
    if not folder.is_dir():
        raise ConfigError(str(folder), "language.rules_dir", "rules folder not found; point language.rules_dir "
                                                              "in configs/ccqa.yaml at a folder of rule files")
    files = sorted([*folder.glob("*.yaml"), *folder.glob("*.yml")])
    if not files:
        raise ConfigError(str(folder), "language.rules_dir", "no rule files (*.yaml) in the rules folder")
    seen: dict[str, Path] = {}
    rules: list[Rule] = []
    for path in files:
        spec, rule = load_rule(path)
        if spec.id in seen:
            raise ConfigError(str(path), "id", f"duplicate rule id '{spec.id}', also used in {seen[spec.id].name}; "
                                               "give each rule file its own id")
        seen[spec.id] = path
        if spec.enabled:
            rules.append(rule)
    return rules
