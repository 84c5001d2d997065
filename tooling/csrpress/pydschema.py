"""schema.py's records as pydantic models ("twins"), built from the same declarations when first needed.

Only data that fastschema.py is not sure of (in practice: invalid content) and the editors' JSON schemas
(schemagen.py) need pydantic; a check of valid content never imports this module (records.py says why).
A twin has the record's name, fields, aliases, defaults, constraints, validators and docstring, so its
errors (L002/L003) and its JSON schema are those of the pydantic model schema.py used to declare.
"""

from __future__ import annotations

import sys
import types
from typing import Annotated, Any, ForwardRef, Literal, Union, get_args, get_origin

import pydantic
from pydantic import BaseModel, ConfigDict

from . import records, schema


class _Strict(BaseModel):
    # defer_build: a twin's validator is built when it first validates (most twins never do)
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


_TWINS: dict[type[records.Record], type[BaseModel]] = {}
_RECORDS: dict[type[BaseModel], type[records.Record]] = {}


def twin(cls: type[records.Record]) -> type[BaseModel]:
    """The pydantic model of a record class."""
    if not _TWINS:
        _build_all()
    return _TWINS[cls]


def validate(cls: type[records.Record], data: Any) -> Any:
    """pydantic's model_validate(data) as a record; raises pydantic.ValidationError (the findings)."""
    return to_record(twin(cls).model_validate(_as_pydantic(data)))


def to_pydantic(record: records.Record) -> BaseModel:
    """The twin instance of a record (same values, same fields set), built without validating."""
    model = twin(type(record))
    obj = model.__new__(model)
    object.__setattr__(obj, "__dict__", {name: _as_pydantic(value) for name, value in record.__dict__.items()})
    object.__setattr__(obj, "__pydantic_fields_set__", set(record.model_fields_set))
    object.__setattr__(obj, "__pydantic_extra__", None)
    object.__setattr__(obj, "__pydantic_private__", None)
    return obj


def to_record(value: Any) -> Any:
    """A validated twin instance (or a list or dict of them) as records."""
    if isinstance(value, BaseModel):
        cls = _RECORDS[type(value)]
        record = cls.__new__(cls)
        object.__setattr__(record, "__dict__", {name: to_record(v) for name, v in value.__dict__.items()})
        object.__setattr__(record, "_fields_set", set(value.__pydantic_fields_set__))
        return record
    if type(value) is list:
        return [to_record(v) for v in value]
    if type(value) is dict:
        return {k: to_record(v) for k, v in value.items()}
    return value


def _as_pydantic(value: Any) -> Any:
    # Records given as data (`Metric(label=Text(...))`) are passed to pydantic as their twins, which it accepts as they are.
    if isinstance(value, records.Record):
        return to_pydantic(value)
    if type(value) is list:
        return [_as_pydantic(v) for v in value]
    if type(value) is dict:
        return {k: _as_pydantic(v) for k, v in value.items()}
    return value


def _build_all() -> None:
    # In declaration order: a default such as `Contact.model_construct()` is of a class declared earlier.
    # Types name other twins by ForwardRef, resolved in this module's namespace when a twin is first built.
    module = vars(sys.modules[__name__])
    for cls in records.records_of(schema):
        fields: dict[str, Any] = {}
        for name, spec in cls.model_fields.items():
            given = spec.constraints.given() if spec.constraints is not None else {}
            given.pop("default", None)
            default = _as_pydantic(spec.default) if not spec.is_required() else ...
            fields[name] = (_type(records.annotation(cls, name)), pydantic.Field(default, **given))
        validators: dict[str, Any] = {}
        for i, v in enumerate(cls.before):
            validators[f"_before_{i}"] = pydantic.model_validator(mode="before")(v.method)
        for i, v in enumerate(cls.after):
            validators[f"_after_{i}"] = pydantic.field_validator(*v.fields)(v.method)
        model = pydantic.create_model(cls.__name__, __base__=_Strict, __module__=__name__, __doc__=cls.__doc__,
                                      __validators__=validators, **fields)
        _TWINS[cls] = model
        _RECORDS[model] = cls
        module[cls.__name__] = model


def _type(tp: Any) -> Any:
    """A record's field type with pydantic's markers and twins in place of records.py's and records."""
    if isinstance(tp, type) and issubclass(tp, records.Record):
        return ForwardRef(tp.__name__)
    if isinstance(tp, ForwardRef | str):
        return ForwardRef(tp if isinstance(tp, str) else tp.__forward_arg__)
    origin = get_origin(tp)
    if origin is Annotated:
        inner, *extra = get_args(tp)
        return Annotated[(_type(inner), *(_marker(m) for m in extra))]  # type: ignore[return-value]
    if origin in (Union, types.UnionType):
        return Union[tuple(_type(a) for a in get_args(tp))]  # type: ignore[return-value]
    if origin is list:
        return list[_type(get_args(tp)[0])]  # type: ignore[misc]
    if origin is dict:
        key, value = get_args(tp)
        return dict[_type(key), _type(value)]  # type: ignore[misc]
    if origin is Literal or tp in (str, int, bool, type(None)):
        return tp
    raise TypeError(f"pydschema does not read the type {tp!r}")


def _marker(item: Any) -> Any:
    if isinstance(item, records.Field):
        return pydantic.Field(**item.given())
    if isinstance(item, records.Tag):
        return pydantic.Tag(item.tag)
    if isinstance(item, records.Discriminator):
        return pydantic.Discriminator(item.discriminator)
    raise TypeError(f"pydschema does not read the marker {item!r}")

