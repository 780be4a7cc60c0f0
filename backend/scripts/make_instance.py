"""Generate the Zope instance (instance/etc) from instance.yaml. Idempotent.

By default: instance/ and var/ of the repository, listening on ``wsgi_listen``.
A throw-away instance (the end-to-end test, backend/scripts/e2e.sh) overrides them:

    make_instance.py --instance DIR --var DIR --listen 127.0.0.1:PORT

then its database is DIR_OF_VAR/filestorage/Data.fs and its blobs DIR_OF_VAR/blobstorage.
A process of the cluster (backend/scripts/cluster.py) stores in PostgreSQL instead:

    make_instance.py --instance DIR --var DIR --listen 127.0.0.1:PORT --relstorage DSN

RelStorage, history-free, blobs in the database (DIR_OF_VAR/blobcache is only this
process's cache), and the shared counters of the rate limits in the same database.
"""

from pathlib import Path
from settings import instance_settings
from settings import ROOT
import argparse


ZOPE_CONF = """\
%define INSTANCEHOME {instance}
instancehome $INSTANCEHOME
%define CLIENTHOME {var}
clienthome $CLIENTHOME
debug-mode {debug}
security-policy-implementation C
verbose-security off
default-zpublisher-encoding utf-8
<environment>
    zope_i18n_compile_mo_files true
    CHAMELEON_CACHE {var}/cache
</environment>
<dos_protection>
    form-memory-limit 4MB
</dos_protection>
{storage}"""

FILESTORAGE = """\
<zodb_db main>
    cache-size 30000
    <blobstorage>
        blob-dir {blobs}
        <filestorage>
            path {filestorage}
        </filestorage>
    </blobstorage>
    mount-point /
</zodb_db>
"""

RELSTORAGE = """\
# Two processes write the same hot objects (an activity's registrations, its catalog
# entry): a request that conflicts is retried up to 6 times (backoff up to 2**n s).
max-conflict-retries 6
%import relstorage
<zodb_db main>
    cache-size 30000
    <relstorage>
        keep-history false
        shared-blob-dir false
        blob-dir {blobs}
        blob-cache-size 512mb
        <postgresql>
            dsn {dsn}
        </postgresql>
    </relstorage>
    mount-point /
</zodb_db>
<product-config fmm_extranet>
    counters-dsn {dsn}
</product-config>
"""

ZOPE_INI = """\
[app:zope]
use = egg:Zope#main
zope_conf = {instance}/etc/zope.conf

[server:main]
use = egg:waitress#main
listen = {listen}
threads = 4
max_request_body_size = 1073741824
{proxy}
[filter:translogger]
use = egg:Paste#translogger
setup_console_handler = False

[pipeline:main]
pipeline =
    egg:Zope#httpexceptions
    translogger
    zope

[loggers]
keys = root, plone, waitress.queue, waitress, wsgi

[handlers]
keys = console, accesslog, eventlog

[formatters]
keys = generic, message

[logger_root]
level = INFO
handlers = console, eventlog

[logger_plone]
level = INFO
handlers = eventlog
qualname = plone

[logger_waitress.queue]
level = INFO
handlers = eventlog
qualname = waitress.queue
propagate = 0

[logger_waitress]
level = INFO
handlers = eventlog
qualname = waitress

[logger_wsgi]
level = WARN
handlers = accesslog
qualname = wsgi
propagate = 0

[handler_console]
class = StreamHandler
args = (sys.stderr,)
level = NOTSET
formatter = generic

[handler_accesslog]
class = FileHandler
args = ('{var}/log/access.log', 'a')
level = INFO
formatter = message

[handler_eventlog]
class = FileHandler
args = ('{var}/log/event.log', 'a')
level = NOTSET
formatter = generic

[formatter_generic]
format = %(asctime)s %(levelname)-7.7s [%(name)s:%(lineno)s][%(threadName)s] %(message)s

[formatter_message]
format = %(message)s
"""

SITE_ZCML = """\
<configure
    xmlns="http://namespaces.zope.org/zope"
    xmlns:five="http://namespaces.zope.org/five">
  <include package="Zope2.App" />
  <five:loadProducts file="meta.zcml" />
  <five:loadProducts />
  <five:loadProductsOverrides />
</configure>
"""


def proxy_settings(proxies):
    """waitress's settings for the proxy in front of Zope (``trusted_proxies``).

    waitress takes the client's address from the ``X-Forwarded-For`` of that one
    proxy (the last address, the one the proxy added) and drops the header of anyone
    else; Zope then sees the client as the request's address (per-client rate limits,
    the login brake, the access log). ``*`` trusts every peer: only when nothing but
    the proxies can reach Zope.
    """
    proxies = [str(proxy) for proxy in proxies or ()]
    if not proxies:
        return ""
    if len(proxies) > 1:
        raise SystemExit(
            "instance.yaml: trusted_proxies names one proxy (waitress trusts one address), "
            'or "*" when only the proxies can reach Zope.'
        )
    return (
        "# The client's address is the X-Forwarded-For of this proxy (instance.yaml).\n"
        f"trusted_proxy = {proxies[0]}\n"
        "trusted_proxy_headers = x-forwarded-for\n"
        "clear_untrusted_proxy_headers = yes\n"
    )


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--instance", type=Path, help="instance folder [instance/]")
    parser.add_argument("--var", type=Path, help="data and logs folder [var/]")
    parser.add_argument("--listen", help="host:port of the WSGI server [wsgi_listen]")
    parser.add_argument("--relstorage", metavar="DSN", help="store in this PostgreSQL database (a cluster)")
    return parser.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    settings = instance_settings()
    instance = (args.instance or ROOT / "instance").resolve()
    var = (args.var or ROOT / "var").resolve()
    if args.relstorage:
        filestorage, blobs = None, var / "blobcache"
    elif args.var:
        filestorage, blobs = var / "filestorage" / "Data.fs", var / "blobstorage"
    else:
        filestorage = ROOT / settings["db_filestorage_location"]
        blobs = ROOT / settings["db_blobs_location"]
    values = {
        "instance": instance,
        "var": var,
        "debug": "on" if settings.get("debug_mode") else "off",
        "listen": args.listen or settings["wsgi_listen"],
        "filestorage": filestorage,
        "blobs": blobs,
        "proxy": proxy_settings(settings.get("trusted_proxies")),
    }
    storage = RELSTORAGE if args.relstorage else FILESTORAGE
    values["storage"] = storage.format(dsn=args.relstorage, **values)
    for folder in (
        instance / "etc",
        var / "log",
        var / "cache",
        values["blobs"],
        *([] if args.relstorage else [filestorage.parent]),
    ):
        folder.mkdir(parents=True, exist_ok=True)
    (instance / "etc" / "zope.conf").write_text(ZOPE_CONF.format(**values))
    (instance / "etc" / "zope.ini").write_text(ZOPE_INI.format(**values))
    (instance / "etc" / "site.zcml").write_text(SITE_ZCML)
    print(f"Instance generated in {instance} (listening on {values['listen']})")


if __name__ == "__main__":
    main()
