from csrpress.yamlsrc import parse_yaml


def test_scalars_stay_printed_strings():
    parsed = parse_yaml('a: 0.10\nb: 2016-09-07\nc: no\nd: "1.279亿"\n', "f.yaml")
    assert parsed.value == {"a": "0.10", "b": "2016-09-07", "c": "no", "d": "1.279亿"}
    assert parsed.diagnostics == ()


def test_positions_of_nested_nodes_are_one_based():
    text = "title:\n  zh: 你好\nblocks:\n  - text: {zh: 甲}\n  - quote:\n      text: {zh: 乙}\n"
    tree = parse_yaml(text, "c.yaml").positions
    assert str(tree.locate(("title", "zh"))) == "c.yaml:2:7"
    assert str(tree.locate(("blocks", 1, "quote", "text", "zh"))) == "c.yaml:6:18"
    # a segment that is not a YAML key (a pydantic union tag) is skipped
    assert str(tree.locate(("blocks", 1, "QuoteBlock", "quote"))) == "c.yaml:6:7"
    # a missing key falls back to the nearest ancestor
    assert str(tree.locate(("blocks", 0, "text", "en"))) == "c.yaml:4:11"


def test_offset_inside_block_scalar_maps_to_line_and_column():
    text = "text:\n  zh: |\n    第一行\n    第二行有677万人次\n"
    parsed = parse_yaml(text, "c.yaml")
    scalar = parsed.value["text"]["zh"]
    offset = scalar.index("677")
    assert str(parsed.positions.locate_in_scalar(("text", "zh"), offset, scalar)) == "c.yaml:4:9"


def test_offset_inside_flow_scalar():
    text = 'a: {zh: "共有677万人次"}\n'
    parsed = parse_yaml(text, "c.yaml")
    scalar = parsed.value["a"]["zh"]
    assert str(parsed.positions.locate_in_scalar(("a", "zh"), scalar.index("677"), scalar)) == "c.yaml:1:12"


def test_syntax_error_is_a_diagnostic_with_position():
    parsed = parse_yaml("title:\n  zh: a\n en: b\n", "bad.yaml")
    assert parsed.value is None
    (diag,) = parsed.diagnostics
    assert diag.code == "L001"
    assert diag.location is not None and diag.location.path == "bad.yaml" and diag.location.line == 3


def test_tab_indentation_gets_a_hint():
    parsed = parse_yaml("a:\n\tb: 1\n", "t.yaml")
    (diag,) = parsed.diagnostics
    assert diag.code == "L001" and "tab" in (diag.hint or "")


def test_duplicate_keys_are_reported_not_overwritten():
    parsed = parse_yaml("id: a\nid: b\n", "d.yaml")
    assert parsed.value == {"id": "a"}
    (diag,) = parsed.diagnostics
    assert diag.code == "L006" and str(diag.location) == "d.yaml:2:1"


def test_alias_bomb_is_refused():
    bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    for i in range(1, 8):
        bomb += f"a{i}: &a{i} [*a{'' if i == 1 else i - 1}, *a{'' if i == 1 else i - 1}, *a{'' if i == 1 else i - 1}, *a{'' if i == 1 else i - 1}, *a{'' if i == 1 else i - 1}, *a{'' if i == 1 else i - 1}, *a{'' if i == 1 else i - 1}, *a{'' if i == 1 else i - 1}, *a{'' if i == 1 else i - 1}, *a{'' if i == 1 else i - 1}]\n"
    parsed = parse_yaml(bomb, "b.yaml")
    assert parsed.value is None
    assert parsed.diagnostics[0].code == "L001"


def test_the_anchor_prefilter_is_the_yaml_anchor_rule():
    """_may_anchor looks at each `&` in place; it must say what the rule as a regex says (an anchor after a
    line start, whitespace of any script or [{,: and followed by a name character), or aliases go unchecked."""
    import random
    import re

    from csrpress.yamlsrc import _may_anchor

    rule = re.compile(r"(?:^|[\s\[{,:])&[^\s\[\]{},]", re.M)
    rng = random.Random(7)
    alphabet = ["&", " ", "\n", "\r", "\t", "\u3000", "\x85", "a", "研", "[", "]", "{", "}", ",", ":", "*"]
    for _ in range(50_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(8)))
        assert _may_anchor(text) == bool(rule.search(text)), repr(text)
    assert _may_anchor("base: &b {x: 1}") and not _may_anchor("R&D 研发 & 创新")


def test_the_composer_builds_what_yamls_base_loader_builds():
    """yamlsrc's libyaml composer skips BaseLoader's resolver calls: the node trees (tags included) are the same."""
    from pathlib import Path

    import yaml

    from csrpress.yamlsrc import _compose_fast

    root = Path(__file__).resolve().parents[2] / "content"
    texts = [p.read_text(encoding="utf-8") for p in sorted(root.rglob("*.yaml"))]
    texts += ["a: &x [1, {b: !!str 2, c: ~}]\nd: *x\ne: !custom 3\n? [k]\n: v\n"]
    for text in texts:
        assert repr(_compose_fast(text)) == repr(yaml.compose(text, Loader=yaml.BaseLoader))
