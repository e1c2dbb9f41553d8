"""Importers for public safety datasets, read in their upstream formats as published.

One module per format, each registering a reader with ``@importer(name, suffix=...)``:
``xstest``, ``harmbench``, ``strongreject``, ``donotanswer``, ``pyrit-refusal``, ``rbr``.
Each module's docstring says how its fields map onto :class:`~safecomp.data.schema.PromptItem`.
"""

from safecomp.data.importers import donotanswer, harmbench, pyrit_refusal, rbr, strongreject, xstest
from safecomp.data.importers.base import Domain, SourceFormatError
from safecomp.data.importers.registry import IMPORTERS, Importer, import_file, importer

#: The names :func:`import_file` accepts.
FORMATS: tuple[str, ...] = IMPORTERS.names()

__all__ = [
    "FORMATS",
    "Domain",
    "Importer",
    "SourceFormatError",
    "donotanswer",
    "harmbench",
    "import_file",
    "importer",
    "pyrit_refusal",
    "rbr",
    "strongreject",
    "xstest",
]
