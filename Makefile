# The index of commands: `make help`.
SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
# Rasa's fingerprint would skip an unchanged model too, but only after importing TensorFlow (~15 s).
MODEL_STAMP := models/.trained-stamp
# The staff application's interface languages (its catalogs: locales/<lang>/LC_MESSAGES/staff.po).
STAFF_LANGUAGES := ar fr
TRAINING := config.yml $(shell find domain data/nlu data/rules -name '*.yml' 2>/dev/null) $(wildcard nlu/*.py nlu/*.yml) hirfa/word_forms.py hirfa/text.py

export PATH := $(abspath $(BIN)):$(PATH)
export RASA_TELEMETRY_ENABLED := false
export TF_CPP_MIN_LOG_LEVEL := 2
export HIRFA_RASA_PORT ?= 5005
export HIRFA_ACTIONS_PORT ?= 5055
export HIRFA_WEB_PORT ?= 8000
export HIRFA_RASA_URL ?= http://localhost:$(HIRFA_RASA_PORT)
export HIRFA_ACTIONS_URL ?= http://localhost:$(HIRFA_ACTIONS_PORT)/webhook
export HIRFA_TRACKER_DB ?= var/tracker.db
# Rasa's token for the action server (endpoints.yml): var/secrets.env sets one; empty means not checked.
export HIRFA_ACTIONS_TOKEN ?=
export HIRFA_DATABASE_URL ?= sqlite:///var/hirfa.db
export SQLALCHEMY_SILENCE_UBER_WARNING := 1
# Rasa's dependencies print pages of deprecation notices at every start.
export PYTHONWARNINGS := ignore::DeprecationWarning

.PHONY: help setup run serve run-scaled scaled-engines test train chat i18n catalogs lexicons db validate eval tune bench lint clean vendor browser

help: ## List the commands
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@python=$$(scripts/find-python) && echo "Creating $(VENV) with $$python" && "$$python" -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	@touch $@

setup: $(STAMP) catalogs db train ## Install, compile catalogs, migrate the database, train if data changed

run: setup var/secrets.env ## Start the assistant (Rasa, actions, the staff app; Telegram when TELEGRAM_BOT_TOKEN is set)
	@echo; echo "Hirfa is starting (about a minute). Talk to it from another terminal:"
	@echo "  $(BIN)/hirfa chat                 # interactive console"
	@echo "  $(BIN)/hirfa ask \"سلام\"           # one message, replies printed"
	@echo "The help desk: http://127.0.0.1:$(HIRFA_WEB_PORT)/ (first account: $(BIN)/hirfa staff add EMAIL --role admin)"
	@echo
	@set -a; source var/secrets.env; set +a; \
	if [ -n "$$TELEGRAM_BOT_TOKEN" ]; then honcho start; else honcho start rasa actions web indexer forget purge; fi

serve: setup var/secrets.env ## Run for real: every process under supervisord, restarted when it dies (logs in var/log)
	@set -a; source var/secrets.env; set +a; \
	if [ -n "$$TELEGRAM_BOT_TOKEN" ]; then exec $(BIN)/hirfa supervise; \
	else exec $(BIN)/hirfa supervise --without telegram; fi

var/secrets.env: scripts/local-secrets
	scripts/local-secrets $@

run-scaled: setup scaled-engines var/secrets.env ## Start the scaled layout: PostgreSQL, Redis, nginx, 2 Rasa, 2 actions, 2 bots (docs/scaling.md)
	@# The registry, Rasa and the actions' addresses follow from the scaled ports (scripts/scaled/defaults.sh).
	@unset HIRFA_DATABASE_URL HIRFA_RASA_URL HIRFA_ACTIONS_URL HIRFA_TRACKER_URL; \
	set -a; source var/secrets.env; set +a; source scripts/scaled/defaults.sh; \
	trap scripts/scaled/stop EXIT; \
	scripts/scaled/postgres start && scripts/scaled/redis start && scripts/scaled/migrate && scripts/scaled/nginx start && \
	if [ -n "$$TELEGRAM_BOT_TOKEN" ] && [ -n "$$TELEGRAM_WEBHOOK_URL" ]; then honcho -f Procfile.scaled start; \
	else echo "(no bots: they need TELEGRAM_BOT_TOKEN and TELEGRAM_WEBHOOK_URL, see README)"; \
	honcho -f Procfile.scaled start rasa1 rasa2 actions1 actions2 web indexer forget purge; fi

scaled-engines: ## Install PostgreSQL, Redis and nginx from Debian when missing (apt-get)
	scripts/scaled/install

test: setup browser scaled-engines lint validate ## Set up, validate the data, run pytest and Rasa's conversation tests
	$(BIN)/pytest
	$(BIN)/rasa test core --stories tests/test_stories.yml --fail-on-prediction-errors --out var/results --model models

train: $(MODEL_STAMP) ## Train the model (skipped when nothing changed)

$(MODEL_STAMP): $(STAMP) $(TRAINING)
	@# --force: Rasa's cache is keyed on config and data, not on the code of nlu/; the stamp decides when to train.
	$(BIN)/rasa train --domain domain --data data/nlu data/rules --out models --quiet --force
	@touch $@

validate: $(STAMP) ## Check the training data and domain
	$(BIN)/python -m hirfa.data_check

chat: $(STAMP) ## Talk to the running assistant in this terminal
	$(BIN)/hirfa chat

i18n: $(STAMP) ## Extract messages, update the catalogs, compile them
	$(BIN)/pybabel -q extract -F babel.cfg -k N_ --no-location --sort-output -w 100 -o locales/messages.pot .
	$(BIN)/pybabel -q update -i locales/messages.pot -d locales --no-fuzzy-matching -w 100
	$(BIN)/pybabel -q extract -F staff/babel.cfg -k _l --no-location --sort-output -w 100 -o locales/staff.pot .
	for lang in $(STAFF_LANGUAGES); do \
	  $(BIN)/pybabel -q update -D staff -i locales/staff.pot -d locales -l $$lang --no-fuzzy-matching -w 100; done
	$(MAKE) catalogs

catalogs: $(STAMP) ## Compile the catalogs (.po → .mo)
	$(BIN)/pybabel -q compile -d locales
	for lang in $(STAFF_LANGUAGES); do $(BIN)/pybabel -q compile -D staff -d locales -l $$lang; done

lexicons: $(STAMP) ## Regenerate lookups and synonyms from the seed spelling lists
	$(BIN)/python -m nlu.lexicon_files data/seed data/nlu/lexicons

db: $(STAMP) var/secrets.env ## Create and migrate the registry database, load the seed data and the content (idempotent)
	@# The keys: a migration may encrypt the CIN and phone numbers already stored (HIRFA_DATA_KEY).
	@set -a; source var/secrets.env; set +a; \
	$(BIN)/hirfa db upgrade && $(BIN)/hirfa registry seed && $(BIN)/hirfa content load

eval: setup ## Score the NLU model and Rasa's default pipeline on the dev and test sets (the default trains ~50 min)
	# No cache: Rasa keys its training cache on config and data, not on the components' code in nlu/.
	RASA_MAX_CACHE_SIZE=0 $(BIN)/python -m evaluation.run

tune: $(STAMP) ## Choose the fallback threshold by cross-validation on the training data
	$(BIN)/python -m evaluation.tune_fallback

bench: setup ## Benchmarks that print figures (NLU parse latency)
	$(BIN)/python -m bench.nlu_parse
	$(BIN)/python -m bench.staff_inbox
	$(BIN)/python -m bench.conversation_growth
	$(BIN)/python -m bench.telegram_load --start-assistant --chats 200 --rate 30 --duration 60

lint: $(STAMP) ## Static checks
	$(BIN)/ruff check .

vendor: ## Re-download the staff app's static files from npm and rewrite their checksums
	scripts/vendor-static

browser: ## Install Debian's chromium and fonts for the browser tests (apt-get, when missing)
	scripts/install-browser

clean: ## Remove models, databases and compiled catalogs (keeps the virtual environment)
	rm -rf models var results
	find locales -name '*.mo' -delete
