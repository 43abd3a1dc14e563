#!/usr/bin/env bash
# build | start | stop | status | kill SERVICE | start-service SERVICE
# Temporal's own server on the project's PostgreSQL, the way a production cluster runs it: persistence and visibility in
# two databases set up by Temporal's sql tool, and the four services (frontend, history, matching, worker) as separate
# processes, each with its own config, pid file and log in $LEADOPS_DATA_DIR/temporal-cluster. Ports, from
# P=$TEMPORAL_PORT: frontend gRPC P, HTTP P+1 and metrics P+2 (as the dev server); history, matching, worker gRPC
# P+3..P+5; membership P+6..P+9; other services' metrics P+10..P+12. The Web UI (our tools/stack/temporal-ui) on
# $TEMPORAL_UI_PORT unless TEMPORAL_HEADLESS=1.
# TLS on the frontend (what clients reach; the services still talk plaintext among themselves on loopback):
# TEMPORAL_TLS_SERVER_CERT + TEMPORAL_TLS_SERVER_KEY (PEM), and TEMPORAL_TLS_CLIENT_CA to require client certificates it
# signed (mTLS). Everything of ours that calls the frontend (the cluster's system worker, the CLI checks below, the Web
# UI) then uses the same client settings as the API and the worker: TEMPORAL_TLS_CA, TEMPORAL_TLS_CERT, TEMPORAL_TLS_KEY,
# TEMPORAL_TLS_SERVER_NAME.
set -euo pipefail
source "$(dirname "$0")/env.sh"

SERVER_DIR="$LEADOPS_CACHE_DIR/temporal-server-$TEMPORAL_SERVER_VERSION"
SERVER_BIN="$SERVER_DIR/temporal-server"
SQL_TOOL="$SERVER_DIR/temporal-sql-tool"
SCHEMA_DIR="$SERVER_DIR/schema/postgresql/v12"
UI_BIN="$SERVER_DIR/temporal-ui"
CLUSTER_DIR="$LEADOPS_DATA_DIR/temporal-cluster"
TEMPORAL_DB="${TEMPORAL_DB:-temporal}"
TEMPORAL_VISIBILITY_DB="${TEMPORAL_VISIBILITY_DB:-temporal_visibility}"
# History shards are fixed when the schema is first set up; 4 suits one small host (production clusters use 512+).
TEMPORAL_HISTORY_SHARDS="${TEMPORAL_HISTORY_SHARDS:-4}"
SERVICES=(history matching frontend worker)
# Absolute paths: the services read them from the generated config, whatever their working directory.
for var in TEMPORAL_TLS_SERVER_CERT TEMPORAL_TLS_SERVER_KEY TEMPORAL_TLS_CLIENT_CA TEMPORAL_TLS_CA TEMPORAL_TLS_CERT TEMPORAL_TLS_KEY; do
  [ -z "${!var:-}" ] || export "$var=$(realpath -m -- "${!var}")"
done
TLS_SERVER_CERT="${TEMPORAL_TLS_SERVER_CERT:-}"
TLS_SERVER_KEY="${TEMPORAL_TLS_SERVER_KEY:-}"
TLS_CLIENT_CA="${TEMPORAL_TLS_CLIENT_CA:-}"

P="$TEMPORAL_PORT"
# Temporal keeps each service's membership port in a PostgreSQL SMALLINT (cluster_membership.rpc_port): a higher one
# makes the service die at start with "out of range for type smallint".
[[ "$P" =~ ^[0-9]+$ ]] && [ "$P" -ge 1 ] && [ $((P + 12)) -le 32767 ] || die "TEMPORAL_PORT must be between 1 and 32755 in cluster mode (it and the next 12 ports; Temporal stores membership ports as SMALLINT), got \"$P\""
grpc_port() { case "$1" in frontend) echo "$P" ;; history) echo $((P + 3)) ;; matching) echo $((P + 4)) ;; worker) echo $((P + 5)) ;; esac; }
membership_port() { case "$1" in frontend) echo $((P + 6)) ;; history) echo $((P + 7)) ;; matching) echo $((P + 8)) ;; worker) echo $((P + 9)) ;; esac; }
metrics_port() { case "$1" in frontend) echo $((P + 2)) ;; history) echo $((P + 10)) ;; matching) echo $((P + 11)) ;; worker) echo $((P + 12)) ;; esac; }
valid_service() { case "${1:-}" in frontend|history|matching|worker) ;; *) die "service must be frontend, history, matching or worker, got \"${1:-}\"" ;; esac; }

