#!/usr/bin/env bash
# Serve the extranet: Zope/Plone on the instance's address, then Volto on 127.0.0.1:3000.
# Ctrl-C stops the frontend, the backend and Solr (only the processes started here).
set -euo pipefail
cd "$(dirname "$0")/../.."
setting() {  # one value of instance.yaml
  .venv/bin/python -c "import sys; sys.path.insert(0, 'backend/scripts'); from settings import instance_settings; print(instance_settings()['$1'])"
}
listen=$(setting wsgi_listen)
site_id=$(setting site_id)

.venv/bin/runwsgi instance/etc/zope.ini > var/log/backend.out 2>&1 &
backend_pid=$!
echo "$backend_pid" > var/backend.pid
stop() {
  kill "$backend_pid" 2>/dev/null || true
  wait "$backend_pid" 2>/dev/null || true
  rm -f var/backend.pid
  backend/solr/solr.sh stop --home-data var/solr || true
}
trap stop EXIT INT TERM

echo -n "Waiting for the backend on http://$listen/$site_id "
for _ in $(seq 1 120); do
  code=$(curl -s -o /dev/null -w '%{http_code}' "http://$listen/$site_id/++api++/" || true)
  [[ "$code" == "401" || "$code" == "200" ]] && break
  kill -0 "$backend_pid" 2>/dev/null || { echo; tail -n 30 var/log/backend.out; exit 1; }
  echo -n "."; sleep 1
done
echo " ready."
echo "Backend: http://$listen/$site_id   Frontend: http://127.0.0.1:3000"
# Seamless mode: Volto proxies /++api++ to the backend (no CORS needed).
make -C frontend start BACKEND_URL="http://$listen/$site_id" API_PATH=http://127.0.0.1:3000
