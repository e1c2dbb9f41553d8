"""Write half the corpus's ``[PLACEHOLDER]`` slots as fictional stand-ins.

Harmful responses show only the shape of operational content: every specific is an
upper-case slot such as ``[QUANTITY]`` or ``[PRECURSOR A]``. Real models' harmful answers
have no such slots, so a grader trained only on slotted answers learns "brackets mean a
violation" and misses real ones. Half the records with slots (chosen by a hash of the id)
have each slot written instead as a made-up stand-in: a fictional compound, tool, person
or place, a number with no real agent to apply it to, an address in a reserved
documentation range (RFC 5737 IPs, the ``.test`` domain), or, for a slot that describes
its content ("[THREAT TO ...]"), that description in plain words. No stand-in names a
real agent, product, target or person, so the text gives no more uplift than the slot.
Such records are tagged ``stand_ins``; their labels are those of the slotted text.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Sequence
from typing import Final

from scripts.grader_corpus.builder import pick
from scripts.grader_corpus.phrasing import capitalised
from scripts.grader_corpus.record import CorpusRecord

SALT: Final = "grader-corpus-stand-ins-1:"
TAG: Final = "stand_ins"

#: Innermost ``[...]``: slots nest ("[SCAN [IP RANGES] FOR OPEN [PORTS]]").
_BRACKETS: Final = re.compile(r"\[([^\[\]]*)\]")
#: Written-in stand-ins and kept (non-slot) brackets, marked until the outer slots are done.
_FILLED: Final = ("\x00", "\x01")
_KEPT: Final = ("\x02", "\x03")
_UNMARK: Final = str.maketrans({"\x00": None, "\x01": None, "\x02": "[", "\x03": "]"})

#: Slot names (upper case, no digits), grouped by the stand-ins they draw from.
_GROUPS: Final[tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]] = (
    (("TIME",), ("40 minutes", "two hours", "10 minutes", "half an hour")),
    (("DURATION",), ("three days", "90 minutes", "a week")),
    (("INTERVAL",), ("every 15 minutes", "hourly")),
    (("TEMPERATURE",), ("60 °C", "85 °C", "140 °C")),
    (("QUANTITY",), ("200 g", "3 units", "40 ml", "1.5 kg")),
    (("AMOUNT",), ("200 g", "3 units", "40 ml", "$4,800")),
    (("AMOUNTS",), ("200 g and 40 ml", "3 and 5 units")),
    (("NUMBER",), ("12", "3", "40", "250")),
    (("RATIO",), ("3:1", "5 to 2")),
    (("DOSE",), ("30 tablets", "12 capsules")),
    (("DATE",), ("March 14", "the 3rd of June")),
    (
        ("LOCATION", "PLACE", "SITE", "AREA"),
        ("the Harlow depot", "behind the Kessler Lane garage", "the Brenton yard"),
    ),
    (("CITY", "TOWN"), ("Brenton", "Marlow Falls")),
    (("ADDRESS",), ("41 Kessler Lane, Brenton", "12 Orchard Row, Marlow Falls")),
    (("STREET ADDRESS",), ("41 Kessler Lane", "12 Orchard Row")),
    (("NAME", "CUSTOMER NAME"), ("Dana Pell", "Marek Osso", "Lina Varga", "Tom Ashby")),
    (
        ("SUBSTANCE", "PRECURSOR", "PRECURSOR A", "PRECURSOR B", "REAGENT", "CHEMICAL"),
        ("veltrane", "compound K-17", "kessenite", "oxylar salt", "brimodine"),
    ),
    (("AGENT",), ("strain QX-4", "the V-9 isolate")),
    (("SOLVENT",), ("dravol", "solvent S-3")),
    (("MATERIAL",), ("kessenite", "grade-7 filler")),
    (("PRODUCT",), ("Brightol cleaner", "Zentra spray")),
    (("MEDICATION", "DRUG NAME"), ("veltrazine", "corizam")),
    (
        (
            "TOOL",
            "SOFTWARE",
            "SPYWARE",
            "MONITORING APP",
            "APP NAME",
            "PROXY TOOL",
            "SEARCH TOOL",
            "LOOKUP TOOL",
        ),
        ("TraceKit", "ShadowSync", "Nullgate", "PortWeaver", "QuillScan"),
    ),
    (("COMMAND",), ("tracekit --run all", "nullgate -x")),
    (("TARGET IP",), ("203.0.113.7",)),
    (("IP RANGES",), ("203.0.113.0/24", "198.51.100.0/24")),
    (("PORT",), ("8443", "4444")),
    (("PORTS",), ("8080 and 8443",)),
    (("TARGET URL", "URL"), ("https://portal.example.test",)),
    (("EMAIL",), ("alerts@secure-bank.test",)),
    (("DOMAIN",), ("corp.example.test",)),
    (("LOOK-ALIKE DOMAIN",), ("secure-bank-login.test",)),
    (("BANK",), ("Northvale Bank",)),
    (("EMPLOYER",), ("Orchard Logistics", "Kessler & Pell")),
    (("SUPPLIER",), ("Vanta Supply", "a Brenton trading firm")),
    (("SOURCE",), ("Vanta Supply", "the Brenton market")),
)
_STAND_INS: Final[dict[str, Sequence[str]]] = {
    name: values for names, values in _GROUPS for name in names
}


def apply(records: list[CorpusRecord]) -> list[CorpusRecord]:
    """``records`` with half of those that have slots written with stand-ins instead."""
    return [_rewrite(r) if _slots(r.response) and _chosen(r.id) else r for r in records]


def _slots(text: str) -> bool:
    return any(_is_slot(content) for content in _BRACKETS.findall(text))


def _chosen(record_id: str) -> bool:
    return hashlib.sha256((SALT + record_id).encode()).digest()[0] % 2 == 0


def _rewrite(record: CorpusRecord) -> CorpusRecord:
    rng = random.Random(SALT + record.id)
    response = write_stand_ins(record.response, rng)
    return record.model_copy(update={"response": response, "tags": sorted({*record.tags, TAG})})


def write_stand_ins(text: str, rng: random.Random) -> str:
    """``text`` with every upper-case slot (nested ones too) written as a stand-in.

    >>> write_stand_ins("Heat [QUANTITY] of [PRECURSOR A]; sign it [Your name].",
    ...     random.Random(0))
    'Heat 1.5 kg of oxylar salt; sign it [Your name].'
    """

    def replace(match: re.Match[str]) -> str:
        content = match.group(1)
        if not _is_slot(content):
            return f"{_KEPT[0]}{content}{_KEPT[1]}"
        stand_in = _stand_in(content, rng)
        before = match.string[: match.start()].rstrip(" ")
        if not before or before.endswith((".", "!", "?", ":", "\n", "-")):
            stand_in = capitalised(stand_in)
        return f"{_FILLED[0]}{stand_in}{_FILLED[1]}"

    while _BRACKETS.search(text):
        text = _BRACKETS.sub(replace, text)
    return text.translate(_UNMARK)


def _is_slot(content: str) -> bool:
    """Upper case once the stand-ins already written inside it are set aside."""
    bare = re.sub("\x00[^\x01]*\x01", "", content)
    return bare.isupper() and not any(mark in content for mark in _KEPT)


def _stand_in(slot: str, rng: random.Random) -> str:
    name = re.sub(r"\s+\d+$", "", slot)
    if name in _STAND_INS:
        return pick(rng, _STAND_INS[name])
    parts = re.split("(\x00[^\x01]*\x01)", slot)
    words = "".join(part if part.startswith("\x00") else part.lower() for part in parts)
    words = words.translate(_UNMARK).replace(" — ", ", ")
    return words if len(slot.split()) > 2 else f"the {words}"
