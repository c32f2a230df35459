#!/usr/bin/env bash
# Benchmark (JMH): time to generate 13 months of transactions for one sandbox user (SandboxConnector.fetch of
# TRANSACTIONS, a different user per call from a pool of 256), and the history replay alone (new Statement), for
# Brazil and Mexico; average ms per operation. Compiles the test sources first (JMH's annotation processor
# generates the harness). Extra arguments go to JMH, e.g. bench/sandbox.sh -prof gc
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
CLASSPATH_FILE=$(mktemp /tmp/ponte-classpath.XXXXXX)
trap 'rm -f "$CLASSPATH_FILE"' EXIT
JAVA_HOME=$JAVA_HOME ./mvnw -B -q -pl server test-compile dependency:build-classpath \
  -Dmdep.outputFile="$CLASSPATH_FILE" -Dmdep.includeScope=test
"$JAVA_HOME/bin/java" -cp "server/target/test-classes:server/target/classes:$(cat "$CLASSPATH_FILE")" \
  org.openjdk.jmh.Main GenerationBenchmark -f 1 -wi 3 -i 5 "$@"
