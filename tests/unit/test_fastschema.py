"""fastschema.construct is pydantic's model_validate for plainly valid data, and says nothing (None) otherwise.

Every content file of the sample, the test cases and the validator corpora, as is and with random small
edits (a key dropped or renamed, a value replaced, a list emptied): where construct answers, the record's
pydantic twin (pydschema.py) accepts the data and builds an equal object (same types, field order and
fields set); where pydantic rejects it, construct must not answer, so its errors (L002/L003) stay the findings.
"""

from __future__ import annotations

import copy
import random
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from csrpress import schema
from csrpress.fastschema import _model_builder, construct
from csrpress.pydschema import to_pydantic, to_record, twin
from csrpress.records import Record, records_of
from csrpress.yamlsrc import parse_yaml

REPO = Path(__file__).resolve().parents[2]
ROOTS = [REPO / "content", REPO / "tests", REPO.parent / "shared" / "validator-corpus"]
MODELS = records_of(schema)
# Every key any model declares: an edit may put one where it belongs or where it does not.
KEYS = sorted({spec.key for m in MODELS for spec in m.model_fields.values()})
REPLACEMENTS = ["", "x", "true", "false", "3", "03", "A4", "#fff", "#ggg", "bad id", "2017-03-22", "2017-03-22\n", "ÄB",
                "a" * 301, "chapters/a.yaml", "../a.yaml", "zh-Hant", "hant", "photo", "answered", None, [], {}, {"zh": "x"}]


def _same(a: Any, b: Any, at: str = "$") -> str | None:
    if type(a) is not type(b):
        return f"{at}: {type(a).__name__} != {type(b).__name__}"
    if isinstance(a, BaseModel):
        if a.__pydantic_fields_set__ != b.__pydantic_fields_set__ or list(a.__dict__) != list(b.__dict__):
            return f"{at}: fields"
        if (a.__pydantic_extra__, a.__pydantic_private__) != (b.__pydantic_extra__, b.__pydantic_private__) or a != b:
            return f"{at}: differs"
        return next((d for k in a.__dict__ if (d := _same(a.__dict__[k], b.__dict__[k], f"{at}.{k}"))), None)
    if isinstance(a, list):
        return f"{at}: length" if len(a) != len(b) else next((d for i, (x, y) in enumerate(zip(a, b)) if (d := _same(x, y, f"{at}[{i}]"))), None)
    if isinstance(a, dict):
        return f"{at}: keys" if list(a) != list(b) else next((d for k in a if (d := _same(a[k], b[k], f"{at}.{k}"))), None)
    return None if a == b else f"{at}: {a!r} != {b!r}"


def _models(path: Path, data: dict) -> list[type[Record]]:
    if path.name == "report.yaml":
        return [schema.Manifest]
    if list(data) == ["metrics"]:
        return [schema.MetricFile]
    return [schema.Chapter, schema.SectionFile]


def _files() -> list[tuple[Path, dict]]:
    found = []
    for root in ROOTS:
        for path in sorted(root.rglob("*.yaml")) if root.is_dir() else ():
            if "content" not in path.parts:
                continue
            try:
                value = parse_yaml(path.read_text(encoding="utf-8"), str(path)).value
            except (OSError, UnicodeDecodeError):
                continue
            if isinstance(value, dict):
                found.append((path, value))
    return found


def _mutated(data: dict, rng: random.Random) -> dict:
    data = copy.deepcopy(data)
    places: list[tuple[Any, Any]] = []

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            for key in list(value):
                places.append((value, key))
                walk(value[key])
        elif isinstance(value, list):
            for i, item in enumerate(value):
                places.append((value, i))
                walk(item)

    walk(data)
    if not places:
        return data
    parent, key = rng.choice(places)
    op = rng.randrange(4)
    if op == 0 and isinstance(parent, dict):
        del parent[key]
    elif op == 1 and isinstance(parent, dict):
        parent[f"{key}x"] = parent.pop(key)
    elif op == 2 and isinstance(parent[key], dict):
        parent[key][rng.choice(KEYS + ["zh_hant"])] = copy.deepcopy(rng.choice(REPLACEMENTS))
    else:
        parent[key] = copy.deepcopy(rng.choice(REPLACEMENTS))
    return data


