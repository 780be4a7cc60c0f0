"""Behind the proxy, each client has its own limits (issue 12, point 1).

Through waitress configured like production: the instance's zope.ini generated from
instance.yaml (``trusted_proxies``), and the production one of backend/deployment.
"""

from pathlib import Path
from tests.helpers import free_port
from tests.sessions.conftest import generated_ini
from tests.sessions.conftest import MAKE_INSTANCE
from tests.sessions.conftest import waitress_server
import http.client
import json
import requests
import subprocess
import sys
import time


#: A loopback address that is not the trusted proxy (127.0.0.1).
PEER = "127.0.0.2"


def ask_for_account(client):
    """An empty account request: refused (400) by its rule, after the rate limit counted it."""
    return client.post("@account-requests", json={}).status_code


def test_clients_behind_the_proxy_are_limited_each_on_their_own(behind_any_proxy):
    seven_clients = [ask_for_account(behind_any_proxy(f"198.51.100.{n}")) for n in range(1, 8)]
    assert seven_clients == [400] * 7
    one_client = behind_any_proxy("203.0.113.9")
    assert [ask_for_account(one_client) for _ in range(6)] == [400] * 5 + [429]


def test_the_proxy_adds_the_client_last_so_a_client_cannot_pick_its_address(behind_proxy):
    """A client's own X-Forwarded-For comes before the address the proxy appends."""
    statuses = [ask_for_account(behind_proxy(f"10.0.0.{n}, 203.0.113.10")) for n in range(6)]
    assert statuses == [400] * 5 + [429]


def test_only_the_proxy_names_the_client(world_portal, tmp_path):
    """Someone reaching Zope directly (not from the proxy) is counted as themself."""
    statuses = []
    with waitress_server(generated_ini(tmp_path)) as base:
        host, port = base.removeprefix("http://").split(":")
        for n in range(6):
            connection = http.client.HTTPConnection(host, int(port), timeout=30, source_address=(PEER, 0))
            connection.request(
                "POST",
                f"/{world_portal.getId()}/@account-requests",
                body=json.dumps({}),
                headers={
                    "Accept": "application/json",
                    "Content-Type": "application/json",
                    "X-Forwarded-For": f"198.51.100.{n}",
                },
            )
            statuses.append(connection.getresponse().status)
            connection.close()
    assert statuses == [400] * 5 + [429]


def test_the_generated_instance_sees_the_client_behind_the_proxy(tmp_path):
    """runwsgi on a generated instance (an empty Zope): its access log shows the client
    the proxy names, and the address of anyone else who sends the header."""
    port = free_port()
    command = [sys.executable, str(MAKE_INSTANCE), "--instance", str(tmp_path / "instance")]
    command += ["--var", str(tmp_path / "var"), "--listen", f"127.0.0.1:{port}"]
    subprocess.run(command, check=True, capture_output=True)
    runwsgi = Path(sys.executable).parent / "runwsgi"
    zope = subprocess.Popen(
        [str(runwsgi), str(tmp_path / "instance" / "etc" / "zope.ini")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        url = f"http://127.0.0.1:{port}/"
        for _ in range(240):
            try:
                requests.get(url, timeout=2)
                break
            except requests.ConnectionError:
                time.sleep(0.5)
        headers = {"X-Forwarded-For": "10.9.9.9, 198.51.100.7"}
        assert requests.get(url, headers=headers, timeout=30).status_code == 200
        direct = http.client.HTTPConnection("127.0.0.1", port, timeout=30, source_address=(PEER, 0))
        direct.request("GET", "/", headers={"X-Forwarded-For": "198.51.100.8"})
        assert direct.getresponse().status == 200
        direct.close()
        log = tmp_path / "var" / "log" / "access.log"
        for _ in range(20):
            clients = [line.split()[0] for line in log.read_text().splitlines()]
            if len(clients) >= 3:
                break
            time.sleep(0.5)
        assert clients[-2:] == ["198.51.100.7", PEER]
    finally:
        zope.terminate()
        zope.wait(30)
