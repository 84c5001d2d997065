"""The Jinja sandbox for a project's templates, with every way to make a huge string refused (R501).

Templates travel with a project, so they are untrusted like content. Jinja's SandboxedEnvironment
stops them reaching Python's internals but not exhausting memory: `{{ "x"|center(10**10) }}`,
`{{ "%*d"|format(10**10, 1) }}`, `{{ "{:>9999999999}".format(1) }}`, a `replace` or `join` whose
result multiplies its input, a string doubled in a namespace or a macro, or a loop printing a long
string a hundred thousand times, or a list of lists built from literals (each ten times the one
before) printed with `{{ }}`, `~` or a filter. Each operation that can multiply its input is checked
*before* it runs (its result's size is predicted from its arguments), and every value is weighed
(characters it would print, shared references counted each time) before it becomes text, against
one limit per result and one for the whole rendered page; an excess is a SecurityError, which
render_html reports as R501 at the template's file:line.

Not bounded here: CPU time of loops that print nothing (`{% for i in r %}{% for j in r %}{% endfor %}`
over a list made once) and deep comparisons or sorts of shared nested lists.
"""

from __future__ import annotations

import re
import types
from collections.abc import Callable, Iterable
from functools import update_wrapper
from typing import Any

from jinja2 import filters as builtin
from jinja2.compiler import CodeGenerator, Frame
from jinja2.nodes import Concat
from jinja2.sandbox import SandboxedEnvironment, SandboxedEscapeFormatter, SandboxedFormatter, SecurityError, safe_range
from markupsafe import Markup

MAX_TEMPLATE_RESULT = 10_000_000  # characters (or items) one operation in a template may make: a whole report is ~2 MB
MAX_PAGE = 100_000_000  # characters the whole rendered page may have (the sample's edition is ~0.3 MB)
MAX_RANGE_ITEMS = 1_000_000  # items all range() calls of one render may make (Jinja caps each call at 100,000)
MAX_BITS = 4_096  # bits of a `**` result
MAX_ITEMS = 1_000_000  # items (nested, shared ones counted each time) a value may have when it is printed or passed on

# A %-format conversion: width and precision are digits or `*` (taken from the arguments).
_PERCENT_SPEC = re.compile(r"%(?:\([^)]*\))?[#0 +\-]*(\*|\d+)?(?:\.(\*|\d*))?[hlL]?[a-zA-Z%]")
# The width and precision of a str.format spec (after nested fields are filled in): `>20`, `,.3f`, `010`.
_FORMAT_SPEC = re.compile(r"^(?:.?[<>=^])?[+\- ]?z?#?0?(\d*)[,_]?(?:\.(\d+))?[a-zA-Z%]?$")


def _too_large(what: str, size: int) -> SecurityError:
    return SecurityError(f"the result of {what} is too large ({size:,} characters); at most {MAX_TEMPLATE_RESULT:,}")


def _check(what: str, size: int) -> None:
    if size > MAX_TEMPLATE_RESULT:
        raise _too_large(what, size)


def weigh(value: Any, what: str = "a value") -> Any:
    """`value` itself, once the characters it would print are known to be within the limit.

    Lists, tuples, sets and dicts are walked (a shared list counts each time it is reached, as
    str() would print it); the walk stops as soon as either limit is passed, so it costs at most
    MAX_ITEMS steps. Other objects (numbers, the report's nodes) count one each.
    """
    if isinstance(value, str):
        if len(value) > MAX_TEMPLATE_RESULT:
            raise _too_large(what, len(value))
        return value
    if not isinstance(value, (list, tuple, set, frozenset, dict)):
        return value
    size, items, stack = 0, 0, [value]
    while stack:
        item = stack.pop()
        items += 1
        if isinstance(item, str):
            size += len(item)
        elif isinstance(item, dict):
            size += 2
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, (list, tuple, set, frozenset)):
            size += 2
            stack.extend(item)
        else:
            size += 1
        if size > MAX_TEMPLATE_RESULT:
            raise _too_large(what, size)
        if items > MAX_ITEMS:
            raise SecurityError(f"{what} has more than {MAX_ITEMS:,} items (nested lists repeated?)")
    return value


def _percent_widths(spec: str, args: Any) -> None:
    """`"%10000000000d" % 1`, `"%*s" % (10**10, "x")`, `"%.999999999f" % 1`: widths and precisions are bounded."""
    numbers = [a for a in (args if isinstance(args, tuple) else (args,)) if isinstance(a, int)]
    for match in _PERCENT_SPEC.finditer(spec):
        for part in match.groups():
            if part == "*":
                if any(abs(n) > MAX_TEMPLATE_RESULT for n in numbers):
                    raise SecurityError(f"a `*` width or precision over {MAX_TEMPLATE_RESULT:,} in {match.group(0)!r}")
            elif part and int(part) > MAX_TEMPLATE_RESULT:
                raise SecurityError(f"the width or precision of {match.group(0)!r} is over {MAX_TEMPLATE_RESULT:,}")


