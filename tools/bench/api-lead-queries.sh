#!/usr/bin/env bash
# Lead-query benchmark through the GraphQL API on 1,000,000 generated leads (see api-lead-queries.ts for options).
# Uses DATABASE_URL (default: the shared test stack's .data/shared/env) to create, fill and drop its own database.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
if [ -z "${DATABASE_URL:-}" ] && [ -f .data/shared/env ]; then set -a; source .data/shared/env; set +a; fi
npx tsc -b apps/api
npx tsc -p tools/bench/api-lead-queries.tsconfig.json
exec node tools/bench/dist/api-lead-queries.js "$@"
