#!/usr/bin/env bash
# The whole test suite: static checks, unit, integration (real PostgreSQL), API end-to-end (real
# PostgreSQL + Redis + worker), schema and contract drift, and browser tests in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "Static checks (types, lint, format)"
npx tsc --noEmit -p tsconfig.json
npx eslint --max-warnings 0 "{apps/api,apps/worker,libs,test,migrations}/**/*.ts"
npx prettier --check "{apps/api,apps/worker,libs,test,migrations}/**/*.ts" >/dev/null

step "Build"
npm run --silent build

step "Unit tests"
npx jest --config test/jest.unit.config.js

step "Integration tests (PostgreSQL)"
npx jest --config test/jest.int.config.js --runInBand

step "API end-to-end tests (PostgreSQL, Redis, worker)"
npx jest --config test/jest.e2e.config.js --runInBand

# A database of its own for the drift checks and the browser tests.
DB="cqp_check_$(date +%s)_$$"
export DATABASE_URL="postgres://cqp_app:cqp_app@127.0.0.1:5432/$DB"
export DATABASE_ADMIN_URL="postgres://cqp_admin:cqp_admin@127.0.0.1:5432/$DB"
export DATABASE_OWNER_URL="postgres://cqp_owner:cqp_owner@127.0.0.1:5432/$DB"
export QUEUE_PREFIX="check-$DB" STORAGE_DIR="$(mktemp -d)" PORT=3199 WORKER_HEALTH_PORT=0 LOG_LEVEL=warn
export PUBLIC_URL="http://127.0.0.1:$PORT"
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS \"$DB\" WITH (FORCE)" >/dev/null 2>&1 || true
}
trap cleanup EXIT

step "Schema drift (entities vs migrations)"
npm run --silent db:setup >/dev/null
npx typeorm migration:generate migrations/Drift -d dist/libs/platform/src/database/cli-data-source.js --check

step "Contract drift (openapi.json, web client)"
npm run --silent openapi -- /tmp/openapi-$DB.json >/dev/null
diff -q openapi.json /tmp/openapi-$DB.json >/dev/null || { echo "openapi.json is out of date: run npm run openapi"; exit 1; }
npm --prefix apps/web run --silent check:api

step "Web build and browser tests (Chromium)"
npm --prefix apps/web run --silent build >/dev/null
npm --prefix apps/web run --silent check:bundle
npm run --silent db:seed >/dev/null
node dist/apps/api/src/main.js > "$STORAGE_DIR/api.log" 2>&1 &
PIDS+=($!)
node dist/apps/worker/src/main.js > "$STORAGE_DIR/worker.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 60); do curl -sf "$PUBLIC_URL/api/health/ready" >/dev/null 2>&1 && break; sleep 0.5; done
curl -sf "$PUBLIC_URL/api/health/ready" >/dev/null || { cat "$STORAGE_DIR/api.log"; exit 1; }
E2E_BASE_URL="$PUBLIC_URL" npm --prefix apps/web run --silent test:browser

step "All tests passed"
