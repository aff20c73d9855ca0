#!/usr/bin/env bash
# Backs up the database and the stored documents into a new timestamped folder:
#   <root>/cqp-YYYYMMDDTHHMMSSZ/
#     database.dump      pg_dump, custom format (schema, rows, policies, triggers, owners and grants)
#     documents/         a copy of STORAGE_DIR (the uploaded and generated documents)
#     rows.tsv           manifest: rows per table ("table<TAB>count"), counted in the dump itself
#     documents.sha256   manifest: sha256 of each document (sha256sum format, paths relative to documents/)
#     manifest.txt       when, from where, and the totals
# Usage: scripts/backup.sh [root]        (root: BACKUP_DIR, or ./backups)
# Reads DATABASE_ADMIN_URL (the role with BYPASSRLS: every school's rows) and STORAGE_DIR, as the API does.
# The database is dumped before the documents are copied: every document a dumped row names is in the copy.
# Prints the backup folder on its last line. Restore with scripts/restore.sh <folder>.
set -euo pipefail
export LC_ALL=C

DATABASE_ADMIN_URL="${DATABASE_ADMIN_URL:-postgres://cqp_admin:cqp_admin@127.0.0.1:5432/cqp}"
STORAGE_DIR="${STORAGE_DIR:-./storage}"
root="${1:-${BACKUP_DIR:-./backups}}"

if [ "${STORAGE_DRIVER:-local}" != local ]; then
  echo "STORAGE_DRIVER=${STORAGE_DRIVER}: the documents are in object storage, which this script does not copy;" >&2
  echo "back the bucket up with its own versioning or replication, and set STORAGE_DRIVER=local to run this." >&2
  exit 2
fi
[ -d "$STORAGE_DIR" ] || { echo "STORAGE_DIR $STORAGE_DIR is not a folder" >&2; exit 2; }

name="cqp-$(date -u +%Y%m%dT%H%M%SZ)"
dest="$root/$name"
work="$root/.$name.partial" # renamed at the end: a folder without the dot is a complete backup
[ -e "$dest" ] && { echo "$dest already exists" >&2; exit 1; }
mkdir -p "$work"
trap 'rm -rf "$work"' EXIT

pg_dump --format=custom --no-password --file="$work/database.dump" "$DATABASE_ADMIN_URL"

# Rows per table as the dump holds them: one COPY block per table, one line per row, ended by "\.".
pg_restore --data-only --file=- "$work/database.dump" | awk '
  /^COPY / { table = $2; sub(/^public\./, "", table); gsub(/"/, "", table); rows = 0; inside = 1; next }
  inside && $0 == "\\." { printf "%s\t%d\n", table, rows; inside = 0; next }
  inside { rows++ }
' | sort > "$work/rows.tsv"

mkdir "$work/documents"
cp -a "$STORAGE_DIR/." "$work/documents/"
(cd "$work/documents" && find . -type f -print0 | sort -z | xargs -0 -r sha256sum) > "$work/documents.sha256"

{
  echo "created_at $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "database $(psql -X -At --no-password -d "$DATABASE_ADMIN_URL" -c 'SELECT current_database()')"
  echo "pg_dump $(pg_dump --version)"
  echo "tables $(wc -l < "$work/rows.tsv")"
  echo "rows $(awk -F'\t' '{ n += $2 } END { print n + 0 }' "$work/rows.tsv")"
  echo "documents $(wc -l < "$work/documents.sha256")"
  echo "document_bytes $(du -sb "$work/documents" | cut -f1)"
} > "$work/manifest.txt"

mv "$work" "$dest"
trap - EXIT
cat "$dest/manifest.txt" >&2
echo "$dest"
