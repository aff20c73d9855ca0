#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh into a fresh database and a fresh storage folder, then checks them
# against the backup's manifest (rows per table, sha256 of each document).
# Usage: scripts/restore.sh <backup folder>
# Target: the database named in DATABASE_URL, which must not exist yet, with the roles of DATABASE_URL,
# DATABASE_ADMIN_URL and DATABASE_OWNER_URL (created if missing), and STORAGE_DIR, which must be missing or empty.
# Needs DATABASE_SUPERUSER_URL (creates the database; loads the dump as a superuser, keeping owners, grants and
# row-level security) and the built code (npm run build), whose `db:setup --empty` makes the roles and grants.
set -euo pipefail
export LC_ALL=C
repo="$(cd "$(dirname "$0")/.." && pwd)"

backup="${1:?usage: scripts/restore.sh <backup folder>}"
DATABASE_URL="${DATABASE_URL:-postgres://cqp_app:cqp_app@127.0.0.1:5432/cqp}"
DATABASE_ADMIN_URL="${DATABASE_ADMIN_URL:-postgres://cqp_admin:cqp_admin@127.0.0.1:5432/cqp}"
DATABASE_SUPERUSER_URL="${DATABASE_SUPERUSER_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
STORAGE_DIR="${STORAGE_DIR:-./storage}"
export DATABASE_URL DATABASE_ADMIN_URL DATABASE_SUPERUSER_URL

for f in database.dump rows.tsv documents.sha256 manifest.txt; do
  [ -f "$backup/$f" ] || { echo "$backup is not a complete backup: $f is missing" >&2; exit 2; }
done
echo "Checking the backup's documents against its manifest..." >&2
(cd "$backup/documents" && sha256sum --quiet --strict -c "../documents.sha256") >&2

db="${DATABASE_URL##*/}"
db="${db%%\?*}"
target="${DATABASE_SUPERUSER_URL%/*}/$db"
exists=$(psql -X -At --no-password -d "$DATABASE_SUPERUSER_URL" -c "SELECT 1 FROM pg_database WHERE datname = '${db//\'/\'\'}'")
[ -z "$exists" ] || { echo "Database $db already exists: restore into a fresh one (another name in DATABASE_URL)." >&2; exit 1; }
if [ -d "$STORAGE_DIR" ] && [ -n "$(ls -A "$STORAGE_DIR")" ]; then
  echo "STORAGE_DIR $STORAGE_DIR is not empty: restore into a fresh folder." >&2
  exit 1
fi

node "$repo/dist/libs/platform/src/database/setup.cli.js" --empty >&2
pg_restore --exit-on-error --single-transaction --no-password --dbname="$target" "$backup/database.dump"

mkdir -p "$STORAGE_DIR"
cp -a "$backup/documents/." "$STORAGE_DIR/"

echo "Checking the restored database and documents against the manifest..." >&2
counts=$(cut -f1 "$backup/rows.tsv" | while read -r table; do
  printf "SELECT '%s' AS t, count(*) AS n FROM \"%s\" UNION ALL\n" "$table" "$table"
done)
restored=$(psql -X -At --no-password -F $'\t' -d "$DATABASE_ADMIN_URL" -c "${counts%UNION ALL}" | sort)
if ! diff "$backup/rows.tsv" <(echo "$restored") >&2; then
  echo "Row counts differ from the backup's manifest (above)." >&2
  exit 1
fi
(cd "$STORAGE_DIR" && sha256sum --quiet --strict -c "$(cd "$backup" && pwd)/documents.sha256") >&2
echo "Restored $(grep '^rows ' "$backup/manifest.txt" | cut -d' ' -f2) rows in $(wc -l < "$backup/rows.tsv") tables and $(wc -l < "$backup/documents.sha256") documents into $db and $STORAGE_DIR." >&2
