import json
from pathlib import Path

import pytest

from pipeline.config import IngestConfig
from pipeline.errors import InputFormatError, InputPathError
from pipeline.ingest import discover, read_inputs

from .conftest import FIXTURES, SAMPLE

ING = FIXTURES / "ingest"


def run(*paths, fmt=None, **cfg):
    _, stream = read_inputs(discover([Path(p) for p in paths], fmt), IngestConfig(**cfg))
    return list(stream)


def by_code(items):
    return sorted((i.quarantine.code, i.quarantine.source.line or i.quarantine.source.row)
                  for i in items if i.quarantine)


@pytest.mark.parametrize("path, fmt, count", [
    (SAMPLE / "inputs" / "interactions.jsonl", "jsonl", 60),
    (SAMPLE / "inputs" / "turns.csv", "csv", 15),
    (SAMPLE / "inputs" / "transcripts", "text", 10),
    (SAMPLE / "inputs" / "transcribe", "transcribe", 5),
    (ING / "good_small.jsonl", "jsonl", 3),
])
def test_ingest_reads_every_format(path, fmt, count):
    items = run(path)
    assert len(items) == count and all(i.interaction is not None for i in items)
    assert {f for _, f in discover([path])} == {fmt}


def test_ingest_text_ids_from_header_or_file_name():
    items = {i.interaction.interaction_id: i.interaction for i in run(SAMPLE / "inputs" / "transcripts")}
    assert "t-0004" in items and items["t-0001"].agent_id.startswith("agent-")


def test_ingest_text_continuation_lines_join_previous_turn():
    inter = next(i.interaction for i in run(SAMPLE / "inputs" / "transcripts") if i.interaction.interaction_id == "t-0002")
    raw = (SAMPLE / "inputs" / "transcripts" / "t-0002.txt").read_text().splitlines()
    labelled = [line for line in raw if line.startswith(("Agent:", "Customer:"))]
    assert len(inter.turns) == len(labelled)


def test_ingest_transcribe_agent_from_file_name_and_offsets():
    inter = run(SAMPLE / "inputs" / "transcribe" / "agent-05__tx-0001.json")[0].interaction
    assert inter.agent_id == "agent-05" and inter.channel.value == "call"
    assert inter.turns[0].start_s is not None and inter.turns[0].end_s >= inter.turns[0].start_s


def test_ingest_csv_orders_turns_and_groups_interleaved_rows():
    items = {i.interaction.interaction_id: i.interaction for i in run(SAMPLE / "inputs" / "turns.csv")}
    assert {"c-0005", "c-0006", "c-0013", "c-0014"} <= set(items)


@pytest.mark.parametrize("path, expected", [
    (ING / "bad_lines.jsonl", [("Q001", 2), ("Q002", 8), ("Q003", 3), ("Q003", 9), ("Q004", 5), ("Q005", 6),
                               ("Q006", 7), ("Q008", 10)]),
    (ING / "bad_rows.csv", [("Q003", 10), ("Q004", 5), ("Q005", 8), ("Q009", 12)]),
    (ING / "bad_transcripts", [("Q001", 1), ("Q002", 6), ("Q003", 1), ("Q005", 5), ("Q005", 7)]),
    (ING / "bad_transcribe", [("Q001", None), ("Q005", None), ("Q008", None)]),
])
def test_ingest_quarantines_each_kind_of_bad_input(path, expected):
    items = run(path)
    assert by_code(items) == sorted(expected, key=lambda x: (x[0], x[1] or 0))
    assert sum(1 for i in items if i.interaction) >= 1  # the good records still come through


def test_ingest_quarantine_reason_never_holds_raw_text():
    items = run(ING / "bad_lines.jsonl", ING / "bad_rows.csv", ING / "bad_transcripts", ING / "bad_transcribe")
    texts = []
    for line in (ING / "bad_lines.jsonl").read_bytes().decode("utf-8", "replace").splitlines():
        try:
            texts += [t.get("text", "") for t in json.loads(line).get("turns") or []]
        except (ValueError, AttributeError):
            continue
    texts = [t for t in texts if len(t) > 12]
    assert texts
    for item in items:
        if item.quarantine:
            dumped = item.quarantine.model_dump_json()
            assert not any(t in dumped for t in texts)


def test_ingest_duplicate_across_files_is_quarantined(tmp_path):
    line = (ING / "good_small.jsonl").read_text().splitlines()[0]
    (tmp_path / "a.jsonl").write_text(line + "\n")
    (tmp_path / "b.jsonl").write_text(line + "\n")
    items = run(tmp_path)
    assert [i.quarantine.code for i in items if i.quarantine] == ["Q006"]
    assert "a.jsonl:1" in next(i.quarantine.reason for i in items if i.quarantine)


@pytest.mark.parametrize("limits", [{"max_chars": 20}, {"max_turns": 1}, {"max_line_bytes": 50}])
def test_ingest_oversize_limits_are_configurable(limits):
    items = run(ING / "good_small.jsonl", **limits)
    assert {i.quarantine.code for i in items} == {"Q007"}


def test_ingest_every_record_accounted_for():
    items = run(SAMPLE / "inputs", ING)
    good = sum(1 for i in items if i.interaction)
    bad = sum(1 for i in items if i.quarantine)
    assert good + bad == len(items) and good > 90 and bad > 15


@pytest.mark.parametrize("paths, fmt, error", [
    (["/no/such/file.jsonl"], None, InputPathError),
    ([str(ING / "README.md")], None, InputFormatError),
    ([str(ING / "good_small.jsonl")], "xml", InputFormatError),
])
def test_ingest_bad_paths_and_formats_raise(paths, fmt, error):
    with pytest.raises(error):
        discover([Path(p) for p in paths], fmt)


def test_ingest_format_flag_overrides_extension(tmp_path):
    data = tmp_path / "export.data"
    data.write_text((ING / "good_small.jsonl").read_text())
    assert len(run(data, fmt="jsonl")) == 3