class _Bounded:
    """str.format's field formatting, with the filled-in spec's width and precision bounded."""

    def format_field(self, value: Any, format_spec: str) -> Any:
        found = _FORMAT_SPEC.match(format_spec)
        widths = [int(n) for n in (found.groups() if found else re.findall(r"\d+", format_spec)) if n]
        if any(n > MAX_TEMPLATE_RESULT for n in widths):
            raise SecurityError(f"the width or precision of the format spec {format_spec[:40]!r} is over {MAX_TEMPLATE_RESULT:,}")
        return super().format_field(value, format_spec)  # type: ignore[misc]


class _BoundedFormatter(_Bounded, SandboxedFormatter):
    pass


class _BoundedEscapeFormatter(_Bounded, SandboxedEscapeFormatter):
    pass


# ---- filters: the builtin ones, with their result's size predicted first ---------------------------------------------

def _center(value: Any, width: int = 80) -> str:
    _check("center", max(len(str(value)), width if isinstance(width, int) else 0))
    return builtin.do_center(value, width)


def _indent(s: str, width: int | str = 4, first: bool = False, blank: bool = False) -> str:
    step = len(width) if isinstance(width, str) else width if isinstance(width, int) else 0
    _check("indent", len(str(s)) + (str(s).count("\n") + 1) * max(step, 0))
    return builtin.do_indent(s, width, first, blank)


def _format(value: str, *args: Any, **kwargs: Any) -> str:
    _percent_widths(str(value), tuple(args) + tuple(kwargs.values()))
    return builtin.do_format(value, *args, **kwargs)


