# Two commands: `make run` serves the demo site, `make test` checks everything.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install install-dev lint check demo serve clean bench

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt $(BIN)/activate
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt $(VENV)/.installed
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

demo: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py compilemessages --ignore=.venv >/dev/null 2>&1 || true
	$(PY) manage.py load_demo --address http://$(HOST):$(PORT)
	$(PY) manage.py collectstatic --noinput --verbosity 0

# The site, the task worker (alert emails) and the periodic commands, stopped together by Ctrl-C.
run: demo
	@echo ""
	@echo "KSCB site: http://$(HOST):$(PORT)/   admin: http://$(HOST):$(PORT)/admin/"
	@echo ""
	@trap 'kill 0' INT TERM EXIT; \
	$(PY) manage.py db_worker --backend alerts & \
	( while true; do $(PY) manage.py send_feedback_alerts --verbosity 0; \
	  $(PY) manage.py send_training_emails --verbosity 0; \
	  $(PY) manage.py apply_site_alert_schedule --verbosity 0; sleep 60; done ) & \
	( while true; do $(PY) manage.py send_feedback_digest --verbosity 0; \
	  $(PY) manage.py apply_feedback_retention --verbosity 0; \
	  $(PY) manage.py apply_page_feedback_retention --verbosity 0; \
	  $(PY) manage.py apply_training_retention --verbosity 0; \
	  $(PY) manage.py send_page_review_reminders --enqueue --verbosity 0; \
	  $(PY) manage.py check_external_links --verbosity 0; sleep 86400; done ) & \
	$(PY) manage.py runserver $(HOST):$(PORT)

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

check: install-dev
	DJANGO_SETTINGS_MODULE=kscb_site.settings.test $(PY) manage.py check
	DJANGO_SETTINGS_MODULE=kscb_site.settings.test $(PY) manage.py makemigrations --check --dry-run

# Lint, check, then every test but the browser tests on SQLite and every test on PostgreSQL, with throwaway PostgreSQL and
# Redis servers of its own (scripts/test_services.py installs missing Debian packages first).
# Narrow it with PYTEST_ARGS, e.g. make test PYTEST_ARGS=tests/security/test_headers.py
test: install-dev
	PYTEST_ARGS="$(PYTEST_ARGS)" $(PY) scripts/test_services.py

# The benchmark (not part of `make test`): needs PostgreSQL, Redis, wrk and ab (apache2-utils); see `.venv/bin/python -m scripts.bench --help`.
# Example: make bench BENCH_ARGS="--scale 0.1 --duration 5"
BENCH_ARGS ?=
bench: install-dev
	$(PY) -m scripts.bench $(BENCH_ARGS)

clean:
	rm -rf $(VENV) staticfiles .pytest_cache
