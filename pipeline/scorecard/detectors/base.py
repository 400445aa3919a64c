"""The small base every scorecard detector shares, and the registry of versioned detector names.

A detector is declared in the scorecard YAML by its registered name (``ccqa.detect.identity_order.v1``)
and ``params``; its ``Params`` model validates them. The constructor only stores the params,
``load(nlp)`` compiles cue phrases against the spaCy vocabulary, and ``detect(ctx)`` answers one item
(:class:`Outcome`) or finds one kind of event (hits). A change of behaviour gets a new version name.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from ...schema import Evidence
from ..cues import CueSet, CueSyntaxError, Hit, check_cues

if TYPE_CHECKING:
    from ..context import ScoreContext

Result = Literal["pass", "fail", "na"]
Kind = Literal["item", "event"]

#: Registered name → detector class.
REGISTRY: dict[str, type["Detector"]] = {}


def register(cls: type["Detector"]) -> type["Detector"]:
    """Class decorator: make a detector available to scorecard YAML under ``cls.name``."""
    if cls.name in REGISTRY and REGISTRY[cls.name] is not cls:
        raise ValueError(f"detector name '{cls.name}' registered twice")
    REGISTRY[cls.name] = cls
    return cls


def registered(kind: Kind) -> list[str]:
    return sorted(n for n, c in REGISTRY.items() if c.kind == kind)


Cues = tuple[str, ...]


class Params(BaseModel):
    """Base of every detector's params: frozen, unknown keys rejected, cue syntax checked."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    @field_validator("*", mode="after")
    @classmethod
    def _cue_syntax(cls, value: Any, info) -> Any:
        field = cls.model_fields.get(info.field_name)
        if field is not None and field.annotation == Cues:
            try:
                check_cues(value)
            except CueSyntaxError as err:
                raise ValueError(f"bad cue phrase: {err}") from err
        return value


class NegatableParams(Params):
    negation_window: int = Field(4, ge=0, description="Words before a cue searched for not/never/no.")


@dataclass(frozen=True)
class Outcome:
    """One item's answer, explained: a supervisor reads ``explanation``; ``evidence`` quotes the turns."""

    result: Result
    explanation: str
    evidence: tuple[Evidence, ...] = ()
    decided_by: str | None = None  # overrides the detector name (e.g. "model:two_options")


class Detector(ABC):
    """Base detector: store params in ``__init__``, compile in ``load``, answer in ``detect``."""

    name: ClassVar[str]
    kind: ClassVar[Kind] = "item"
    Params: ClassVar[type[Params]] = Params

    def __init__(self, params: Params | None = None):
        self.params = params if params is not None else self.Params()

    def cues(self, phrases: Cues, negation: bool = False, exclude: Cues = ()) -> CueSet:
        window = getattr(self.params, "negation_window", 4)
        return CueSet(phrases, negation=negation, negation_window=window, exclude=exclude)

    def load(self, nlp) -> "Detector":
        """Compile cue phrases; detectors without cues need not override this."""
        return self

    @abstractmethod
    def detect(self, ctx: "ScoreContext") -> Any:
        """An :class:`Outcome` (items) or a tuple of :class:`~pipeline.scorecard.cues.Hit` (events)."""


class EventDetector(Detector):
    kind: ClassVar[Kind] = "event"

    @abstractmethod
    def detect(self, ctx: "ScoreContext") -> tuple[Hit, ...]:
        """Where the event shows in the interaction (empty when it does not)."""


def quote_list(items: list[str]) -> str:
    return ", ".join(items[:-1]) + (" and " if len(items) > 1 else "") + items[-1] if items else ""
