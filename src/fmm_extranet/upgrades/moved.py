"""Where the content classes lived before profile version 1003.

A database made before the capability layout pickled its objects under these module
paths; they stay importable so that such objects load. Upgrade step 1003 re-imports
the types (their ``klass`` and ``schema``) and the provided-interfaces index.
"""

import fmm_extranet
import importlib
import sys
import types


#: old module → the module now holding the same classes.
MOVED_MODULES = {
    "fmm_extranet.content.worker": "fmm_extranet.people.content",
    "fmm_extranet.content.medicalhouse": "fmm_extranet.medical_houses.content",
    "fmm_extranet.content.spaces": "fmm_extranet.spaces.content",
    "fmm_extranet.content.publications": "fmm_extranet.publications.content",
    "fmm_extranet.content.activity": "fmm_extranet.activities.content",
    "fmm_extranet.content.catalogue": "fmm_extranet.catalogue.content",
}


def alias_moved_modules():
    """Make the old module paths import the modules that hold the classes now."""
    parent = sys.modules.setdefault("fmm_extranet.content", types.ModuleType("fmm_extranet.content"))
    # Unpickling only needs sys.modules; dotted names (an FTI's klass and schema,
    # resolved with zope.dottedname) walk attributes from the top package.
    fmm_extranet.content = parent
    for old, new in MOVED_MODULES.items():
        module = sys.modules.setdefault(old, importlib.import_module(new))
        setattr(parent, old.rsplit(".", 1)[1], module)
