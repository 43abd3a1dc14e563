# Shared defaults for the stack scripts; every value can be overridden from the environment.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export LEADOPS_DATA_DIR="${LEADOPS_DATA_DIR:-$ROOT/.data/dev}"
export LEADOPS_CACHE_DIR="${LEADOPS_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/leadops}"
export PGHOST="${PGHOST:-127.0.0.1}"
export PGPORT="${PGPORT:-55432}"
export PGUSER="${PGUSER:-leadops}"
export PGPASSWORD="${PGPASSWORD:-leadops}"
export PGDATABASE="${PGDATABASE:-leadops}"
export TEMPORAL_PORT="${TEMPORAL_PORT:-7233}"
export TEMPORAL_UI_PORT="${TEMPORAL_UI_PORT:-8233}"
export TEMPORAL_ADDRESS="${TEMPORAL_ADDRESS:-127.0.0.1:$TEMPORAL_PORT}"
export TEMPORAL_NAMESPACE="${TEMPORAL_NAMESPACE:-default}"
export TEMPORAL_UI_URL="${TEMPORAL_UI_URL:-http://localhost:$TEMPORAL_UI_PORT}"
export TEMPORAL_CLI_VERSION="${TEMPORAL_CLI_VERSION:-v1.5.1}"
export TEMPORAL_SERVER_VERSION="${TEMPORAL_SERVER_VERSION:-v1.29.1}"
export LEADOPS_TEMPORAL="${LEADOPS_TEMPORAL:-dev}"
export TEMPORAL_BIN="${TEMPORAL_BIN:-$LEADOPS_CACHE_DIR/temporal-$TEMPORAL_CLI_VERSION/temporal}"
export API_PORT="${API_PORT:-3000}"
export CONSOLE_PORT="${CONSOLE_PORT:-5173}"
export DATABASE_URL="${DATABASE_URL:-postgres://$PGUSER:$PGPASSWORD@$PGHOST:$PGPORT/$PGDATABASE}"
export NX_DAEMON=false NX_NO_CLOUD=true NX_SKIP_NX_CACHE="${NX_SKIP_NX_CACHE:-}" NX_TUI=false

log() { printf '\033[36m[leadops]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[31m[leadops] %s\033[0m\n' "$*" >&2; exit 1; }
# Deployment checks (tools/stack/deploy-tools.sh builds these; the tests fail with a message when one is missing).
export HELM_VERSION="${HELM_VERSION:-v4.3.2}"
export HELM_BIN="${HELM_BIN:-$LEADOPS_CACHE_DIR/helm-$HELM_VERSION/helm}"
export COMPOSE_CHECK_BIN="${COMPOSE_CHECK_BIN:-$LEADOPS_CACHE_DIR/compose-check/compose-check}"
export PROMETHEUS_BIN="${PROMETHEUS_BIN:-/usr/bin/prometheus}"
