#!/usr/bin/env bash
# Developer tool (not part of `mvn verify`): composes every conformance fixture with @apollo/composition,
# runs Hive Gateway on it against the live fixture subgraphs and records its answers next to our
# expectations (fixtures/<area>/oracle.json). Usage: router/conformance/oracle/record.sh [area ...]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
module="$(dirname "$here")"
cd "$module"
[ -d "$here/node_modules" ] || (cd "$here" && npm ci --no-audit --no-fund)
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/oracle/classpath.txt -Dmdep.includeScope=test
rm -f target/oracle/endpoints.json
mkfifo target/oracle/stdin.$$ 2>/dev/null || true
java -cp "target/test-classes:target/classes:$(cat target/oracle/classpath.txt)" \
  io.streamhub.router.conformance.FixtureServersMain "$@" < target/oracle/stdin.$$ &
java_pid=$!
exec 3> target/oracle/stdin.$$
trap 'exec 3>&-; wait $java_pid 2>/dev/null; rm -f target/oracle/stdin.$$' EXIT
for _ in $(seq 1 100); do [ -s target/oracle/endpoints.json ] && break; sleep 0.2; done
node "$here/record.mjs" src/test/resources/fixtures target/oracle/endpoints.json "$@"
