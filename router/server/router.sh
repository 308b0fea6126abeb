#!/usr/bin/env bash
# Starts the router in about half the time of `java -jar`: the Boot jar extracted (no nested-jar class
# loading) and a CDS archive of the classes a start loads, both prepared once in a cache next to the jar
# (never in the working directory). Arguments go to the router:
#
#   router/server/router.sh --router.supergraph=router/supergraph.yaml
#   router/server/router.sh prepare [router arguments]   # only build the cache (a start with these arguments)
#
# ROUTER_JAR, ROUTER_CACHE and ROUTER_JAVA_OPTS override the jar, the cache directory and the JVM options.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="${ROUTER_JAR:-$here/target/streamhub-router-server-0.1.0-SNAPSHOT-app.jar}"
cache="${ROUTER_CACHE:-$here/target/fast-start}"
extracted="$cache/$(basename "$jar")"
prepare_only=false
if [[ "${1:-}" == prepare ]]; then
	prepare_only=true
	shift
fi
if [[ ! -f "$cache/app.jsa" || "$jar" -nt "$cache/app.jsa" ]]; then
	rm -rf "$cache"
	java -Djarmode=tools -jar "$jar" extract --destination "$cache" >/dev/null
	# a training start that stops once the context is refreshed; the JVM writes the archive on exit
	java -XX:ArchiveClassesAtExit="$cache/app.jsa" -Dspring.context.exit=onRefresh -jar "$extracted" "$@" \
		--server.port=0 >"$cache/training.log" 2>&1 || true
fi
if [[ "$prepare_only" == true ]]; then
	exit 0
fi
# shellcheck disable=SC2086
exec java -XX:SharedArchiveFile="$cache/app.jsa" -Xshare:auto ${ROUTER_JAVA_OPTS:-} -jar "$extracted" "$@"
