#!/usr/bin/env bash
# start | stop | status | restart | crash: a PostgreSQL cluster of our own in $LEADOPS_DATA_DIR/pg, on $PGPORT (loopback only).
set -euo pipefail
source "$(dirname "$0")/env.sh"

PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
PGDATA="$LEADOPS_DATA_DIR/pg"
PGLOG="$LEADOPS_DATA_DIR/postgres.log"

# initdb and postgres refuse to run as root: use the postgres system user then.
run_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

# The postgres user must be able to reach the data folder: give traverse (x) rights on the parents that lack it.
grant_traverse() {
  [ "$(id -u)" = 0 ] || return 0
  local dir="$1"
  while [ "$dir" != "/" ]; do
    if ! runuser -u postgres -- test -x "$dir" 2>/dev/null; then chmod o+x "$dir"; fi
    dir="$(dirname "$dir")"
  done
}

init_cluster() {
  mkdir -p "$PGDATA"
  grant_traverse "$LEADOPS_DATA_DIR"
  [ "$(id -u)" = 0 ] && chown postgres "$PGDATA" "$LEADOPS_DATA_DIR"
  chmod 700 "$PGDATA"
  local pwfile; pwfile="$(mktemp)"; printf '%s\n' "$PGPASSWORD" > "$pwfile"
  [ "$(id -u)" = 0 ] && chown postgres "$pwfile"
  log "initdb $PGDATA"
  run_pg "$PG_BIN/initdb" -D "$PGDATA" -U "$PGUSER" --pwfile="$pwfile" -A scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
  rm -f "$pwfile"
}

case "${1:-status}" in
  start)
    [ -f "$PGDATA/PG_VERSION" ] || init_cluster
    grant_traverse "$LEADOPS_DATA_DIR"
    if run_pg "$PG_BIN/pg_ctl" -D "$PGDATA" status >/dev/null 2>&1; then log "PostgreSQL already running on $PGPORT"; exit 0; fi
    touch "$PGLOG"; [ "$(id -u)" = 0 ] && chown postgres "$PGLOG"
    run_pg "$PG_BIN/pg_ctl" -D "$PGDATA" -l "$PGLOG" -w -t 60 \
      -o "-c listen_addresses=$PGHOST -p $PGPORT -k $PGDATA -c max_connections=200 -c shared_buffers=256MB -c fsync=${PG_FSYNC:-on}" start >/dev/null \
      || { tail -20 "$PGLOG" >&2; die "PostgreSQL did not start (log: $PGLOG)"; }
    psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname='$PGDATABASE'" | grep -q 1 \
      || psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -qc "CREATE DATABASE \"$PGDATABASE\"" >/dev/null
    log "PostgreSQL ready on $PGHOST:$PGPORT (data $PGDATA)"
    ;;
  stop)
    [ -f "$PGDATA/PG_VERSION" ] && run_pg "$PG_BIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null 2>&1 || true
    ;;
  status)
    run_pg "$PG_BIN/pg_ctl" -D "$PGDATA" status
    ;;
  restart)
    # What an operator does for a config change or a minor upgrade: clients are cut off and must reconnect (used by tests).
    run_pg "$PG_BIN/pg_ctl" -D "$PGDATA" -l "$PGLOG" -m fast -w -t 60 restart >/dev/null \
      || { tail -20 "$PGLOG" >&2; die "PostgreSQL did not restart (log: $PGLOG)"; }
    ;;
  crash)
    # Stops at once, without a checkpoint, as a crash would: the next start runs crash recovery (used by tests).
    [ -f "$PGDATA/PG_VERSION" ] && run_pg "$PG_BIN/pg_ctl" -D "$PGDATA" -m immediate -w stop >/dev/null 2>&1 || true
    ;;
  *) die "usage: postgres.sh start|stop|status|restart|crash" ;;
esac
