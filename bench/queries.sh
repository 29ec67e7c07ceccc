#!/usr/bin/env bash
# The SQL one request runs, from MariaDB's general log of the bench stack (bench/run with
# BENCH_KEEP=1 leaves it running): prints the number of statements and each distinct one, with
# its count (literals kept). Usage: bench/queries.sh manager|coordinator|admin|anon /app/path…
# Then EXPLAIN the heavy ones:  .bench-data/mariadb-base/bin/mariadb -h127.0.0.1 -P3407 -uroot ddms
set -euo pipefail
cd "$(dirname "$0")/.."
user=$1 path=$2
DATA=.bench-data
PORT=${BENCH_PORT:-8480}
MARIADB=("$DATA/mariadb-base/bin/mariadb" -h127.0.0.1 -P"${BENCH_DB_PORT:-3407}" -uroot ddms -N -B)
log=$(realpath "$DATA")/general.log
cookie=()
[[ "$user" != anon ]] && cookie=(-H "Cookie: $(head -1 "$DATA/sessions-$user.txt")")
curl -s -o /dev/null "${cookie[@]}" "http://localhost:$PORT$path" # warm
: >"$log"
"${MARIADB[@]}" -e "SET GLOBAL general_log_file = '$log'; SET GLOBAL general_log = 1" 2>/dev/null
curl -s -o /dev/null -w "status %{http_code}, %{time_total} s, %{size_download} bytes\n" "${cookie[@]}" "http://localhost:$PORT$path"
"${MARIADB[@]}" -e "SET GLOBAL general_log = 0" 2>/dev/null
grep -E "\s(Query|Execute)\s" "$log" | sed -E 's/^.*(Query|Execute)\s+//' \
    | grep -viE "^(SET|COMMIT|ROLLBACK|SHOW|START TRANSACTION|SELECT @@|SELECT DATABASE\(\))" >"$log.sql" || true
echo "$(wc -l <"$log.sql") statements:"
sort "$log.sql" | uniq -c | sort -rn | cut -c1-400
