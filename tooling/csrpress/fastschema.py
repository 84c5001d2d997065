"""A content file's data -> its schema.py record, when the data is plainly valid, without pydantic.

schema.py's models are records (records.py): content is almost always valid, and the loader gives only
str, list and dict (yamlsrc), so this module reads the records' declarations (types, aliases, defaults,
patterns, lengths, validators) and builds them directly. It answers only when sure: anything it does not
recognise, any key it does not know, any value that fails a constraint, returns None, and the caller
validates with the record's pydantic twin (pydschema.py), whose errors are the findings (L002/L003). So it
never decides what is an error; it only skips pydantic (its import and its validators) for data that has none.
"""

from __future__ import annotations

import re
import sys
import types
from collections.abc import Callable
from typing import Annotated, Any, ForwardRef, Literal, Union, get_args, get_origin

from . import records
from .records import Discriminator, Record, Tag


class _Unsure(Exception):
    """The data may be invalid, or is of a form this module does not read: ask pydantic."""


Build = Callable[[Any], Any]
_BUILDERS: dict[type, Build] = {}


def construct(model: type[Record], data: Any) -> Any | None:
    """The record pydantic's model_validate(data) would give, or None (then ask pydantic)."""
    try:
        return _model(model)(data)
    except _Unsure:
        return None
    except Exception:  # noqa: BLE001 - a declaration this module does not read (TypeError), or a bug: pydantic decides
        return None


def _model(cls: type[Record]) -> Build:
    built = _BUILDERS.get(cls)
    if built is None:
        try:
            built = _model_builder(cls)
        except TypeError:
            built = _declined  # not read here: always pydantic's
        _BUILDERS[cls] = built
    return built


def _declined(value: Any) -> Any:
    raise _Unsure


def _model_builder(cls: type[Record]) -> Build:
    if not (isinstance(cls, type) and issubclass(cls, Record)):
        raise TypeError(f"fastschema reads records, not {cls!r}")
    before = [v.method.__get__(None, cls) for v in cls.before]  # the classmethods, bound
    after: dict[str, list[Callable[[Any], Any]]] = {}
    for v in cls.after:
        for field in v.fields:
            after.setdefault(field, []).append(v.method.__get__(None, cls))
    namespace = vars(sys.modules[cls.__module__])
    # (key in content, field name, builder, has default, field spec)
    fields: list[tuple[str, str, Build, bool, records.FieldSpec]] = []
    for name, spec in cls.model_fields.items():
        metadata = [spec.constraints] if spec.constraints is not None else []
        fields.append((spec.key, name, _builder(records.annotation(cls, name), metadata, namespace), not spec.is_required(), spec))
    keys = frozenset(key for key, *_ in fields)
    new = cls.__new__
    setattr_ = object.__setattr__

    def build(data: Any) -> Any:
        if type(data) is not dict:
            raise _Unsure
        for validator in before:
            data = validator(data)
            if type(data) is not dict:
                raise _Unsure
        if not keys.issuperset(data):
            raise _Unsure  # an unknown key (extra="forbid"): L003
        values: dict[str, Any] = {}
        given: set[str] = set()
        for key, name, make, optional, spec in fields:
            if key in data:
                value = make(data[key])
                for validator in after.get(name, ()):
                    try:
                        value = validator(value)
                    except (ValueError, AssertionError):
                        raise _Unsure from None
                values[name] = value
                given.add(name)
            elif optional:
                values[name] = spec.get_default()
            else:
                raise _Unsure  # a missing required key: L002
        obj = new(cls)
        setattr_(obj, "__dict__", values)
        setattr_(obj, "_fields_set", given)
        return obj

    return build


def _constraints(metadata: list[Any]) -> tuple[str | None, int | None, int | None]:
    """(pattern, min_length, max_length) of a field's metadata; anything else is not read here."""
    pattern = low = high = None
    for item in metadata:
        if isinstance(item, records.Field):
            pattern = item.pattern if item.pattern is not None else pattern
            low = item.min_length if item.min_length is not None else low
            high = item.max_length if item.max_length is not None else high
        elif isinstance(item, Tag | Discriminator):
            continue  # read by the union
        else:
            raise TypeError(f"fastschema does not read the constraint {item!r}")
    return pattern, low, high


def _sized(build: Build, low: int | None, high: int | None) -> Build:
    if low is None and high is None:
        return build
    low_, high_ = low or 0, high if high is not None else sys.maxsize

    def sized(value: Any) -> Any:
        result = build(value)
        if not low_ <= len(result) <= high_:
            raise _Unsure
        return result

    return sized


