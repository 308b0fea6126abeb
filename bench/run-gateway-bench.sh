#!/usr/bin/env bash
# The router benchmark, one command: our router, Hive Gateway and Apollo Gateway in turn, in the same
# run, on the same machine, in front of the same four subgraphs (bench/src/main/java/.../gateway),
# under the same wrk load. Writes bench/results/<date>.md and the summary in bench/README.md.
#
#   bash bench/run-gateway-bench.sh
#
# Environment knobs: DURATION (60s), WARMUP (20s), CONNECTIONS (50), WRK_THREADS (2), WRK_TIMEOUT (10s:
# slower answers count as errors),
# GATEWAYS ("streamhub hive apollo"), SKIP_BUILD=1 (use the jars already built), NPM_CI=1 (reinstall
# the peers even when node_modules matches package-lock.json),
# ROUTER_JAVA_OPTS (JVM options of our router).
# All traffic goes to 127.0.0.1; every wait is bounded; every process started here is stopped on exit.
set -euo pipefail

BENCH="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$BENCH")"
DURATION="${DURATION:-60s}"
WARMUP="${WARMUP:-20s}"
CONNECTIONS="${CONNECTIONS:-50}"
WRK_THREADS="${WRK_THREADS:-2}"
WRK_TIMEOUT="${WRK_TIMEOUT:-10s}"
GATEWAYS="${GATEWAYS:-streamhub hive apollo}"
ROUTER_JAVA_OPTS="${ROUTER_JAVA_OPTS:--Xms256m -Xmx256m -XX:+UseParallelGC}"
SUBGRAPH_BASE_PORT=4200
WORK="$BENCH/target/gateway-bench"
STAMP="${STAMP:-$(date -u +%Y-%m-%dT%H-%M-%SZ)}"
RESULTS="$BENCH/results/$STAMP.md"
ROUTER_JAR="$ROOT/router/server/target/streamhub-router-server-0.1.0-SNAPSHOT-app.jar"

declare -A PORT=([streamhub]=4500 [hive]=4300 [apollo]=4400)
declare -A NAME=([streamhub]="StreamHub router" [hive]="Hive Gateway 2.15.1" [apollo]="Apollo Gateway 2.14")
STARTED=()

