#!/usr/bin/env bash
# Runs a benchmark program from src/test/java/vn/hailong/bench against an embedded PostgreSQL.
#   bench/run.sh dossier-import [N] [--explain] [--writers N]  HaiLong's bulk dossier import vs a plain JDBC batch; prints statements, rows, WAL per dossier
#   bench/run.sh rating-http [N]        ratings over HTTP (32 clients) vs raw JDBC inserts, in 512 MB of heap; prints
#                                       PostgreSQL's statements, rows and WAL per rating (pg_stat_statements)
#   bench/run.sh insight [--scale S]    dashboard API and national ranking from rollups vs naive SQL over raw rows
#                                       (scale 1 = 10M ratings, 5M dossiers, 3,321 communes; default 0.01), rollup cost;
#                                       --data DIR keeps the generated database for later runs (--rebuild rebuilds its
#                                       rollups), --naive N times the naive SQL on the first N requests only, --explain
#                                       logs PostgreSQL's plans of statements over 3 ms
#   bench/run.sh dossier-search [N] [R] dossier list (Dossiers.page) on N dossiers filled by COPY: search by code
#                                       with/without dashes, name, last 4 phone digits, first page of a unit+status+dates
#                                       list, keyset page 200; p50/p95/p99, rows, indexes used, then without the indexes
#                                       (default N = 5,000,000, R = 200); --explain prints plans over 30 ms,
#                                       --custom-plans tries plan_cache_mode = force_custom_plan
set -euo pipefail
cd "$(dirname "$0")/.."
case "${1:-}" in
  dossier-import) main=vn.hailong.bench.DossierImportBenchmark heap=2g ;;
  rating-http) main=vn.hailong.bench.RatingHttpBenchmark heap=512m ;;
  insight) main=vn.hailong.bench.InsightBenchmark heap=2g ;;
  dossier-search) main=vn.hailong.bench.DossierSearchBenchmark heap=2g ;;
  *) echo "usage: bench/run.sh dossier-import|rating-http|dossier-search [N] | insight [--scale S] [--data DIR] [--naive N]" >&2; exit 2 ;;
esac
shift
./mvnw -o -q -B test-compile
cp_file=target/bench.classpath
./mvnw -o -q -B dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test
# the address printed in QR codes; a benchmark never follows it
export HAILONG_PUBLIC_URL="${HAILONG_PUBLIC_URL:-http://localhost:8080}"
# BENCH_JAVA_HOME runs the benchmark (server and client JVMs) on another JDK than the build's, e.g. Java 25 where
# spring.threads.virtual.enabled takes effect (the classes stay compiled for Java 17)
export HAILONG_JAVA_HOME="${BENCH_JAVA_HOME:-${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}}"
# a copy of the compiled classes, so that a build during a long run cannot change them under it
snapshot=$(mktemp -d /tmp/hailong-bench.XXXXXX)
cp -r target/classes "$snapshot/classes" && cp -r target/test-classes "$snapshot/test-classes"
trap 'rm -rf "$snapshot"' EXIT
src/test/bin/java -Xmx$heap ${BENCH_JAVA_OPTS:-} -cp "$snapshot/test-classes:$snapshot/classes:$(cat "$cp_file")" "$main" "$@"
