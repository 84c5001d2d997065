"""The `csrpress` command's entry point, kept free of imports so that it acts before them."""

from __future__ import annotations

import gc
import sys


def core_command(argv: list[str]) -> bool:
    """`build` or `check`: their parser needs none of the plugin modules (importing them all
    costs a quarter of a second, openpyxl alone 0.2 s, and `check` is run dozens of times a day)."""
    rest = iter(argv)
    for arg in rest:
        if arg == "--root":
            next(rest, None)
        elif not arg.startswith("-"):
            return arg in ("build", "check")
        elif not arg.startswith("--root="):
            return False   # --help, --version: the full parser
    return False


def main() -> int:
    if core_command(sys.argv[1:]):
        # `build` and `check` are short runs that allocate heavily (imports, the loaded report, the
        # layout), and the cycle collector mostly rescans live objects (~10 % of a warm check's CPU).
        # A layout's own cyclic garbage is freed before the next layout (pdf.without_cycle_collector);
        # the rest goes when the process ends. serve and the plugins keep the collector on.
        gc.disable()
        # and every run compiles the same ~340 regular expressions (~60 ms): their code is kept per machine
        from . import rxcache

        rxcache.install()
        try:
            return _run()
        finally:
            rxcache.save()
            # The interpreter's exit still runs one full collection over every object the run made (~0.1 s of
            # a 0.55 s check of the sample, measured): nothing the run leaves needs it, the process is ending,
            # so they are moved out of its reach (atexit handlers and module teardown run as before).
            gc.freeze()
    return _run()


def _run() -> int:
    from .cli import main as run

    return run()
