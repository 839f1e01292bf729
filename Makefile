# Ouvrage: `make up` runs the whole system, `make test` runs every test. No Docker needed.
SHELL := /bin/bash
.DEFAULT_GOAL := help

# the machine's Python 3.11 (never a downloaded one)
PYTHON ?= $(shell p=$$(command -v python3.11 || command -v python3); $$p -c 'import sys; print(sys.executable)')
UV_VERSION := 0.13.9
export UV_PYTHON ?= $(PYTHON)
export UV_PYTHON_DOWNLOADS := never
# uv installed by pip may have no shim on PATH yet: fall back to `python -m uv`
UV = $(shell command -v uv >/dev/null 2>&1 && echo uv || echo "$(PYTHON) -m uv")
INFRA := $(PYTHON) deploy/local/infra.py
LOCAL_DIR := $(or $(OUVRAGE_LOCAL_DIR),$(CURDIR)/.local)
PYTEST_ARGS ?=
SRC_DIRS = $(wildcard libs/*/src services/*/src)

.PHONY: help install infra-up infra-down status test test-fast test-faults lint up down web

help: ## this list
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-11s %s\n", $$1, $$2}'

install: ## uv + the workspace venv (.venv) with every package
	@command -v uv >/dev/null 2>&1 || $(PYTHON) -m uv --version >/dev/null 2>&1 \
		|| $(PYTHON) -m pip install --quiet uv==$(UV_VERSION)
	$(UV) sync --all-packages --frozen || $(UV) sync --all-packages

infra-up: install ## start PostgreSQL, Kafka and the SMTP sink (reuses what runs)
	$(INFRA) up

infra-down: ## stop PostgreSQL, Kafka and the SMTP sink
	$(INFRA) down

status: ## what runs, where, since when
	$(INFRA) status

# make exits 2 on any failure; pytest's own exit code is kept in $(LOCAL_DIR)/pytest.exitcode
test: install infra-up ## every test of the repository on the real infrastructure
	@mkdir -p $(LOCAL_DIR); rm -f $(LOCAL_DIR)/pytest.exitcode
	@$(UV) run pytest $(PYTEST_ARGS); code=$$?; echo $$code > $(LOCAL_DIR)/pytest.exitcode; exit $$code

# unit and handler tests, and the in-memory side of the event-store contract: no PostgreSQL,
# no Kafka, no services (cosmicpython's fast tests); `make test` still runs everything
FAST_TESTS = $(wildcard libs/*/tests/unit services/*/tests/unit services/*/tests/handlers) tests/unit
test-fast: install ## unit + handler tests on the in-memory store (no infrastructure; < 60 s)
	$(UV) run pytest -q -p no:cacheprovider $(FAST_TESTS) libs/events/tests/contract -k "not postgres" $(PYTEST_ARGS)

# the fault scenarios at full length (the broker gone 30 s, each service killed in turn, ~6 min);
# `make test` runs their bounded version (tests/faults)
test-faults: install infra-up ## Toxiproxy faults and kill -9 under load, full length (issue 21)
	OUVRAGE_FAULTS_FULL=1 $(UV) run pytest -s -p no:cacheprovider tests/faults $(PYTEST_ARGS)

lint: install ## ruff check, ruff format --check, mypy (libs, services, deploy/local)
	$(UV) run ruff check .
	$(UV) run ruff format --check .
	MYPYPATH=$$(echo $(SRC_DIRS) deploy/local | tr ' ' ':') $(UV) run mypy $(SRC_DIRS) deploy/local

# the web app's dependencies (package-lock.json, no browser download) and its build in web/dist
web: ## build the web app (npm ci + vite build) into web/dist, which the gateway serves
	cd web && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund && npm run build

up: install infra-up web ## the six services on 8001-8006 behind the gateway on 8080/8443 (serving web/dist), in the foreground (Ctrl-C stops them)
	$(UV) run python deploy/local/system.py

down: ## stop the services (if `make up` runs), the gateway and the infrastructure
	$(PYTHON) deploy/local/system.py stop
	$(INFRA) down
