"""Run the async scorer from synchronous trainer code (TRL, verl, OpenRLHF file mode).

The judge, its cache and every ``grade`` call live on one event loop on a daemon thread,
so async resources (HTTP clients, locks, the SQLite cache connection) are created and
used on the same loop and thread, whatever thread the trainer calls from.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Coroutine, Sequence
from typing import Any, TypeVar

from safecomp.errors import validated
from safecomp.grading import open_grader
from safecomp.reward.scorer import RewardRequest, RewardScorer, Scored
from safecomp.reward.settings import RewardSettings

T = TypeVar("T")


class BackgroundLoop:
    """An event loop running on a daemon thread; ``run`` blocks until a coroutine is done."""

    def __init__(self) -> None:
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(
            target=self._loop.run_forever, name="safecomp-reward-loop", daemon=True
        )
        self._thread.start()

    def run(self, coro: Coroutine[Any, Any, T]) -> T:
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result()

    def close(self) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join()
        self._loop.close()


async def open_scorer(settings: RewardSettings) -> RewardScorer:
    """A scorer built from settings; close it with ``aclose`` (it owns the grader)."""
    grader = open_grader(settings.judge)
    return RewardScorer(
        grader, grader.policy, reward=settings.reward, scores=settings.scores, owned=grader
    )


class SyncScorer:
    """A ``RewardScorer`` with a blocking ``score``, running on its own background loop.

    Build it from names (``SyncScorer.from_settings``: the judge and cache are then made on
    that loop's thread) or wrap a scorer you built.
    """

    def __init__(self, scorer: RewardScorer, loop: BackgroundLoop | None = None) -> None:
        self.scorer = scorer
        self._loop = loop or BackgroundLoop()

    @classmethod
    def from_settings(cls, settings: RewardSettings) -> SyncScorer:
        loop = BackgroundLoop()
        return cls(loop.run(open_scorer(settings)), loop)

    def score(self, requests: Sequence[RewardRequest]) -> list[Scored]:
        return self._loop.run(self.scorer.score(requests))

    def close(self) -> None:
        self._loop.run(self.scorer.aclose())
        self._loop.close()


_configured: RewardSettings | None = None
_shared: SyncScorer | None = None
_shared_lock = threading.Lock()


def configure(settings: RewardSettings | None = None, **fields: Any) -> None:
    """Choose what the file-imported reward functions (verl, OpenRLHF) use in this process.

    Give ``RewardSettings`` or its fields (``configure(judge="openai:m@http://...")``);
    without a call they read ``SAFECOMP_*`` environment variables. A scorer built from
    earlier settings is closed.
    """
    global _configured, _shared
    chosen = (
        settings
        if settings is not None
        else validated(RewardSettings, fields, what="reward settings")
    )
    with _shared_lock:
        _configured = chosen
        previous, _shared = _shared, None
    if previous is not None:
        previous.close()


def shared_scorer() -> SyncScorer:
    """The process-wide scorer, built on first use from ``configure`` or the environment."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = SyncScorer.from_settings(_configured or RewardSettings.from_env())
        return _shared
