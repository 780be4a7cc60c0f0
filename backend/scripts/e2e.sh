#!/usr/bin/env bash
# The journeys of the extranet in a real browser: a throw-away Zope instance with the
# demo data and a real Solr, a real SMTP server, the Volto production build in seamless
# mode, then the journeys of frontend/tests/journeys/ (@playwright/test in Debian's
# Chromium, axe on every page they visit).
#
#   backend/scripts/e2e.sh [PLAYWRIGHT ARGS...]   (make test-e2e: after make install, make frontend)
#
# e.g. `backend/scripts/e2e.sh 02-password-reset` runs one journey, `--headed` shows
# the browser (when there is a display). Everything runs on free 127.0.0.1 ports, in a
# temporary folder, and is stopped (by PID) on exit; the developer's instance/ and var/
# are never used. On failure, Playwright's traces and screenshots are kept in
# var/journeys/ (the CI artefacts), with the servers' logs in var/journeys/logs/.
#
# The SMTP server (aiosmtpd) keeps every mail in a Maildir, $E2E_MAILDIR, which the
# journeys read (frontend/tests/journeys/inbox.py).
#
# Environment: E2E_KEEP=1 keeps the temporary folder; E2E_SERVE=1 starts everything,
# prints the URLs and the environment of the journeys, and waits (Ctrl-C stops it);
# E2E_TIMEOUT (ms) is the journeys' wait for one page element; SOLR_JAVA_MEM is passed
# on to backend/solr/solr.sh; FRONTEND_BUILD (absolute) serves the production build made
# there (make -C frontend build FRONTEND_BUILD=...) instead of frontend/build.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT="$PWD"
VENV="$ROOT/.venv/bin"
CHROMIUM=/usr/bin/chromium
ARTEFACTS="${E2E_ARTEFACTS:-$ROOT/var/journeys}"
FRONTEND_BUILD="${FRONTEND_BUILD:-$ROOT/frontend/build}"
SITE_ID=Plone
die() { echo "e2e.sh: $*" >&2; exit 1; }

# The demo (src/fmm_extranet/demo/): its accounts, their password, the word that exists
# only inside a PDF of the nurses' group. The journeys read them from $E2E_DEMO.
[[ -x "$VENV/python" ]] || die "no $VENV/python: run make install first"
DEMO_JSON=$("$VENV/python" -c 'import json, fmm_extranet.demo as d
print(json.dumps({
    "password": d.DEMO_PASSWORD,
    "pdf_word": d.PDF_ONLY_WORD,
    "support_address": d.SUPPORT_ADDRESS,
    "accounts": {key: {"email": email, "first_name": first, "last_name": last, "status": status}
                 for key, (email, first, last, status, *_) in d.DEMO_ACCOUNTS.items()},
}))') || die "could not read the demo accounts from fmm_extranet.demo"
PDF_WORD=$("$VENV/python" -c 'import json, sys; print(json.loads(sys.argv[1])["pdf_word"])' "$DEMO_JSON")

# ------------------------------------------------------------------ timings
declare -a TIMINGS=()
phase_name="" phase_start=""
phase() {  # phase NAME: ends the running phase (prints its duration), starts NAME
  local now="$EPOCHREALTIME"
  if [[ -n "$phase_name" ]]; then
    local spent
    spent=$(awk -v a="$phase_start" -v b="$now" 'BEGIN { printf "%.1f", b - a }')
    TIMINGS+=("$(printf '%-22s %6ss' "$phase_name" "$spent")")
    echo "=== $phase_name: ${spent}s"
  fi
  phase_name="$1" phase_start="$now"
  [[ -n "$1" ]] && echo "=== $1 ..." || true
}
total_start="$EPOCHREALTIME"

# ------------------------------------------------------------------ processes
TMP="" backend_pid="" frontend_pid="" smtp_pid="" solr_started=""

stop_pid() {  # stop_pid PID NAME: SIGTERM, then SIGKILL after 20 s
  local pid="$1" name="$2"
  kill -0 "$pid" 2>/dev/null || return 0
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 40); do
    kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null || true; echo "$name stopped (pid $pid)"; return 0; }
    sleep 0.5
  done
  echo "$name (pid $pid) did not stop in 20 s: SIGKILL" >&2
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

