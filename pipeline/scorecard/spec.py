"""The scorecard YAML (``configs/scorecards/*.yaml``), validated: sections → items, events, bands, risk flags.

A team copies ``default.yaml`` and edits weights, cue phrases, bands or applicability without code;
every mistake stops the run naming the file and the key (``sections.1.items.0.detector``) and, where
there is a fixed set, the valid options.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..config import read_yaml, validate
from ..errors import ConfigError
from ..schema import Channel, ComplexityLabel
from .detectors import REGISTRY, Detector, registered

_ID = r"^[a-z][a-z0-9_]*$"


class _Spec(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Band(_Spec):
    name: str = Field(min_length=1)
    below: float | None = Field(None, gt=0, le=100.000001,
                                description="Percentages below this get the band; the last band has none.")


class Applicability(_Spec):
    """The item applies on these channels and, when conditions are given, when any one of them holds."""

    channels: tuple[Channel, ...] = Field((Channel.call, Channel.chat, Channel.email), min_length=1)
    complexity: tuple[ComplexityLabel, ...] | None = Field(None, description="Complexity labels that make it apply.")
    events: tuple[str, ...] | None = Field(None, description="Detected events (any) that make it apply.")


class DetectorRef(_Spec):
    detector: str = Field(description="Registered detector name, e.g. ccqa.detect.identity_order.v1.")
    params: dict[str, Any] = Field(default_factory=dict)


class EventSpec(DetectorRef):
    pass


class ItemSpec(DetectorRef):
    id: str = Field(pattern=_ID, description="Stable item id (reports and calibration key on it).")
    title: str = ""
    weight: float = Field(ge=0)
    critical: bool = Field(False, description="A fail sets auto_fail and the fail band.")
    enabled: bool = True
    applies: Applicability = Applicability()
    coaching_tip: str = Field(min_length=1, description="Shown to the agent when the item fails.")


class SectionSpec(_Spec):
    id: str = Field(pattern=_ID)
    title: str = ""
    items: tuple[ItemSpec, ...] = Field(min_length=1)


class RiskFlagSpec(_Spec):
    event: str = Field(description="The event that raises the flag.")
    escalated_by: str | None = Field(None, description="Item id whose pass means the event was escalated.")


class ScorecardSpec(_Spec):
    scorecard_id: str = Field(min_length=1)
    description: str = ""
    bands: tuple[Band, ...] = Field(min_length=1)
    fail_band: str = Field("fail", min_length=1)
    na_band: str = Field("not_scored", min_length=1, description="Band when every item is N/A.")
    events: dict[str, EventSpec] = Field(default_factory=dict)
    risk_flags: dict[str, RiskFlagSpec] = Field(default_factory=dict)
    sections: tuple[SectionSpec, ...] = Field(min_length=1)

    @property
    def items(self) -> tuple[ItemSpec, ...]:
        return tuple(i for s in self.sections for i in s.items)

    def band_for(self, percentage: float | None, auto_fail: bool) -> str:
        if auto_fail:
            return self.fail_band
        if percentage is None:
            return self.na_band
        for band in self.bands:
            if band.below is None or percentage < band.below:
                return band.name
        return self.bands[-1].name


def _params(ref: DetectorRef, key: str, kind: Literal["item", "event"], file: str) -> Detector:
    cls = REGISTRY.get(ref.detector)
    if cls is None or cls.kind != kind:
        raise ConfigError(file, f"{key}.detector", f"unknown {kind} detector '{ref.detector}'", registered(kind))
    try:
        params = cls.Params.model_validate(ref.params)
    except ValidationError as err:
        first = err.errors()[0]
        loc = ".".join(str(p) for p in first.get("loc", ()))
        valid = sorted(cls.Params.model_fields) if first.get("type") == "extra_forbidden" else None
        raise ConfigError(file, f"{key}.params" + (f".{loc}" if loc else ""), first.get("msg", "invalid value"),
                          valid) from err
    return cls(params)


def check(spec: ScorecardSpec, file: str) -> tuple[dict[str, Detector], dict[str, Detector]]:
    """Cross-checks pydantic cannot do alone; returns (event detectors, item detectors), not loaded."""
    bands = spec.bands
    for i, band in enumerate(bands):
        last = i == len(bands) - 1
        if last != (band.below is None):
            raise ConfigError(file, f"bands.{i}.below", "only the last band has no 'below'" if not last
                              else "the last band takes every score above the others; remove its 'below'")
        if i and not last and band.below <= bands[i - 1].below:
            raise ConfigError(file, f"bands.{i}.below", "bands must be in increasing order of 'below'")
    events: dict[str, Detector] = {}
    for name, ref in spec.events.items():
        events[name] = _params(ref, f"events.{name}", "event", file)
        for other in getattr(events[name].params, "events", ()) or ():
            if other not in events or other == name:
                raise ConfigError(file, f"events.{name}.params.events", f"'{other}' must be an event declared above "
                                  f"'{name}'", sorted(n for n in events if n != name))
    items: dict[str, Detector] = {}
    for s, section in enumerate(spec.sections):
        for i, item in enumerate(section.items):
            key = f"sections.{s}.items.{i}"
            if item.id in items:
                raise ConfigError(file, f"{key}.id", f"duplicate item id '{item.id}'; item ids must be unique")
            for name in item.applies.events or ():
                if name not in spec.events:
                    raise ConfigError(file, f"{key}.applies.events", f"unknown event '{name}'", sorted(spec.events))
            detector = _params(item, key, "item", file)
            for name in getattr(detector.params, "events", ()) or ():
                if name not in spec.events:
                    raise ConfigError(file, f"{key}.params.events", f"unknown event '{name}'", sorted(spec.events))
            items[item.id] = detector
    for flag, ref in spec.risk_flags.items():
        if ref.event not in spec.events:
            raise ConfigError(file, f"risk_flags.{flag}.event", f"unknown event '{ref.event}'", sorted(spec.events))
        if ref.escalated_by is not None and ref.escalated_by not in items:
            raise ConfigError(file, f"risk_flags.{flag}.escalated_by", f"unknown item '{ref.escalated_by}'",
                              sorted(items))
    return events, items


def load_spec(path: Path) -> tuple[ScorecardSpec, dict[str, Detector], dict[str, Detector]]:
    """Read and validate a scorecard YAML; returns the spec and its (unloaded) event and item detectors."""
    spec = validate(read_yaml(path), ScorecardSpec, str(path))
    events, items = check(spec, str(path))
    return spec, events, items
