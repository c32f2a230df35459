#!/usr/bin/env bash
# Benchmark: what rate limits cost per request. Runs bench/institutions.sh (GET /api/institutions/?page_size=100,
# wrk on loopback, bounded) twice: with the key and organization limits on, far above the load, so every request
# spends from both buckets in the database; then with them off. Usage: bench/ratelimits.sh [connections]
set -euo pipefail
cd "$(dirname "$0")/.."
echo "### Rate limits on (two buckets per request)"
bench/institutions.sh "$@"
echo
echo "### Rate limits off"
PONTE_RATE_LIMIT_KEY=0 PONTE_RATE_LIMIT_ORGANIZATION=0 bench/institutions.sh "$@"
