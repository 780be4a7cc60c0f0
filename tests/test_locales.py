"""Every message of the add-on's Python code has its French translation."""

from io import BytesIO
from pathlib import Path
from pythongettext.msgfmt import Msgfmt

import ast
import gettext


PACKAGE = Path(__file__).resolve().parents[1] / "src" / "fmm_extranet"
FRENCH_PO = PACKAGE / "locales" / "fr" / "LC_MESSAGES" / "fmm_extranet.po"


def message_ids():
    """msgid -> where: the literal first argument of every ``_()`` call."""
    found = {}
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", None) == "_"
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                found[node.args[0].value] = f"{path.relative_to(PACKAGE)}:{node.lineno}"
    return found


def test_every_message_is_translated_into_french():
    compiled = Msgfmt(FRENCH_PO.read_bytes().splitlines(keepends=True)).get()
    catalog = gettext.GNUTranslations(BytesIO(compiled))._catalog
    untranslated = {
        msgid: where for msgid, where in message_ids().items() if not catalog.get(msgid)
    }
    assert untranslated == {}
