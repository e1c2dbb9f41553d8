"""Shards split a suite disjointly and completely, the same way every time, groups together."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from safecomp.data.schema import PromptItem
from safecomp.data.suites import load_suite
from safecomp.runs.shard import Shard, shard_of

ids = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=12
)
items_strategy = st.lists(
    st.builds(
        lambda id_, group: PromptItem(id=id_, prompt="p", group=group),
        ids,
        st.one_of(st.none(), st.sampled_from(["g1", "g2", "g3", "g4"])),
    ),
    max_size=40,
    unique_by=lambda item: item.id,
)


@given(items=items_strategy, count=st.integers(min_value=1, max_value=7))
def test_shards_are_disjoint_complete_and_keep_groups(items: list[PromptItem], count: int) -> None:
    shards = [list(Shard(i, count).select(items)) for i in range(1, count + 1)]
    seen = [item.id for shard in shards for item in shard]
    assert sorted(seen) == sorted(item.id for item in items)  # complete and disjoint
    for shard in shards:  # original order kept within a shard
        assert shard == [item for item in items if item in shard]
    group_shard: dict[str, int] = {}
    for index, shard in enumerate(shards, start=1):
        for item in shard:
            if item.group is not None:
                assert group_shard.setdefault(item.group, index) == index


def test_split_is_stable_across_runs() -> None:
    # Pinned values: a change in the hash would silently reshuffle shards of existing runs.
    items = [PromptItem(id=f"p{i}", prompt="x") for i in range(6)]
    assert [shard_of(item, 3) for item in items] == [
        shard_of(item, 3) for item in [PromptItem(id=f"p{i}", prompt="y") for i in range(6)]
    ]
    assert [shard_of(item, 3) for item in items] == [2, 3, 1, 1, 1, 1]


def test_quickstart_groups_land_in_one_shard_and_shards_are_not_empty() -> None:
    items = load_suite("quickstart")
    shards = [list(Shard(i, 4).select(items)) for i in range(1, 5)]
    assert all(shards)
    for shard in shards:
        groups = {item.group for item in shard} - {None}
        assert all(item in shard for item in items if item.group in groups), (
            "a group was split across shards"
        )


def test_parse() -> None:
    assert Shard.parse("2/4") == Shard(2, 4)
    assert Shard.parse(" 1 / 1 ") == Shard(1, 1)
    assert str(Shard(3, 8)) == "3/8"


@pytest.mark.parametrize("text", ["0/4", "5/4", "1/0", "a/b", "2", "-1/3", "1/2/3"])
def test_parse_rejects_bad_shards(text: str) -> None:
    with pytest.raises(ValueError, match="bad shard"):
        Shard.parse(text)
