# The two commands a newcomer needs: `make build` and `make test`. Each sets up what is missing first.
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
CSR    := $(VENV)/bin/csrpress

.PHONY: build check test release golden bench setup clean

$(STAMP): pyproject.toml
	@test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@# bytecode once: with PYTHONDONTWRITEBYTECODE set, every `csrpress check` would compile the package again (~0.1 s)
	$(PY) -m compileall -q tooling/csrpress
	@touch $(STAMP)

setup: $(STAMP)
	@sh tooling/ensure-system-deps.sh

build: setup
	$(CSR) build --edition all
	@echo "csrpress is installed in .venv: run \`. .venv/bin/activate\` once per terminal, then \`csrpress check\`, \`csrpress init DIR\` ... (or call .venv/bin/csrpress)"

check: setup
	$(CSR) check

release: setup
	$(CSR) build --edition all --release

test: setup
	$(PY) -m pytest -q

# Timings and peak memory (table for docs/performance.md); `--quick` via BENCH_ARGS=--quick
bench: setup
	$(PY) tooling/bench.py $(BENCH_ARGS)

golden: setup
	CSRPRESS_REGEN=1 $(PY) -m pytest -q tests/golden

clean:
	rm -rf build/*.pdf build/*.html build/cache

rules: setup
	$(PY) -c "from csrpress.codes import rules_markdown; open('docs/rules.md', 'w').write(rules_markdown())"