keep_logs() {  # copy the servers' logs next to the traces
  local logs="$ARTEFACTS/logs"
  mkdir -p "$logs"
  local file name
  for file in "$TMP"/*.log "$TMP"/var/log/*.log "$TMP"/solr/logs/*.log; do
    [[ -f "$file" ]] || continue
    name="${file#"$TMP"/}"
    cp "$file" "$logs/${name//\//-}"  # backend.log, var-log-event.log, solr-logs-solr.log
  done
  echo "Logs of the servers kept in ${logs#"$ROOT"/}/"
}

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  [[ -n "$phase_name" ]] && phase ""
  echo "=== stopping what this test started"
  [[ -n "$frontend_pid" ]] && stop_pid "$frontend_pid" frontend
  [[ -n "$backend_pid" ]] && stop_pid "$backend_pid" backend
  [[ -n "$smtp_pid" ]] && stop_pid "$smtp_pid" "mail server"
  [[ -n "$solr_started" ]] && { backend/solr/solr.sh stop --home-data "$TMP/solr" || true; }
  if [[ -n "$TMP" && -d "$TMP" ]]; then
    (( status == 0 )) || keep_logs
    if [[ -n "${E2E_KEEP:-}" ]]; then
      echo "Temporary folder kept: $TMP"
    else
      rm -rf "$TMP"
    fi
  fi
  echo "=== timings"
  printf '%s\n' "${TIMINGS[@]}"
  printf '%-22s %6ss\n' "total" "$(awk -v a="$total_start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }')"
  if (( status == 0 )); then
    echo "The journeys passed."
  else
    echo "The journeys FAILED (exit $status); traces, screenshots and logs in ${ARTEFACTS#"$ROOT"/}/" >&2
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

free_ports() {  # free_ports N: N distinct free TCP ports on 127.0.0.1
  "$VENV/python" - "$1" <<'EOF'
import socket, sys
sockets = []
for _ in range(int(sys.argv[1])):
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    sockets.append(s)
print(" ".join(str(s.getsockname()[1]) for s in sockets))
EOF
}

wait_http() {  # wait_http URL PID NAME SECONDS CODES...: until URL answers one of CODES
  local url="$1" pid="$2" name="$3" seconds="$4" code
  shift 4
  local deadline=$((SECONDS + seconds))
  while (( SECONDS < deadline )); do
    code=$(curl -s -o /dev/null --max-time 10 -w '%{http_code}' "$url" || true)
    for wanted in "$@"; do [[ "$code" == "$wanted" ]] && { echo "$name answers on $url ($code)"; return 0; }; done
    kill -0 "$pid" 2>/dev/null || die "$name (pid $pid) exited before answering on $url"
    sleep 1
  done
  die "$name did not answer on $url within ${seconds}s (last status: ${code:-none})"
}

# ------------------------------------------------------------------ prerequisites
phase "chromium"
[[ -f "$FRONTEND_BUILD/server.js" ]] || die "no $FRONTEND_BUILD/server.js: run make -C frontend install build first"
[[ -x frontend/node_modules/.bin/playwright ]] || die "no @playwright/test: run make -C frontend install first"
if [[ ! -x "$CHROMIUM" ]]; then
  sudo=()
  (( EUID == 0 )) || sudo=(sudo -n)
  export DEBIAN_FRONTEND=noninteractive
  echo "Installing Debian's chromium (apt-get install -y chromium)"
  if ! "${sudo[@]}" apt-get install -y -q chromium < /dev/null; then
    "${sudo[@]}" apt-get update -q < /dev/null
    "${sudo[@]}" apt-get install -y -q chromium < /dev/null
  fi
  [[ -x "$CHROMIUM" ]] || die "$CHROMIUM is still missing after apt-get install chromium"
fi
"$CHROMIUM" --version 2>/dev/null || true

TMP="$(mktemp -d "${TMPDIR:-/tmp}/fmm-e2e.XXXXXX")"
read -r SOLR_PORT BACKEND_PORT FRONTEND_PORT SMTP_PORT <<< "$(free_ports 4)"
BACKEND_URL="http://127.0.0.1:$BACKEND_PORT/$SITE_ID"
FRONTEND_URL="http://127.0.0.1:$FRONTEND_PORT"
echo "Temporary folder $TMP; ports: Solr $SOLR_PORT, backend $BACKEND_PORT," \
  "frontend $FRONTEND_PORT, mail $SMTP_PORT"
rm -rf "$ARTEFACTS"
mkdir -p "$ARTEFACTS"

# ------------------------------------------------------------------ Solr
phase "solr start"
solr_started=1
backend/solr/solr.sh start --port "$SOLR_PORT" --home-data "$TMP/solr"

# ------------------------------------------------------------------ mail
# A real SMTP server keeping the mails in a Maildir, which the journeys read.
phase "mail server start"
MAILDIR="$TMP/mail"
"$VENV/python" -m aiosmtpd -n -l "127.0.0.1:$SMTP_PORT" -c aiosmtpd.handlers.Mailbox "$MAILDIR" \
  > "$TMP/smtp.log" 2>&1 &
smtp_pid=$!
smtp_up=""
for _ in $(seq 1 100); do
  (exec 3<>"/dev/tcp/127.0.0.1/$SMTP_PORT") 2>/dev/null && { smtp_up=1; break; }
  kill -0 "$smtp_pid" 2>/dev/null || die "the mail server exited: $(cat "$TMP/smtp.log")"
  sleep 0.2
done
[[ -n "$smtp_up" ]] || die "the mail server does not listen on port $SMTP_PORT"

# ------------------------------------------------------------------ site
phase "instance + site + demo"
"$VENV/python" backend/scripts/make_instance.py \
  --instance "$TMP/instance" --var "$TMP/var" --listen "127.0.0.1:$BACKEND_PORT"
if ! "$VENV/zconsole" run "$TMP/instance/etc/zope.conf" backend/scripts/create_site.py \
    --solr-host 127.0.0.1 --solr-port "$SOLR_PORT" --smtp-host 127.0.0.1 --smtp-port "$SMTP_PORT" \
    --public-url "$FRONTEND_URL" \
    > "$TMP/create_site.log" 2>&1; then
  tail -n 40 "$TMP/create_site.log" >&2
  die "the site could not be created (log: create_site.log)"
fi
grep -v '^\s*$' "$TMP/create_site.log" | grep -iv 'warn' | tail -n 6 || true

# The search of the worker's journey must be answered by Solr: the word is in Solr's
# index (Tika).
found=$(curl -fsS "http://127.0.0.1:$SOLR_PORT/solr/plone/select?q=SearchableText:$PDF_WORD&fl=Title&wt=json" \
  | "$VENV/python" -c 'import json, sys; r = json.load(sys.stdin)["response"]; print(r["numFound"], *[d.get("Title") for d in r["docs"]], sep="|")') \
  || die "Solr could not be asked for '$PDF_WORD'"
echo "Solr finds '$PDF_WORD' in: ${found#*|}"
[[ "${found%%|*}" -ge 1 ]] || die "Solr does not find '$PDF_WORD': the demo PDF was not indexed"

# ------------------------------------------------------------------ backend
phase "backend start"
# The scheduler's round every 5 s: the journeys wait for its mails.
FMM_SCHEDULER_INTERVAL=5 "$VENV/runwsgi" "$TMP/instance/etc/zope.ini" > "$TMP/backend.log" 2>&1 &
backend_pid=$!
wait_http "$BACKEND_URL/++api++/" "$backend_pid" backend 180 200 401

# ------------------------------------------------------------------ frontend
phase "frontend start"
# As make -C frontend start, in seamless mode: the browser calls the frontend,
# which proxies /++api++ to the backend (so the links in the mails lead to it).
(
  cd frontend
  # the server bundle requires its externals from frontend/node_modules, wherever it was
  # built; it reads its chunk list (loadable-stats.json) and static files from BUILD_DIR
  BUILD_DIR="$FRONTEND_BUILD" NODE_PATH="$ROOT/frontend/node_modules" NODE_ENV=production HOST=127.0.0.1 PORT="$FRONTEND_PORT" RAZZLE_BIND_ADDRESS=127.0.0.1 \
    RAZZLE_API_PATH="$FRONTEND_URL" RAZZLE_INTERNAL_API_PATH="$BACKEND_URL" \
    RAZZLE_DEV_PROXY_API_PATH="$BACKEND_URL" exec node "$FRONTEND_BUILD/server.js"
) > "$TMP/frontend.log" 2>&1 &
frontend_pid=$!
wait_http "$FRONTEND_URL/++api++/" "$frontend_pid" frontend 180 200 401
wait_http "$FRONTEND_URL/login" "$frontend_pid" frontend 120 200

# ------------------------------------------------------------------ journeys
"$VENV/python" -c 'import smtplib, sys; s = smtplib.SMTP("127.0.0.1", int(sys.argv[1]), timeout=10); print("mail server:", s.noop()); s.quit()' "$SMTP_PORT" \
  || die "the mail server does not answer on port $SMTP_PORT"
export FRONTEND_URL E2E_DEMO="$DEMO_JSON" E2E_MAILDIR="$MAILDIR" E2E_PYTHON="$VENV/python" \
  E2E_CHROMIUM="$CHROMIUM" E2E_ARTEFACTS="$ARTEFACTS" E2E_TIMEOUT="${E2E_TIMEOUT:-15000}"

if [[ -n "${E2E_SERVE:-}" ]]; then
  phase ""
  {
    printf 'export %s=%q\n' FRONTEND_URL "$FRONTEND_URL" E2E_DEMO "$E2E_DEMO" \
      E2E_MAILDIR "$E2E_MAILDIR" E2E_PYTHON "$E2E_PYTHON" E2E_CHROMIUM "$E2E_CHROMIUM" \
      E2E_ARTEFACTS "$E2E_ARTEFACTS" E2E_TIMEOUT "$E2E_TIMEOUT"
  } > "$TMP/journeys.env"
  echo "Serving: frontend $FRONTEND_URL, backend $BACKEND_URL, mails in $MAILDIR"
  echo "Run journeys against it:  . $TMP/journeys.env && (cd frontend && node_modules/.bin/playwright test -c tests/journeys)"
  echo "Ctrl-C (or kill $$) stops everything."
  trap 'exit 0' INT TERM  # stopping the stack is how serving ends
  while kill -0 "$backend_pid" 2>/dev/null && kill -0 "$frontend_pid" 2>/dev/null; do sleep 2; done
  die "the backend or the frontend stopped"
fi

phase "journeys (chromium)"
(cd frontend && node_modules/.bin/playwright test --config tests/journeys/playwright.config.mjs "$@")
phase ""
