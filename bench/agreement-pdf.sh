#!/usr/bin/env bash
# Measures making an agreement's PDF, its certificate and its hash (see AgreementPdfBench).
# Usage: bench/agreement-pdf.sh [rounds]   (default 50). Prints figures; asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -ntp test-compile
mvn -q -ntp exec:java -Dexec.classpathScope=test \
    -Dexec.mainClass=org.ddmsportal.agreement.AgreementPdfBench -Dexec.args="${1:-50}" 2>&1 \
    | grep -v -E "^(com\.openhtmltopdf|SLF4J)"
