#!/usr/bin/env bash
# The long runs of the trust harness, against the real WAR on the test stack (as `mvn verify`):
#   roles under load — 16 signed-in sessions for 10 minutes, tokens expiring every 20 s
#                      (ParallelSessionsIT with -Dddms.parallel.sessions/-seconds);
#   fuzz             — 50,000 generated inputs (FuzzIT with -Dddms.fuzz.inputs);
#   conflicts        — 5,000 pairs of simultaneous saves (ConflictsIT with -Dddms.conflicts.pairs).
# Usage: bench/trust.sh [roles|fuzz|conflicts|all] (default all). Prints one PASS/FAIL line per run.
# Runs beside a running portal or suite: ports are shifted with -Dddms.test.portOffset=30.
set -uo pipefail
cd "$(dirname "$0")/.."
what="${1:-all}"
run() {
  local name="$1" test="$2"; shift 2
  local log="target/bench-trust-$name.log"
  mkdir -p target
  if mvn -B -ntp verify -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false -Dit.test="$test" \
       -Dddms.test.portOffset=30 "$@" > "$log" 2>&1; then
    echo "PASS $name: $(grep -h -E '^(parallel sessions|fuzz:|conflicts:)' target/failsafe-reports/*"$test"*-output.txt | tail -1)"
  else
    echo "FAIL $name: see $log and target/failsafe-reports/"
    return 1
  fi
}
status=0
if [[ "$what" == all || "$what" == roles ]]; then
  run roles ParallelSessionsIT -Dddms.parallel.sessions=16 -Dddms.parallel.seconds=600 || status=1
fi
if [[ "$what" == all || "$what" == fuzz ]]; then
  run fuzz FuzzIT -Dddms.fuzz.inputs=50000 || status=1
fi
if [[ "$what" == all || "$what" == conflicts ]]; then
  run conflicts ConflictsIT -Dddms.conflicts.pairs=5000 || status=1
fi
exit $status
