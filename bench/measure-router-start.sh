#!/usr/bin/env bash
# How long the router takes from `java -jar` to answering the public audit's ping, started as the
# audit starts a gateway: in a directory holding only supergraph.graphql. Prints each run, the
# median and the load average. The CPU time shows what the start costs when the machine is busy. Usage: bash bench/measure-router-start.sh [runs] [extra JVM options]
set -euo pipefail
BENCH="$(cd "$(dirname "$0")" && pwd)"
JAR="$BENCH/../router/server/target/streamhub-router-server-0.1.0-SNAPSHOT-app.jar"
RUNS="${1:-5}"
shift || true
PORT=4590
DIR="$(mktemp -d)"
cp "$BENCH/supergraph.graphql" "$DIR/"
trap 'rm -rf "$DIR"' EXIT
times=()
for _ in $(seq 1 "$RUNS"); do
	start=$(date +%s%N)
	(cd "$DIR" && exec java "$@" -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 >/dev/null 2>&1) &
	pid=$!
	for _ in $(seq 1 600); do
		if curl -sf -m 1 -H 'Content-Type: application/json' --data '{"query":"query ping { __typename }"}' \
			"http://127.0.0.1:$PORT/graphql" 2>/dev/null | grep -q '"Query"'; then
			break
		fi
		sleep 0.02
	done
	end=$(date +%s%N)
	cpu=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%d", 1000 * ($14 + $15) / hz}' "/proc/$pid/stat" 2>/dev/null || echo "?")
	kill -9 "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true
	ms=$(((end - start) / 1000000))
	times+=("$ms")
	echo "start to first ping answer: $ms ms, CPU time used by then: $cpu ms (load average $(cut -d' ' -f1 /proc/loadavg))"
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "median of $RUNS: $median ms; files left in the working directory: $(ls "$DIR" | grep -vc '^supergraph.graphql$' || true)"
