#!/usr/bin/env bash
# Run a local Apache Solr (real, unmodified Solr from Maven Central) for the Plone site.
#
#   solr.sh start  --port P --home-data DIR [--tika-port T] [--update-config]
#   solr.sh stop   --home-data DIR
#   solr.sh status --home-data DIR
#   solr.sh build [--if-needed]            (only build the launcher)
#   solr.sh start-cloud --ports P1,P2 --zk-port Z --home-data DIR
#   solr.sh stop-cloud|status-cloud --home-data DIR
#
# Layout under DIR (created on first start):
#   DIR/home/solr.xml, DIR/home/plone/{core.properties,conf/}   Solr home (configset copy)
#   DIR/data/plone/data/{index,tlog}                           index (kept across restarts)
#   DIR/logs/solr.log, DIR/logs/console.log                    logs
#   DIR/solr.pid, DIR/solr.port                                process id and port
#
# SolrCloud (start-cloud): two nodes, DIR/node1 (with the embedded ZooKeeper on Z) and
# DIR/node2, each laid out as above; the configset uploaded to ZooKeeper as "plone" at each
# start of node1, and the collection "plone", 1 shard x 2 replicas (one per node). start-cloud
# starts the nodes that are not running and waits until both replicas are active (README.md).
#
# Environment: SOLR_JAVA_MEM (default "-Xms256m -Xmx1g"), MAVEN_REPO (default
# ~/.cache/maven/repository), JAVA (default java), SOLR_START_TIMEOUT (default 120 s).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
LAUNCHER="$HERE/launcher"
CONFIGSET="$HERE/configset/plone"
CORE=plone
MAVEN_REPO="${MAVEN_REPO:-$HOME/.cache/maven/repository}"
JAVA="${JAVA:-java}"
SOLR_JAVA_MEM="${SOLR_JAVA_MEM:--Xms256m -Xmx1g}"
START_TIMEOUT="${SOLR_START_TIMEOUT:-120}"

die() { echo "solr.sh: $*" >&2; exit 1; }

usage() {
  sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
}

# ---------------------------------------------------------------- build
build_needed() {
  local stamp="$LAUNCHER/target/.build-stamp"
  [[ -f "$stamp" && -d "$LAUNCHER/target/dependency" ]] || return 0
  [[ -n "$(find "$LAUNCHER/pom.xml" "$LAUNCHER/src" -newer "$stamp" -print -quit)" ]]
}

build() {
  command -v mvn >/dev/null || die "mvn (Maven) not found"
  echo "Building the Solr launcher (Maven cache: $MAVEN_REPO) ..."
  # A fresh target/ so that jars of an older Solr version never stay on the classpath.
  rm -rf "$LAUNCHER/target"
  if ! (cd "$LAUNCHER" && mvn -q -B -Dmaven.repo.local="$MAVEN_REPO" \
      package dependency:copy-dependencies) > "$LAUNCHER/build.log" 2>&1; then
    tail -n 40 "$LAUNCHER/build.log" >&2
    die "Maven build failed (full output: $LAUNCHER/build.log)"
  fi
  touch "$LAUNCHER/target/.build-stamp"
}