build() {
  if [ ! -x "$SERVER_BIN" ] || [ ! -x "$SQL_TOOL" ] || [ ! -d "$SCHEMA_DIR" ]; then
    command -v go >/dev/null || die "Go is needed to build Temporal's server (go install go.temporal.io/server/cmd/server@$TEMPORAL_SERVER_VERSION)"
    log "building Temporal server $TEMPORAL_SERVER_VERSION and its sql tool (once, a few minutes)"
    local gobin; gobin="$(mktemp -d)"
    GOBIN="$gobin" GOFLAGS=-mod=mod go install -ldflags='-s -w' "go.temporal.io/server/cmd/server@$TEMPORAL_SERVER_VERSION" "go.temporal.io/server/cmd/tools/sql@$TEMPORAL_SERVER_VERSION" \
      || die "go install of Temporal's server failed (see above)"
    mkdir -p "$SERVER_DIR/schema/postgresql"
    local module; module="$(GOFLAGS=-mod=mod go env GOMODCACHE)/go.temporal.io/server@$TEMPORAL_SERVER_VERSION"
    rm -rf "$SCHEMA_DIR"; cp -r "$module/schema/postgresql/v12" "$SCHEMA_DIR"; chmod -R u+w "$SCHEMA_DIR"
    mv "$gobin/sql" "$SQL_TOOL"; mv "$gobin/server" "$SERVER_BIN"; rm -rf "$gobin"
  fi
  # Rebuilt when its source changes (e.g. new flags), so a cached binary never lags behind this script.
  local ui_source; ui_source="$(cd "$ROOT/tools/stack/temporal-ui" && cat main.go go.mod go.sum | sha256sum | cut -d' ' -f1)"
  if [ ! -x "$UI_BIN" ] || [ "$(cat "$UI_BIN.source" 2>/dev/null)" != "$ui_source" ]; then
    log "building the Temporal Web UI for the cluster (once)"
    (cd "$ROOT/tools/stack/temporal-ui" && GOFLAGS=-mod=mod go build -ldflags='-s -w' -o "$UI_BIN.tmp" . && mv "$UI_BIN.tmp" "$UI_BIN") \
      || die "building tools/stack/temporal-ui failed (see above)"
    echo "$ui_source" > "$UI_BIN.source"
  fi
}

sql_tool() { "$SQL_TOOL" --plugin postgres12 --ep "$PGHOST" -p "$PGPORT" -u "$PGUSER" --pw "$PGPASSWORD" "$@"; }

# Creates and migrates one database; every step is a no-op when already done, so each start runs it.
setup_database() {
  local db="$1" schema="$2"
  psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname='$db'" | grep -q 1 \
    || sql_tool --db "$db" create >>"$CLUSTER_DIR/schema.log" 2>&1 || { tail -5 "$CLUSTER_DIR/schema.log" >&2; die "could not create database $db"; }
  if ! psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d "$db" -tAc "SELECT 1 FROM pg_tables WHERE tablename='schema_version'" | grep -q 1; then
    sql_tool --db "$db" setup-schema -v 0.0 >>"$CLUSTER_DIR/schema.log" 2>&1 || { tail -5 "$CLUSTER_DIR/schema.log" >&2; die "schema setup of $db failed"; }
  fi
  sql_tool --db "$db" update-schema -d "$SCHEMA_DIR/$schema/versioned" >>"$CLUSTER_DIR/schema.log" 2>&1 || { tail -5 "$CLUSTER_DIR/schema.log" >&2; die "schema update of $db failed"; }
}

rpc_block() {
  local svc
  for svc in frontend history matching worker; do
    cat <<YAML
  $svc:
    rpc:
      grpcPort: $(grpc_port "$svc")
      membershipPort: $(membership_port "$svc")
      bindOnIP: 127.0.0.1
YAML
    [ "$svc" = frontend ] && echo "      httpPort: $((P + 1))"
  done
}