log() { printf '[bench %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

cleanup() {
	for pid in "${STARTED[@]}"; do
		kill_tree "$pid"
	done
}
trap cleanup EXIT

descendants() {
	local pid="$1" child
	echo "$pid"
	for child in $(ps -o pid= --ppid "$pid" 2>/dev/null); do
		descendants "$child"
	done
}

kill_tree() {
	local pid
	for pid in $(descendants "$1" | tac); do
		kill "$pid" 2>/dev/null || true
	done
	for _ in $(seq 1 50); do
		kill -0 "$1" 2>/dev/null || return 0
		sleep 0.1
	done
	kill -9 "$1" 2>/dev/null || true
}

# CPU seconds (user + system) of a process and its descendants.
cpu_seconds() {
	local total=0 pid ticks
	for pid in $(descendants "$1"); do
		ticks=$(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)
		total=$((total + ticks))
	done
	awk -v t="$total" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f", t / hz }'
}

# Peak resident set size (VmHWM, MB) of a process and its descendants.
peak_rss_mb() {
	local total=0 pid kb
	for pid in $(descendants "$1"); do
		kb=$(awk '/^VmHWM:/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
		total=$((total + ${kb:-0}))
	done
	awk -v kb="$total" 'BEGIN { printf "%.0f", kb / 1024 }'
}

wait_until() {
	local what="$1" seconds="$2"
	shift 2
	for _ in $(seq 1 $((seconds * 10))); do
		if "$@" >/dev/null 2>&1; then
			return 0
		fi
		sleep 0.1
	done
	log "timed out after ${seconds}s waiting for $what"
	return 1
}

ping_gateway() {
	curl -sf -m 2 -H 'Content-Type: application/json' --data '{"query":"query ping { __typename }"}' \
		"http://127.0.0.1:$1/graphql" | grep -q '"Query"'
}

prepare() {
	if ! command -v wrk >/dev/null; then
		log "installing wrk"
		apt-get update -qq && apt-get install -y -qq wrk >/dev/null
	fi
	if [[ "${NPM_CI:-0}" == 1 ]] || ! (cd "$BENCH/peers" && npm ls --depth=0 >/dev/null 2>&1); then
		log "installing the peer gateways (npm ci)"
		(cd "$BENCH/peers" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
	fi
	if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
		log "building bench and router/server"
		(cd "$ROOT" && mvn -B -q -pl bench,router/server -am package -DskipTests)
	fi
	mkdir -p "$WORK" "$BENCH/results"
	log "composing the supergraph with @apollo/composition"
	(cd "$BENCH/peers" && node compose.mjs "$BENCH/supergraph.graphql" "$SUBGRAPH_BASE_PORT" >/dev/null)
	python3 -c 'import json,sys; print(json.dumps({"query": open(sys.argv[1]).read()}))' \
		"$BENCH/src/main/resources/gateway/query.graphql" >"$WORK/query.json"
}

start_subgraphs() {
	log "starting the four subgraphs"
	java -Xms128m -Xmx256m -XX:+UseParallelGC -cp "$(cat "$BENCH/target/bench.classpath"):$BENCH/target/classes" \
		io.streamhub.bench.gateway.GatewayBenchSubgraphs --base-port="$SUBGRAPH_BASE_PORT" >"$WORK/subgraphs.log" 2>&1 &
	SUBGRAPHS_PID=$!
	STARTED+=("$SUBGRAPHS_PID")
	local port
	for port in 4201 4202 4203 4204; do
		wait_until "subgraph on $port" 60 curl -sf "http://127.0.0.1:$port/health"
	done
}

start_gateway() {
	local gateway="$1" port="${PORT[$1]}"
	case "$gateway" in
	streamhub)
		# shellcheck disable=SC2086
		# Limits stay on (they run on every request); the static cost estimate of the benchmark's
		# nested query (~108k with 10 items per unbounded list) is above the default cap of 50k,
		# which the peers, running with their defaults, do not have.
		java $ROUTER_JAVA_OPTS -jar "$ROUTER_JAR" --server.port="$port" --server.address=127.0.0.1 \
			--router.supergraph="$BENCH/supergraph.graphql" --router.limits.max-cost=1000000 \
			>"$WORK/$gateway.log" 2>&1 &
		;;
	hive)
		NODE_ENV=production "$BENCH/peers/hive-gateway.sh" "$BENCH/supergraph.graphql" "$port" >"$WORK/$gateway.log" 2>&1 &
		;;
	apollo)
		(cd "$BENCH/peers" && NODE_ENV=production exec node apollo-gateway.mjs "$BENCH/supergraph.graphql" "$port") \
			>"$WORK/$gateway.log" 2>&1 &
		;;
	esac
	GATEWAY_PID=$!
	STARTED+=("$GATEWAY_PID")
	local started=$SECONDS
	wait_until "$gateway" 90 ping_gateway "$port"
	log "$gateway answers on $port after $((SECONDS - started)) s"
}

same_json() {
	python3 - "$1" "$2" <<'EOF'
import json, sys
a, b = (json.load(open(path)) for path in sys.argv[1:3])
sys.exit(0 if a == b else 1)
EOF
}

value() { sed -n "s/.*\b$1=\([^ ]*\).*/\1/p" "$2" | head -1; }

