#!/usr/bin/env bash
# A real OpenSearch cluster of three nodes on loopback, for the archive's cluster tests and benchmarks.
#
# Sourced (by tools/cluster.sh), it defines:
#   opensearch_up DIR           (status 3 when the zip cannot be fetched) fetches the integration-test zip once (Maven Central, through the Maven wrapper) into
#                               the cache folder, unzips it under DIR, starts nodes n1..n3 as an unprivileged user on
#                               free loopback ports, waits until the cluster is green and prints
#                               `export TARIKH_SEARCH=http://127.0.0.1:P1,http://127.0.0.1:P2,http://127.0.0.1:P3`
#   opensearch_down DIR         stops every node of DIR (SIGTERM, then SIGKILL after a grace period)
#   opensearch_kill_node DIR N  kills node N (1-3) with SIGKILL, as a crash would
#   opensearch_start_node DIR N starts node N again with its data, after a kill
# Run alone: `bash tools/cluster/opensearch.sh up|down|kill-node|start-node DIR [N]`.
#
# Progress goes to stderr, the export line alone to stdout. Settings (environment):
#   OPENSEARCH_VERSION (3.6.0), TARIKH_CACHE (the repository's .cache/), OPENSEARCH_WAIT_SECONDS (600: a loaded
#   machine took 2.5 minutes), OPENSEARCH_HEAP (512m), OPENSEARCH_JAVA_HOME (a JDK >= 21: JAVA_HOME or Temurin 25).
# OpenSearch refuses to run as root, so each node runs as uid/gid 65534 (setpriv) in folders under DIR that it owns;
# DIR and its parents must be traversable by that user (the functions open DIR itself). All of it lives in
# DIR/opensearch: the unzipped server, n1..n3 (config, data, logs, tmp, pid) and cluster.env (ports, cluster name).

_opensearch_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

_opensearch_log() { printf 'opensearch: %s\n' "$*" >&2; }

_opensearch_java_home() {
  local candidate
  for candidate in "${OPENSEARCH_JAVA_HOME:-}" "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
    if "$candidate/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
      printf '%s\n' "$candidate"
      return 0
    fi
  done
  _opensearch_log "needs a JDK 21 or newer (OPENSEARCH_JAVA_HOME or JAVA_HOME); none found"
  return 1
}

# The zip in the cache folder, fetched from Maven Central when absent. Prints its path.
_opensearch_zip() {
  local version="${OPENSEARCH_VERSION:-3.6.0}"
  local cache="${TARIKH_CACHE:-$_opensearch_root/.cache}/opensearch"
  local zip="$cache/opensearch-$version.zip"
  if [ ! -s "$zip" ]; then
    mkdir -p "$cache" || return 1
    _opensearch_log "fetching org.opensearch.distribution.integ-test-zip:opensearch:$version:zip into $cache"
    if ! (cd "$_opensearch_root" && JAVA_HOME="$(_opensearch_java_home)" ./mvnw -q -B dependency:copy \
          -Dartifact="org.opensearch.distribution.integ-test-zip:opensearch:$version:zip" \
          -DoutputDirectory="$cache" >&2); then
      _opensearch_log "cannot fetch the OpenSearch $version zip from Maven Central"
      return 1
    fi
  fi
  printf '%s\n' "$zip"
}

_opensearch_port_free() {
  if command -v ss >/dev/null 2>&1; then
    [ -z "$(ss -Htan "sport = :$1" 2>/dev/null)" ]
  else
    ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
  fi
}

