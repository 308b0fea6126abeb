#!/usr/bin/env bash
# The realtime fan-out benchmark: the realtime gateway against a stock Spring for GraphQL WebSocket
# endpoint, N = 5k, 10k, 19k subscribers (override: ./run-realtime-bench.sh --sizes=1000,2000 --events=3).
# Needs realtime-gateway (and its upstream modules) installed in ~/.m2. Heavy: run on a quiet machine.
set -euo pipefail
cd "$(dirname "$0")"
# N server sockets in the server JVM, N client sockets in this one: raise the open-file limit here, not in code.
# Here the hard limit is 20,000 (not raisable without CAP_SYS_RESOURCE): N stays below it, see README.
ulimit -n "$(ulimit -Hn)"
mvn -B -q -f pom.xml package -DskipTests
exec java -Xmx4g -XX:+UseG1GC -cp "target/classes:$(cat target/bench.classpath)" \
	io.streamhub.bench.realtime.FanOutBench --schema=../../schema --out=results "$@"
