# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
QM := $(patsubst %.ts,%.qm,$(wildcard resources/translations/*.ts))

.PHONY: run test setup translations translations-update lint bench screenshots clean

run: setup
	$(BIN)/kiosk --demo

test: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q $(PYTEST_ARGS)

setup: $(STAMP) translations

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

translations: $(STAMP) $(QM)

resources/translations/%.qm: resources/translations/%.ts
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations-update: $(STAMP)
	$(BIN)/python tools/update_translations.py

lint: setup
	$(BIN)/ruff check kiosk central tests bench tools
	$(BIN)/mypy kiosk central

bench: setup
	for script in bench/*.py; do QT_QPA_PLATFORM=offscreen $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) build *.egg-info

screenshots: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m kiosk.ui.screenshots --out screenshots --readme resources/brand/screens
