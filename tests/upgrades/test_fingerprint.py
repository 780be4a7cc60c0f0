"""A profile change without an upgrade step fails here (see fingerprint.py)."""

from tests.upgrades.fingerprint import fingerprint
from tests.upgrades.fingerprint import PREVIOUS
from tests.upgrades.fingerprint import PREVIOUS_VERSION
from tests.upgrades.fingerprint import PROFILE
from tests.upgrades.fingerprint import profile_version
from tests.upgrades.fingerprint import RECORD
from tests.upgrades.fingerprint import RECORD_COMMAND
from tests.upgrades.fingerprint import recorded


def test_profile_matches_the_fingerprint_of_its_version():
    version = profile_version()
    expected = recorded().get(version)
    assert expected is not None, (
        f"no fingerprint recorded for version {version} of profiles/default in {RECORD.name}: "
        f"record it with `{RECORD_COMMAND}`"
    )
    assert fingerprint() == expected, (
        f"profiles/default changed but metadata.xml still says {version}: add an upgrade step "
        f"and bump the version, then record the new fingerprint with `{RECORD_COMMAND}` "
        f"(while {version} is unreleased, re-recording it is enough)"
    )


def test_the_previous_version_snapshot_is_the_profile_recorded_for_it():
    """The old profile the upgrade test starts from is the one that was released."""
    assert profile_version(PREVIOUS) == PREVIOUS_VERSION
    assert fingerprint(PREVIOUS) == recorded().get(PREVIOUS_VERSION), (
        f"{PREVIOUS} is not the profile recorded for {PREVIOUS_VERSION}: "
        "the snapshot is copied verbatim from git history and never edited"
    )


def test_newest_recorded_version_is_the_profile_version():
    versions = sorted(int(version) for version in recorded())
    assert versions and versions[-1] == int(profile_version(PROFILE)), (
        f"metadata.xml says {profile_version(PROFILE)} but the newest recorded version is "
        f"{versions[-1] if versions else None}: record it with `{RECORD_COMMAND}`"
    )
