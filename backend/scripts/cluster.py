"""The extranet as a cluster on this machine: PostgreSQL, two Zope processes on RelStorage
(history-free, blobs in the database), HAProxy in front of them on the single-process
address (instance.yaml's ``wsgi_listen``), the same Solr as ``make start``.

    cluster.py start [--dir var/cluster] [--listen HOST:PORT] [--pg-port 5433]
                     [--zope-ports 8081,8082] [--solr-port PORT] [--interval SECONDS]
                     [-- CREATE_SITE ARGS...]
    cluster.py status|stop [--dir var/cluster]

``start`` initialises PostgreSQL under DIR/pg (loopback only, trusted local users: a
development cluster) and its database, generates one instance per Zope process from
instance.yaml (make_instance.py ``--relstorage``), creates or upgrades the site through
the first one (create_site.py, with the demo), then serves both (each runs the
scheduler: its jobs run once per cluster, see fmm_extranet.scheduler) behind HAProxy:
round robin, no stickiness, a health check on ``/@@ok``. Every process started is
recorded in DIR/pids/; ``stop`` stops those processes only. Running ``start`` again
keeps the database. The tests of the cluster (tests/cluster) use the same code.
"""

from pathlib import Path
from settings import instance_settings
from settings import ROOT
import argparse
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
HAPROXY_CFG = """\
global
    maxconn 256
    log stdout format raw local0
    stats socket {dir}/haproxy.sock mode 600 level admin

defaults
    mode http
    log global
    option httplog
    timeout connect 5s
    timeout client 120s
    timeout server 120s
    # a request waits in HAProxy's queue while both processes are busy (never a 503),
    # and a busy process answers its health check late, not never
    timeout queue 120s
    timeout check 20s
    option forwardfor
    option http-server-close

frontend extranet
    bind {listen}
    default_backend zope

backend zope
    balance roundrobin
    option httpchk GET /@@ok
    http-check expect status 200
    default-server inter 2s fall 3 rise 2 maxconn 4
{servers}
"""


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
        config = self.folder / "haproxy.cfg"
        config.write_text(HAPROXY_CFG.format(dir=self.folder, listen=self.listen, servers=servers))
        if self.pids.alive("haproxy"):
            self.pids.stop("haproxy")
        haproxy = ensure_haproxy()
        subprocess.run([haproxy, "-c", "-q", "-f", config], check=True)
        process = spawn([haproxy, "-W", "-f", config], self.folder / "haproxy.log")
        self.pids.write("haproxy", process.pid)
        wait_for(lambda: http_status(f"http://{self.listen}/@@ok") == "200", "haproxy", 60, process)
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

    def stats(self):
        """HAProxy's ``show stat``: one dict per frontend, backend and server."""
        with socket.socket(socket.AF_UNIX) as s:
            s.connect(str(self.folder / "haproxy.sock"))
            s.sendall(b"show stat\n")
            data = b""
            while chunk := s.recv(65536):
                data += chunk
        header, *rows = data.decode().strip().splitlines()
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


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("start", "stop", "status"))
    parser.add_argument("--dir", type=Path, default=ROOT / "var" / "cluster", help="[var/cluster]")
    parser.add_argument("--listen", help="HAProxy's address [wsgi_listen of instance.yaml]")
    parser.add_argument("--pg-port", type=int, default=5433, help="PostgreSQL's port [5433]")
    parser.add_argument("--zope-ports", default="8081,8082", help="the Zope processes' ports [8081,8082]")
    parser.add_argument(
        "--interval", type=float, help="the scheduler's round, seconds [FMM_SCHEDULER_INTERVAL]"
    )
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
    getattr(cluster, args.action)()


if __name__ == "__main__":
    main()
