import pytest

from pipeline.config import CCQAConfig, config_hash, load_config, validate
from pipeline.errors import ConfigError
from pipeline.redact.registry import REGISTRY, load_recognizers

from .conftest import ROOT


def test_config_default_loads():
    cfg, folder = load_config()
    assert cfg.redaction.presidio_dir == "presidio"
    assert (folder / cfg.redaction.presidio_dir / "recognizers.yaml").is_file()


@pytest.mark.parametrize("data, key, hint", [
    ({"ingest": {"max_chars": -1}}, "ingest.max_chars", "greater than 0"),
    ({"ingest": {"max_charz": 5}}, "ingest.max_charz", "max_chars"),
    ({"redaction": {"pseudonymise": "perhaps"}}, "redaction.pseudonymise", "bool"),
    ({"colour": "blue"}, "colour", "ingest"),
    ({"ingest": {"speaker_labels": {"robot": ["bot"]}}}, "ingest.speaker_labels.robot", "agent"),
])
def test_config_bad_values_name_file_key_and_options(data, key, hint):
    with pytest.raises(ConfigError) as info:
        validate(data, CCQAConfig, "configs/test.yaml")
    message = str(info.value)
    assert "configs/test.yaml" in message and f"'{key}'" in message and hint in message


def test_config_missing_file(tmp_path):
    with pytest.raises(ConfigError, match="file not found"):
        load_config(tmp_path / "nope.yaml")


def test_config_invalid_yaml(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("ingest: [unclosed\n")
    with pytest.raises(ConfigError, match="not valid YAML"):
        load_config(bad)


def test_config_unknown_recognizer_lists_registered_names(tmp_path):
    bad = tmp_path / "recognizers.yaml"
    bad.write_text("recognizers:\n  - name: ccqa.NoSuchRecognizer.v9\n")
    with pytest.raises(ConfigError) as info:
        load_recognizers(bad)
    assert "recognizers.0.name" in str(info.value) and "ccqa.UkSortCodeRecognizer.v1" in str(info.value)


@pytest.mark.parametrize("yaml_text, key", [
    ("recognizers: []\n", "recognizers"),
    ("recognizers:\n  - name: ccqa.UkNinoRecognizer.v1\n    views: [sideways]\n", "recognizers.0.views.0"),
    ("score_threshold: 2\nrecognizers:\n  - name: ccqa.UkNinoRecognizer.v1\n", "score_threshold"),
    ("recognizers:\n  - name: ccqa.UkNinoRecognizer.v1\n    params: {colour: red}\n", "recognizers.0.params"),
])
def test_config_bad_recognizer_file(tmp_path, yaml_text, key):
    bad = tmp_path / "recognizers.yaml"
    bad.write_text(yaml_text)
    with pytest.raises(ConfigError) as info:
        load_recognizers(bad)
    assert f"'{key}'" in str(info.value)


def test_config_registry_names_are_versioned():
    assert all(name.startswith("presidio.") or name.rsplit(".", 1)[-1].startswith("v") for name in REGISTRY)


def test_config_hash_changes_with_content(tmp_path):
    (tmp_path / "a.yaml").write_text("x: 1\n")
    first = config_hash(tmp_path)
    (tmp_path / "a.yaml").write_text("x: 2\n")
    assert config_hash(tmp_path) != first
    assert len(config_hash(ROOT / "configs")) == 16
