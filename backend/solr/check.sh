#!/usr/bin/env bash
# End-to-end check of the local Solr: build (if needed), start on a free port in a temp
# dir, run check_solr.py (extraction of PDF/DOCX/ODT the way collective.solr asks for it,
# French analysis, highlighting, BM25, atomic updates), restart to prove the index
# persists, stop, and print timings.  Exit status 0 only if every check passed.
#
#   backend/solr/check.sh            (KEEP=1 keeps the temp dir for inspection)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SOLR="$HERE/solr.sh"
TMP="$(mktemp -d "${TMPDIR:-/tmp}/fmm-solr-check.XXXXXX")"
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
BASE="http://127.0.0.1:$PORT/solr/plone"
passed=0
failed=0

cleanup() {
  "$SOLR" stop --home-data "$TMP" >/dev/null 2>&1 || true
  if [[ "${KEEP:-0}" == 1 ]]; then echo "kept $TMP"; else rm -rf "$TMP"; fi
}
trap cleanup EXIT

now() { date +%s.%N; }
elapsed() { python3 -c "print(f'{$2 - $1:.1f}')"; }

run_checks() {  # run_checks ARGS... ; adds the python script's counts to ours
  local out
  out="$(python3 "$HERE/check_solr.py" "$@" 2>&1)" || true
  echo "$out" | grep -v ' passed, .* failed$'
  local line
  line="$(echo "$out" | grep -E '^[0-9]+ passed, [0-9]+ failed$' | tail -n1)"
  if [[ -z "$line" ]]; then
    echo "FAIL check_solr.py crashed"; failed=$((failed + 1)); return
  fi
  passed=$((passed + ${line%% passed*}))
  failed=$((failed + $(echo "$line" | sed -E 's/.* ([0-9]+) failed/\1/')))
}

expect() {  # expect NAME COMMAND...
  local name="$1"; shift
  if "$@"; then echo "ok   $name"; passed=$((passed + 1))
  else echo "FAIL $name"; failed=$((failed + 1)); fi
}

listens_on_loopback_only() {
  command -v ss >/dev/null || return 0   # nothing to inspect with; JettySolrRunner binds 127.0.0.1
  local addrs
  addrs="$(ss -ltnH "sport = :$PORT" | awk '{print $4}')"
  [[ -n "$addrs" ]] && ! echo "$addrs" | grep -vqE '^(\[::ffff:)?127\.0\.0\.1\]?:'
}

echo "== temp dir $TMP, port $PORT"

t=$(now)
"$SOLR" build --if-needed
build_s=$(elapsed "$t" "$(now)")

t=$(now)
"$SOLR" start --port "$PORT" --home-data "$TMP"
start_s=$(elapsed "$t" "$(now)")

expect "solr.sh status reports running" "$SOLR" status --home-data "$TMP"
expect "second start is a no-op" "$SOLR" start --port "$PORT" --home-data "$TMP"
expect "listens on 127.0.0.1 only" listens_on_loopback_only
run_checks "$BASE"

t=$(now)
"$SOLR" stop --home-data "$TMP"
stop_s=$(elapsed "$t" "$(now)")
expect "process gone after stop" bash -c "! \"$SOLR\" status --home-data \"$TMP\" >/dev/null"

t=$(now)
"$SOLR" start --port "$PORT" --home-data "$TMP"
restart_s=$(elapsed "$t" "$(now)")
run_checks "$BASE" --persisted
"$SOLR" stop --home-data "$TMP"

echo "== timings: build ${build_s}s (0 if up to date), first start ${start_s}s," \
     "stop ${stop_s}s, restart ${restart_s}s"
echo "$passed passed, $failed failed"
[[ "$failed" == 0 ]]
