"""Property-based fuzzing of the run-log reader and writer (``AppendLog``).

Whatever lines a log holds (repeats, conflicts, garbage) and whatever a kill left at its end,
reading gives each key's first record once or raises one of the log's own errors naming a
line, and the next append leaves a log of whole lines that reads back with the new record.
"""

from __future__ import annotations

import tempfile
import warnings
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from safecomp.data.appendlog import AppendLog, LogConflictError, LogFormatError


class Rec(BaseModel):
    key: str
    value: int
    created_at: str = "t"


RECORDS = st.builds(
    Rec,
    key=st.sampled_from(["a", "b", "c"]),
    value=st.integers(0, 1),
    created_at=st.sampled_from(["t1", "t2"]),
)
LINES = st.lists(
    st.one_of(RECORDS.map(lambda r: r.model_dump_json().encode()), st.binary(max_size=30)),
    max_size=8,
)


def open_log(path: Path) -> AppendLog[Rec]:
    return AppendLog(path, Rec, key=lambda r: r.key, volatile={"created_at"})


@settings(max_examples=300, deadline=None)
@given(lines=LINES, tail=st.binary(max_size=40))
@example(lines=[], tail=b"\x0b")  # blank to bytes.strip(), not JSON whitespace
def test_any_log_reads_as_first_records_or_a_named_error(lines: list[bytes], tail: bytes) -> None:
    lines = [line.replace(b"\n", b" ") for line in lines]
    tail = tail.replace(b"\n", b" ")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "log.jsonl"
        path.write_bytes(b"".join(line + b"\n" for line in lines) + tail)
        before = path.read_bytes()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                log = open_log(path)
            except (LogConflictError, LogFormatError) as err:
                assert f"{path}:" in str(err)
                assert path.read_bytes() == before  # reading never changes the file
                return
            read = list(log)
            assert path.read_bytes() == before
            assert len({r.key for r in read}) == len(read) == len(log)

            new = Rec(key="new", value=7)
            assert log.append([new, new]) == 1
        data = path.read_bytes()
        assert data.endswith(b"\n")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            again = list(open_log(path))
        assert [r.key for r in again] == [*(r.key for r in read), "new"]
