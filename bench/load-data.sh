#!/usr/bin/env bash
# Loads the bench data set (org.ddmsportal.bench.BenchData: 5,000 organisations, 20,000
# partnerships, 40,000 agreements, 100,000 datasets, 2,000,000 observations, 10,000 case studies …,
# the same rows every time) into a database whose schema the portal's migrations made — by default
# the running `mvn -Prun` portal's (localhost:3307, database ddms, user root). Keeps the demo data;
# refuses to load twice. Takes a few minutes. bench/run loads it into its own stack by itself.
# Usage: bench/load-data.sh [jdbc-url]     e.g. jdbc:mariadb://127.0.0.1:3407/ddms
# User and password: BENCH_DB_USER (root), BENCH_DB_PASSWORD (empty).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -ntp test-compile
mvn -q -ntp exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.ddmsportal.bench.BenchData \
    -Dexec.args="${1:-jdbc:mariadb://127.0.0.1:3307/ddms} target/bench-data-files" 2>&1 \
    | grep -v -E "^SLF4J"
