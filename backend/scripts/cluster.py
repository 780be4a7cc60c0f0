"""The extranet as a cluster on this machine: PostgreSQL, two Zope processes on RelStorage
(history-free, blobs in the database), HAProxy in front of them on the single-process
address (instance.yaml's ``wsgi_listen``), the same Solr as ``make start``.

    cluster.py start [--dir var/cluster] [--listen HOST:PORT] [--pg-port 5433]
                     [--zope-ports 8081,8082] [--solr-port PORT] [--interval SECONDS]
                     [-- CREATE_SITE ARGS...]
    cluster.py status|stop [--dir var/cluster]
    cluster.py migrate [--dir var/cluster] [--pg-port 5433] [--from VAR_DIR|DATA_FS [--blobs DIR]] [--clear]

``start`` initialises PostgreSQL under DIR/pg (loopback only, trusted local users: a
development cluster) and its database, generates one instance per Zope process from
instance.yaml (make_instance.py ``--relstorage``), creates or upgrades the site through
the first one (create_site.py, with the demo), then serves both (each runs the
scheduler: its jobs run once per cluster, see fmm_extranet.scheduler) behind HAProxy:
round robin, no stickiness, a health check on ``/@@ok``. Every process started is
recorded in DIR/pids/; ``stop`` stops those processes only. Running ``start`` again
keeps the database. The tests of the cluster (tests/cluster) use the same code.
With ``--solr cloud`` (the default), ``start`` also starts SolrCloud (SolrCloud below:
two Solr nodes, ZooKeeper embedded in the first, behind their own HAProxy on the Solr
address of instance.yaml); ``--solr standalone`` leaves Solr to ``make solr-start``.
``migrate`` copies a FileStorage site (by default ``make start``'s) into the database,
with the Zope processes stopped (migrate_to_postgres.py); ``start`` then serves it.
"""

from migrate_to_postgres import migrate
from migrate_to_postgres import source_files
from pathlib import Path
from settings import instance_settings
from settings import ROOT
import argparse
import json
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import time


VENV = ROOT / ".venv" / "bin"
DATABASE = "zodb"
#: HAProxy in front of equal servers (the Zope processes, the Solr nodes). A server that
#: died (kill -9, a stopped node) gets no more requests: a refused connection is tried again
#: on another (redispatch), and the server leaves the rotation at its first refused
#: connection (observe layer4) or its second failed check, 1 s apart.
HAPROXY_CFG = """\
global
    maxconn 256
    log stdout format raw local0
{global_extra}
defaults
    mode http
    log global
    option httplog
    timeout connect 5s
    timeout client 120s
    timeout server 120s
    option http-server-close
    option redispatch 1
    retries 2
{defaults_extra}
frontend {name}
    bind {listen}
    default_backend {name}

backend {name}
    balance roundrobin
    option httpchk GET {check}
    http-check expect status 200
    default-server inter 1s fall 2 rise 2 observe layer4 error-limit 1 on-error mark-down{server_extra}
{servers}
"""
#: The Zope processes' HAProxy: its stats socket (cluster.py status, disable/enable); a
#: request waits in HAProxy's queue while both processes are busy (never a 503), and a busy
#: process answers its health check late, not never.
ZOPE_HAPROXY = {
    "global_extra": "    stats socket {dir}/haproxy.sock mode 600 level admin",
    "defaults_extra": "    timeout queue 120s\n    timeout check 20s\n    option forwardfor",
    "server_extra": " maxconn 4",
}
#: The Solr nodes' HAProxy: a 503 while a node shuts down is tried on the other node too.
SOLR_HAPROXY = {
    "global_extra": "",
    "defaults_extra": "    timeout check 5s\n    retry-on conn-failure empty-response 503",
    "server_extra": "",
}


def haproxy_config(name, listen, check, servers, extra):
    """HAProxy's configuration for ``servers`` (lines) on ``listen``, checked at ``check``."""
    return HAPROXY_CFG.format(name=name, listen=listen, check=check, servers=servers, **extra)


SOLR_SH = ROOT / "backend" / "solr" / "solr.sh"


def log(message):
    print(f"cluster: {message}", flush=True)


