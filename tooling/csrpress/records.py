"""Immutable records declared the way pydantic models are, built without pydantic: the base of schema.py.

A `csrpress check` of valid content never needs pydantic: fastschema.py builds these records straight from
the YAML data. Importing pydantic and creating schema.py's 45 model classes was ~75 ms of a ~0.55 s check
(the command is run dozens of times a day). pydantic stays the judge of everything else: data fastschema is
not sure of is validated by a pydantic model built from the same declaration (pydschema.py, imported then),
whose errors are the L002/L003 findings, and the JSON schemas for editors come from those models too.

What schema.py uses of pydantic's API is kept with the same meaning: `Field(default, alias=, pattern=,
min_length=, max_length=)`, `Tag`, `Discriminator`, `model_validator(mode="before")`, `field_validator`,
and on the records `model_validate`, `model_construct`, `model_fields`, `model_fields_set`, `model_dump`,
`model_json_schema`, keyword construction (validated), equality, hashing and repr.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, ClassVar

_UNSET: Any = type("Unset", (), {"__repr__": lambda self: "<unset>"})()


class Field:
    """pydantic.Field's subset used by schema.py: a default, an alias, a pattern and length bounds."""

    __slots__ = ("default", "alias", "pattern", "min_length", "max_length")

    def __init__(self, default: Any = _UNSET, *, alias: str | None = None, pattern: str | None = None,
                 min_length: int | None = None, max_length: int | None = None) -> None:
        self.default, self.alias, self.pattern = default, alias, pattern
        self.min_length, self.max_length = min_length, max_length

    def given(self) -> dict[str, Any]:
        """The arguments as written (for pydantic.Field: an argument left out is not the same as None)."""
        names = ("default", "alias", "pattern", "min_length", "max_length")
        return {name: getattr(self, name) for name in names if getattr(self, name) not in (None, _UNSET)}


# Plain classes with slots, not dataclasses: each dataclass costs about a millisecond at import.


class Tag:
    """A member of a tagged union (pydantic.Tag)."""

    __slots__ = ("tag",)

    def __init__(self, tag: str) -> None:
        self.tag = tag


class Discriminator:
    """A union's function from the data to its member's Tag (pydantic.Discriminator with a callable)."""

    __slots__ = ("discriminator",)

    def __init__(self, discriminator: Callable[[Any], str | None]) -> None:
        self.discriminator = discriminator


class Validator:
    """A validator declared on a record: `before` the whole mapping, or `after` the named fields."""

    __slots__ = ("method", "mode", "fields")

    def __init__(self, method: classmethod, mode: str, fields: tuple[str, ...] = ()) -> None:  # type: ignore[type-arg]
        self.method, self.mode, self.fields = method, mode, fields


def model_validator(*, mode: str) -> Callable[[classmethod], Validator]:  # type: ignore[type-arg]
    if mode != "before":
        raise TypeError("records read only mode='before' model validators")
    return lambda method: Validator(method, "before")


def field_validator(*fields: str) -> Callable[[classmethod], Validator]:  # type: ignore[type-arg]
    return lambda method: Validator(method, "after", fields)


class FieldSpec:
    """A record's field: its name, type as written, default (_UNSET: required), alias and Field(...)."""

    __slots__ = ("name", "annotation", "default", "alias", "constraints")

    def __init__(self, name: str, annotation: Any, default: Any, alias: str | None, constraints: Field | None) -> None:
        self.name, self.annotation, self.default, self.alias, self.constraints = name, annotation, default, alias, constraints

    @property
    def key(self) -> str:
        """The key of the field in content (its alias, e.g. zh-Hant)."""
        return self.alias or self.name

    def is_required(self) -> bool:
        return self.default is _UNSET

    def get_default(self) -> Any:
        # A fresh list or dict per record, as pydantic copies mutable defaults; records are immutable, shared.
        default = self.default
        return default.copy() if type(default) in (list, dict) else default


