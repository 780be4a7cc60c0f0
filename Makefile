# fmm_extranet — `make start` runs the extranet, `make test` runs every test.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export PIP_CACHE_DIR ?= $(HOME)/.cache/pip
SETTING = $(BIN)/python -c "import sys; sys.path.insert(0, 'backend/scripts'); from settings import instance_settings; print(instance_settings()['$(1)'])"

.PHONY: help install instance solr-start solr-stop site backend-start start start-cluster stop-cluster migrate-to-cluster test test-cluster test-backend test-solr test-frontend test-e2e frontend solr-reindex bench bench-cluster profile seed-scale lint lint-backend i18n

help:
	@echo "make start   install everything, create the site with demo data, serve it (backend 127.0.0.1:8080, frontend 127.0.0.1:3000)"
	@echo "make test    install what is missing and run every test (linters, backend, Solr, frontend unit and end-to-end)"
	@echo "make lint    ruff on the backend, ESLint/Prettier/stylelint on the Volto add-on"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: $(BIN)/python requirements.txt constraints.txt pyproject.toml
	$(BIN)/pip install -q -r requirements.txt
	touch $@

install: $(VENV)/.installed

instance: install
	$(BIN)/python backend/scripts/make_instance.py

solr-start: install
	backend/solr/solr.sh start --port $$($(call SETTING,solr_port)) --home-data var/solr

solr-stop:
	backend/solr/solr.sh stop --home-data var/solr

site: instance solr-start
	$(BIN)/zconsole run instance/etc/zope.conf backend/scripts/create_site.py

backend-start: site
	$(BIN)/runwsgi instance/etc/zope.ini

frontend:
	$(MAKE) -C frontend install build

start: site frontend
	backend/scripts/start.sh

test-backend: install
	$(BIN)/pytest tests

# ruff (pyproject.toml) on the backend; the Volto add-on's linters in frontend/.
lint-backend: install
	$(BIN)/ruff check src tests backend/scripts
	$(BIN)/ruff format --check src tests backend/scripts

lint: lint-backend
	$(MAKE) -C frontend install lint

test-frontend: frontend
	$(MAKE) -C frontend unit

test-solr:
	backend/solr/check.sh

# Send everything to Solr after an outage (stop the backend first: FileStorage).
solr-reindex: solr-start
	$(BIN)/zconsole run instance/etc/zope.conf backend/scripts/solr_reindex.py $(ARGS)

# Search benchmark (not a test): @search, raw Solr, @documents, @search-suggest, @agenda, the
# home's requests, @my-shortcuts, @directory, @medical-houses at 1 and 8 clients, and the catalog
# alone, on N generated PDFs in a site kept under ~/.cache and reused; then on the seed-scale
# site when `make seed-scale` built it. Prints both side by side and fails when a ratio to raw
# Solr is 25 % worse than backend/bench-baseline.json; ARGS=--update-baseline rewrites it.
BENCH_CACHE ?= $(HOME)/.cache/fmm-extranet
bench: install
	rm -f $(BENCH_CACHE)/bench-2000.json $(BENCH_CACHE)/bench-seed-scale.json
	$(BIN)/python backend/scripts/bench_search.py --site $(BENCH_CACHE)/bench-2000 --json $(BENCH_CACHE)/bench-2000.json $(ARGS)
	if [ -f $(BENCH_CACHE)/seed-scale/seed.json ]; then \
	  $(BIN)/python backend/scripts/bench_search.py --site $(BENCH_CACHE)/seed-scale --no-catalog --json $(BENCH_CACHE)/bench-seed-scale.json $(ARGS); fi
	$(BIN)/python backend/scripts/bench_search.py --compare $(BENCH_CACHE)/bench-2000.json $(BENCH_CACHE)/bench-seed-scale.json $(ARGS)

# Where one endpoint spends its time on a kept bench site (py-spy), e.g.
# make profile ARGS='@agenda "start=2026-03-01&end=2026-03-31"'
profile: install
	$(BIN)/python backend/scripts/profile_endpoint.py $(ARGS)

# Cluster benchmark (not a test): @search and registration throughput through HAProxy at 8
# and 32 clients, one Zope process vs two, and the CPU each program used; on a throw-away
# cluster (backend/scripts/cluster.py) it starts itself. JSON in $(BENCH_CACHE)/bench-cluster.json.
bench-cluster: install
	$(BIN)/python backend/scripts/bench_cluster.py --json $(BENCH_CACHE)/bench-cluster.json $(ARGS)

# A separate site at the movement's size (seeds' figures), built once under ~/.cache and
# reused; ARGS="--scale 0.1" for a smaller one, ARGS=--fresh to rebuild.
seed-scale: install
	$(BIN)/python backend/scripts/seed_scale.py --dir $(BENCH_CACHE)/seed-scale $(ARGS)

# The journeys (frontend/tests/journeys, Playwright + axe in Chromium) against a throw-away
# Solr, SMTP server, site with the demo, backend and production frontend on free ports;
# traces and screenshots of failures in var/journeys/. ARGS=02-password-reset runs one.
test-e2e: install frontend
	backend/scripts/e2e.sh $(ARGS)

test: lint test-backend test-solr test-cluster test-frontend test-e2e

# The cluster (backend/scripts/cluster.py): PostgreSQL under var/cluster, two Zope
# processes on RelStorage behind HAProxy on wsgi_listen, a 2-node SolrCloud behind its own
# HAProxy on solr_port, then Volto (Ctrl-C stops Volto; make stop-cluster the rest).
# make test-cluster: its tests, through HAProxy, on a throw-away cluster.
start-cluster: install frontend
	$(BIN)/python backend/scripts/cluster.py start
	make -C frontend start BACKEND_URL=http://$$($(call SETTING,wsgi_listen))/$$($(call SETTING,site_id)) API_PATH=http://127.0.0.1:3000

stop-cluster:
	$(BIN)/python backend/scripts/cluster.py stop

# Copy make start's FileStorage site (stopped) into the cluster's PostgreSQL with zodbconvert
# (cluster.py migrate); then make start-cluster serves it. ARGS="--from VAR_DIR" for another
# site, ARGS=--clear to replace what the database holds.
migrate-to-cluster: install
	$(BIN)/python backend/scripts/cluster.py migrate $(ARGS)

test-cluster: install
	FMM_CLUSTER_TESTS=1 $(BIN)/pytest tests/cluster -p no:cacheprovider

# Rebuild the translation templates (.pot) from the package (Python, templates, ZCML,
# GenericSetup profile; locales/manual.pot for what i18ndude cannot find) and sync the
# French catalogs. Plone translates workflow titles in its "plone" domain: ours go to
# our own plone.pot / fr plone.po. backend/scripts/run_i18ndude.py is i18ndude, newlines fixed.
i18n: LOCALES := src/fmm_extranet/locales
i18n: DUDE = $(BIN)/python backend/scripts/run_i18ndude.py
i18n: install
	$(DUDE) rebuild-pot --no-line-numbers --pot $(LOCALES)/fmm_extranet.pot --merge $(LOCALES)/manual.pot --create fmm_extranet src/fmm_extranet
	$(DUDE) rebuild-pot --no-line-numbers --pot $(LOCALES)/plone.pot --create plone src/fmm_extranet/profiles/default/workflows
	$(DUDE) sync --pot $(LOCALES)/fmm_extranet.pot $(LOCALES)/fr/LC_MESSAGES/fmm_extranet.po
	$(DUDE) sync --pot $(LOCALES)/plone.pot $(LOCALES)/fr/LC_MESSAGES/plone.po
