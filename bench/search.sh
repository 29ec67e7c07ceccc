#!/usr/bin/env bash
# Times the cross-country search (full text + facets) on a large library (see SearchBench).
# Usage: bench/search.sh [case-studies] [hold]   (default 2000, with ten lessons each;
# hold: keep the database on port 3313 afterwards for EXPLAIN, until Ctrl-C).
# Prints figures; asserts nothing. Uses target/bench-search.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -ntp test-compile
mvn -q -ntp exec:java -Dexec.classpathScope=test \
    -Dexec.mainClass=org.ddmsportal.search.SearchBench -Dexec.args="${1:-2000} ${2:-}" 2>&1 \
    | grep --line-buffered -v -E "^(SLF4J|.*flywaydb|.*INFO)"
