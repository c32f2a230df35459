#!/usr/bin/env bash
# Population report: generates sandbox users (default 1,000 per country) at a fixed instant and writes their
# distributions (incomes against the official tables, credit distress, accounts, activity, weekday and monthly
# spending, weekends and holidays by operation type, categories) as Markdown. Compiles the test sources first.
# Usage: bench/population.sh [output file, default docs/population.md] [users per country, default 1000]
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-docs/population.md}
USERS=${2:-1000}
exec bench/test-java.sh io.ponte.connectors.sandbox.PopulationReport "$OUT" "$USERS"
