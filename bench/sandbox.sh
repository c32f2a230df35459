#!/usr/bin/env bash
# Benchmark (JMH): time to generate 13 months of transactions for one sandbox user (SandboxConnector.fetch of
# TRANSACTIONS, a different user per call from a pool of 256), and the history replay alone (new Statement), for
# Brazil and Mexico; average ms per operation. Compiles the test sources first (JMH's annotation processor
# generates the harness). Extra arguments go to JMH, e.g. bench/sandbox.sh -prof gc
set -euo pipefail
cd "$(dirname "$0")/.."
exec bench/test-java.sh org.openjdk.jmh.Main GenerationBenchmark -f 1 -wi 3 -i 5 "$@"
