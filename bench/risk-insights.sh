#!/usr/bin/env bash
# Benchmark (JMH): risk insights for one link with 13 months of transactions across four accounts (a sandbox
# user's checking, savings, card and loan), from the stored documents to the finished insights; average ms per
# link. Compiles the test sources first (JMH's annotation processor generates the harness). Extra arguments go
# to JMH, e.g. bench/risk-insights.sh -prof gc
set -euo pipefail
cd "$(dirname "$0")/.."
exec bench/test-java.sh org.openjdk.jmh.Main RiskInsightsBenchmark -f 1 -wi 3 -i 5 "$@"
