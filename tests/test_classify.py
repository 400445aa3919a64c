"""Classifiers: estimator contract, persistence, champion rule, the scoring stage (real MiniLM encoder)."""

import zipfile

import numpy as np
import pytest
from sklearn.base import clone

from pipeline.classify import persist
from pipeline.classify.encoder import SentenceEncoder
from pipeline.classify.features import InteractionEncoder, pool
from pipeline.classify.stage import summarise
from pipeline.classify.tracking import champion_decision
from pipeline.classify.train import LABELS, TrainParams, build_pipeline, examples, read_jsonl, split, train
from pipeline.errors import LabelledDataError, ModelLoadError

from .conftest import ROOT, SAMPLE

TINY = TrainParams(folds=2, limit=90, seed=3)


@pytest.mark.parametrize("new, champion, moves", [
    (0.80, None, True),
    (0.80, 0.79, True),
    (0.80, 0.80, False),
    (0.70, 0.79, False),
])
def test_classify_champion_moves_only_when_better(new, champion, moves):
    moved, message = champion_decision(new, champion)
    assert moved is moves and ("champion" in message)


@pytest.mark.parametrize("estimator", [SentenceEncoder(batch_size=8, max_length=64), InteractionEncoder(max_length=64)])
def test_classify_estimators_store_params_only(estimator):
    params = estimator.get_params()
    twin = clone(estimator)
    assert twin.get_params() == params
    assert not [k for k in vars(estimator) if k.endswith("_")]  # nothing learned before fit
    twin.set_params(batch_size=4)
    assert twin.batch_size == 4 and estimator.batch_size != 4


def test_classify_pool_shapes_and_customer_mean():
    emb = np.eye(3, 4, dtype=np.float32)
    feats = pool(emb, ["agent", "customer", "customer"], words=30)
    assert feats.shape == (4 * 3 + 2,)
    assert np.allclose(feats[8:12], emb[1:].mean(0))


def test_classify_summary_start_end_and_lift():
    classes = ["negative", "neutral", "positive"]
    probs = np.array([[0.9, 0.1, 0.0], [0.1, 0.8, 0.1], [0.8, 0.1, 0.1], [0.1, 0.1, 0.8], [0.0, 0.1, 0.9]])
    out = summarise(probs, ["customer", "agent", "customer", "customer", "customer"], classes)
    assert out.customer_start.label == "negative" and out.customer_end.label == "positive"
    assert out.lift > 1.0


@pytest.mark.parametrize("task, row, message", [
    ("sentiment", {"text": "hi", "label": "angry"}, "label must be one of"),
    ("sentiment", {"text": " ", "label": "neutral"}, "'text' is missing"),
    ("complexity", {"turns": [], "label": "simple"}, "'turns' is missing"),
])
def test_classify_bad_training_rows_fail_with_position(task, row, message, tmp_path):
    with pytest.raises(LabelledDataError, match=message):
        examples(task, [row], tmp_path / "x.jsonl")


def test_classify_split_is_fixed_and_stratified():
    X, y = examples("sentiment", read_jsonl(SAMPLE / "labelled" / "sentiment.jsonl"), SAMPLE)
    (a, ya), (b, yb) = split(X, y, TrainParams())
    (_, _), (b2, _) = split(X, y, TrainParams())
    assert b == b2 and len(b) == pytest.approx(0.2 * len(y), abs=2)
    assert set(yb) == set(LABELS["sentiment"])


def test_classify_missing_model_folder_is_a_clear_error(tmp_path):
    with pytest.raises(ModelLoadError, match="ccqa train"):
        persist.load(tmp_path / "nope")


@pytest.mark.integration
@pytest.mark.parametrize("task", ["sentiment", "complexity"])
def test_classify_real_training_save_load_round_trip(task, tmp_path):
    X, y = examples(task, read_jsonl(SAMPLE / "labelled" / f"{task}.jsonl"), SAMPLE)
    result = train(task, X, y, TINY)
    assert set(result.cv["per_class"]) == set(LABELS[task]) and 0 <= result.cv["macro_f1"] <= 1
    assert result.cv["macro_f1"] > 0.4  # well above chance (0.33) even on 90 examples
    persist.save(result.pipeline, tmp_path / task, {"task": task, "data_sha256": "x", "cv": result.cv,
                                                     "evaluation": result.evaluation, "limits": []})
    with zipfile.ZipFile(tmp_path / task / persist.MODEL_FILE) as z:  # saved deflated, loads the same
        assert {i.compress_type for i in z.infolist()} == {zipfile.ZIP_DEFLATED}
    loaded = persist.load(tmp_path / task)
    X_ev = result.eval_set[0]
    assert list(loaded.predict(X_ev)) == list(result.pipeline.predict(X_ev))
    card = persist.read_card(tmp_path / task)
    assert card["libraries"]["scikit-learn"] and "ccqa" in card["code_version"]
    assert "Model card" in (tmp_path / task / "README.md").read_text()


