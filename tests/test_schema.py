import json

import pytest
from pydantic import ValidationError

from pipeline.schema import Interaction, RunSummary, Turn
from pipeline.schema_export import SCHEMAS, schema_text

from .conftest import ROOT


def test_schema_records_are_frozen():
    turn = Turn(speaker="agent", text="hello")
    with pytest.raises(ValidationError):
        turn.text = "changed"


@pytest.mark.parametrize("data, field", [
    ({"speaker": "agent", "text": "hi", "colour": "red"}, "colour"),
    ({"speaker": "bot", "text": "hi"}, "speaker"),
    ({"speaker": "agent", "text": "   "}, "text"),
    ({"speaker": "agent", "text": "hi", "start_s": 5, "end_s": 1}, ""),
])
def test_schema_turn_rejects(data, field):
    with pytest.raises(ValidationError) as info:
        Turn.model_validate(data)
    assert field in str(info.value)


def test_schema_interaction_needs_turns():
    with pytest.raises(ValidationError):
        Interaction(interaction_id="x", agent_id="a", channel="call", turns=())


def test_schema_run_summary_must_balance():
    with pytest.raises(ValidationError, match="read must equal"):
        RunSummary(ccqa_version="0", read=3, scored=1, quarantined=1, quarantined_by_code={}, pii_counts={},
                   inputs=(), config_hash="x", started_at="2026-01-01T00:00:00Z", seconds=0)


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_schema_published_files_match_code(name):
    published = ROOT / "schemas" / name
    assert published.is_file(), f"run `make schema` to write {name}"
    assert json.loads(published.read_text()) == json.loads(schema_text(SCHEMAS[name])), \
        f"{name} is stale: run `make schema`"
