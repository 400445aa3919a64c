"""Cue families for the two-options detector, read from ``configs/two_options.yaml`` and compiled to a Matcher."""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, Field

from ...config import DEFAULT_CONFIG_DIR, read_yaml, validate
from ...errors import ConfigError

DEFAULT_CUES = DEFAULT_CONFIG_DIR / "two_options.yaml"
CueKind = Literal["option", "merit", "negative"]


class Family(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    kind: CueKind
    patterns: list[list[dict[str, Any]]] = Field(min_length=1)


class CueSpec(BaseModel):
    """The whole cue file: a version and named families of Matcher token patterns."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    version: int = 1
    families: dict[str, Family] = Field(min_length=1)

    def digest(self) -> str:
        return hashlib.sha256(json.dumps(self.model_dump(), sort_keys=True).encode()).hexdigest()[:16]


class Cue(NamedTuple):
    family: str
    kind: str
    start: int  # token index
    end: int
    start_char: int
    end_char: int


def load_spec(path: Path = DEFAULT_CUES) -> CueSpec:
    spec = validate(read_yaml(Path(path)), CueSpec, str(path))
    import spacy

    compile_matcher(spec.model_dump_json(), spacy.blank("en").vocab, file=str(path))  # bad patterns fail here
    return spec


@lru_cache(maxsize=8)
def compile_matcher(spec_json: str, vocab, file: str = "two_options.yaml"):
    """A spaCy Matcher for the spec and vocab (cached); invalid patterns raise ConfigError naming the family."""
    from spacy.matcher import Matcher

    spec = CueSpec.model_validate_json(spec_json)
    matcher = Matcher(vocab, validate=True)
    for name, fam in spec.families.items():
        try:
            matcher.add(name, fam.patterns)
        except Exception as err:  # spaCy raises MatchPatternError / ValueError with details
            first = str(err).strip().splitlines()[0][:200]
            raise ConfigError(file, f"families.{name}.patterns", f"not a valid spaCy Matcher pattern ({first})",
                              ["LOWER", "LEMMA", "POS", "TAG", "LIKE_NUM", "IS_PUNCT", "IS_ALPHA", "OP", "IN"]) from err
    return matcher


def find(doc, spec: CueSpec) -> list[Cue]:
    """Every cue match in a parsed doc, in order (longest match per family and start)."""
    matcher = compile_matcher(spec.model_dump_json(), doc.vocab)
    kinds = {name: fam.kind for name, fam in spec.families.items()}
    best: dict[tuple[str, int], tuple[int, int]] = {}
    for match_id, start, end in matcher(doc):
        name = doc.vocab.strings[match_id]
        key = (name, start)
        if key not in best or end > best[key][1]:
            best[key] = (start, end)
    out = [Cue(name, kinds[name], s, e, doc[s].idx, doc[e - 1].idx + len(doc[e - 1]))
           for (name, _), (s, e) in best.items()]
    return sorted(out, key=lambda c: (c.start, c.end))