def wait_for(check, what, seconds, process=None):
    """Wait until ``check()`` is true (or ``process`` died)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return
        if process is not None and process.poll() is not None:
            raise SystemExit(f"cluster: {what}: the process exited ({process.returncode})")
        time.sleep(0.5)
    raise SystemExit(f"cluster: {what}: not ready after {seconds} s")


def listening(port, host="127.0.0.1"):
    with socket.socket() as s:
        s.settimeout(1)
        return s.connect_ex((host, int(port))) == 0


def http_status(url):
    result = subprocess.run(
        ["curl", "-s", "-o", "/dev/null", "--max-time", "10", "-w", "%{http_code}", url],
        capture_output=True,
        text=True,
    )
    return result.stdout.strip()


class Pids:
    """The processes this cluster started, one file each in DIR/pids."""

    def __init__(self, folder):
        self.folder = Path(folder) / "pids"

    def write(self, name, pid):
        self.folder.mkdir(parents=True, exist_ok=True)
        (self.folder / f"{name}.pid").write_text(str(pid))

    def alive(self, name):
        path = self.folder / f"{name}.pid"
        if not path.exists():
            return None
        pid = int(path.read_text())
        try:
            os.kill(pid, 0)
            if os.waitpid(pid, os.WNOHANG)[0] == pid:  # our child, dead: reaped, not a zombie
                return None
        except ChildProcessError:
            pass  # alive, and not our child
        except ProcessLookupError:
            return None
        return pid

    def stop(self, name, seconds=20):
        pid = self.alive(name)
        if pid:
            os.kill(pid, signal.SIGTERM)
            deadline = time.monotonic() + seconds
            while self.alive(name) and time.monotonic() < deadline:
                time.sleep(0.2)
            if self.alive(name):
                os.kill(pid, signal.SIGKILL)
            log(f"{name} stopped (pid {pid})")
        (self.folder / f"{name}.pid").unlink(missing_ok=True)


def spawn(command, logfile, env=None):
    """A process of its own session (it outlives this script), its output in ``logfile``."""
    with open(logfile, "ab") as out:
        return subprocess.Popen(
            command, stdout=out, stderr=subprocess.STDOUT, env=env, start_new_session=True, cwd=ROOT
        )


class Postgres:
    """A PostgreSQL cluster in ``folder`` on 127.0.0.1:``port`` (its socket in ``folder``).

    PostgreSQL refuses to run as root: as root, it runs as the user ``postgres`` (or
    ``nobody``), who owns ``folder``.
    """

    def __init__(self, folder, port):
        self.folder, self.port = Path(folder).resolve(), int(port)
        self.user = "root"
        if os.geteuid() == 0:
            self.user = next(name for name in ("postgres", "nobody") if self._exists(name))

    @staticmethod
    def _exists(name):
        try:
            pwd.getpwnam(name)
        except KeyError:
            return False
        return True

    def run(self, *command, **kwargs):
        prefix = ["runuser", "-u", self.user, "--"] if os.geteuid() == 0 else []
        return subprocess.run([*prefix, *command], check=True, **kwargs)

    def dsn(self, database=DATABASE):
        return f"dbname={database} host=127.0.0.1 port={self.port} user=zodb"

    def start(self):
        if not (self.folder / "PG_VERSION").exists():
            self.folder.mkdir(parents=True, exist_ok=True)
            if os.geteuid() == 0:
                shutil.chown(self.folder, self.user)
            self.run(
                "initdb",
                "-D",
                str(self.folder),
                "-U",
                "zodb",
                "--auth=trust",
                "-E",
                "UTF8",
                "--no-sync",
                stdout=subprocess.DEVNULL,
            )
        if not listening(self.port):
            options = f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.folder} -c max_connections=200"
            self.run(
                "pg_ctl",
                "-D",
                str(self.folder),
                "-l",
                str(self.folder / "postgres.log"),
                "-o",
                options,
                "-w",
                "start",
                stdout=subprocess.DEVNULL,
            )
        exists = self.run(
            "psql",
            "-h",
            "127.0.0.1",
            "-p",
            str(self.port),
            "-U",
            "zodb",
            "-d",
            "postgres",
            "-tAc",
            f"SELECT 1 FROM pg_database WHERE datname = '{DATABASE}'",
            capture_output=True,
            text=True,
        ).stdout.strip()
        if not exists:
            self.run("createdb", "-h", "127.0.0.1", "-p", str(self.port), "-U", "zodb", DATABASE)
        log(f"PostgreSQL on 127.0.0.1:{self.port} ({self.folder})")

    def running(self):
        return (self.folder / "postmaster.pid").exists()

    def stop(self):
        if self.running():
            self.run("pg_ctl", "-D", str(self.folder), "-m", "fast", "-w", "stop", stdout=subprocess.DEVNULL)
            log("PostgreSQL stopped")


def ensure_haproxy():
    """HAProxy's path; installed from Debian when missing (as e2e.sh installs chromium)."""
    if not shutil.which("haproxy"):
        sudo = [] if os.geteuid() == 0 else ["sudo", "-n"]
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        log("installing Debian's haproxy (apt-get install -y haproxy)")
        if subprocess.run([*sudo, "apt-get", "install", "-y", "-q", "haproxy"], env=env).returncode:
            subprocess.run([*sudo, "apt-get", "update", "-q"], env=env, check=True)
            subprocess.run([*sudo, "apt-get", "install", "-y", "-q", "haproxy"], env=env, check=True)
    return shutil.which("haproxy") or "/usr/sbin/haproxy"


