"""Fingerprints of the default profile, one per metadata.xml version.

A site installed at version N holds what profiles/default said at version N. If the
profile's files change while metadata.xml still says N, sites already at N never
get the change: no upgrade step runs. ``profile_versions.txt`` records, for each
version, the fingerprint of the profile as it was at that version; the test in
``test_fingerprint.py`` fails when the profile no longer matches the fingerprint
recorded for its version.

The fingerprint is a SHA-256 over every file of the profile directory, sorted by
relative path: the path, then the exact bytes (line endings normalised to ``\\n``,
so that a Windows checkout gives the same hash). Nothing else is ignored on purpose:
whitespace and comments are harmless to GenericSetup, but attributes such as
``i18n:domain`` do reach the site (an action's or a type's i18n_domain), and telling
harmless edits from the others is not worth the risk. A harmless edit just needs a
re-record while the version is unreleased. Hidden files, editor backups and
``__pycache__`` are skipped.

Record the fingerprint of the current profile under its current version::

    .venv/bin/python -m tests.upgrades.fingerprint --record

Without ``--record`` it prints the version, the current fingerprint and the recorded one.
"""

from pathlib import Path
import argparse
import hashlib
import re
import sys


ROOT = Path(__file__).resolve().parents[2]
PROFILE = ROOT / "src" / "fmm_extranet" / "profiles" / "default"
HERE = Path(__file__).resolve().parent
RECORD = HERE / "profile_versions.txt"
#: The previous version's profile, copied verbatim from git history: the upgrade test
#: builds a site from it and upgrades it.
PREVIOUS_VERSION = "1002"
PREVIOUS = HERE / "profiles" / PREVIOUS_VERSION
RECORD_COMMAND = ".venv/bin/python -m tests.upgrades.fingerprint --record"

HEADER = """\
# Fingerprint of src/fmm_extranet/profiles/default at each metadata.xml version:
# "<version> <sha256>", one line per version, written by
#     .venv/bin/python -m tests.upgrades.fingerprint --record
# A released version's line never changes: change the profile, add an upgrade step,
# bump metadata.xml, then record the new version's line.
"""


def profile_files(directory=PROFILE):
    """The files that make up the profile, as sorted relative POSIX paths."""
    directory = Path(directory)
    files = []
    for path in directory.rglob("*"):
        relative = path.relative_to(directory)
        if not path.is_file() or any(
            part.startswith(".") or part == "__pycache__" for part in relative.parts
        ):
            continue
        if path.name.endswith(("~", ".swp", ".pyc", ".orig", ".rej")):
            continue
        files.append(relative.as_posix())
    return sorted(files)


def fingerprint(directory=PROFILE):
    """SHA-256 of the profile: each file's relative path and bytes, in path order."""
    directory = Path(directory)
    digest = hashlib.sha256()
    for name in profile_files(directory):
        content = (directory / name).read_bytes().replace(b"\r\n", b"\n")
        digest.update(name.encode("utf-8") + b"\0")
        digest.update(str(len(content)).encode("ascii") + b"\0")
        digest.update(content)
    return digest.hexdigest()


def profile_version(directory=PROFILE):
    """The version metadata.xml declares."""
    text = (Path(directory) / "metadata.xml").read_text(encoding="utf-8")
    match = re.search(r"<version>\s*([^<\s]+)\s*</version>", text)
    if match is None:
        raise ValueError(f"no <version> in {directory}/metadata.xml")
    return match.group(1)


def recorded(record=RECORD):
    """{version: fingerprint} as written in profile_versions.txt."""
    versions = {}
    if not Path(record).exists():
        return versions
    for number, line in enumerate(Path(record).read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            version, digest = line.split()
        except ValueError:
            raise ValueError(f"{record}:{number}: expected '<version> <sha256>', got {line!r}")
        versions[version] = digest
    return versions


def record_current(directory=PROFILE, record=RECORD):
    """Write the current profile's fingerprint under its version; return (version, old, new)."""
    versions = recorded(record)
    version = profile_version(directory)
    old, new = versions.get(version), fingerprint(directory)
    versions[version] = new
    lines = [f"{v} {versions[v]}" for v in sorted(versions, key=lambda v: (len(v), v))]
    Path(record).write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    return version, old, new


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--record",
        action="store_true",
        help="record the current profile's fingerprint under metadata.xml's version",
    )
    args = parser.parse_args(argv)
    if args.record:
        version, old, new = record_current()
        if old is None:
            print(f"recorded {version} {new}")
        elif old == new:
            print(f"{version} already recorded as {new}: nothing changed")
        else:
            print(f"replaced the fingerprint of {version}: {old} -> {new}")
            print(f"(right only while {version} has not been released; otherwise add a step and bump)")
        return 0
    version = profile_version()
    print(f"metadata.xml version: {version}")
    print(f"current fingerprint:  {fingerprint()}")
    print(f"recorded fingerprint: {recorded().get(version, '(none)')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
