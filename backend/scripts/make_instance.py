"""Generate the Zope instance (instance/etc) from instance.yaml. Idempotent."""

from settings import instance_settings
from settings import ROOT


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

ZOPE_INI = """\
[app:zope]
use = egg:Zope#main
zope_conf = {instance}/etc/zope.conf

[server:main]
use = egg:waitress#main
listen = {listen}
threads = 4
max_request_body_size = 1073741824

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


def main():
    settings = instance_settings()
    instance = ROOT / "instance"
    var = ROOT / "var"
    values = {
        "instance": instance,
        "var": var,
        "debug": "on" if settings.get("debug_mode") else "off",
        "listen": settings["wsgi_listen"],
        "filestorage": ROOT / settings["db_filestorage_location"],
        "blobs": ROOT / settings["db_blobs_location"],
    }
    for folder in (instance / "etc", var / "log", var / "cache",
                   values["filestorage"].parent, values["blobs"]):
        folder.mkdir(parents=True, exist_ok=True)
    (instance / "etc" / "zope.conf").write_text(ZOPE_CONF.format(**values))
    (instance / "etc" / "zope.ini").write_text(ZOPE_INI.format(**values))
    (instance / "etc" / "site.zcml").write_text(SITE_ZCML)
    print(f"Instance generated in {instance} (listening on {values['listen']})")


if __name__ == "__main__":
    main()