datastore() {
  cat <<YAML
      sql:
        pluginName: postgres12
        databaseName: $1
        connectAddr: "$PGHOST:$PGPORT"
        connectProtocol: tcp
        user: "$PGUSER"
        password: "$PGPASSWORD"
        maxConns: $2
        maxIdleConns: $2
        maxConnLifetime: 1h
YAML
}

# One config file per service (they differ only in the metrics port), read with --env <service>.
write_config() {
  local svc="$1"
  cat > "$CLUSTER_DIR/config/$svc.yaml" <<YAML
# Generated by tools/stack/temporal-cluster.sh on each start: edit the script, not this file.
log:
  stdout: true
  level: ${TEMPORAL_LOG_LEVEL:-warn}
persistence:
  defaultStore: postgres-default
  visibilityStore: postgres-visibility
  numHistoryShards: $TEMPORAL_HISTORY_SHARDS
  datastores:
    postgres-default:
$(datastore "$TEMPORAL_DB" 20)
    postgres-visibility:
$(datastore "$TEMPORAL_VISIBILITY_DB" 4)
global:
  membership:
    maxJoinDuration: 30s
    broadcastAddress: 127.0.0.1
$(tls_block)
  metrics:
    prometheus:
      framework: tally
      timerType: histogram
      listenAddress: "127.0.0.1:$(metrics_port "$svc")"
services:
$(rpc_block)
clusterMetadata:
  enableGlobalNamespace: false
  failoverVersionIncrement: 10
  masterClusterName: active
  currentClusterName: active
  clusterInformation:
    active:
      enabled: true
      initialFailoverVersion: 1
      rpcName: frontend
      rpcAddress: "127.0.0.1:$P"
dcRedirectionPolicy:
  policy: noop
dynamicConfigClient:
  filepath: "$CLUSTER_DIR/config/dynamicconfig.yaml"
  pollInterval: 10s
YAML
}

write_dynamic_config() {
  cat > "$CLUSTER_DIR/config/dynamicconfig.yaml" <<'YAML'
# Generated by tools/stack/temporal-cluster.sh. No calls home from an offline machine; one task-queue partition so a
# few workers' pollers see every task at once (as the dev server script sets).
frontend.enableServerVersionCheck:
  - value: false
matching.numTaskqueueReadPartitions:
  - value: 1
matching.numTaskqueueWritePartitions:
  - value: 1
YAML
}

tls_enabled() { [ -n "$TLS_SERVER_CERT" ]; }

# Refuses half a TLS setup before anything starts, naming the variable (the services would only say "bad config").
check_tls() {
  local var
  for var in TEMPORAL_TLS_SERVER_CERT TEMPORAL_TLS_SERVER_KEY TEMPORAL_TLS_CLIENT_CA TEMPORAL_TLS_CA TEMPORAL_TLS_CERT TEMPORAL_TLS_KEY; do
    [ -z "${!var:-}" ] || [ -r "${!var}" ] || die "$var: cannot read ${!var}"
  done
  if [ -n "$TLS_SERVER_CERT" ] || [ -n "$TLS_SERVER_KEY" ]; then
    [ -n "$TLS_SERVER_CERT" ] || die "TEMPORAL_TLS_SERVER_CERT must be set with TEMPORAL_TLS_SERVER_KEY"
    [ -n "$TLS_SERVER_KEY" ] || die "TEMPORAL_TLS_SERVER_KEY must be set with TEMPORAL_TLS_SERVER_CERT"
  elif [ -n "$TLS_CLIENT_CA" ]; then
    die "TEMPORAL_TLS_CLIENT_CA needs TLS on the frontend: set TEMPORAL_TLS_SERVER_CERT and TEMPORAL_TLS_SERVER_KEY"
  fi
  if [ -n "$TLS_CLIENT_CA" ] && { [ -z "${TEMPORAL_TLS_CERT:-}" ] || [ -z "${TEMPORAL_TLS_KEY:-}" ]; }; then
    die "TEMPORAL_TLS_CLIENT_CA requires client certificates: set TEMPORAL_TLS_CERT and TEMPORAL_TLS_KEY for the cluster's own system worker"
  fi
}