bench_gateway() {
	local gateway="$1" port="${PORT[$1]}" out="$WORK/$1"
	start_gateway "$gateway"
	curl -sf -m 10 -H 'Content-Type: application/json' --data @"$WORK/query.json" \
		"http://127.0.0.1:$port/graphql" >"$out.response.json"
	local identical="yes (reference)"
	if [[ -n "${REFERENCE:-}" ]]; then
		if same_json "$REFERENCE" "$out.response.json"; then identical="yes"; else identical="NO"; fi
	else
		REFERENCE="$out.response.json"
	fi
	log "$gateway: response $(wc -c <"$out.response.json") bytes, identical: $identical; warming up $WARMUP"
	BENCH_BODY="$WORK/query.json" wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout "$WRK_TIMEOUT" -s "$BENCH/gateway-query.lua" \
		"http://127.0.0.1:$port/graphql" >"$out.warmup.txt" 2>&1
	local gateway_cpu0 subgraphs_cpu0 gateway_cpu1 subgraphs_cpu1
	gateway_cpu0=$(cpu_seconds "$GATEWAY_PID")
	subgraphs_cpu0=$(cpu_seconds "$SUBGRAPHS_PID")
	log "$gateway: measuring $DURATION with $CONNECTIONS connections"
	BENCH_BODY="$WORK/query.json" wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout "$WRK_TIMEOUT" --latency \
		-s "$BENCH/gateway-query.lua" "http://127.0.0.1:$port/graphql" >"$out.wrk.txt" 2>&1
	gateway_cpu1=$(cpu_seconds "$GATEWAY_PID")
	subgraphs_cpu1=$(cpu_seconds "$SUBGRAPHS_PID")
	local load rss requests seconds
	load=$(cut -d' ' -f1 /proc/loadavg)
	rss=$(peak_rss_mb "$GATEWAY_PID")
	requests=$(value requests "$out.wrk.txt")
	seconds=$(awk -v us="$(value duration_us "$out.wrk.txt")" 'BEGIN { printf "%.1f", us / 1e6 }')
	local errors
	errors=$(($(value socket_errors "$out.wrk.txt") + $(value bad_status "$out.wrk.txt") + $(value graphql_errors "$out.wrk.txt")))
	local gateway_cpu subgraphs_cpu
	gateway_cpu=$(awk -v a="$gateway_cpu0" -v b="$gateway_cpu1" -v s="$seconds" 'BEGIN { printf "%.0f", 100 * (b - a) / s }')
	subgraphs_cpu=$(awk -v a="$subgraphs_cpu0" -v b="$subgraphs_cpu1" -v s="$seconds" 'BEGIN { printf "%.0f", 100 * (b - a) / s }')
	local subgraph_ms_per_request
	subgraph_ms_per_request=$(awk -v a="$subgraphs_cpu0" -v b="$subgraphs_cpu1" -v n="$requests" \
		'BEGIN { printf "%.2f", (n > 0) ? 1000 * (b - a) / n : 0 }')
	printf '%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s\n' "$gateway" "$(value rps "$out.wrk.txt")" \
		"$(value p50_ms "$out.wrk.txt")" "$(value p95_ms "$out.wrk.txt")" "$(value p99_ms "$out.wrk.txt")" \
		"$errors" "$rss" "$gateway_cpu" "$subgraphs_cpu" "$subgraph_ms_per_request" "$load" "$identical" \
		"$requests" >>"$WORK/rows.txt"
	log "$gateway: $(value rps "$out.wrk.txt") req/s, p95 $(value p95_ms "$out.wrk.txt") ms, errors $errors, peak RSS $rss MB"
	kill_tree "$GATEWAY_PID"
}

row() { awk -F'|' -v g="$1" -v c="$2" '$1 == g { print $c }' "$WORK/rows.txt"; }

ratio() {
	local ours theirs
	ours=$(row streamhub "$1")
	theirs=$(row "$2" "$1")
	if [[ -z "$ours" || -z "$theirs" ]]; then
		echo "n/a"
		return
	fi
	awk -v a="$ours" -v b="$theirs" -v inv="${3:-0}" 'BEGIN { if (inv) printf "%.2f", b / a; else printf "%.2f", a / b }'
}

