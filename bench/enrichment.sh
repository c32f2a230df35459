#!/usr/bin/env bash
# Benchmark (JMH): enrichment for one link with 13 months of transactions across four accounts (a sandbox
# user's checking, savings, card and loan): categorization, risk insights, income and recurring-expense
# detection, each from the documents as stored; average ms per link. Compiles the test sources first (JMH's annotation processor generates the harness). Extra arguments go
# to JMH, e.g. bench/enrichment.sh -prof gc
set -euo pipefail
cd "$(dirname "$0")/.."
exec bench/test-java.sh org.openjdk.jmh.Main EnrichmentBenchmark -f 1 -wi 3 -i 5 "$@"
