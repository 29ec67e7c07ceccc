#!/usr/bin/env bash
# Imports a million observations along the portal's path and with MariaDB's LOAD DATA (see
# ObservationImportBench). Usage: bench/observation-import.sh [rows]   (default 1000000).
# Prints figures; asserts nothing. Takes a few minutes on 2 cores; uses target/bench-observations.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -ntp test-compile
mvn -q -ntp exec:java -Dexec.classpathScope=test \
    -Dexec.mainClass=org.ddmsportal.data.ObservationImportBench -Dexec.args="${1:-1000000}" 2>&1 \
    | grep -v -E "^(SLF4J|.*flywaydb|.*INFO)"
