#!/usr/bin/env bash
# fetch | path | run <port> [--enable-time-skipping]: Temporal's time-skipping test server, for the workflow tests that
# skip hours and days (apps/worker/e2e/lead-time-skipping.e2e.ts).
#
# The server is the Java one from Temporal's Java SDK (io.temporal:temporal-test-server). The TypeScript SDK would
# download a native build from Temporal's CDN, which CI machines may not reach; Maven Central they do. So `fetch` resolves
# the artifact and all its dependencies with Maven once into $LEADOPS_CACHE_DIR/temporal-test-server-<version>/lib and
# writes a launcher next to it, bin/temporal-test-server, that takes the same arguments as the SDK's download: the port,
# then flags. Without --enable-time-skipping the server starts with time skipping locked, which is what the SDK expects
# (it unlocks it while a test sleeps or waits for a result).
set -euo pipefail
source "$(dirname "$0")/env.sh"

VERSION="${TEMPORAL_TEST_SERVER_VERSION:-1.38.0}"
SERVER_HOME="$LEADOPS_CACHE_DIR/temporal-test-server-$VERSION"
LAUNCHER="$SERVER_HOME/bin/temporal-test-server"
DEPENDENCY_PLUGIN="org.apache.maven.plugins:maven-dependency-plugin:3.8.1"

write_launcher() {
  local home="$1" classpath
  classpath="$(find "$SERVER_HOME/lib" -name '*.jar' | sort | paste -sd: -)"
  mkdir -p "$home/bin"
  cat > "$home/bin/.temporal-test-server.tmp" <<EOF
#!/bin/sh
# Temporal's time-skipping test server $VERSION, written by tools/stack/temporal-test-server.sh.
# Usage: temporal-test-server <port> [--enable-time-skipping]
home='$SERVER_HOME'
# A class-data archive of the server's start-up classes (made at fetch time) brings the JVM start to well under a second.
cds=''
[ -f "\$home/classes.jsa" ] && cds="-XX:SharedArchiveFile=\$home/classes.jsa -Xlog:cds*=off"
exec java -XX:+UseSerialGC -Xss512k \$cds \${TEMPORAL_TEST_SERVER_JAVA_OPTS:-} -cp '$classpath' io.temporal.testserver.TestServer "\$@"
EOF
  chmod +x "$home/bin/.temporal-test-server.tmp"
  mv -f "$home/bin/.temporal-test-server.tmp" "$home/bin/temporal-test-server"
}

# One short run that records the classes the JVM loads to start the server; best effort (the launcher works without).
train_class_archive() {
  local port pid
  port=$((20000 + RANDOM % 20000))
  TEMPORAL_TEST_SERVER_JAVA_OPTS="-XX:ArchiveClassesAtExit=$SERVER_HOME/classes.jsa.tmp" \
    "$LAUNCHER" "$port" >/dev/null 2>&1 &
  pid=$!
  for _ in $(seq 1 300); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then break; fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if [ -s "$SERVER_HOME/classes.jsa.tmp" ]; then mv -f "$SERVER_HOME/classes.jsa.tmp" "$SERVER_HOME/classes.jsa"; fi
  rm -f "$SERVER_HOME/classes.jsa.tmp"
}

fetch() {
  [ -x "$LAUNCHER" ] && return 0
  command -v java >/dev/null || die "Java is needed for Temporal's test server: run tools/stack/setup.sh --test-server (apt-get install default-jre-headless)"
  command -v mvn >/dev/null || die "Maven is needed to fetch Temporal's test server: run tools/stack/setup.sh --test-server (apt-get install maven)"
  log "fetching Temporal test server $VERSION and its dependencies from Maven Central (once)"
  mkdir -p "$LEADOPS_CACHE_DIR"
  local stage
  stage="$(mktemp -d "$LEADOPS_CACHE_DIR/.temporal-test-server-$VERSION.XXXXXX")"
  # shellcheck disable=SC2064 # expand $stage now
  trap "rm -rf '$stage'" EXIT
  # slf4j-nop keeps SLF4J's "no binding" warning out of the test output.
  cat > "$stage/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dev.leadops</groupId>
  <artifactId>temporal-test-server-fetch</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency><groupId>io.temporal</groupId><artifactId>temporal-test-server</artifactId><version>$VERSION</version></dependency>
    <dependency><groupId>org.slf4j</groupId><artifactId>slf4j-nop</artifactId><version>1.7.36</version></dependency>
  </dependencies>
</project>
EOF
  # A private local repository: nothing outside the cache is touched, and the jars are copied out of it.
  if ! mvn -B -q -Dstyle.color=never -f "$stage/pom.xml" -Dmaven.repo.local="$stage/m2" "$DEPENDENCY_PLUGIN:copy-dependencies" \
    -DincludeScope=runtime -DoutputDirectory="$stage/lib" >"$stage/maven.log" 2>&1; then
    cat "$stage/maven.log" >&2
    die "Maven could not fetch io.temporal:temporal-test-server:$VERSION (see above)"
  fi
  [ -f "$stage/lib/temporal-test-server-$VERSION.jar" ] || die "temporal-test-server-$VERSION.jar missing after the Maven fetch"
  rm -rf "$stage/m2" "$stage/pom.xml" "$stage/maven.log"
  chmod 755 "$stage"
  # Publish the jars atomically (a concurrent fetch that won keeps its copy), then the launcher, which marks completion.
  mv -T "$stage" "$SERVER_HOME" 2>/dev/null || [ -d "$SERVER_HOME/lib" ] || die "could not move the test server into $SERVER_HOME"
  trap - EXIT
  rm -rf "$stage"
  write_launcher "$SERVER_HOME"
  train_class_archive
  log "Temporal test server $VERSION ready: $LAUNCHER"
}

case "${1:-fetch}" in
  fetch) fetch ;;
  path) fetch >&2; echo "$LAUNCHER" ;;
  run) shift; fetch >&2; exec "$LAUNCHER" "$@" ;;
  *) die "usage: temporal-test-server.sh fetch | path | run <port> [--enable-time-skipping]" ;;
esac