# global.tls: the frontend's listener, and the system worker's client to it (found by membership, so no address here;
# Go's TLS needs a server name, so it checks the certificate against the host clients use).
tls_block() {
  tls_enabled || return 0
  cat <<YAML
  tls:
    frontend:
      server:
        certFile: "$TLS_SERVER_CERT"
        keyFile: "$TLS_SERVER_KEY"
        requireClientAuth: $([ -n "$TLS_CLIENT_CA" ] && echo true || echo false)
YAML
  [ -n "$TLS_CLIENT_CA" ] && printf '        clientCaFiles: ["%s"]\n' "$TLS_CLIENT_CA"
  cat <<YAML
    systemWorker:
YAML
  [ -n "${TEMPORAL_TLS_CERT:-}" ] && printf '      certFile: "%s"\n      keyFile: "%s"\n' "$TEMPORAL_TLS_CERT" "$TEMPORAL_TLS_KEY"
  cat <<YAML
      client:
        forceTLS: true
        serverName: "${TEMPORAL_TLS_SERVER_NAME:-${TEMPORAL_ADDRESS%:*}}"
YAML
  [ -n "${TEMPORAL_TLS_CA:-}" ] && printf '        rootCaFiles: ["%s"]\n' "$TEMPORAL_TLS_CA"
  return 0
}

# The CLI's flags for the same client settings.
cli_tls_args() {
  tls_enabled || return 0
  echo --tls
  [ -n "${TEMPORAL_TLS_CA:-}" ] && printf '%s\n' --tls-ca-path "$TEMPORAL_TLS_CA"
  [ -n "${TEMPORAL_TLS_CERT:-}" ] && printf '%s\n' --tls-cert-path "$TEMPORAL_TLS_CERT" --tls-key-path "$TEMPORAL_TLS_KEY"
  [ -n "${TEMPORAL_TLS_SERVER_NAME:-}" ] && printf '%s\n' --tls-server-name "$TEMPORAL_TLS_SERVER_NAME"
  return 0
}
mapfile -t CLI_TLS < <(cli_tls_args)

# The Web UI's flags for the same client settings.
ui_tls_args() {
  tls_enabled || return 0
  echo -tls
  [ -n "${TEMPORAL_TLS_CA:-}" ] && printf '%s\n' -tls-ca "$TEMPORAL_TLS_CA"
  [ -n "${TEMPORAL_TLS_CERT:-}" ] && printf '%s\n' -tls-cert "$TEMPORAL_TLS_CERT" -tls-key "$TEMPORAL_TLS_KEY"
  [ -n "${TEMPORAL_TLS_SERVER_NAME:-}" ] && printf '%s\n' -tls-server-name "$TEMPORAL_TLS_SERVER_NAME"
  return 0
}

pidfile() { echo "$CLUSTER_DIR/$1.pid"; }
running() { local f; f="$(pidfile "$1")"; [ -f "$f" ] && kill -0 "$(cat "$f")" 2>/dev/null; }

start_service() {
  local svc="$1"
  if running "$svc"; then return 0; fi
  nohup "$SERVER_BIN" --root "$CLUSTER_DIR" --config config --env "$svc" --allow-no-auth start --service "$svc" \
    >>"$CLUSTER_DIR/$svc.log" 2>&1 &
  echo $! > "$(pidfile "$svc")"
}

stop_pid() {
  local f="$1" pid
  [ -f "$f" ] || return 0
  pid="$(cat "$f")"
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
  kill -9 "$pid" 2>/dev/null || true
  rm -f "$f"
}

# The CLI against our frontend; the subcommand goes first, as cobra cannot tell "--tls" from a flag taking a value
# when flags come before it.
cli() { "$TEMPORAL_BIN" "$@" --address "$TEMPORAL_ADDRESS" "${CLI_TLS[@]}"; }

healthy() { cli operator cluster health 2>/dev/null | grep -q SERVING; }

wait_healthy() {
  local svc
  for _ in $(seq 1 240); do
    healthy && return 0
    for svc in "${SERVICES[@]}"; do
      running "$svc" || { tail -20 "$CLUSTER_DIR/$svc.log" >&2; die "Temporal $svc exited (log: $CLUSTER_DIR/$svc.log)"; }
    done
    sleep 0.5
  done
  die "Temporal cluster not serving after 120 s (logs: $CLUSTER_DIR/*.log)"
}

