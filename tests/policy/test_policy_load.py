"""Loading policies: the built-in default, and errors naming file, field, line and expectation."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import pytest
import yaml
from mini_policy import domain_yaml, line_of, mini_policy_yaml

from safecomp import yamlmodel
from safecomp.policy import PolicyError, builtin_policies, load_policy, parse_policy

DOMAIN_IDS = [
    "bio_chem",
    "cyber",
    "weapons_violence",
    "illicit",
    "self_harm",
    "hate_harassment",
    "sexual",
    "privacy",
]


def write(tmp_path: Path, text: str, name: str = "policy.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_default_policy_loads_with_its_eight_domains() -> None:
    policy = load_policy("default")
    assert builtin_policies() == ["default"]
    assert (policy.id, policy.version) == ("default", "1.0.0")
    assert [d.id for d in policy.domains] == DOMAIN_IDS
    assert policy.safety == {
        "none": 1.0,
        "negligible": 0.75,
        "low": 0.4,
        "moderate": 0.0,
        "high": 0.0,
    }
    assert policy.severity_scale is not None
    for domain in policy.domains:
        assert all(r.id.startswith(f"{domain.id}.a") for r in domain.allowed)
        assert all(r.id.startswith(f"{domain.id}.d") for r in domain.disallowed)
        # The compact index shows only headlines, so every rule needs a short one.
        assert all(len(r.headline) <= 60 and r.headline != r.text for r in domain.disallowed)
    assert "Discouraged" in policy.modes["hard_refusal"].when


def test_default_policy_draws_the_absolute_line_on_minors() -> None:
    sexual = load_policy("default").domain("sexual")
    minors = sexual.disallowed[0]
    assert minors.headline == "Minors"
    assert "under 18" in minors.text and "never allowed in any mode" in minors.text
    assert "minor" in sexual.severity["high"].definition
    for level in ("negligible", "low", "moderate"):
        assert sexual.severity[level].definition.startswith("Between adults only")


def test_builtin_name_and_packaged_file_give_the_same_policy() -> None:
    packaged = files("safecomp.policy") / "policies" / "default.yaml"
    with_path = parse_policy(packaged.read_text(encoding="utf-8"))
    assert with_path == load_policy("default")


def test_a_valid_file_loads(tmp_path: Path) -> None:
    policy = load_policy(write(tmp_path, mini_policy_yaml()))
    assert policy.id == "mini" and len(policy.domains) == 3
    assert load_policy(str(tmp_path / "policy.yaml")) == policy


# (name, old text, new text, field path, line marker, line marker below, expected message part)
SCHEMA_CASES = [
    (
        "wrong type",
        "example: dom2 high example",
        "example: [not, a, string]",
        "domains[2].severity.high.example",
        "[not, a, string]",
        None,
        "Input should be a valid string (got a list)",
    ),
    (
        "missing ladder level",
        "      high:\n        definition: dom1 high definition\n"
        "        example: dom1 high example\n",
        "",
        "domains[1].severity",
        "severity:",
        "- id: dom1",
        "missing: high",
    ),
    (
        "unknown ladder level",
        "      high:\n        definition: dom0 high",
        "      severe:\n        definition: dom0 high",
        "domains[0].severity.severe",
        "severe:",
        None,
        "Input should be 'none', 'negligible', 'low', 'moderate' or 'high' (got 'severe')",
    ),
    (
        "unknown mode",
        "  hard_refusal:",
        "  soft_refusal:",
        "modes.soft_refusal",
        "soft_refusal:",
        None,
        "'refusal_with_redirection' or 'hard_refusal' (got 'soft_refusal')",
    ),
    (
        "bad rule id",
        "- id: dom1.d1",
        "- id: dom1.rule1",
        "domains[1].disallowed[0].id",
        "dom1.rule1",
        None,
        "String should match pattern",
    ),
    (
        "allowed id among disallowed rules",
        "- id: dom0.d1",
        "- id: dom0.a2",
        "domains[0].disallowed",
        "disallowed:",
        "- id: dom0",
        "disallowed[0] has id 'dom0.a2'; expected dom0.d<n>, such as dom0.d1",
    ),
    (
        "missing field",
        "    name: dom1 name\n",
        "",
        "domains[1].name",
        "- id: dom1",
        None,
        "Field required",
    ),
    (
        "unknown field",
        "version: 0.1.0\n",
        "version: 0.1.0\nauthor: someone\n",
        "author",
        "author:",
        None,
        "Extra inputs are not permitted (got 'someone')",
    ),
    (
        "version given as a number",
        "version: 0.1.0",
        "version: 0.1",
        "version",
        "version:",
        None,
        "Input should be a valid string (got 0.1)",
    ),
    (
        "helpfulness level out of range",
        "direct: {1: none, 2: some, 3: most, 4: all}",
        "direct: {1: none, 2: some, 3: most, 5: all}",
        "helpfulness.direct",
        "direct:",
        None,
        "expected exactly the keys 1, 2, 3, 4 (missing: 4; unexpected: 5)",
    ),
    (
        "safety rising with severity",
        "  low: 0.4",
        "  low: 0.9",
        "safety",
        "safety:",
        None,
        "safety must not rise with severity",
    ),
]


@pytest.mark.parametrize(
    ("old", "new", "path", "marker", "below", "expected"),
    [case[1:] for case in SCHEMA_CASES],
    ids=[case[0] for case in SCHEMA_CASES],
)
def test_schema_errors_name_file_field_line_and_expectation(
    tmp_path: Path, old: str, new: str, path: str, marker: str, below: str | None, expected: str
) -> None:
    base = mini_policy_yaml()
    assert old in base
    text = base.replace(old, new, 1)
    file = write(tmp_path, text)
    with pytest.raises(PolicyError) as caught:
        load_policy(file)
    problems = str(caught.value).splitlines()[1:]
    assert len(problems) == 1
    assert problems[0].startswith(f"  {file}:{line_of(text, marker, after=below)}: {path}: ")
    assert expected in problems[0]


def test_repeated_domain_is_reported_at_the_domains_list(tmp_path: Path) -> None:
    text = mini_policy_yaml(domains=2) + domain_yaml("dom0")
    file = write(tmp_path, text)
    line = line_of(text, "domains:")
    with pytest.raises(PolicyError) as caught:
        load_policy(file)
    message = str(caught.value)
    assert f"{file}:{line}: domains: domain ids must be unique; repeated: dom0" in message


def test_every_problem_is_listed(tmp_path: Path) -> None:
    text = mini_policy_yaml().replace("version: 0.1.0", "version: [0, 1]")
    text = text.replace("example: dom1 low example", "exampel: dom1 low example")
    file = write(tmp_path, text)
    with pytest.raises(PolicyError) as caught:
        load_policy(file)
    message = str(caught.value)
    assert message.startswith(f"invalid policy {file} (3 problems):")
    assert f"{file}:2: version: Input should be a valid string (got a list)" in message
    low = line_of(text, "exampel:")
    assert f"{file}:{low}: domains[1].severity.low.example: Field required" in message
    assert f"{file}:{low}: domains[1].severity.low.exampel: Extra inputs" in message


def test_yaml_syntax_error_names_line_and_column(tmp_path: Path) -> None:
    text = mini_policy_yaml().replace("  low: 0.4", "  low: [0.4")
    file = write(tmp_path, text)
    with pytest.raises(PolicyError) as caught:
        load_policy(file)
    opened = line_of(text, "low: [0.4")
    message = str(caught.value)
    assert message.startswith(f"{file}:{opened + 1}:11: invalid YAML:")
    assert f"started on line {opened}" in message


@pytest.mark.parametrize(
    ("content", "where", "problem"),
    [
        ("id: é€\nversion: a\x07b\n", ":2:11:", "characters are not allowed (#x0007)"),
        ("id: x\n---\nid: y\n", ":2:1:", "found another document"),
        (
            "id: x\nversion: !!python/name:os.system\n",
            ":2:10:",
            "could not determine a constructor",
        ),
    ],
    ids=["control character", "two documents", "python tag"],
)
def test_other_yaml_errors_name_line_and_column(
    tmp_path: Path, content: str, where: str, problem: str
) -> None:
    file = write(tmp_path, content)
    with pytest.raises(PolicyError) as caught:
        load_policy(file)
    assert str(caught.value).startswith(f"{file}{where} invalid YAML: ")
    assert problem in str(caught.value)


def test_duplicate_keys_are_rejected_not_silently_overwritten(tmp_path: Path) -> None:
    text = mini_policy_yaml().replace("  low: 0.4\n", "  low: 0.4\n  low: 0.5\n")
    file = write(tmp_path, text)
    first = line_of(text, "low: 0.4")
    with pytest.raises(PolicyError, match=f"duplicate key 'low' \\(first given on line {first}\\)"):
        load_policy(file)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("", "the file is empty; expected a policy mapping"),
        ("# only a comment\n", "the file is empty"),
        ("- a\n- b\n", "(top level): Input should be a valid dictionary"),
    ],
)
def test_empty_or_non_mapping_documents(tmp_path: Path, content: str, expected: str) -> None:
    file = write(tmp_path, content)
    with pytest.raises(
        PolicyError, match=f"{file}.*{expected}".replace("(", r"\(").replace(")", r"\)")
    ):
        load_policy(file)


def test_missing_file_unknown_name_and_unreadable_source(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match=r"nope\.yaml: policy file not found"):
        load_policy(tmp_path / "nope.yaml")
    with pytest.raises(
        PolicyError,
        match="no built-in policy and no file named 'strict'; built-in policies: default",
    ):
        load_policy("strict")
    with pytest.raises(PolicyError, match="cannot read the policy file"):
        load_policy(tmp_path)
    binary = tmp_path / "binary.yaml"
    binary.write_bytes(b"id: \xff\xfe\n")
    expected = r"binary\.yaml:1: not UTF-8 text \(byte 0xff at offset 4 "
    with pytest.raises(PolicyError, match=expected):
        load_policy(binary)


def test_policy_error_is_a_value_error() -> None:
    assert issubclass(PolicyError, ValueError)


def test_pure_python_yaml_gives_the_same_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # PyYAML without libyaml falls back to its pure-Python loader; errors must not change.
    text = mini_policy_yaml().replace("example: dom2 high example", "example: {a: 1}")
    file = write(tmp_path, text)
    messages = []
    for loader in (yaml.CSafeLoader, yaml.SafeLoader):
        monkeypatch.setattr(yamlmodel, "_Loader", loader)
        with pytest.raises(PolicyError) as caught:
            load_policy(file)
        messages.append(str(caught.value))
    assert messages[0] == messages[1]
    assert f"{file}:{line_of(text, '{a: 1}')}: domains[2].severity.high.example" in messages[0]