def _builder(tp: Any, metadata: list[Any], namespace: dict[str, Any]) -> Build:
    if isinstance(tp, ForwardRef):  # "Section" inside SectionEntry, declared before Section: read when first used
        return _later(tp.__forward_arg__, metadata, namespace)
    origin = get_origin(tp)
    if origin is Annotated:
        inner, *extra = get_args(tp)
        discriminator = [m for m in extra if isinstance(m, Discriminator)]
        if discriminator:
            return _tagged(inner, discriminator[0], metadata + [m for m in extra if not isinstance(m, Discriminator)], namespace)
        return _builder(inner, metadata + list(extra), namespace)
    pattern, low, high = _constraints(metadata)
    constrained = pattern is not None or low is not None or high is not None
    if origin in (Union, types.UnionType):
        args = get_args(tp)
        if constrained:
            # `str | None = Field(pattern=...)`: pydantic applies the field's constraints to the one type beside None
            others = [a for a in args if a is not type(None)]
            if len(others) != 1 or len(args) != 2:
                raise TypeError(f"fastschema: constraints on {tp!r}")
            return _union([_builder(others[0], metadata, namespace), _none])
        return _union([_builder(arg, [], namespace) for arg in args])
    if tp is str:
        return _string(pattern, low, high)
    if pattern is not None:
        raise TypeError(f"fastschema: a pattern on {tp!r}")
    if origin is list:
        (item,) = get_args(tp)
        return _sized(_list(_builder(item, [], namespace)), low, high)
    if origin is dict:
        key, value = get_args(tp)
        if key is not str:
            raise TypeError(f"fastschema: {tp!r}")
        return _sized(_dict(_builder(value, [], namespace)), low, high)
    if constrained:
        raise TypeError(f"fastschema: a length on {tp!r}")  # pydantic's meaning of it on a bool, a number or a model is not read here
    if tp is bool:
        return _bool
    if tp is int:
        return _int
    if tp is type(None):
        return _none
    if origin is Literal:
        return _literal(get_args(tp))
    if isinstance(tp, type) and issubclass(tp, Record):
        return lambda value: _model(tp)(value)
    raise TypeError(f"fastschema does not read the type {tp!r}")


def _string(pattern: str | None, low: int | None, high: int | None) -> Build:
    # pydantic matches patterns with Rust's regex engine: for ASCII text without a line break Python's `re`
    # agrees with it on these patterns; anything else is left to pydantic.
    regex = re.compile(pattern) if pattern is not None else None
    low_, high_ = low or 0, high if high is not None else sys.maxsize

    def string(value: Any) -> str:
        if type(value) is not str or not low_ <= len(value) <= high_:
            raise _Unsure
        if regex is not None and not (value.isascii() and "\n" not in value and regex.search(value)):
            raise _Unsure
        return value

    return string


def _bool(value: Any) -> bool:
    if value is True or value is False:
        return value
    if value == "true" and type(value) is str:
        return True
    if value == "false" and type(value) is str:
        return False
    raise _Unsure


_DIGITS = re.compile(r"(?:0|[1-9][0-9]{0,8})")


def _int(value: Any) -> int:
    if type(value) is int:
        return value
    if type(value) is str and _DIGITS.fullmatch(value):
        return int(value)
    raise _Unsure


def _none(value: Any) -> None:
    if value is not None:
        raise _Unsure


def _literal(allowed: tuple[Any, ...]) -> Build:
    if not all(type(a) is str for a in allowed):
        raise TypeError(f"fastschema: Literal{list(allowed)!r}")
    choices = frozenset(allowed)

    def literal(value: Any) -> str:
        if type(value) is not str or value not in choices:
            raise _Unsure
        return value

    return literal


def _list(item: Build) -> Build:
    def build(value: Any) -> list[Any]:
        if type(value) is not list:
            raise _Unsure
        return [item(v) for v in value]

    return build


def _dict(item: Build) -> Build:
    def build(value: Any) -> dict[str, Any]:
        if type(value) is not dict or not all(type(k) is str for k in value):
            raise _Unsure
        return {k: item(v) for k, v in value.items()}

    return build


def _union(members: list[Build]) -> Build:
    """A smart union: the one member the value fits; none or several (pydantic would choose) is unsure."""
    def union(value: Any) -> Any:
        found: list[Any] = []
        for member in members:
            try:
                found.append(member(value))
            except _Unsure:
                continue
        if len(found) != 1:
            raise _Unsure
        return found[0]

    return union


def _later(name: str, metadata: list[Any], namespace: dict[str, Any]) -> Build:
    built: list[Build] = []

    def later(value: Any) -> Any:
        if not built:
            built.append(_builder(eval(name, namespace), metadata, namespace))  # noqa: S307 - a name of our own module
        return built[0](value)

    return later


def _tagged(union: Any, discriminator: Discriminator, metadata: list[Any], namespace: dict[str, Any]) -> Build:
    """A union with a callable discriminator and each member Annotated with its Tag."""
    if get_origin(union) not in (Union, types.UnionType) or not callable(discriminator.discriminator):
        raise TypeError(f"fastschema: {union!r}")
    tag_of = discriminator.discriminator
    members: dict[str, Any] = {}
    for arg in get_args(union):
        if get_origin(arg) is not Annotated:
            raise TypeError(f"fastschema: untagged {arg!r}")
        inner, *extra = get_args(arg)
        tags = [m.tag for m in extra if isinstance(m, Tag)]
        if len(tags) != 1:
            raise TypeError(f"fastschema: {arg!r}")
        members[tags[0]] = (inner, [m for m in extra if not isinstance(m, Tag)])
    built = {tag: _builder(inner, extra, namespace) for tag, (inner, extra) in members.items()}

    _, low, high = _constraints(metadata)

    def tagged(value: Any) -> Any:
        tag = tag_of(value)
        if tag is None or tag not in members:
            raise _Unsure
        return built[tag](value)

    return _sized(tagged, low, high)