class Record:
    """An immutable record: its fields in `__dict__`, the keys that were given in `_fields_set`."""

    __slots__ = ("__dict__", "_fields_set")
    model_fields: ClassVar[dict[str, FieldSpec]] = {}
    before: ClassVar[tuple[Validator, ...]] = ()
    after: ClassVar[tuple[Validator, ...]] = ()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        fields = dict(cls.model_fields)
        for name, annotation in vars(cls).get("__annotations__", {}).items():
            if str(annotation).startswith("ClassVar"):
                continue
            value = vars(cls).get(name, _UNSET)
            spec = value if isinstance(value, Field) else None
            default = spec.default if spec is not None else value
            fields[name] = FieldSpec(name, annotation, default, spec.alias if spec else None, spec)
            if name in vars(cls):
                delattr(cls, name)  # each record holds its own value
        cls.model_fields = fields
        validators = [(name, v) for name, v in vars(cls).items() if isinstance(v, Validator)]
        for name, validator in validators:
            setattr(cls, name, validator.method)  # still callable as cls.name(...)
        cls.before = cls.before + tuple(v for _, v in validators if v.mode == "before")
        cls.after = cls.after + tuple(v for _, v in validators if v.mode == "after")

    def __init__(self, **data: Any) -> None:
        """Validated like pydantic's constructor: keys as written in content (aliases)."""
        built = type(self).model_validate(data)
        object.__setattr__(self, "__dict__", built.__dict__)
        object.__setattr__(self, "_fields_set", built._fields_set)

    @classmethod
    def model_validate(cls, data: Any) -> Any:
        """The record of `data`, or pydantic's ValidationError (the findings of invalid content)."""
        from .fastschema import construct

        built = construct(cls, data)
        if built is None:
            from .pydschema import validate  # imports pydantic: only for data fastschema is not sure of

            built = validate(cls, data)
        return built

    @classmethod
    def model_construct(cls, **values: Any) -> Any:
        """A record of these values (by field name) and the defaults of the others, not validated (as pydantic's,
        a required field not given is left out)."""
        record = cls.__new__(cls)
        data = {name: values[name] if name in values else spec.get_default() for name, spec in cls.model_fields.items()
                if name in values or not spec.is_required()}
        object.__setattr__(record, "__dict__", data)
        object.__setattr__(record, "_fields_set", {name for name in values if name in cls.model_fields})
        return record

    @classmethod
    def model_json_schema(cls, **kwargs: Any) -> dict[str, Any]:
        from .pydschema import twin

        return twin(cls).model_json_schema(**kwargs)

    @property
    def model_fields_set(self) -> set[str]:
        """The fields the content gave (the others hold their defaults)."""
        return self._fields_set

    def model_dump(self, **kwargs: Any) -> dict[str, Any]:
        from .pydschema import to_pydantic

        return to_pydantic(self).model_dump(**kwargs)  # type: ignore[no-any-return]

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __getstate__(self) -> tuple[dict[str, Any], set[str]]:
        return self.__dict__, self._fields_set

    def __setstate__(self, state: tuple[dict[str, Any], set[str]]) -> None:
        object.__setattr__(self, "__dict__", state[0])
        object.__setattr__(self, "_fields_set", state[1])

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self.__dict__ == other.__dict__

    def __hash__(self) -> int:
        return hash((type(self), tuple(self.__dict__.values())))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())})"

    def __str__(self) -> str:
        return " ".join(f"{k}={v!r}" for k, v in self.__dict__.items())  # pydantic's str(): no class name, spaces


def annotation(cls: type[Record], name: str) -> Any:
    """The type of a field as an object: its annotation string read in the record's module."""
    written = cls.model_fields[name].annotation
    if not isinstance(written, str):
        return written
    return eval(written, vars(sys.modules[cls.__module__]))  # noqa: S307 - our own module's annotation


def records_of(module: Any) -> list[type[Record]]:
    """The record classes a module declares, in the order it declares them."""
    return [v for v in vars(module).values() if isinstance(v, type) and issubclass(v, Record) and v.__module__ == module.__name__]
