# ccqa — two commands do all the set-up: `make demo` and `make test` (both create/refresh .venv).
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

# Keep every library offline: nothing downloads weights, lists or data at run time.
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS :=
export PRESIDIO_DEVICE := cpu
export MLFLOW_DISABLE_TELEMETRY := true
export DO_NOT_TRACK := true
export DVC_NO_ANALYTICS := 1
export TOKENIZERS_PARALLELISM := false
export MLFLOW_ENABLE_ARTIFACTS_PROGRESS_BAR := false

.PHONY: demo test venv eval-pii bench repro schema clean

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -e '.[dev]'
	@touch $(STAMP)

venv: $(STAMP)

demo: $(STAMP)  ## score the bundled sample data into out/
	$(VENV)/bin/ccqa score data/sample/inputs --out out

test: $(STAMP)  ## run the whole test suite (installs Debian's chromium for the browser tests when missing)
	command -v chromium >/dev/null || (export DEBIAN_FRONTEND=noninteractive; apt-get update -qq && apt-get install -y -qq chromium >/dev/null) \
	  || echo 'WARNING: could not install chromium (needs root and the Debian registry): the browser tests will be skipped'
	$(PY) -m pytest -q

eval-pii: $(STAMP)  ## PII redaction metrics vs stock Presidio: labelled UK set, then the held-out set
	$(VENV)/bin/ccqa eval-pii data/sample/pii/labelled.jsonl --json metrics/eval_pii.json
	$(VENV)/bin/ccqa eval-pii data/heldout/pii/heldout.jsonl --json metrics/eval_pii_heldout.json

bench: $(STAMP)  ## redaction vs stock Presidio, and encoder throughput (turns/s) on 2 threads
	$(PY) bench/bench_redaction.py
	$(PY) bench/bench_encoder.py

repro: $(STAMP)  ## prepare → train → evaluate both classifiers, and the PII metrics (DVC, offline)
	PATH="$(CURDIR)/$(VENV)/bin:$$PATH" $(VENV)/bin/dvc repro

schema: $(STAMP)  ## regenerate the published JSON Schemas
	$(VENV)/bin/ccqa schema --out schemas

clean:
	rm -rf out .pytest_cache
