"""Layout workers die with the build that started them.

A worker is a separate process: if the build is killed (SIGKILL, SIGTERM, a closed terminal) it
would go on laying out and writing a PDF nobody asked for, holding 100-250 MB. On Linux the kernel
sends the worker SIGKILL when its parent dies (PR_SET_PDEATHSIG); elsewhere, and for a parent that
died before the worker got this far, a daemon thread notices the worker has been re-parented.
"""

from __future__ import annotations

import os
import signal
import sys
import threading

_PR_SET_PDEATHSIG = 1
_POLL_SECONDS = 0.5


def die_with_parent(parent: int) -> None:
    """A worker initializer: end this process as soon as `parent` (the build's pid) is gone."""
    if sys.platform.startswith("linux"):
        # imported here: ctypes.util pulls in subprocess and shutil (~10 ms), and every `csrpress check`
        # imports this module (checks/parallel.py) although only a large report forks a child
        import ctypes
        import ctypes.util

        try:
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass  # no prctl: the thread below still ends the worker, within half a second
    if os.getppid() != parent:
        os._exit(1)  # the parent died before the signal was asked for
    threading.Thread(target=_watch, args=(parent,), name="csrpress-lifeline", daemon=True).start()


def _watch(parent: int) -> None:
    stop = threading.Event()
    while not stop.wait(_POLL_SECONDS):
        if os.getppid() != parent:
            os._exit(1)
