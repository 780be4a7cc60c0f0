"""The instance's settings, read from instance.yaml at the repository root."""

from pathlib import Path
import yaml


ROOT = Path(__file__).resolve().parents[2]


def instance_settings(path=ROOT / "instance.yaml"):
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f)["default_context"]