# ---------------------------------------------------------------- helpers
pid_of() {  # prints the PID from DIR/solr.pid if that process is our launcher
  local pidfile="$1/solr.pid" pid
  [[ -f "$pidfile" ]] || return 1
  pid="$(tr -dc '0-9' < "$pidfile")"
  [[ -n "$pid" ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -q 'org.fmm.solr.Launcher' || return 1
  echo "$pid"
}

ping_ok() {  # ping_ok PORT
  curl -fsS --max-time 5 "http://127.0.0.1:$1/solr/$CORE/admin/ping?wt=json" 2>/dev/null \
    | grep -q '"status":"OK"'
}

core_failed() {  # core_failed PORT: Solr is up but the core could not be loaded
  curl -fsS --max-time 5 "http://127.0.0.1:$1/solr/admin/cores?action=STATUS&wt=json" \
      2>/dev/null | tr -d " \n" | grep -q "\"initFailures\":{\"$CORE\""
}

port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

init_home() {  # copy solr.xml + configset into DIR/home the first time
  local dir="$1" update="$2" home="$1/home"
  if [[ ! -f "$home/$CORE/core.properties" ]]; then
    echo "Creating Solr home $home (core '$CORE')"
    mkdir -p "$home/$CORE"
    cp "$HERE/solr.xml" "$home/solr.xml"
    cp -r "$CONFIGSET/conf" "$home/$CORE/conf"
    printf 'name=%s\n' "$CORE" > "$home/$CORE/core.properties"
  elif ! diff -rq "$CONFIGSET/conf" "$home/$CORE/conf" >/dev/null 2>&1; then
    if [[ "$update" == 1 ]]; then
      echo "Updating the configset in $home/$CORE/conf"
      rm -rf "$home/$CORE/conf"
      cp -r "$CONFIGSET/conf" "$home/$CORE/conf"
    else
      echo "NOTE: $home/$CORE/conf differs from $CONFIGSET/conf;" \
           "start with --update-config to copy it (a schema change may need a reindex)."
    fi
  fi
  mkdir -p "$dir/data" "$dir/logs"
}

# ---------------------------------------------------------------- commands
launch() {  # launch DIR PORT [JAVA_OPTION...]: start the launcher in the background, print its PID
  local dir="$1" port="$2"
  shift 2
  # shellcheck disable=SC2086  # SOLR_JAVA_MEM holds several options
  setsid "$JAVA" $SOLR_JAVA_MEM \
    -Djava.awt.headless=true \
    -Dsolr.log.dir="$dir/logs" \
    -Dlog4j.configurationFile="$LAUNCHER/log4j2.xml" \
    "$@" \
    -cp "$LAUNCHER/target/classes:$LAUNCHER/target/dependency/*" \
    org.fmm.solr.Launcher "$port" "$dir/home" "$dir/data" "$dir/solr.pid" \
    < /dev/null > "$dir/logs/console.log" 2>&1 &
  echo "$!" > "$dir/solr.pid"
  echo "$port" > "$dir/solr.port"
  echo "$!"
}

fail_start() {  # fail_start DIR PID MESSAGE: stop that launcher, show the logs, exit 1
  local dir="$1" pid="$2"
  echo "$3" >&2
  if kill "$pid" 2>/dev/null; then
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  echo "--- $dir/logs/console.log (tail)" >&2
  tail -n 30 "$dir/logs/console.log" >&2 || true
  echo "--- $dir/logs/solr.log (tail)" >&2
  tail -n 30 "$dir/logs/solr.log" >&2 || true
  rm -f "$dir/solr.pid"
  exit 1
}

cmd_start() {
  local port="" dir="" update=0
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --port) port="$2"; shift 2 ;;
      --home-data) dir="$2"; shift 2 ;;
      --tika-port)
        # Accepted for compatibility; Solr Cell runs Tika in-process here (README.md).
        echo "NOTE: --tika-port $2 ignored: /update/extract uses Solr's bundled Tika."
        shift 2 ;;
      --update-config) update=1; shift ;;
      *) usage ;;
    esac
  done
  [[ -n "$port" && -n "$dir" ]] || usage
  [[ "$port" =~ ^[0-9]+$ ]] || die "bad port: $port"
  mkdir -p "$dir"
  dir="$(cd "$dir" && pwd)"

  local pid
  if pid="$(pid_of "$dir")"; then
    echo "Solr already running (pid $pid, port $(cat "$dir/solr.port" 2>/dev/null || echo '?'))."
    return 0
  fi
  port_in_use "$port" && die "port $port on 127.0.0.1 is already in use"

  local t0=$SECONDS
  if build_needed; then build; fi
  init_home "$dir" "$update"

  pid="$(launch "$dir" "$port")"

  local deadline=$((SECONDS + START_TIMEOUT))
  until ping_ok "$port"; do
    if { ! kill -0 "$pid" 2>/dev/null && ! pid_of "$dir" >/dev/null; } \
        || core_failed "$port" || (( SECONDS >= deadline )); then
      fail_start "$dir" "$pid" "Solr did not come up on port $port (core '$CORE' failed or timeout ${START_TIMEOUT}s)."
    fi
    sleep 0.5
  done
  echo "Solr started: http://127.0.0.1:$port/solr/$CORE (pid $pid, $((SECONDS - t0))s)"
}

cmd_stop() {
  local dir=""
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --home-data) dir="$2"; shift 2 ;;
      *) usage ;;
    esac
  done
  [[ -n "$dir" ]] || usage
  stop_node "$dir"
}

