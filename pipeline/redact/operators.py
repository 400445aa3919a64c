"""How each entity is replaced: ``<ENTITY_TYPE>`` by default, per-entity operators, or pseudonyms."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from presidio_anonymizer.entities import OperatorConfig
from pydantic import BaseModel, ConfigDict, Field

from ..config import load_model


class OperatorSpec(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    type: Literal["replace", "mask", "redact", "hash"] = "replace"
    params: dict[str, Any] = Field(default_factory=dict)


class OperatorsFile(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    template: str = Field("<{entity_type}>", description="Replacement text; {entity_type} is filled in.")
    pseudonym_template: str = Field("<{entity_type}_{n}>")
    entities: dict[str, OperatorSpec] = Field(default_factory=dict)


def load_operators(path: Path) -> OperatorsFile:
    return load_model(path, OperatorsFile)


class Pseudonymiser:
    """Consistent per-interaction pseudonyms: the same value gets the same ``<PERSON_1>``."""

    def __init__(self, template: str):
        self.template = template
        self.seen: dict[tuple[str, str], str] = {}
        self.counts: dict[str, int] = {}

    def __call__(self, entity_type: str, value: str) -> str:
        key = (entity_type, "".join(ch.lower() for ch in value if ch.isalnum()))
        if key not in self.seen:
            self.counts[entity_type] = self.counts.get(entity_type, 0) + 1
            self.seen[key] = self.template.format(entity_type=entity_type, n=self.counts[entity_type])
        return self.seen[key]


def operator_configs(spec: OperatorsFile, entity_types: set[str],
                     pseudonymiser: Pseudonymiser | None = None) -> dict[str, OperatorConfig]:
    """Presidio operator configs for the entity types present in one text."""
    configs: dict[str, OperatorConfig] = {}
    for entity in entity_types:
        custom = spec.entities.get(entity)
        if pseudonymiser is not None and (custom is None or custom.type == "replace"):
            configs[entity] = OperatorConfig("custom", {"lambda": (lambda v, e=entity: pseudonymiser(e, v))})
        elif custom is not None and custom.type != "replace":
            configs[entity] = OperatorConfig(custom.type, dict(custom.params))
        else:
            value = (custom.params.get("new_value") if custom else None) or spec.template
            configs[entity] = OperatorConfig("replace", {"new_value": value.format(entity_type=entity)})
    return configs
