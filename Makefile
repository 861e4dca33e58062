# Set-up and everyday commands. `make run` and `make test` are all a newcomer needs.
# The newest supported Python that runs on PATH (3.13, 3.12 or 3.11); `make run PYTHON=python3.12`
# chooses one. Only read when the venv is created.
PYTHON ?= $(firstword $(foreach python,python3.13 python3.12 python3.11,$(shell $(python) -c "" 2>/dev/null && echo $(python))) python3)
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
# xstatic-bootstrap ships only as an sdist whose setup.py needs pkg_resources,
# which setuptools 81 removed: build it with an older setuptools.
export PIP_CONSTRAINT := $(CURDIR)/build-constraints.txt
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test lint format messages catalogues vnu backup restore clean bench serve-prod

# Two pinned sets: what the site runs on (production installs only this) and, on top of it, the
# development and test tools.
RUNTIME := $(BIN)/.installed-runtime
DEVELOPMENT := $(BIN)/.installed-development

$(RUNTIME): requirements.lock build-constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/pip install --quiet --requirement requirements.lock
	touch $@

$(DEVELOPMENT): $(RUNTIME) requirements-dev.lock
	$(BIN)/pip install --quiet --requirement requirements-dev.lock
	touch $@

catalogues: $(RUNTIME)
	$(MANAGE) compile_catalogues

# The task worker (e-mail, purges) and the scheduler (scheduled publishing, reminders, erasure,
# retries, pruning) run beside the development server and stop with it.
run: $(DEVELOPMENT) catalogues
	$(MANAGE) prepare_demo_site
	$(MANAGE) demo_editors
	$(MANAGE) db_worker --interval 2 --verbosity 0 & worker=$$!; \
	$(MANAGE) run_scheduler --verbosity 0 & scheduler=$$!; \
	trap 'kill $$worker $$scheduler' EXIT; $(MANAGE) runserver 127.0.0.1:8000

# Production settings behind Varnish on 127.0.0.1:8000 (gunicorn on :8001, task worker, scheduler); needs
# Debian's varnish package. SECRET_KEY, ALLOWED_HOSTS and the rest come from the environment.
serve-prod: catalogues
	$(BIN)/python -m deploy.serve_prod

# The apps' layers and contracts are in pyproject.toml ([tool.importlinter]).
lint: $(DEVELOPMENT)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache

format: $(DEVELOPMENT)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# The Nu HTML Checker (W3C's validator) that tests/demo/test_html_validity.py runs with the machine's Java.
VNU_VERSION := 26.9.27
VNU := .cache/vnu/installed-$(VNU_VERSION)
vnu: $(VNU)
# Without npm (a machine with only Python and make) the HTML validity test says what to install.
$(VNU):
	@if command -v npm >/dev/null; then \
		npm install --no-save --no-audit --no-fund --ignore-scripts --prefix .cache/vnu vnu-jar@$(VNU_VERSION) && touch $@; \
	else echo "npm is not installed: the HTML validity test will be skipped (apt-get install npm default-jre-headless)"; fi

# Two workers: the machines have two cores.
PYTEST_ARGS ?= -n 2
test: lint catalogues vnu
	$(BIN)/pytest $(PYTEST_ARGS)

# Re-extract interface strings (needs GNU gettext; only for developers). Each app owns the
# catalogue of its code and templates; locale/ holds the shared templates/ and sas_cms/.
LOCALES := --locale pl --locale en --locale uk --no-obsolete --add-location file
APPS_WITH_CATALOGUES := $(patsubst %/locale/,%,$(wildcard */locale/))
messages: $(RUNTIME)
	for app in $(APPS_WITH_CATALOGUES); do \
		(cd $$app && ../$(BIN)/python ../manage.py makemessages $(LOCALES)) || exit 1; \
	done
	$(MANAGE) makemessages $(LOCALES) --ignore '.venv/*' $(foreach app,$(APPS_WITH_CATALOGUES),--ignore '$(app)/*') \
		--ignore 'tests/*'

# Database (SQLite copy or PostgreSQL dump) and media in one archive under backups/.
backup: $(RUNTIME)
	$(MANAGE) backup

# make restore ARCHIVE=backups/sas-20260101-120000.tar.gz
restore: $(RUNTIME)
	@test -n "$(ARCHIVE)" || (echo "Usage: make restore ARCHIVE=backups/<file>.tar.gz" && exit 2)
	$(MANAGE) restore $(ARCHIVE)

clean:
	rm -rf $(VENV) .venv-3.11 db.sqlite3 media static_collected .cache

# Benchmark: builds a large dataset in out/, serves it with gunicorn, prints requests/s, latency and queries.
bench: catalogues
	$(BIN)/python -m bench.run
