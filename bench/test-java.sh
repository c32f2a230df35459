#!/usr/bin/env bash
# Runs a main class of the server's test sources: compiles them first, then starts Java 25 with the test
# classpath. Shared by the scripts that run generators and JMH from the test sources.
# Usage: bench/test-java.sh <main class> [arguments...]
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
CLASSPATH_FILE=$(mktemp /tmp/ponte-classpath.XXXXXX)
trap 'rm -f "$CLASSPATH_FILE"' EXIT
JAVA_HOME=$JAVA_HOME ./mvnw -B -q -pl server test-compile dependency:build-classpath \
  -Dmdep.outputFile="$CLASSPATH_FILE" -Dmdep.includeScope=test
"$JAVA_HOME/bin/java" -cp "server/target/test-classes:server/target/classes:$(cat "$CLASSPATH_FILE")" "$@"