stop_node() {  # stop_node DIR: SIGTERM to the launcher of DIR/solr.pid, SIGKILL after 60 s
  local dir="$1" pid
  if ! pid="$(pid_of "$dir")"; then
    echo "Solr is not running (no live launcher pid in $dir/solr.pid)."
    rm -f "$dir/solr.pid"
    return 0
  fi
  kill "$pid"   # SIGTERM: the launcher's shutdown hook closes the core cleanly
  local i
  for i in $(seq 1 120); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  if kill -0 "$pid" 2>/dev/null; then
    echo "Solr (pid $pid) did not stop within 60 s, sending SIGKILL" >&2
    kill -9 "$pid" 2>/dev/null || true
    sleep 1
  fi
  rm -f "$dir/solr.pid"
  echo "Solr stopped (pid $pid)."
}

cmd_status() {
  local dir=""
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --home-data) dir="$2"; shift 2 ;;
      *) usage ;;
    esac
  done
  [[ -n "$dir" ]] || usage
  local pid port
  port="$(cat "$dir/solr.port" 2>/dev/null || true)"
  if pid="$(pid_of "$dir")"; then
    if [[ -n "$port" ]] && ping_ok "$port"; then
      echo "Solr running: pid $pid, http://127.0.0.1:$port/solr/$CORE, ping OK"
    else
      echo "Solr process $pid alive but ping on port ${port:-?} not OK (starting?)"
      return 1
    fi
  else
    echo "Solr not running ($dir)"
    return 3
  fi
}

# ---------------------------------------------------------------- SolrCloud
NODES=(node1 node2)  # node1 runs the embedded ZooKeeper

solr_api() {  # solr_api PORT PATH: GET a JSON answer of a node's admin API
  curl -fsS --max-time 30 "http://127.0.0.1:$1/solr/$2" 2>/dev/null
}

replica_states() {  # replica_states PORT: "node_name state" per replica of the collection
  solr_api "$1" "admin/collections?action=CLUSTERSTATUS&collection=$CORE&wt=json" | python3 -c '
import json, sys
cluster = json.load(sys.stdin)["cluster"]
live = set(cluster["live_nodes"])
for shard in cluster["collections"]["'"$CORE"'"]["shards"].values():
    for replica in shard["replicas"].values():
        state = replica["state"] if replica["node_name"] in live else "gone"
        print(replica["node_name"], state)
' 2>/dev/null
}

init_cloud_home() {  # init_cloud_home DIR ZK_PORT|"": solr.xml, and zoo.cfg for the ZooKeeper node
  local dir="$1" zk_port="$2"
  mkdir -p "$dir/home" "$dir/data" "$dir/logs"
  cp "$HERE/solr.xml" "$dir/home/solr.xml"
  if [[ -n "$zk_port" ]]; then
    # Read by Solr's embedded ZooKeeper (SolrZkServer) from the Solr home; its data: home/zoo_data.
    printf '%s\n' "tickTime=2000" "initLimit=10" "syncLimit=5" "clientPort=$zk_port" \
      "clientPortAddress=127.0.0.1" "admin.enableServer=false" > "$dir/home/zoo.cfg"
  fi
}

