#!/usr/bin/env bash
# Installs whatever is missing on this machine: npm packages, PostgreSQL, the Temporal CLI, Chromium (with --browser),
# Java, Maven and Temporal's time-skipping test server (with --test-server), Temporal's own server, sql tool and Web UI
# (with --cluster, or when LEADOPS_TEMPORAL=cluster), and the deployment checks' tools: Helm, our compose checker and
# Debian's prometheus (with --deploy).
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"

want_browser=0 want_test_server=0 want_cluster=0 want_deploy=0
[ "$LEADOPS_TEMPORAL" = cluster ] && want_cluster=1
for arg in "$@"; do
  case "$arg" in
    --browser) want_browser=1 ;;
    --test-server) want_test_server=1 ;;
    --cluster) want_cluster=1 ;;
    --deploy) want_deploy=1 ;;
    *) die "usage: setup.sh [--browser] [--test-server] [--cluster] [--deploy]" ;;
  esac
done

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else die "need root for: $*"; fi; }
apt_updated=0
apt_install() {
  if [ $apt_updated = 0 ]; then log "apt-get update"; as_root apt-get update -qq >/dev/null; apt_updated=1; fi
  log "apt-get install $*"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# npm packages: reinstall when the lock file changed since the last install.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  # `npm install` (not `npm ci`): npm 11 leaves other platforms' optional binaries (@swc/core-darwin-*) out of the
  # lock file and `npm ci` then refuses it; install still takes every version from the lock.
  log "npm install (from package-lock.json)"
  npm install --no-audit --no-fund --loglevel=error
fi

# PostgreSQL from Debian.
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  apt_install postgresql
fi

# Temporal CLI dev server, built once from source into the cache (later tags carry a replace directive go install refuses).
if [ ! -x "$TEMPORAL_BIN" ]; then
  command -v go >/dev/null || die "Go is needed to build the Temporal CLI (go install github.com/temporalio/cli/cmd/temporal@$TEMPORAL_CLI_VERSION)"
  log "building Temporal CLI $TEMPORAL_CLI_VERSION (once, a few minutes)"
  mkdir -p "$(dirname "$TEMPORAL_BIN")"
  GOBIN="$(dirname "$TEMPORAL_BIN")" GOFLAGS=-mod=mod go install "github.com/temporalio/cli/cmd/temporal@$TEMPORAL_CLI_VERSION" \
    || die "go install of the Temporal CLI failed (see above)"
fi

if [ $want_browser = 1 ] && [ ! -x /usr/bin/chromium ]; then
  apt_install chromium
fi

# Temporal's Java time-skipping test server (workflow tests over hours and days), fetched with Maven once into the cache.
if [ $want_test_server = 1 ]; then
  if ! command -v java >/dev/null || ! command -v mvn >/dev/null; then
    apt_install default-jre-headless maven
  fi
  bash tools/stack/temporal-test-server.sh fetch
fi

# Temporal's own server on PostgreSQL (cluster mode), built once into the cache like the CLI; openssl makes the TLS
# test's certificates (slim Debian images leave the command out).
if [ $want_cluster = 1 ]; then
  bash tools/stack/temporal-cluster.sh build
  command -v openssl >/dev/null || apt_install openssl
fi

# Deployment checks: Helm and tools/stack/compose-check built once into the cache, Prometheus from Debian.
if [ $want_deploy = 1 ]; then
  bash tools/stack/deploy-tools.sh build
  [ -x "$PROMETHEUS_BIN" ] || apt_install prometheus
  [ -x "$PROMETHEUS_BIN" ] || die "prometheus is not at $PROMETHEUS_BIN after installing Debian's package"
fi
