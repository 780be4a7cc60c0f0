#!/bin/sh
# Render zope.conf from zope.conf.in and the environment, then run the command
# (runwsgi by default; zconsole run … for the scripts, see README.md).
set -eu
: "${RELSTORAGE_DSN:?RELSTORAGE_DSN is not set}"
python - <<'PY'
import os
text = open("/app/etc/zope.conf.in").read()
open("/app/etc/zope.conf", "w").write(text.replace("${RELSTORAGE_DSN}", os.environ["RELSTORAGE_DSN"]))
PY
exec "$@"
