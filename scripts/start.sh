#!/usr/bin/env bash
# Installs, builds, prepares the database (roles, migrations, demo school) and starts the API, the
# worker and the web UI (served by the API). Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/services.sh
echo "Installing dependencies..."
npm install --no-audit --no-fund --loglevel=error
npm --prefix apps/web install --no-audit --no-fund --loglevel=error
echo "Building..."
npm run --silent build
npm --prefix apps/web run --silent build >/dev/null
npm run --silent db:setup
npm run --silent db:seed > /tmp/cqp-demo-logins.txt

mkdir -p storage/logs
node dist/apps/api/src/main.js >> storage/logs/api.log 2>&1 &
API_PID=$!
node dist/apps/worker/src/main.js >> storage/logs/worker.log 2>&1 &
WORKER_PID=$!
trap 'kill $API_PID $WORKER_PID 2>/dev/null; wait 2>/dev/null' EXIT INT TERM

URL="${PUBLIC_URL:-http://127.0.0.1:${PORT:-3000}}"
for _ in $(seq 1 60); do
  curl -sf "$URL/api/health/ready" >/dev/null 2>&1 && break
  kill -0 $API_PID 2>/dev/null || { echo "The API stopped:"; tail -n 5 storage/logs/api.log; exit 1; }
  sleep 1
done
curl -sf "$URL/api/health/ready" >/dev/null || { echo "The API did not become ready:"; tail -n 5 storage/logs/api.log; exit 1; }

cat <<TXT

  CQP Assistant médical is running at $URL
  API documentation: $URL/api/docs   ·   job queues: $URL/admin/queues (platform administrator)
  Logs: storage/logs/api.log, storage/logs/worker.log   ·   e-mails: "Messages envoyés" in the UI

TXT
cat /tmp/cqp-demo-logins.txt
echo
echo "  Press Ctrl-C to stop."
wait
