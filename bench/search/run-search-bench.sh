#!/usr/bin/env bash
# Search p95 through the discovery subgraph vs the same search directly on Elasticsearch.
# Needs platform and subgraphs/discovery installed (mvn -pl platform,subgraphs/discovery install -DskipTests).
# Usage: bench/search/run-search-bench.sh [videos=10000] [clients=20] [seconds=30]
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -f bench/search/pom.xml package -DskipTests
java -Xmx1g -Dstreamhub.elasticsearch.java-options="${ES_JAVA_OPTIONS:--Xms512m -Xmx512m -XX:+UseSerialGC}" -cp "bench/search/target/classes:$(cat bench/search/target/bench.classpath)" \
	io.streamhub.discovery.search.SearchBench "${1:-10000}" "${2:-20}" "${3:-30}" bench/search/results
