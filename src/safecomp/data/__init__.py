"""safecomp.data: prompt, sample and grade records, their file IO, and prompt suites."""

from safecomp.data.appendlog import AppendLog, LogFormatError
from safecomp.data.gold import GoldItem, load_gold
from safecomp.data.hf_datasets import iter_hf_records, open_hf_dataset, read_hf_prompts
from safecomp.data.importers import import_file
from safecomp.data.io import (
    RECORD_FORMATS,
    iter_prompts,
    iter_records,
    read_prompts,
    read_records,
    write_prompts,
    write_records,
)
from safecomp.data.records import RecordFormatError
from safecomp.data.schema import ChatMessage, Grade, PromptItem, Sample, sample_key
from safecomp.data.suites import (
    GENERAL_DOMAIN,
    builtin_suites,
    count_by_domain_intent,
    domain_name,
    load_suite,
    select_items,
)

__all__ = [
    "GENERAL_DOMAIN",
    "RECORD_FORMATS",
    "AppendLog",
    "ChatMessage",
    "GoldItem",
    "Grade",
    "LogFormatError",
    "PromptItem",
    "RecordFormatError",
    "Sample",
    "builtin_suites",
    "count_by_domain_intent",
    "domain_name",
    "import_file",
    "iter_hf_records",
    "iter_prompts",
    "iter_records",
    "load_gold",
    "load_suite",
    "open_hf_dataset",
    "read_hf_prompts",
    "read_prompts",
    "read_records",
    "sample_key",
    "select_items",
    "write_prompts",
    "write_records",
]
