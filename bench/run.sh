#!/usr/bin/env bash
# Runs the Tarikh benchmark harness: picks a JDK >= 21 (as ./tarikh does), builds the app and the bench module,
# then generates or reuses a corpus under bench/out/ and measures ingest, a plain-Lucene reference and search.
# Usage: ./bench/run.sh --docs 10000 [--seed 42] [--rounds 5] [--analysis-sample 2000] [--out DIR]
#        ./bench/run.sh register [--rows 10000] [--docs 1000] [--seed 42]   (register import, BENCHMARKS.md)
#        ./bench/run.sh resolution [--sizes 10000,100000] [--add 100]   (adding documents to large archives)
#        ./bench/run.sh reconcile [--persons 1000000] [--names 1000000] [--batch 100] [--seed 42]   (batch reconciliation)
#        ./bench/run.sh cluster [--sizes 100000,1000000] [--ingest-docs 1000] [--rounds 3] [--batch 1000]
#                       [--until HH:MM] [--resolve] [--no-bulk-mode]   (PostgreSQL + OpenSearch against SQLite + Lucene, ClusterBenchmark)
#          on the cluster TARIKH_DATABASE and TARIKH_SEARCH name; when both are unset it starts one with
#          tools/cluster.sh under bench/out/cluster (OpenSearch heap OPENSEARCH_HEAP, default 2g here) and stops it on
#          any exit of this script.
# JVM options: BENCH_JAVA_OPTS (default: the launcher's, heap left to the JVM's default). See BENCHMARKS.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

java_major() { # prints the feature version of the JDK at $1, or nothing
  local release="$1/release"
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
  if [ -f "$release" ]; then
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release"
  fi
}

pick_jdk() { # copied from ./tarikh: JAVA_HOME if it is >= 21, else the newest JDK >= 21 found
  local candidate best="" best_version=0 v
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/* /opt/java/* "$(dirname "$(dirname "$(readlink -f "$(command -v javac 2>/dev/null || echo /nonexistent)")")")"; do
    [ -n "$candidate" ] && [ -d "$candidate" ] || continue
    v="$(java_major "$candidate")"
    [ -n "$v" ] || continue
    if [ "$v" -ge 21 ] && { [ "$candidate" = "${JAVA_HOME:-}" ] || [ "$v" -gt "$best_version" ]; }; then
      best="$candidate"; best_version="$v"
      [ "$candidate" = "${JAVA_HOME:-}" ] && break
    fi
  done
  if [ -z "$best" ]; then
    echo "bench: needs a JDK 21 or newer; none found in JAVA_HOME or /usr/lib/jvm. Install one (e.g. Temurin 21+) and set JAVA_HOME." >&2
    exit 1
  fi
  export JAVA_HOME="$best"
}

for arg in "$@"; do
  if [ "$arg" = "--help" ] || [ "$arg" = "-h" ]; then set -- --help; break; fi
done

pick_jdk
cd "$root"
mkdir -p "$root/bench/out"
echo "bench: building (JDK at $JAVA_HOME) …" >&2
if ! ./mvnw -q -B -DskipTests -pl bench -am package >"$root/bench/out/build.log" 2>&1; then
  echo "bench: the build failed; see $root/bench/out/build.log" >&2
  tail -n 30 "$root/bench/out/build.log" >&2
  exit 1
fi

command_line="./bench/run.sh$(printf ' %q' "$@")"
main=org.tarikh.bench.BenchMain
if [ "${1:-}" = "register" ]; then # the register import benchmark: ./bench/run.sh register --rows 10000 --docs 1000
  main=org.tarikh.bench.RegisterBenchmark
  shift
fi
if [ "${1:-}" = "resolution" ]; then shift; main=org.tarikh.bench.ResolutionBenchmark; fi
if [ "${1:-}" = "reconcile" ]; then shift; main=org.tarikh.bench.ReconcileBenchmark; fi
own_cluster=""
if [ "${1:-}" = "cluster" ]; then
  shift
  main=org.tarikh.bench.ClusterBenchmark
  if [ -z "${TARIKH_DATABASE:-}" ] && [ -z "${TARIKH_SEARCH:-}" ]; then
    own_cluster="$root/bench/out/cluster"
    trap 'tools/cluster.sh down "$own_cluster" >&2 || true' EXIT
    trap 'exit 130' INT TERM
    echo "bench: starting PostgreSQL and three OpenSearch nodes under $own_cluster …" >&2
    if ! cluster_env="$(OPENSEARCH_HEAP="${OPENSEARCH_HEAP:-2g}" tools/cluster.sh up "$own_cluster")"; then
      echo "bench: the cluster did not start" >&2
      exit 1
    fi
    eval "$(grep '^export' <<<"$cluster_env")"
  elif [ -z "${TARIKH_DATABASE:-}" ] || [ -z "${TARIKH_SEARCH:-}" ]; then
    echo "bench: set both TARIKH_DATABASE and TARIKH_SEARCH, or neither (then a cluster is started here)" >&2
    exit 2
  fi
fi
run_java=exec
[ -n "$own_cluster" ] && run_java="" # not exec: the trap must stop the cluster when Java ends
# shellcheck disable=SC2086 # BENCH_JAVA_OPTS is a list of options
$run_java "$JAVA_HOME/bin/java" -Xss4m -XX:+UseParallelGC ${BENCH_JAVA_OPTS:-} \
  -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 --enable-native-access=ALL-UNNAMED \
  -Dtarikh.home="$root" -Dbench.command="$command_line" \
  -cp "$root/bench/target/tarikh-bench.jar:$root/app/target/tarikh.jar:$root/app/target/lib/*" \
  "$main" "$@"
