#!/usr/bin/env bash
# Starts and stops the servers a shared archive runs on, all on loopback with their data under DIR:
#   tools/cluster.sh up DIR [postgres] [opensearch]   start them; prints `export TARIKH_DATABASE=…` (and
#                                                     `export TARIKH_SEARCH=…`) on standard output: eval "$(…)"
#   tools/cluster.sh down DIR                         stop everything started under DIR
#   tools/cluster.sh kill-node DIR N                  kill OpenSearch node N with SIGKILL (a crash, for tests)
# `up` with no part named starts every part this checkout has: PostgreSQL (tools/cluster/postgres.sh) and, when
# tools/cluster/opensearch.sh is present, the three OpenSearch nodes. Progress goes to standard error.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

usage() {
  echo "usage: tools/cluster.sh up DIR [postgres] [opensearch] | down DIR | kill-node DIR N" >&2
  exit 1
}

[ $# -ge 2 ] || usage
command="$1"; dir="$2"; shift 2

# shellcheck source=cluster/postgres.sh
source "$here/cluster/postgres.sh"
have_opensearch=0
if [ -f "$here/cluster/opensearch.sh" ]; then
  # shellcheck disable=SC1091
  source "$here/cluster/opensearch.sh"
  have_opensearch=1
fi

case "$command" in
  up)
    mkdir -p "$dir"
    dir="$(cd "$dir" && pwd)"
    parts=("$@")
    if [ ${#parts[@]} -eq 0 ]; then
      parts=(postgres)
      [ "$have_opensearch" = 1 ] && parts+=(opensearch)
    fi
    for part in "${parts[@]}"; do
      case "$part" in
        postgres) ;;
        opensearch) [ "$have_opensearch" = 1 ] || { echo "cluster: tools/cluster/opensearch.sh is not in this checkout" >&2; exit 1; } ;;
        *) usage ;;
      esac
    done
    for part in "${parts[@]}"; do
      if ! "${part}_up" "$dir"; then
        echo "cluster: $part did not start; stopping what did" >&2
        "$0" down "$dir" >&2 || true
        exit 1
      fi
    done
    ;;
  down)
    [ -d "$dir" ] || exit 0
    dir="$(cd "$dir" && pwd)"
    status=0
    if [ "$have_opensearch" = 1 ]; then opensearch_down "$dir" || status=1; fi
    postgres_down "$dir" || status=1
    exit $status
    ;;
  kill-node)
    [ $# -eq 1 ] || usage
    [ "$have_opensearch" = 1 ] || { echo "cluster: no OpenSearch in this checkout (tools/cluster/opensearch.sh)" >&2; exit 1; }
    dir="$(cd "$dir" && pwd)"
    opensearch_kill_node "$dir" "$1"
    ;;
  *) usage ;;
esac