# Six distinct free loopback ports (three HTTP, three transport), chosen at random so that clusters of several
# engineers on one machine do not meet.
_opensearch_free_ports() {
  local ports=() port tries=0
  while [ ${#ports[@]} -lt 6 ] && [ $tries -lt 500 ]; do
    tries=$((tries + 1))
    port=$((20000 + RANDOM % 40000))
    [[ " ${ports[*]} " == *" $port "* ]] && continue
    _opensearch_port_free "$port" && ports+=("$port")
  done
  [ ${#ports[@]} -eq 6 ] || { _opensearch_log "found no six free loopback ports"; return 1; }
  printf '%s\n' "${ports[@]}"
}

_opensearch_home() { printf '%s/opensearch-%s\n' "$1" "${OPENSEARCH_VERSION:-3.6.0}"; }

# Everything of the cluster lives in DIR/opensearch (DIR is shared with the other servers of tools/cluster.sh).
_opensearch_dir() { printf '%s/opensearch\n' "$(cd "$1" && pwd)"; }

_opensearch_pid() { # the pid of node N of DIR if it runs, else nothing
  local file="$1/n$2/pid" pid
  [ -s "$file" ] || return 0
  pid="$(cat "$file")"
  kill -0 "$pid" 2>/dev/null && printf '%s\n' "$pid"
  return 0
}

# Starts node N of DIR from the settings recorded in DIR/cluster.env (does not wait).
opensearch_start_node() {
  local dir="${1:?usage: opensearch_start_node DIR N}" n="${2:?usage: opensearch_start_node DIR N}"
  dir="$(_opensearch_dir "$dir")" || return 1
  [ -f "$dir/cluster.env" ] || { _opensearch_log "no cluster under $dir (run opensearch_up first)"; return 1; }
  # shellcheck disable=SC1091
  source "$dir/cluster.env"
  if [ -n "$(_opensearch_pid "$dir" "$n")" ]; then _opensearch_log "node n$n already runs"; return 0; fi
  local home node="$dir/n$n" java_home http transport seeds
  home="$(_opensearch_home "$dir")"
  java_home="$(_opensearch_java_home)" || return 1
  eval "http=\$OPENSEARCH_HTTP_$n; transport=\$OPENSEARCH_TRANSPORT_$n"
  seeds="127.0.0.1:$OPENSEARCH_TRANSPORT_1,127.0.0.1:$OPENSEARCH_TRANSPORT_2,127.0.0.1:$OPENSEARCH_TRANSPORT_3"
  mkdir -p "$node/data" "$node/logs" "$node/tmp"
  if [ ! -d "$node/config" ]; then
    cp -r "$home/config" "$node/config"
    # the stock options write the GC log, heap dumps and crash files relative to the shared install: per node instead
    sed -i -e "s|^-Xms.*|-Xms${OPENSEARCH_HEAP:-512m}|" -e "s|^-Xmx.*|-Xmx${OPENSEARCH_HEAP:-512m}|" \
      -e "s|file=logs/gc.log|file=$node/logs/gc.log|" -e "s|HeapDumpPath=data|HeapDumpPath=$node/data|" \
      -e "s|ErrorFile=logs/|ErrorFile=$node/logs/|" "$node/config/jvm.options"
  fi
  chown -R 65534:65534 "$node"
  rm -f "$node/pid"
  _opensearch_log "starting n$n (http $http, transport $transport)"
  (cd "$node" && exec setsid setpriv --reuid=65534 --regid=65534 --clear-groups env -i PATH=/usr/bin:/bin \
    OPENSEARCH_JAVA_HOME="$java_home" OPENSEARCH_PATH_CONF="$node/config" OPENSEARCH_TMPDIR="$node/tmp" \
    "$home/bin/opensearch" -p "$node/pid" \
    -Ecluster.name="$OPENSEARCH_CLUSTER" -Enode.name="n$n" -Enetwork.host=127.0.0.1 \
    -Ehttp.port="$http" -Etransport.port="$transport" -Ediscovery.seed_hosts="$seeds" \
    -Ecluster.initial_cluster_manager_nodes=n1,n2,n3 -Epath.data="$node/data" -Epath.logs="$node/logs" \
    -Ecluster.routing.allocation.disk.threshold_enabled=false \
    >"$node/logs/console.log" 2>&1 </dev/null) &
}

opensearch_up() {
  local dir="${1:?usage: opensearch_up DIR}"
  mkdir -p "$dir/opensearch" || return 1
  chmod a+rx "$dir"
  dir="$(_opensearch_dir "$dir")" || return 1
  if [ -f "$dir/cluster.env" ] && [ -n "$(_opensearch_pid "$dir" 1)$(_opensearch_pid "$dir" 2)$(_opensearch_pid "$dir" 3)" ]; then
    _opensearch_log "a cluster already runs under $dir; run opensearch_down $dir first"
    return 1
  fi
  local zip home ports
  zip="$(_opensearch_zip)" || return 3 # 3: the zip could not be had (tests skip on it outside CI)
  home="$(_opensearch_home "$dir")"
  if [ ! -x "$home/bin/opensearch" ]; then
    unzip -q -o "$zip" -d "$dir" || { _opensearch_log "cannot unzip $zip into $dir"; return 1; }
  fi
  chmod a+rx "$dir"
  # the unprivileged user must be able to reach DIR: say which parent stops it rather than fail in the JVM
  if ! setpriv --reuid=65534 --regid=65534 --clear-groups test -x "$home/bin/opensearch"; then
    _opensearch_log "user 65534 cannot reach $home: open its parent folders (chmod a+x)"
    return 1
  fi
  mapfile -t ports < <(_opensearch_free_ports) || return 1
  [ ${#ports[@]} -eq 6 ] || return 1
  cat >"$dir/cluster.env" <<EOF
OPENSEARCH_CLUSTER=tarikh-$$-$RANDOM
OPENSEARCH_HTTP_1=${ports[0]}
OPENSEARCH_HTTP_2=${ports[1]}
OPENSEARCH_HTTP_3=${ports[2]}
OPENSEARCH_TRANSPORT_1=${ports[3]}
OPENSEARCH_TRANSPORT_2=${ports[4]}
OPENSEARCH_TRANSPORT_3=${ports[5]}
EOF
  local n
  for n in 1 2 3; do opensearch_start_node "$dir/.." "$n" || { opensearch_down "$dir/.."; return 1; }; done
  if ! opensearch_wait "$dir/.."; then
    opensearch_down "$dir/.."
    return 1
  fi
  printf 'export TARIKH_SEARCH=http://127.0.0.1:%s,http://127.0.0.1:%s,http://127.0.0.1:%s\n' \
    "${ports[0]}" "${ports[1]}" "${ports[2]}"
}

# Waits until the three nodes of DIR form a green cluster, printing progress every 10 s; fails when a node dies or
# after OPENSEARCH_WAIT_SECONDS.
opensearch_wait() {
  local dir="${1:?usage: opensearch_wait DIR}" limit="${OPENSEARCH_WAIT_SECONDS:-600}" start now health n url
  dir="$(_opensearch_dir "$dir")" || return 1
  # shellcheck disable=SC1091
  source "$dir/cluster.env"
  start=$SECONDS
  local last_report=-10
  while :; do
    now=$((SECONDS - start))
    health=""
    for n in 1 2 3; do
      eval "url=http://127.0.0.1:\$OPENSEARCH_HTTP_$n"
      health="$(curl -s -m 5 "$url/_cluster/health?wait_for_status=green&wait_for_nodes=3&timeout=3s" 2>/dev/null)" && [ -n "$health" ] && break
    done
    if [[ "$health" == *'"status":"green"'* && "$health" == *'"number_of_nodes":3,'* ]]; then
      _opensearch_log "green with 3 nodes after ${now} s"
      return 0
    fi
    for n in 1 2 3; do
      # a pid file appears once the JVM started; a node whose launcher ended without one failed to start
      if [ -s "$dir/n$n/pid" ] && [ -z "$(_opensearch_pid "$dir" "$n")" ] \
         || { [ ! -s "$dir/n$n/pid" ] && [ $now -gt 5 ] && ! pgrep -u 65534 -f "node.name=n$n .*path.data=$dir/n$n/" >/dev/null; }; then
        _opensearch_log "node n$n stopped while starting; the end of its log:"
        tail -n 25 "$dir/n$n/logs/console.log" >&2 2>/dev/null || true
        return 1
      fi
    done
    if [ $now -ge "$limit" ]; then
      _opensearch_log "not green after ${limit} s (last health: ${health:-no answer}); see $dir/n*/logs"
      return 1
    fi
    if [ $((now - last_report)) -ge 10 ]; then
      last_report=$now
      local status
      status="$(printf '%s' "$health" | grep -o '"status":"[a-z]*"\|"number_of_nodes":[0-9]*' | tr '\n' ' ')"
      _opensearch_log "waiting for green: ${now} s, ${status:-no node answers yet}"
    fi
    sleep 2
  done
}

opensearch_kill_node() {
  local dir="${1:?usage: opensearch_kill_node DIR N}" n="${2:?usage: opensearch_kill_node DIR N}" pid
  dir="$(_opensearch_dir "$dir")" || return 1
  pid="$(_opensearch_pid "$dir" "$n")"
  [ -n "$pid" ] || { _opensearch_log "node n$n of $dir does not run"; return 1; }
  kill -KILL "$pid"
  _opensearch_log "killed n$n (pid $pid) with SIGKILL"
}

opensearch_down() {
  local dir="${1:?usage: opensearch_down DIR}" n pid pids=() waited=0
  [ -d "$dir/opensearch" ] || return 0
  dir="$(_opensearch_dir "$dir")" || return 1
  for n in 1 2 3; do
    pid="$(_opensearch_pid "$dir" "$n")"
    [ -n "$pid" ] && pids+=("$pid") && kill -TERM "$pid" 2>/dev/null
  done
  while [ ${#pids[@]} -gt 0 ] && [ $waited -lt 60 ]; do
    local alive=()
    for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive+=("$pid"); done
    pids=("${alive[@]}")
    [ ${#pids[@]} -eq 0 ] && break
    sleep 1
    waited=$((waited + 1))
  done
  for pid in "${pids[@]}"; do kill -KILL "$pid" 2>/dev/null; done
  _opensearch_log "stopped the cluster under $dir"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -uo pipefail
  command="${1:-}"
  shift || true
  case "$command" in
    up) opensearch_up "$@" ;;
    down) opensearch_down "$@" ;;
    kill-node) opensearch_kill_node "$@" ;;
    start-node) opensearch_start_node "$@" && opensearch_wait "$1" ;;
    wait) opensearch_wait "$@" ;;
    *) echo "usage: $0 up|down|kill-node|start-node|wait DIR [N]" >&2; exit 2 ;;
  esac
fi