def _compare(model: type[Record], data: dict, where: str) -> None:
    try:
        expected = twin(model).model_validate(copy.deepcopy(data))
    except ValidationError:
        expected = None
    got = construct(model, copy.deepcopy(data))
    if got is None:
        return
    assert expected is not None, f"{where}: construct accepted what pydantic rejects"
    assert _same(to_pydantic(got), expected) is None, f"{where}: {_same(to_pydantic(got), expected)}"
    assert to_record(expected) == got and model.model_validate(copy.deepcopy(data)) == got


def test_every_valid_content_file_is_built_as_pydantic_builds_it() -> None:
    files = _files()
    assert len(files) > 50
    answered = 0
    for path, data in files:
        for model in _models(path, data):
            _compare(model, data, f"{path} as {model.__name__}")
            answered += construct(model, copy.deepcopy(data)) is not None
    assert answered >= len(files) * 0.8  # it does answer: nearly every file is valid as one of its models


@pytest.mark.parametrize("seed", range(4))
def test_edited_files_are_built_as_pydantic_builds_them_or_left_to_it(seed: int) -> None:
    rng = random.Random(seed)
    for path, data in _files():
        for model in _models(path, data):
            for i in range(3):
                _compare(model, _mutated(data, rng), f"{path} as {model.__name__}, edit {seed}.{i}")


def test_a_typo_is_left_to_pydantic() -> None:
    text = {"zh": "能源", "en": "Energy"}
    assert construct(schema.Text, text) == schema.Text(zh="能源", en="Energy")
    assert construct(schema.Text, {**text, "eh": "x"}) is None  # unknown key: L003
    assert construct(schema.Text, {"en": "Energy"}) is None  # missing zh: L002
    assert construct(schema.Metric, {"id": "Bad Id", "label": text, "value": "1", "period": "2016"}) is None  # pattern
    assert construct(schema.Manifest, {"id": "r", "company": text, "title": text, "period": {"start": "a", "end": "b", "label": "c"},
                                       "date": "2017-03-22", "chapters": ["../x.yaml"]}) is None  # the field validator refuses


def test_every_model_is_read() -> None:
    """No model is left to pydantic for a declaration fastschema cannot read (a new model or constraint: extend it)."""
    for model in MODELS:
        _model_builder(model)


TEXT = {"zh": "标题"}
MANIFEST = {"id": "r", "company": TEXT, "title": TEXT, "period": {"start": "2016-01-01", "end": "2016-12-31", "label": "2016"},
            "date": "2017-03-22", "chapters": ["chapters/a.yaml"]}


@pytest.mark.parametrize("extra", [
    {}, {"design": {"fonts": {"serif": "Noto Serif SC", "latin_sans": "Source Sans 3"}}}, {"design": {"fonts": {"serif": "Bad;Font"}}},
    {"design": {"fonts": {"sans": "思源黑体"}}}, {"design": {"colors": {"primary": "#123456", "secondary": "#abc"}}},
    {"design": {"colors": {"primary": "red"}}}, {"design": {"page": "16开"}}, {"design": {"page": "A3"}},
    {"cover": {"color": "#abc", "image": "a.png", "logo": "logo.svg"}}, {"cover": {"image": {"zh": "a.png", "en": "b.png"}}},
    {"cover": {"image": ""}}, {"cover": {"color": "#abc\n"}}, {"highlights": {"page": "true", "figures": [{"m": "x"}] * 12}},
    {"highlights": {"figures": [{"m": "x"}] * 13}}, {"back_cover": {"qr": {"caption": TEXT}, "contact": {"phone": "1"}}},
    {"checks": {"N201": "off"}}, {"checks": {"N201": "loud"}}, {"script": "hant"}, {"script": "hant", "editions": ["zh"]},
    {"editions": []}, {"chapters": []}, {"metrics": ["metrics/a.yml"]}, {"metrics": ["/etc/a.yaml"]}, {"date": "2017-3-22"},
])
def test_the_manifest_is_built_as_pydantic_builds_it(extra: dict) -> None:
    _compare(schema.Manifest, {**MANIFEST, **extra}, str(extra))
