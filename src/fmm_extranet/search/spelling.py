"""« Vouliez-vous dire … » : Solr's spellcheck collation of words that find little.

The dictionary is every word indexed (``spell``); a collation is offered only when
Solr checked that it finds something the person may see (``maxCollationTries``
with the security filter), so it never reveals a word of a document hidden from them.
"""

from fmm_extranet.search.direct import solr_json
from fmm_extranet.search.direct import SolrUnavailable
from fmm_extranet.search.direct import Visibility


#: A search finding at most this many items gets a suggestion, if one finds more.
FEW = 2
#: How many collations Solr may try against the index before giving up.
TRIES = 10


def collation_of(answer):
    """The first collation of a /spell JSON answer (``json.nl=flat`` pairs or objects)."""
    collations = (answer.get("spellcheck") or {}).get("collations") or []
    for index, entry in enumerate(collations):
        if entry == "collation" and index + 1 < len(collations):
            value = collations[index + 1]
            return value.get("collationQuery") if isinstance(value, dict) else value
    return None


def did_you_mean(words):
    """Better-spelled words than ``words`` that find what the person may see, or None."""
    words = " ".join(words.split())
    if len(words) < 3:
        return None
    try:
        answer = solr_json(
            "spell",
            q=words,
            **{
                "spellcheck.q": words,
                "spellcheck.collate": "true",
                "spellcheck.maxCollations": "1",
                "spellcheck.maxCollationTries": str(TRIES),
                "spellcheck.collateParam.fq": Visibility().clause(),
                "spellcheck.collateParam.q.op": "AND",
            },
        )
    except SolrUnavailable:
        return None
    better = collation_of(answer)
    return better if better and better.casefold() != words.casefold() else None
