#!/usr/bin/env bash
# Hive Gateway (CLI, default single worker) on a supergraph file, loopback only.
# Usage: hive-gateway.sh <supergraph.graphql> <port>
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
exec "$here/node_modules/.bin/hive-gateway" supergraph "${1:-$here/../supergraph.graphql}" \
	--host 127.0.0.1 --port "${2:-4300}"
