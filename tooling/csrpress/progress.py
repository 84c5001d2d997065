"""Build stage messages (the `csrpress.progress` logger) -> a live rich display on a terminal, plain lines elsewhere."""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.status import Status

STAGES = logging.getLogger("csrpress.progress")


class _LiveHandler(logging.Handler):
    """Shows the running stage with a spinner; each finished stage stays printed with its duration."""

    def __init__(self, console: Console, status: Status) -> None:
        super().__init__(logging.INFO)
        self.console = console
        self.status = status
        self.current: tuple[str, float] | None = None

    def finish(self) -> None:
        if self.current is not None:
            text, started = self.current
            self.console.print(f"[green]✓[/green] {text} [dim]({time.perf_counter() - started:.1f} s)[/dim]", highlight=False)
            self.current = None

    def emit(self, record: logging.LogRecord) -> None:
        self.finish()
        text = record.getMessage()
        self.current = (text, time.perf_counter())
        self.status.update(f"{text} …")


def plain_logging() -> None:
    """One line per stage on stderr: what CI logs and pipes get."""
    logging.basicConfig(level=logging.INFO, format="csrpress: %(message)s", stream=sys.stderr)
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)


@contextmanager
def stages(quiet: bool, stream: object = None) -> Iterator[None]:
    """Report build stages while the block runs: live on a terminal, plain lines otherwise, nothing if quiet."""
    out = stream if stream is not None else sys.stderr
    if quiet:
        yield
        return
    if not getattr(out, "isatty", lambda: False)():
        plain_logging()
        yield
        return
    console = Console(file=out)  # type: ignore[arg-type]
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    with console.status("starting …") as status:
        handler = _LiveHandler(console, status)
        STAGES.addHandler(handler)
        STAGES.setLevel(logging.INFO)
        propagate, STAGES.propagate = STAGES.propagate, False
        try:
            yield
            handler.finish()
        finally:
            STAGES.removeHandler(handler)
            STAGES.propagate = propagate
