#!/usr/bin/env bash
# build: the tools CI validates the deployment files with, built once into the cache like the Temporal builds:
#   Helm ($HELM_VERSION, from the Go module proxy) for `helm lint` / `helm template` of infra/helm/leadops;
#   tools/stack/compose-check (ours, on compose-go, the loader docker compose v2+ uses) for infra/compose.yaml;
#   Debian's prometheus, for the scrape test.
# A tool that cannot be built fails here with a message: the deployment tests never skip.
set -euo pipefail
source "$(dirname "$0")/env.sh"

build_helm() {
  [ -x "$HELM_BIN" ] && return 0
  command -v go >/dev/null || die "Go is needed to build Helm (go install helm.sh/helm/v4/cmd/helm@$HELM_VERSION)"
  log "building Helm $HELM_VERSION (once, a few minutes)"
  local gobin; gobin="$(mktemp -d)"
  GOBIN="$gobin" GOFLAGS=-mod=mod go install -ldflags='-s -w' "helm.sh/helm/v4/cmd/helm@$HELM_VERSION" \
    || die "go install of Helm $HELM_VERSION failed (see above)"
  mkdir -p "$(dirname "$HELM_BIN")"; mv "$gobin/helm" "$HELM_BIN"; rm -rf "$gobin"
}

build_compose_check() {
  local source_hash; source_hash="$(cd "$ROOT/tools/stack/compose-check" && cat main.go go.mod go.sum | sha256sum | cut -d' ' -f1)"
  [ -x "$COMPOSE_CHECK_BIN" ] && [ "$(cat "$COMPOSE_CHECK_BIN.source" 2>/dev/null)" = "$source_hash" ] && return 0
  command -v go >/dev/null || die "Go is needed to build tools/stack/compose-check"
  log "building tools/stack/compose-check (compose-go; once)"
  mkdir -p "$(dirname "$COMPOSE_CHECK_BIN")"
  (cd "$ROOT/tools/stack/compose-check" && GOFLAGS=-mod=mod go build -ldflags='-s -w' -o "$COMPOSE_CHECK_BIN.tmp" . && mv "$COMPOSE_CHECK_BIN.tmp" "$COMPOSE_CHECK_BIN") \
    || die "building tools/stack/compose-check failed (see above)"
  echo "$source_hash" > "$COMPOSE_CHECK_BIN.source"
}

case "${1:-}" in
  build) build_helm; build_compose_check ;;
  *) die "usage: deploy-tools.sh build" ;;
esac