# Registers the namespace once, then waits until the frontend really serves it (its namespace cache refreshes).
ensure_namespace() {
  if ! cli operator namespace describe --namespace "$TEMPORAL_NAMESPACE" >/dev/null 2>&1; then
    cli operator namespace create --namespace "$TEMPORAL_NAMESPACE" --retention "${TEMPORAL_RETENTION:-72h}" >/dev/null 2>&1 \
      || cli operator namespace describe --namespace "$TEMPORAL_NAMESPACE" >/dev/null \
      || die "could not register namespace $TEMPORAL_NAMESPACE"
  fi
  for _ in $(seq 1 120); do
    cli workflow count --namespace "$TEMPORAL_NAMESPACE" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  die "namespace $TEMPORAL_NAMESPACE not usable after 60 s"
}

case "${1:-}" in
  build)
    build
    ;;
  start)
    [ -x "$SERVER_BIN" ] && [ -x "$UI_BIN" ] || die "Temporal server missing at $SERVER_BIN: run tools/stack/setup.sh --cluster"
    [ -x "$TEMPORAL_BIN" ] || die "Temporal CLI missing at $TEMPORAL_BIN: run tools/stack/setup.sh"
    check_tls
    if healthy; then log "Temporal already serving on $TEMPORAL_ADDRESS"; exit 0; fi
    mkdir -p "$CLUSTER_DIR/config"
    started=$(date +%s)
    setup_database "$TEMPORAL_DB" temporal
    setup_database "$TEMPORAL_VISIBILITY_DB" visibility
    write_dynamic_config
    for svc in "${SERVICES[@]}"; do write_config "$svc"; done
    # On an empty database the first service writes the cluster's metadata; four at once race to write it and the losers
    # exit ("failed to initialize current cluster metadata"), so the others start once it is there.
    start_service "${SERVICES[0]}"
    for _ in $(seq 1 120); do
      psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d "$TEMPORAL_DB" -tAc "SELECT 1 FROM cluster_metadata_info LIMIT 1" 2>/dev/null | grep -q 1 && break
      running "${SERVICES[0]}" || { tail -20 "$CLUSTER_DIR/${SERVICES[0]}.log" >&2; die "Temporal ${SERVICES[0]} exited (log: $CLUSTER_DIR/${SERVICES[0]}.log)"; }
      sleep 0.25
    done
    for svc in "${SERVICES[@]:1}"; do start_service "$svc"; done
    wait_healthy
    ensure_namespace
    if [ "${TEMPORAL_HEADLESS:-0}" != 1 ]; then
      mapfile -t ui_tls < <(ui_tls_args)
      nohup "$UI_BIN" -frontend "$TEMPORAL_ADDRESS" "${ui_tls[@]}" -host 127.0.0.1 -port "$TEMPORAL_UI_PORT" >>"$CLUSTER_DIR/ui.log" 2>&1 &
      echo $! > "$(pidfile ui)"
    fi
    log "Temporal cluster ready on $TEMPORAL_ADDRESS$(tls_enabled && echo " (TLS$([ -n "$TLS_CLIENT_CA" ] && echo ", client certificates required"))") in $(( $(date +%s) - started )) s (PostgreSQL $PGHOST:$PGPORT, databases $TEMPORAL_DB + $TEMPORAL_VISIBILITY_DB; UI $TEMPORAL_UI_URL)"
    ;;
  stop)
    stop_pid "$(pidfile ui)"
    # Frontend first, so clients see the cluster go away before the services behind it.
    for svc in frontend worker matching history; do stop_pid "$(pidfile "$svc")"; done
    ;;
  status)
    for svc in "${SERVICES[@]}" ui; do
      if running "$svc"; then echo "$svc running (pid $(cat "$(pidfile "$svc")"))"; else echo "$svc stopped"; fi
    done
    ;;
  kill)
    # SIGKILL one service, as a crash would (used by the fault tests).
    valid_service "${2:-}"
    f="$(pidfile "$2")"
    [ -f "$f" ] && kill -9 "$(cat "$f")" 2>/dev/null || true
    rm -f "$f"
    ;;
  start-service)
    valid_service "${2:-}"
    start_service "$2"
    ;;
  *) die "usage: temporal-cluster.sh build|start|stop|status|kill SERVICE|start-service SERVICE" ;;
esac