@pytest.mark.integration
def test_classify_shipped_models_load_and_score(tmp_path):
    from pipeline.classify.stage import Classifier
    from pipeline.schema import RedactedInteraction

    stage = Classifier(ROOT / "models").load()
    rec = RedactedInteraction.model_validate({
        "interaction_id": "i", "agent_id": "a", "channel": "chat", "source": {"file": "x"},
        "turns": [{"index": 0, "speaker": "customer", "text": "this is the third time my bill is wrong and I am furious"},
                  {"index": 1, "speaker": "agent", "text": "I'm sorry, I've corrected it and refunded the charge"},
                  {"index": 2, "speaker": "customer", "text": "brilliant, thank you so much, that's sorted it"}]})
    out = stage.transform([rec])[0]
    assert out.turns[0].sentiment.label == "negative" and out.turns[2].sentiment.label == "positive"
    assert out.sentiment.lift > 0 and out.complexity.label in LABELS["complexity"]
    assert abs(sum(out.complexity.probabilities.values()) - 1) < 1e-3
    assert all(0 <= d < 3 for d in out.complexity.drivers)


def test_classify_pipeline_is_encoder_then_head():
    pipe = build_pipeline("sentiment", TrainParams())
    assert [name for name, _ in pipe.steps] == ["features", "head"]
    assert pipe.get_params()["head__C"] == TrainParams().head.C


def test_encoder_pieces_cover_the_text_and_share_the_sentence_embedding():
    """The word-piece pass (for the two-options span tagger) gives offsets into the text, one state per piece,
    and the same sentence embedding as ``transform``, so a text is encoded once."""
    from pipeline.classify import encoder as enc_mod

    text = "You could pay it all now, or spread it over six months at no extra cost."
    enc = SentenceEncoder(max_length=64).fit(None)
    enc_mod._PIECE_CACHES.clear()
    enc_mod._CACHES.clear()
    (offsets, states), = enc.pieces([text])
    assert states.shape == (len(offsets), enc.n_features_out_)
    assert (offsets[:, 1] > offsets[:, 0]).all() and offsets[-1, 1] <= len(text)
    assert [text[a:b].lower() for a, b in offsets[:2]] == ["you", "could"]
    from_pieces = enc.transform([text])  # served from the cache the piece pass filled
    enc_mod._CACHES.clear()
    assert np.allclose(from_pieces, enc.transform([text]), atol=1e-5)


@pytest.mark.parametrize("layers", [(4, -1), (0, 2, 6)])
def test_encoder_pieces_concatenate_the_chosen_layers(layers):
    """``layers`` picks hidden states (0 embeddings … 6, -1 the last); pieces and offsets do not change."""
    text = "You could pay it all now, or spread it over six months at no extra cost."
    enc = SentenceEncoder(max_length=64).fit(None)
    (offsets, last), = enc.pieces([text])
    (offsets2, states), = enc.pieces([text], layers=layers)
    assert np.array_equal(offsets, offsets2) and states.shape == (len(offsets), len(layers) * enc.n_features_out_)
    if layers[-1] in (-1, 6):
        assert np.allclose(states[:, -enc.n_features_out_:], last, atol=1e-4)
    assert not np.allclose(states[:, :enc.n_features_out_], last, atol=1e-2)


def test_encoder_layers_out_of_range_say_how_to_fix():
    enc = SentenceEncoder(max_length=64).fit(None)
    with pytest.raises(ValueError, match="tagger_layers"):
        enc.pieces(["Pay now or later."], layers=(9,))


def test_code_version_names_the_commit_and_marks_uncommitted_package_changes(tmp_path):
    import subprocess

    from pipeline import __version__
    from pipeline.classify.persist import code_version

    assert code_version(tmp_path) == f"ccqa {__version__}"  # not a checkout: the package version only
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org"]
    pkg = tmp_path / "pipeline"
    pkg.mkdir()
    (pkg / "m.py").write_text("x = 1\n")
    (tmp_path / "out.json").write_text("{}\n")
    for args in (["init", "-q"], ["add", "."], ["commit", "-qm", "c"]):
        subprocess.run([*git, *args], cwd=tmp_path, check=True)
    sha = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=tmp_path, capture_output=True, text=True).stdout.strip()
    assert code_version(pkg).endswith(f"@ {sha}")
    (tmp_path / "out.json").write_text("[]\n")  # outputs outside the package (models, metrics) do not count
    (pkg / "new.py").write_text("")  # nor do untracked files
    assert code_version(pkg).endswith(f"@ {sha}")
    (pkg / "m.py").write_text("x = 2\n")
    assert code_version(pkg).endswith(f"@ {sha}-dirty")
