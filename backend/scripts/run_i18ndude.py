"""i18ndude, with the newlines of the Python msgids escaped: ``make i18n`` runs it.

i18ndude writes the msgid of a ``_("Hello ${name},\\n\\n...")`` call with raw line
breaks, which breaks the .pot and drops the msgid (and its French) at the next sync.
Same arguments as i18ndude: ``python run_i18ndude.py rebuild-pot --pot ...``.
"""

from i18ndude import catalog
from i18ndude.script import main
import sys


_add_msg = catalog.PYReader._add_msg


def _add_escaped_msg(self, msgid, *args, **kwargs):
    return _add_msg(self, msgid.replace("\n", "\\n"), *args, **kwargs)


catalog.PYReader._add_msg = _add_escaped_msg

if __name__ == "__main__":
    sys.exit(main())