def serve_haproxy(folder, pids, config, ready_url):
    """(Re)start HAProxy with ``config`` (folder/haproxy.cfg) until ``ready_url`` answers 200."""
    path = folder / "haproxy.cfg"
    path.write_text(config)
    if pids.alive("haproxy"):
        pids.stop("haproxy")
    haproxy = ensure_haproxy()
    subprocess.run([haproxy, "-c", "-q", "-f", path], check=True)
    process = spawn([haproxy, "-W", "-f", path], folder / "haproxy.log")
    pids.write("haproxy", process.pid)
    wait_for(lambda: http_status(ready_url) == "200", "haproxy", 60, process)


class Cluster:
    """PostgreSQL, ``len(zope_ports)`` Zope processes and HAProxy, with their files in ``folder``."""

    def __init__(self, folder, listen, pg_port=5433, zope_ports=(8081, 8082), interval=None, site_args=()):
        self.folder = Path(folder).resolve()
        self.listen, self.zope_ports = listen, [int(port) for port in zope_ports]
        self.postgres = Postgres(self.folder / "pg", pg_port)
        self.pids = Pids(self.folder)
        self.interval, self.site_args = interval, list(site_args)
        self.site_id = instance_settings()["site_id"]

    def zope_names(self):
        return [f"zope{index + 1}" for index in range(len(self.zope_ports))]

    def conf(self, name):
        return self.folder / name / "instance" / "etc"

    def seed(self, run, workers, activities, places, days):
        """Workers and activities created by a third process (seed_cluster.py) while the
        cluster serves: ``{"emails", "activities", "password"}``."""
        script = Path(__file__).with_name("seed_cluster.py")
        result = subprocess.run(
            [VENV / "zconsole", "run", self.conf("zope1") / "zope.conf", script]
            + [str(value) for value in (run, workers, activities, places, days)],
            capture_output=True,
            text=True,
            check=True,
        )
        return json.loads(result.stdout.strip().splitlines()[-1])

    def instances(self):
        for name, port in zip(self.zope_names(), self.zope_ports, strict=True):
            subprocess.run(
                [
                    VENV / "python",
                    ROOT / "backend/scripts/make_instance.py",
                    "--instance",
                    self.folder / name / "instance",
                    "--var",
                    self.folder / name / "var",
                    "--listen",
                    f"127.0.0.1:{port}",
                    "--relstorage",
                    self.postgres.dsn(),
                ],
                check=True,
                stdout=subprocess.DEVNULL,
            )

    def create_site(self):
        """Create (or upgrade) the site through the first instance, before any serves."""
        logfile = self.folder / "create_site.log"
        with open(logfile, "w") as out:
            result = subprocess.run(
                [
                    VENV / "zconsole",
                    "run",
                    self.conf("zope1") / "zope.conf",
                    ROOT / "backend/scripts/create_site.py",
                    *self.site_args,
                ],
                stdout=out,
                stderr=subprocess.STDOUT,
                cwd=ROOT,
            )
        if result.returncode:
            sys.stdout.write(logfile.read_text()[-4000:])
            raise SystemExit("cluster: the site could not be created")
        log(f"site /{self.site_id} ready (log: {logfile})")

    def start_zopes(self):
        env = dict(os.environ)
        if self.interval is not None:
            env["FMM_SCHEDULER_INTERVAL"] = str(self.interval)
        started = []
        for name, port in zip(self.zope_names(), self.zope_ports, strict=True):
            if self.pids.alive(name):
                continue
            process = spawn(
                [VENV / "runwsgi", self.conf(name) / "zope.ini"], self.folder / f"{name}.log", env
            )
            self.pids.write(name, process.pid)
            started.append((name, port, process))
        for name, port, process in started:
            wait_for(
                lambda port=port: http_status(f"http://127.0.0.1:{port}/@@ok") == "200", name, 300, process
            )
            log(f"{name} on 127.0.0.1:{port}")

    def start_haproxy(self):
        servers = "\n".join(
            f"    server {name} 127.0.0.1:{port} check"
            for name, port in zip(self.zope_names(), self.zope_ports, strict=True)
        )
        extra = {**ZOPE_HAPROXY, "global_extra": ZOPE_HAPROXY["global_extra"].format(dir=self.folder)}
        config = haproxy_config("zope", self.listen, "/@@ok", servers, extra)
        serve_haproxy(self.folder, self.pids, config, f"http://{self.listen}/@@ok")
        log(f"HAProxy on {self.listen} (stats: {self.folder / 'haproxy.sock'})")

    def start(self):
        self.folder.mkdir(parents=True, exist_ok=True)
        steps = (self.postgres.start, self.instances, self.create_site, self.start_zopes, self.start_haproxy)
        for step in steps:
            began = time.monotonic()
            step()
            log(f"  ({step.__name__}: {time.monotonic() - began:.1f} s)")
        log(f"serving http://{self.listen}/{self.site_id}")

    def stop(self):
        for name in ["haproxy", *reversed(self.zope_names())]:
            self.pids.stop(name)
        self.postgres.stop()

    def migrate(self, source=None, blobs=None, clear=False):
        """Copy a FileStorage site into the database (migrate_to_postgres.py), nothing serving it."""
        if serving := [name for name in self.zope_names() if self.pids.alive(name)]:
            raise SystemExit(f"cluster: {', '.join(serving)} running: make stop-cluster first")
        data_fs, blobs = source_files(source, blobs)  # a wrong path is said before PostgreSQL starts
        self.postgres.start()
        migrate(self.postgres.dsn(), data_fs, blobs, clear)
        for name in self.zope_names():  # the processes' caches of the blobs of the former database
            shutil.rmtree(self.folder / name / "var" / "blobcache", ignore_errors=True)

    def kill(self, name):
        """SIGKILL the Zope process ``name`` (a crash: nothing is flushed nor closed)."""
        pid = self.pids.alive(name)
        os.kill(pid, signal.SIGKILL)
        wait_for(lambda: not self.pids.alive(name), f"{name} killed", 10)
        log(f"{name} killed (pid {pid})")

    def restart(self, name):
        """Start the Zope process ``name`` again and wait until HAProxy sends it requests."""
        self.pids.stop(name)
        self.start_zopes()
        wait_for(lambda: self.server_status(name) == "UP", f"{name} UP in HAProxy", 30)

    def disable(self, name):
        """Take ``name`` out of HAProxy's rotation (it keeps running)."""
        self.haproxy_command(f"disable server zope/{name}")

    def enable(self, name):
        self.haproxy_command(f"enable server zope/{name}")
        wait_for(lambda: self.server_status(name) == "UP", f"{name} UP in HAProxy", 30)

    def server_status(self, name):
        """HAProxy's word for ``name``: UP, DOWN, MAINT, \"UP 1/2\"..."""
        return next(row["status"] for row in self.stats() if row["svname"] == name)

    def haproxy_command(self, command):
        """The answer of HAProxy's stats socket to ``command``."""
        with socket.socket(socket.AF_UNIX) as s:
            s.connect(str(self.folder / "haproxy.sock"))
            s.sendall(command.encode() + b"\n")
            data = b""
            while chunk := s.recv(65536):
                data += chunk
        return data.decode()

    def stats(self):
        """HAProxy's ``show stat``: one dict per frontend, backend and server."""
        header, *rows = self.haproxy_command("show stat").strip().splitlines()
        names = header.lstrip("# ").split(",")
        return [dict(zip(names, row.split(","), strict=False)) for row in rows]

    def status(self):
        for name in ["haproxy", *self.zope_names()]:
            pid = self.pids.alive(name)
            print(f"{name:8} {'running, pid ' + str(pid) if pid else 'stopped'}")
        print(
            f"{'postgres':8} {'running' if self.postgres.running() else 'stopped'} ({self.postgres.folder})"
        )
        if self.pids.alive("haproxy"):
            for row in self.stats():
                if row["svname"] not in ("FRONTEND", "BACKEND"):
                    print(f"  {row['svname']}: {row['status']}, {row['stot']} requests")


