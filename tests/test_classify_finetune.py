"""The --finetune path trains the encoder end to end; a tiny CPU run proves it works."""

import pytest

from pipeline.classify import persist
from pipeline.classify.run import run_train

from .conftest import SAMPLE

pytestmark = pytest.mark.integration


def test_finetune_tiny_cpu_run_saves_a_usable_encoder(tmp_path):
    params = tmp_path / "params.yaml"
    params.write_text("train:\n  folds: 2\n  limit: 48\n  finetune: {epochs: 1, batch_size: 8, max_length: 32, "
                      "device: cpu}\n  encoder: {max_length: 32}\n")
    summary = run_train("sentiment", SAMPLE / "labelled" / "sentiment.jsonl", params, tmp_path / "model",
                        tmp_path / "metrics", tracking=False, finetune=True)
    card = persist.read_card(tmp_path / "model")
    assert card["finetune"]["device"] == "cpu" and len(card["finetune"]["loss_per_epoch"]) == 1
    assert (tmp_path / "model" / "encoder" / "config.json").is_file()
    moved = tmp_path / "moved"
    (tmp_path / "model").rename(moved)
    pipe = persist.load(moved)
    assert str(moved / "encoder") in pipe.named_steps["features"].model_dir
    assert len(pipe.predict(["thanks, that's sorted"])) == 1
    assert 0 <= summary["cv"]["macro_f1"] <= 1