cmd_start_cloud() {
  local ports="" zk_port="" dir=""
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --ports) ports="$2"; shift 2 ;;
      --zk-port) zk_port="$2"; shift 2 ;;
      --home-data) dir="$2"; shift 2 ;;
      *) usage ;;
    esac
  done
  [[ "$ports" =~ ^[0-9]+,[0-9]+$ && "$zk_port" =~ ^[0-9]+$ && -n "$dir" ]] || usage
  mkdir -p "$dir"
  dir="$(cd "$dir" && pwd)"
  # Replicas are registered in ZooKeeper under their node's address: the ports stay those
  # of the first start.
  if [[ -f "$dir/ports" && "$(cat "$dir/ports")" != "$ports $zk_port" ]]; then
    die "$dir was created with ports $(cat "$dir/ports") (--ports P1,P2 --zk-port Z), not $ports $zk_port"
  fi
  echo "$ports $zk_port" > "$dir/ports"
  local -a port_of=("${ports%,*}" "${ports#*,}") pid_of_node=("" "")
  local zk="127.0.0.1:$zk_port" t0=$SECONDS i node port pid deadline

  if build_needed; then build; fi
  for i in 0 1; do
    node="$dir/${NODES[$i]}" port="${port_of[$i]}"
    if pid="$(pid_of "$node")"; then
      echo "Solr ${NODES[$i]} already running (pid $pid, port $port)."
      continue
    fi
    port_in_use "$port" && die "port $port on 127.0.0.1 is already in use"
    if [[ $i == 0 ]]; then
      port_in_use "$zk_port" && die "port $zk_port (ZooKeeper) on 127.0.0.1 is already in use"
      init_cloud_home "$node" "$zk_port"
      # ZooKeeper in this JVM; the configset is (re)uploaded to it before the cores load.
      pid="$(launch "$node" "$port" -DzkRun -DhostPort="$port" \
        -Dbootstrap_confdir="$CONFIGSET/conf" -Dcollection.configName="$CORE")"
      deadline=$((SECONDS + START_TIMEOUT))
      until port_in_use "$zk_port"; do  # node2 can start as soon as ZooKeeper answers
        if ! kill -0 "$pid" 2>/dev/null || (( SECONDS >= deadline )); then
          fail_start "$node" "$pid" "ZooKeeper of Solr node1 did not come up on port $zk_port."
        fi
        sleep 0.5
      done
    else
      init_cloud_home "$node" ""
      pid="$(launch "$node" "$port" -DzkHost="$zk" -DhostPort="$port")"
    fi
    pid_of_node[$i]="$pid"
  done
  for i in 0 1; do
    pid="${pid_of_node[$i]}" node="$dir/${NODES[$i]}" port="${port_of[$i]}"
    [[ -n "$pid" ]] || continue
    deadline=$((SECONDS + START_TIMEOUT))
    until solr_api "$port" "admin/info/system?wt=json" | grep -q '"mode":"solrcloud"'; do
      if { ! kill -0 "$pid" 2>/dev/null && ! pid_of "$node" >/dev/null; } || (( SECONDS >= deadline )); then
        fail_start "$node" "$pid" "Solr ${NODES[$i]} did not come up on port $port (timeout ${START_TIMEOUT}s)."
      fi
      sleep 0.5
    done
    echo "Solr ${NODES[$i]} on port $port (pid $pid)"
  done

  local port1="${port_of[0]}"
  if ! solr_api "$port1" "admin/collections?action=LIST&wt=json" | grep -q "\"$CORE\""; then
    echo "Creating the collection '$CORE' (1 shard, 2 replicas)"
    curl -fsS --max-time 300 -o /dev/null "http://127.0.0.1:$port1/solr/admin/collections?action=CREATE&name=$CORE&numShards=1&replicationFactor=2&collection.configName=$CORE&waitForFinalState=true&wt=json" \
      || die "the collection '$CORE' could not be created (logs: $dir/node*/logs/solr.log)"
  fi
  deadline=$((SECONDS + START_TIMEOUT))
  until [[ "$(replica_states "$port1" | grep -c ' active$')" == 2 ]]; do
    (( SECONDS < deadline )) \
      || die "the replicas of '$CORE' are not both active after ${START_TIMEOUT}s: $(replica_states "$port1" | tr '\n' ' ')"
    sleep 1
  done
  echo "SolrCloud started: collection '$CORE', replicas $(replica_states "$port1" | tr '\n' ' ')(ZooKeeper $zk, $((SECONDS - t0))s)"
}

cmd_stop_cloud() {
  [[ "${1:-}" == --home-data && -n "${2:-}" ]] || usage
  stop_node "$2/node2"
  stop_node "$2/node1"  # the ZooKeeper last
}

cmd_status_cloud() {
  [[ "${1:-}" == --home-data && -n "${2:-}" ]] || usage
  local dir="$2" name pid port1="" code=0
  for name in "${NODES[@]}"; do
    if pid="$(pid_of "$dir/$name")"; then
      echo "Solr $name running: pid $pid, port $(cat "$dir/$name/solr.port")"
      port1="${port1:-$(cat "$dir/$name/solr.port")}"
    else
      echo "Solr $name not running ($dir/$name)"
      code=3
    fi
  done
  if [[ -n "$port1" ]]; then
    echo "Collection '$CORE' (node state):"
    replica_states "$port1" | sed 's/^/  /'
    [[ "$(replica_states "$port1" | grep -c ' active$')" == 2 || $code != 0 ]] || code=1
  fi
  return $code
}

[[ $# -ge 1 ]] || usage
command="$1"; shift
case "$command" in
  start) cmd_start "$@" ;;
  stop) cmd_stop "$@" ;;
  status) cmd_status "$@" ;;
  start-cloud) cmd_start_cloud "$@" ;;
  stop-cloud) cmd_stop_cloud "$@" ;;
  status-cloud) cmd_status_cloud "$@" ;;
  build)
    if [[ "${1:-}" == "--if-needed" ]] && ! build_needed; then
      echo "Launcher is up to date."
    else
      build
    fi ;;
  *) usage ;;
esac