def _wordwrap(environment: Any, s: str, width: int = 79, break_long_words: bool = True, wrapstring: str | None = None,
              break_on_hyphens: bool = True) -> str:
    text = str(s)
    joint = len(environment.newline_sequence if wrapstring is None else str(wrapstring))
    lines = text.count("\n") + 1 + (len(text) // width if isinstance(width, int) and width > 0 else 0)
    _check("wordwrap", len(text) + lines * joint)
    return builtin.do_wordwrap(environment, s, width, break_long_words, wrapstring, break_on_hyphens)


def _truncate(env: Any, s: str, length: int = 255, killwords: bool = False, end: str = "...", leeway: int | None = None) -> str:
    # Jinja asserts these (an AssertionError is no template error): say what is wrong instead.
    if isinstance(length, int) and length < len(end):
        raise SecurityError(f"truncate: the length ({length}) is shorter than the end marker {end!r}")
    if isinstance(leeway, int) and leeway < 0:
        raise SecurityError(f"truncate: the leeway ({leeway}) is negative")
    return builtin.do_truncate(env, s, length, killwords, end, leeway)


def _replace(eval_ctx: Any, s: str, old: str, new: str, count: int | None = None) -> str:
    text, old_s, new_s = str(s), str(old), str(new)
    times = text.count(old_s)
    if isinstance(count, int) and count >= 0:
        times = min(times, count)
    _check("replace", len(text) + times * max(len(new_s) - len(old_s), 0))
    return builtin.do_replace(eval_ctx, s, old, new, count)


def _join(eval_ctx: Any, value: Iterable[Any], d: str = "", attribute: str | int | None = None) -> str:
    items = list(value)
    _check("join", max(len(items) - 1, 0) * len(str(d)))
    return builtin.sync_do_join(eval_ctx, items, d, attribute)


def _wrapped(original: Callable[..., Any], guard: Callable[..., Any] | None) -> Callable[..., Any]:
    """A filter whose arguments are weighed first, then `guard` (or the filter itself) runs; the original's
    name and pass_environment / pass_eval_context marker are kept, so Jinja passes the same arguments."""
    run = guard or original
    passes = getattr(original, "jinja_pass_arg", None)

    def filtered(*args: Any, **kwargs: Any) -> Any:
        for arg in (args[1:] if passes else args):
            weigh(arg, f"the value given to |{original.__name__}")
        for arg in kwargs.values():
            weigh(arg, f"the value given to |{original.__name__}")
        return run(*args, **kwargs)

    update_wrapper(filtered, original)
    return filtered


_GUARDED = {
    "center": _center, "indent": _indent, "format": _format, "wordwrap": _wordwrap, "truncate": _truncate,
    "replace": _replace, "join": _join,
}


class _Generator(CodeGenerator):
    """Jinja's code generator, with each operand of `~` weighed before it is joined as text
    (`~` is no binary operator the sandbox can intercept; str() of nested shared lists explodes)."""

    def visit_Concat(self, node: Concat, frame: Frame) -> None:
        if frame.eval_ctx.volatile:
            func_name = "(markup_join if context.eval_ctx.volatile else str_join)"
        elif frame.eval_ctx.autoescape:
            func_name = "markup_join"
        else:
            func_name = "str_join"
        self.write(f"{func_name}((")
        for arg in node.nodes:
            self.write("environment.weighed(")
            self.visit(arg, frame)
            self.write("), ")
        self.write("))")


class LimitedSandbox(SandboxedEnvironment):
    """The sandbox, with results that would exhaust memory refused (SecurityError, reported as R501)."""

    intercepted_binops = frozenset({"*", "**", "+", "%"})
    code_generator_class = _Generator
    weighed = staticmethod(weigh)  # called by the generated code of `~` (see _Generator)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Every filter weighs what it is given (|string, |tojson, |list of nested lists...); those that can
        # multiply their input predict their result first.
        self.filters = {name: _wrapped(f, _GUARDED.get(name)) for name, f in self.filters.items()}
        self.finalize = weigh  # what {{ }} prints
        self.range_items = 0
        self.globals["range"] = self._range

    def _range(self, *args: int) -> range:
        """Jinja's safe_range (100,000 items a call), and a budget for all calls: loops nested in loops."""
        result = safe_range(*args)
        self.range_items += len(result)
        if self.range_items > MAX_RANGE_ITEMS:
            raise SecurityError(f"range() made more than {MAX_RANGE_ITEMS:,} items in all (loops nested in loops?)")
        return result

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        weigh(left, f"the left side of `{operator}`")
        weigh(right, f"the right side of `{operator}`")
        if operator == "*":
            for seq, times in ((left, right), (right, left)):
                if isinstance(seq, (str, bytes, list, tuple)) and isinstance(times, int) and len(seq) * times > MAX_TEMPLATE_RESULT:
                    raise SecurityError(f"the result of `*` is too large ({len(seq)} x {times}); at most {MAX_TEMPLATE_RESULT:,} characters")
        elif operator == "**" and isinstance(left, int) and isinstance(right, int) and abs(left) > 1 and right * abs(left).bit_length() > MAX_BITS:
            raise SecurityError(f"the result of `**` is too large ({left} ** {right}); at most {MAX_BITS:,} bits")
        elif operator == "+" and isinstance(left, (str, bytes, list, tuple)) and isinstance(right, (str, bytes, list, tuple)):
            _check("`+`", len(left) + len(right))  # doubling in a namespace or a macro's recursion
        elif operator == "%" and isinstance(left, str):
            _percent_widths(left, right)
        return super().call_binop(context, operator, left, right)

    def getattr(self, obj: Any, attribute: str) -> Any:
        # `{% set ns.s = ns.s + ns.s %}` in a loop doubles a string each pass: the next read of ns.s is refused
        value = super().getattr(obj, attribute)
        return weigh(value, f"`.{attribute}`") if isinstance(value, str) else value

    def getitem(self, obj: Any, argument: Any) -> Any:
        value = super().getitem(obj, argument)
        return weigh(value, "an item") if isinstance(value, str) else value

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805 - Jinja's signature
        for arg in (*args, *kwargs.values()):  # a macro called with its own result doubled, recursively
            weigh(arg, "an argument")
        return super().call(__context, __obj, *args, **kwargs)

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        """Jinja's sandboxed str.format / format_map, with each field's width and precision bounded."""
        if not isinstance(value, (types.MethodType, types.BuiltinMethodType)) or value.__name__ not in ("format", "format_map"):
            return None
        f_self = value.__self__
        if not isinstance(f_self, str):
            return None
        str_type = type(f_self)
        is_map = value.__name__ == "format_map"
        formatter: SandboxedFormatter = (_BoundedEscapeFormatter(self, escape=f_self.escape) if isinstance(f_self, Markup)
                                         else _BoundedFormatter(self))

        def wrapper(*args: Any, **kwargs: Any) -> str:
            if is_map:
                if kwargs or len(args) != 1:
                    raise TypeError("format_map() takes exactly one mapping")
                kwargs, args = args[0], ()
            return str_type(formatter.vformat(f_self, args, kwargs))

        return update_wrapper(wrapper, value)

    @staticmethod
    def concat(parts: Iterable[str]) -> str:  # type: ignore[override]
        """The rendered page, refused once it passes MAX_PAGE (a loop printing a long string many times)."""
        kept: list[str] = []
        size = 0
        for part in parts:
            size += len(part)
            if size > MAX_PAGE:
                excess = SecurityError(f"the rendered page passes {MAX_PAGE:,} characters (a loop printing too much?)")
                if hasattr(parts, "throw"):  # raised where the template is paused: its traceback names the line
                    parts.throw(excess)
                raise excess
            kept.append(part)
        return "".join(kept)