efficiency() {
	local ours theirs
	ours=$(awk -F'|' '$1 == "streamhub" && $8 > 0 { print $2 / $8 }' "$WORK/rows.txt")
	theirs=$(awk -F'|' -v g="$1" '$1 == g && $8 > 0 { print $2 / $8 }' "$WORK/rows.txt")
	if [[ -z "$ours" || -z "$theirs" ]]; then
		echo "n/a"
		return
	fi
	awk -v a="$ours" -v b="$theirs" 'BEGIN { printf "%.2f", a / b }'
}

report() {
	local table
	table="$(
		echo "| gateway | req/s | p50 ms | p95 ms | p99 ms | errors | peak RSS MB | gateway CPU % | req per gateway CPU-second | subgraphs CPU % | subgraph CPU ms / request | load avg (1 min) | response identical |"
		echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"
		while IFS='|' read -r g rps p50 p95 p99 errors rss gcpu scpu sms load identical _; do
			local per_cpu
			per_cpu=$(awk -v r="$rps" -v c="$gcpu" 'BEGIN { printf "%.0f", (c > 0) ? 100 * r / c : 0 }')
			echo "| ${NAME[$g]} | $rps | $p50 | $p95 | $p99 | $errors | $rss | $gcpu | $per_cpu | $scpu | $sms | $load | $identical |"
		done <"$WORK/rows.txt"
	)"
	local ratios
	ratios="$(
		echo "- req/s: ours / Hive Gateway = $(ratio 2 hive) (target >= 5), ours / Apollo Gateway = $(ratio 2 apollo) (target >= 10)"
		echo "- p95: ours / Hive Gateway = $(ratio 4 hive 0) (target <= 0.25), ours / Apollo Gateway = $(ratio 4 apollo 0)"
		echo "- requests per gateway CPU-second (fairer when the machine is busy: a multi-threaded JVM gets a larger share of contended cores than a one-threaded Node process): ours / Hive Gateway = $(efficiency hive), ours / Apollo Gateway = $(efficiency apollo)"
	)"
	local setup
	setup="wrk ${WRK_THREADS} threads, ${CONNECTIONS} connections, ${DURATION} after a ${WARMUP} warm-up, on $(nproc) cores shared by wrk, the gateway and the subgraphs; $(uname -r); Java $(java -version 2>&1 | head -1 | cut -d'"' -f2), Node $(node -v); router JVM options: ${ROUTER_JAVA_OPTS}"
	{
		echo "# Gateway benchmark, $STAMP"
		echo
		echo "$setup"
		echo
		echo "$table"
		echo
		echo "$ratios"
		echo
		echo "CPU % is of one core (200 % = both cores). Peak RSS is VmHWM of the gateway's process tree."
		echo "Raw wrk output: bench/target/gateway-bench/ of the run."
	} >"$RESULTS"
	python3 - "$BENCH/README.md" "$RESULTS" "$STAMP" <<'EOF'
import re, sys
readme_path, results_path, stamp = sys.argv[1:4]
results = open(results_path).read().split("\n", 2)[2]
summary = f"<!-- results:start -->\nLatest run: [{stamp}](results/{stamp}.md)\n\n{results.strip()}\n<!-- results:end -->"
readme = open(readme_path).read()
readme = re.sub(r"<!-- results:start -->.*<!-- results:end -->", lambda m: summary, readme, flags=re.S)
open(readme_path, "w").write(readme)
EOF
	log "wrote $RESULTS and the summary in bench/README.md"
	cat "$RESULTS"
}

if [[ "${REPORT_ONLY:-0}" == 1 ]]; then
	# rewrite the table of the last run (same STAMP) from bench/target/gateway-bench/rows.txt
	report
	exit 0
fi
prepare
rm -f "$WORK/rows.txt"
start_subgraphs
for gateway in $GATEWAYS; do
	bench_gateway "$gateway"
done
report
