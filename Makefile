# Two commands set everything up: `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUN_STAMP := $(VENV)/.installed-run
TEST_STAMP := $(VENV)/.installed-test
DIST_STAMP := $(VENV)/.installed-dist
# Interface translations: .ts sources are committed, .qm files are built from them.
TS_FILES := $(wildcard digest_gui/resources/translations/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

.PHONY: run test lint format bench clean translations update-translations dist icons install-desktop uninstall-desktop

run: $(RUN_STAMP) translations
	$(BIN)/digest-gui $(ARGS)

test: $(TEST_STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

translations: $(QM_FILES)

digest_gui/resources/translations/%.qm: digest_gui/resources/translations/%.ts | $(RUN_STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# The application icon: digest_gui/resources/icons/digest-gui.svg is the one source of the PNGs, .ico
# and .icns beside it; run after changing it and commit the results (tests/test_icons.py). Also
# draws the first frame's status icons ahead into icons/drawn (so a first start loads no icon font).
icons: $(RUN_STAMP)
	$(BIN)/python tools/make_icons.py

# After changing user-visible strings: refresh the .ts sources (English needs only its
# plural forms), fill them from tools/fill_translations.py (or pyside6-linguist), commit.
SOURCES = $$(find digest_gui -name '*.py' | sort)
update-translations: $(RUN_STAMP)
	$(BIN)/pyside6-lupdate -silent -no-obsolete $(SOURCES) -ts digest_gui/resources/translations/digest_gui_zh_CN.ts
	$(BIN)/pyside6-lupdate -silent -no-obsolete -pluralonly $(SOURCES) -ts digest_gui/resources/translations/digest_gui_en.ts
	$(BIN)/python tools/fill_translations.py

# Style and types: ruff, then mypy over digest_gui/ (configured in pyproject.toml).
lint: $(TEST_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: $(TEST_STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: $(RUN_STAMP)
	$(BIN)/python bench/bench_core.py
	$(BIN)/python bench/bench_preview.py
	$(BIN)/python bench/bench_math.py
	$(BIN)/python bench/bench_startup.py
	$(BIN)/python bench/bench_instructions.py
	$(BIN)/python bench/bench_window.py
	$(BIN)/python bench/bench_scale.py
	$(BIN)/python bench/bench_arxiv.py
	$(BIN)/python bench/bench_drafts.py
	$(BIN)/python bench/bench_quality.py
	$(BIN)/python bench/bench_find.py
	$(BIN)/python bench/bench_saving.py
	$(BIN)/python bench/bench_safety.py
	$(BIN)/python bench/bench_requests.py
	$(BIN)/python bench/bench_publish.py
	$(BIN)/python bench/bench_formats.py
	$(BIN)/python bench/bench_archive.py

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(RUN_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

# The wheel and sdist (dist/), and the PyInstaller folder of this platform
# (dist/pyinstaller/digest-gui/, started as dist/pyinstaller/digest-gui/digest-gui).
dist: $(DIST_STAMP) translations
	rm -rf dist/digest_gui-*.whl dist/digest_gui-*.tar.gz dist/pyinstaller/digest-gui
	$(BIN)/python -m build --quiet --outdir dist .
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist/pyinstaller --workpath build/pyinstaller \
		packaging/pyinstaller/digest-gui.spec

$(DIST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dist]'
	touch $@ $(RUN_STAMP)

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(RUN_STAMP)

# Menu entry, icons and the .digest file type for the current user (xdg tools).
install-desktop:
	packaging/linux/install-desktop.sh

uninstall-desktop:
	packaging/linux/install-desktop.sh --uninstall

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache .mypy_cache .hypothesis $(QM_FILES) bench/.retext-venv
