#!/usr/bin/env bash
# Mutation testing of the rules (libs/*/src/**/rules/*.rules.ts) with Stryker, one library at a time: each run loads
# only that library's rule specs, keeps its own incremental file (a rerun tests only the mutants whose code or specs
# changed) and leaves its reports in reports/mutation/<library>.{html,json}. Usage: scripts/mutation.sh [library...]
# STRYKER_OPTS adds options (e.g. "--concurrency 2" on an idle machine; stryker.config.json sets 1).
set -euo pipefail
cd "$(dirname "$0")/.."

LIBS=("$@")
[ ${#LIBS[@]} -gt 0 ] || LIBS=(reminders enrolment training afgsu assessment internship records)
mkdir -p reports/mutation
for lib in "${LIBS[@]}"; do
  printf '\n\033[1m== Mutation testing: %s\033[0m\n' "$lib"
  # shellcheck disable=SC2086
  MUTATION_LIB="$lib" ${STRYKER:-npx stryker} run ${STRYKER_OPTS:-} \
    --mutate "libs/$lib/src/**/rules/*.rules.ts" \
    --incrementalFile "reports/mutation/$lib-incremental.json"
  mv reports/mutation/mutation.json "reports/mutation/$lib.json"
  mv reports/mutation/mutation.html "reports/mutation/$lib.html"
done
