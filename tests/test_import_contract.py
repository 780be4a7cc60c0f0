"""The capabilities of the add-on depend on each other only along the declared edges.

Each folder of ``src/fmm_extranet`` is a capability. It may use ``core``, the package
root (``_``, ``FEDERATION``, the browser layer) and the capabilities listed for it
below, never in a cycle. The Python imports and the dotted names of the ZCML files are
both read. A new edge is a decision: add it here, in the same commit as the code.
"""

from pathlib import Path
import ast
import fmm_extranet
import re


PACKAGE = Path(fmm_extranet.__file__).parent

#: capability → the capabilities it may use (``core`` and the root are always allowed).
ALLOWED = {
    "core": set(),
    "scheduler": set(),
    "controlpanel": set(),
    "people": set(),
    "medical_houses": {"controlpanel", "people"},
    "spaces": {"activities", "medical_houses", "people"},
    "access": {"people", "medical_houses", "spaces"},
    "publications": {"spaces", "search", "medical_houses"},
    "activities": set(),
    "catalogue": {"search"},
    "registrations": {"access", "people", "activities", "catalogue", "scheduler"},
    "agenda": {"activities", "spaces", "registrations"},
    "accounts": {
        "controlpanel",
        "access",
        "people",
        "medical_houses",
        "spaces",
        "registrations",
        "scheduler",
    },
    "favourites": {"accounts", "people"},
    "share_by_mail": {"accounts", "people"},
    "gdpr": {"access", "accounts", "people", "scheduler"},
    "search": {"people"},
    "sessions": {"accounts"},
    "helpdesk": {"accounts", "people", "spaces"},
    "whats_new": {"accounts", "gdpr", "medical_houses", "people", "scheduler", "spaces"},
    "newsletter": {"access", "accounts", "gdpr", "people", "scheduler", "spaces"},
}
#: Modules of the package root every capability may use.
SHARED_ROOT = {"", "interfaces"}
#: The wiring of the whole add-on: they use any capability, no capability uses them.
INTEGRATION = {"setuphandlers", "testing", "upgrades", "demo"}

DOTTED = re.compile(r"\bfmm_extranet((?:\.\w+)+)")


def capability_of(path):
    """The capability a file belongs to; the files at the root wire the whole add-on."""
    parts = path.relative_to(PACKAGE).parts
    if parts == ("__init__.py",):
        return ""
    return parts[0] if len(parts) > 1 else "wiring"


def used_names(path):
    """The fmm_extranet modules a Python or ZCML file names."""
    if path.suffix == ".zcml":
        relative = path.parent.relative_to(PACKAGE).parts
        names = [f"fmm_extranet.{m[1:]}" for m in DOTTED.findall(path.read_text()) if m]
        # ".x" in a ZCML file is relative to its own package.
        names += [
            ".".join(("fmm_extranet", *relative, m))
            for m in re.findall(
                r'(?:for|factory|handler|provides|class|component)="\.(\w+)', path.read_text()
            )
        ]
        return names
    tree = ast.parse(path.read_text())
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module if not node.level else "fmm_extranet")
            names += [f"{node.module}.{alias.name}" for alias in node.names]
        elif isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
    return names


def edges():
    """(file, its capability, the capability it uses) for every use of another part."""
    found = set()
    for path in sorted(PACKAGE.rglob("*")):
        if path.suffix not in (".py", ".zcml") or "locales" in path.parts:
            continue
        source = capability_of(path)
        for name in used_names(path):
            parts = name.split(".")
            target = parts[1] if len(parts) > 1 and parts[0] == "fmm_extranet" else None
            known = target is not None and (
                (PACKAGE / target).is_dir() or (PACKAGE / f"{target}.py").exists()
            )
            if known and target != source:
                found.add((str(path.relative_to(PACKAGE)), source, target))
    return sorted(found)


def test_every_folder_is_a_declared_capability():
    folders = {p.name for p in PACKAGE.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    assert folders - INTEGRATION == set(ALLOWED)


def test_no_capability_module_at_the_root():
    modules = {p.stem for p in PACKAGE.glob("*.py")} - {"__init__"}
    assert modules <= SHARED_ROOT | INTEGRATION


def test_imports_follow_the_declared_edges():
    wiring = INTEGRATION | {"wiring"}
    undeclared = [
        f"{path}: {source} → {target}"
        for path, source, target in edges()
        if source not in wiring
        and target not in SHARED_ROOT | {"core"}
        and (target in wiring or target not in ALLOWED.get(source, set()))
    ]
    assert not undeclared


def test_the_contract_sees_the_edges():
    """Guard against a walker that finds nothing: known edges are seen."""
    seen = {(source, target) for _path, source, target in edges()}
    assert {("gdpr", "accounts"), ("agenda", "registrations"), ("access", "people")} <= seen


def test_the_declared_edges_have_no_cycle():
    def visit(capability, trail):
        assert capability not in trail, " → ".join((*trail, capability))
        for target in ALLOWED[capability]:
            visit(target, (*trail, capability))

    for capability in ALLOWED:
        visit(capability, ())
