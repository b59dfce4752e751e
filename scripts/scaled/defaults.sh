# Sourced by the scripts in scripts/scaled/: where the scaled layout's data lives and which loopback
# ports it uses. Every value comes from the environment when set (tests choose free ports this way).
# shellcheck shell=bash
HIRFA_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
export HIRFA_ROOT
export HIRFA_SCALED_DIR=${HIRFA_SCALED_DIR:-$HIRFA_ROOT/var/scaled}

export HIRFA_PG_PORT=${HIRFA_PG_PORT:-55432}
export HIRFA_PG_USER=${HIRFA_PG_USER:-hirfa}
export HIRFA_PG_PASSWORD=${HIRFA_PG_PASSWORD:-}
export HIRFA_REDIS_PORT=${HIRFA_REDIS_PORT:-56379}

# The load balancer's front ports are the ones the embedded layout uses for the single processes,
# so the staff app, `hirfa chat` and the bots find Rasa where they always do.
export HIRFA_RASA_PORT=${HIRFA_RASA_PORT:-5005}
export HIRFA_ACTIONS_PORT=${HIRFA_ACTIONS_PORT:-5055}
export HIRFA_BOT_PORT=${HIRFA_BOT_PORT:-8443}
# The instances behind it: space-separated loopback ports, one per process.
export HIRFA_RASA_PORTS=${HIRFA_RASA_PORTS:-5011 5012}
export HIRFA_ACTIONS_PORTS=${HIRFA_ACTIONS_PORTS:-5061 5062}
export HIRFA_BOT_PORTS=${HIRFA_BOT_PORTS:-8451 8452}

export HIRFA_DATABASE_URL=${HIRFA_DATABASE_URL:-postgresql+psycopg2://$HIRFA_PG_USER@127.0.0.1:$HIRFA_PG_PORT/hirfa}
# Rasa's conversations: endpoints.scaled.yml reads the host; the migration and the staff indexer the URL.
export HIRFA_PG_HOST=${HIRFA_PG_HOST:-127.0.0.1}
export HIRFA_TRACKER_URL=${HIRFA_TRACKER_URL:-postgresql+psycopg2://$HIRFA_PG_USER@$HIRFA_PG_HOST:$HIRFA_PG_PORT/rasa}
export HIRFA_REDIS_URL=${HIRFA_REDIS_URL:-redis://127.0.0.1:$HIRFA_REDIS_PORT/0}
# Rasa's token for the action servers (endpoints.scaled.yml; make run-scaled takes it from var/secrets.env).
# Empty: not checked, which `hirfa actions` accepts on loopback only.
export HIRFA_ACTIONS_TOKEN=${HIRFA_ACTIONS_TOKEN:-}

PG_BIN=/usr/lib/postgresql/15/bin
PG_DIR=$HIRFA_SCALED_DIR/postgres
