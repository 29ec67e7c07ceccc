#!/usr/bin/env bash
# The crash harness: the portal is killed with SIGKILL during a burst of writes by four signed-in
# users (and with 150 mails in its outbox), then restarted on the same database. Every
# acknowledged write must be there with its audit entry, nothing half-stored, each mail delivered
# once. Usage: bench/crash.sh [burst-seconds] (default 15). Prints PASS or FAIL; exit code 1 on FAIL.
# Own ports (portal 8480, Keycloak 8380, MariaDB 3407, SMTP 3225) and folder target/bench-crash.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -ntp -DskipTests package
mvn -q -ntp dependency:copy@runtime-tools dependency:unpack@keycloak >/dev/null
mvn -q -ntp exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.ddmsportal.devstack.CrashBench \
    -Dexec.args="${1:-15}" -Dexec.cleanupDaemonThreads=false \
    -Dpayara.microJar="$PWD/target/payara-micro.jar" -Dkeycloak.home="$(ls -d "$PWD"/target/keycloak-*/ | head -1)" \
    -Dddms.war="$PWD/target/ddms.war" -Dddms.basedir="$PWD" 2>&1 | grep -E "^(crash|PASS|FAIL)"
