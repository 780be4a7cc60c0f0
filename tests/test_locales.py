"""Every message of the add-on's Python code and page templates has its French translation."""

from io import BytesIO
from pathlib import Path
from pythongettext.msgfmt import Msgfmt
import ast
import gettext
import lxml.etree


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


I18N = "{http://xml.zope.org/namespaces/i18n}"
TAL = "{http://xml.zope.org/namespaces/tal}"


def template_message(element):
    """The msgid of an ``i18n:translate`` element: its text, ``${name}`` for named parts."""
    parts = [element.text or ""]
    for child in element:
        name = child.get(f"{I18N}name")
        parts += [
            "${%s}" % name if name else lxml.etree.tostring(child, with_tail=False).decode(),
            child.tail or "",
        ]
    return " ".join("".join(parts).split())


def template_message_ids():
    """msgid -> where, for the static text of every ``i18n:translate`` of the templates
    and of the menu entries (actions.xml)."""
    found = {}
    for path in [*PACKAGE.rglob("*.pt"), *PACKAGE.glob("profiles/*/actions.xml")]:
        for element in lxml.etree.parse(str(path)).iter():
            if not isinstance(element.tag, str) or f"{I18N}translate" not in element.attrib:
                continue
            if element.get(f"{TAL}content") or element.get(f"{TAL}replace"):
                continue  # translates a computed value
            msgid = element.get(f"{I18N}translate") or template_message(element)
            found[msgid] = f"{path.relative_to(PACKAGE)}:{element.sourceline}"
    return found


def test_every_message_is_translated_into_french():
    compiled = Msgfmt(FRENCH_PO.read_bytes().splitlines(keepends=True)).get()
    catalog = gettext.GNUTranslations(BytesIO(compiled))._catalog
    untranslated = {
        msgid: where
        for msgid, where in {**message_ids(), **template_message_ids()}.items()
        if not catalog.get(msgid)
    }
    assert untranslated == {}
