"""schema.py's records keep the pydantic API the rest of csrpress uses (records.py): validated keyword
construction, immutability, fields set, dumps and pickles, and an equal pydantic twin both ways."""

from __future__ import annotations

import pickle

import pytest
from pydantic import ValidationError

from csrpress import schema
from csrpress.pydschema import to_pydantic, to_record, twin


def test_keyword_construction_is_validated() -> None:
    text = schema.Text(zh="能源", **{"zh-Hant": "能源"})
    assert (text.zh, text.en, text.zh_hant) == ("能源", None, "能源") and text.model_fields_set == {"zh", "zh_hant"}
    with pytest.raises(ValidationError):
        schema.Text(en="Energy")  # zh is required
    with pytest.raises(ValidationError):
        schema.Metric(id="Bad Id", label=text, value="1", period="2016")  # the id pattern
    metric = schema.Metric(id="energy.2016", label=text, value="1", period="2016")  # a record inside is accepted
    assert metric.label == text and isinstance(metric.label, schema.Text)


def test_records_are_immutable_and_hashable_by_value() -> None:
    text = schema.Text(zh="能源")
    with pytest.raises(AttributeError):
        text.zh = "水"  # type: ignore[misc]
    assert text == schema.Text(zh="能源") and hash(text) == hash(schema.Text(zh="能源")) and text != schema.Text(zh="水")
    assert repr(text) == "Text(zh='能源', en=None, zh_hant=None, zh_hans=None)"  # pydantic's repr and str
    assert str(text) == str(to_pydantic(text)) == "zh='能源' en=None zh_hant=None zh_hans=None"


def test_defaults_are_fresh_and_unset() -> None:
    a, b = schema.Cover.model_construct(), schema.Manifest.model_construct()
    assert a.color == "#1b6ec2" and a.model_fields_set == set() and b.metrics == [] and b.metrics is not schema.Manifest.model_construct().metrics
    assert "chapters" not in vars(b)  # required: left out, as pydantic's model_construct does


def test_dump_pickle_and_twin_round_trip() -> None:
    metric = schema.Metric.model_validate({"id": "a.b", "label": {"zh": "甲", "en": "A"}, "value": "1.5", "period": "2016",
                                           "aliases": ["甲乙"]})
    assert metric.model_dump(by_alias=True, exclude_defaults=True) == {
        "id": "a.b", "label": {"zh": "甲", "en": "A"}, "value": "1.5", "period": "2016", "aliases": ["甲乙"]}
    assert pickle.loads(pickle.dumps(metric)) == metric
    pyd = to_pydantic(metric)
    assert type(pyd) is twin(schema.Metric) and to_record(pyd) == metric
    assert twin(schema.Metric).model_validate(pyd.model_dump(by_alias=True)) == pyd
