"""The profile's reading of py-spy's collapsed stacks (backend/scripts/profile_endpoint.py)."""

from pathlib import Path
import sys


sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "backend" / "scripts"))
import profile_endpoint  # noqa: E402


SERVE = "handler_thread (waitress/task.py:1);publish_module (/x/site-packages/ZPublisher/WSGIPublisher.py:2)"
REPLY = "reply (/work/main/src/fmm_extranet/agenda/services/agenda.py"
STACKS = [
    f"{SERVE};{REPLY}:3);summary (/work/main/src/x.py:9) 30",
    f"{SERVE};{REPLY}:4) 10",
    "handler_thread (waitress/task.py:1);wait (threading.py:5) 500",  # an idle thread
    "not a sample line",
]


def test_shares_are_inclusive_within_requests_and_lines_merge():
    shares = {name: share for share, name in profile_endpoint.inclusive_shares(STACKS)}
    assert shares["publish_module (ZPublisher/WSGIPublisher.py)"] == 1.0
    assert shares["reply (fmm_extranet/agenda/services/agenda.py)"] == 1.0  # two lines, one function
    assert shares["summary (x.py)"] == 0.75
    assert "wait (threading.py)" not in shares


def test_no_request_sampled_gives_no_shares():
    assert profile_endpoint.inclusive_shares(STACKS[2:]) == []