class SolrCloud:
    """Two Solr nodes in SolrCloud (backend/solr/solr.sh start-cloud: ZooKeeper embedded in
    node1), the collection ``plone`` with a replica on each, and an HAProxy of their own on
    127.0.0.1:``port`` that pings the collection on each node: collective.solr knows one
    address, which keeps answering while node2 is down. Its own HAProxy, not a frontend of
    the Zope processes' one: it must serve before the site is created (the demo is indexed
    then), and that one is restarted by every ``start``."""

    def __init__(self, folder, port, node_ports=(8984, 8985), zk_port=9984):
        self.folder, self.port = Path(folder).resolve(), int(port)
        self.node_ports, self.zk_port = [int(port) for port in node_ports], int(zk_port)
        self.pids = Pids(self.folder)

    @property
    def core_url(self):
        return f"http://127.0.0.1:{self.port}/solr/plone"

    def solr_sh(self, action, *args, check=True):
        return subprocess.run([SOLR_SH, action, *args, "--home-data", self.folder], check=check).returncode

    def start(self):
        """Start the nodes that are not running (and HAProxy); wait until both replicas are active."""
        if listening(self.port) and not self.pids.alive("haproxy"):
            raise SystemExit(f"cluster: 127.0.0.1:{self.port} is taken (a standalone Solr? make solr-stop)")
        ports = ",".join(str(port) for port in self.node_ports)
        self.solr_sh("start-cloud", "--ports", ports, "--zk-port", str(self.zk_port))
        if not self.pids.alive("haproxy"):
            servers = "\n".join(
                f"    server node{index} 127.0.0.1:{port} check"
                for index, port in enumerate(self.node_ports, start=1)
            )
            config = haproxy_config(
                "solr", f"127.0.0.1:{self.port}", "/solr/plone/admin/ping", servers, SOLR_HAPROXY
            )
            self.folder.mkdir(parents=True, exist_ok=True)
            serve_haproxy(self.folder, self.pids, config, f"{self.core_url}/admin/ping")
        log(f"SolrCloud behind HAProxy on {self.core_url}")

    def stop_node(self, node):
        """SIGTERM to the Solr process of ``node`` (node1 holds ZooKeeper), by its PID, until it is gone."""
        pid = int((self.folder / node / "solr.pid").read_text())
        os.kill(pid, signal.SIGTERM)
        wait_for(lambda: not Path(f"/proc/{pid}").exists(), f"Solr {node} stopped", 60)
        log(f"Solr {node} stopped (pid {pid})")

    def stop(self):
        self.pids.stop("haproxy")
        self.solr_sh("stop-cloud")

    def status(self):
        state = "running" if self.pids.alive("haproxy") else "stopped"
        print(f"{'solr':8} HAProxy {state} on {self.core_url}")
        self.solr_sh("status-cloud", check=False)


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("start", "stop", "status", "migrate"))
    parser.add_argument("--dir", type=Path, default=ROOT / "var" / "cluster", help="[var/cluster]")
    parser.add_argument("--listen", help="HAProxy's address [wsgi_listen of instance.yaml]")
    parser.add_argument("--pg-port", type=int, default=5433, help="PostgreSQL's port [5433]")
    parser.add_argument("--zope-ports", default="8081,8082", help="the Zope processes' ports [8081,8082]")
    parser.add_argument(
        "--interval", type=float, help="the scheduler's round, seconds [FMM_SCHEDULER_INTERVAL]"
    )
    parser.add_argument("--from", dest="source", help="migrate: a var folder or Data.fs [make start's]")
    parser.add_argument("--blobs", help="migrate: the blob folder [blobstorage beside filestorage/]")
    parser.add_argument("--clear", action="store_true", help="migrate: empty the database first")
    parser.add_argument(
        "--solr", choices=("cloud", "standalone"), default="cloud", help="start SolrCloud, or not [cloud]"
    )
    parser.add_argument("--solr-node-ports", default="8984,8985", help="SolrCloud's nodes' ports [8984,8985]")
    parser.add_argument("--solr-zk-port", type=int, default=9984, help="its ZooKeeper's port [9984]")
    argv = sys.argv[1:] if argv is None else argv
    ours, site_args = (argv[: argv.index("--")], argv[argv.index("--") + 1 :]) if "--" in argv else (argv, [])
    args = parser.parse_args(ours)
    args.site_args = site_args  # after --: arguments of create_site.py
    return args


def main(argv=None):
    args = parse_args(argv)
    cluster = Cluster(
        args.dir,
        args.listen or instance_settings()["wsgi_listen"],
        args.pg_port,
        args.zope_ports.split(","),
        args.interval,
        args.site_args,
    )
    solr = None
    if args.solr == "cloud" and args.action != "migrate":
        port = instance_settings()["solr_port"]
        solr = SolrCloud(args.dir / "solr", port, args.solr_node_ports.split(","), args.solr_zk_port)
    if solr and args.action == "start":
        solr.start()  # before the site is created: the demo is indexed
    if args.action == "migrate":
        cluster.migrate(args.source, args.blobs, args.clear)
    else:
        getattr(cluster, args.action)()
    if solr and args.action != "start":
        getattr(solr, args.action)()


if __name__ == "__main__":
    main()
