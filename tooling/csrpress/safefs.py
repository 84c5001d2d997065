"""The project boundary for files: real paths inside the project, and writes through a temp file this run owns.

A project travels (git carries symlinks, build/ is copied between machines), so a name inside the
project may point anywhere. Every write goes to a temp file created with O_EXCL under a random name
in the target's own folder (a planted symlink can never be followed) and is renamed over the target
(the rename replaces a symlink, never what it points to). A target whose folder's real path leaves
the project is refused.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path


class OutsideProject(PermissionError):
    """A path whose real location is outside the project: refused, with the path as the project names it."""

    def __init__(self, shown: str, root: Path) -> None:
        super().__init__(errno.EPERM, f"{shown}: its real path leaves the project ({root.name}/); replace the symlink with a real file or folder", shown)


def inside(path: Path, root: Path) -> bool:
    """True when `path`, with every symlink resolved, is `root` or under it."""
    real, top = Path(os.path.realpath(path)), Path(os.path.realpath(root))
    return real == top or top in real.parents


def check_inside(path: Path, root: Path) -> None:
    if not inside(path, root):
        raise OutsideProject(_shown(path, root), root)


def _shown(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.name


def temp_prefix(name: str) -> str:
    """The prefix of this run's temp files for `name`: the pid says which run owns one (see sweep)."""
    return f".{name}.{os.getpid()}."


def write_atomic(path: Path, data: str | bytes, root: Path | None = None, mode: int | None = None) -> None:
    """Replace `path` with `data` (text as UTF-8, newlines untouched); keep the file's mode, else 0644.

    `root`: the project; the target's folder must resolve inside it. A symlink at `path` itself is
    replaced by the file (the rename acts on the name), so what it pointed to is never written.
    """
    if root is not None:
        check_inside(path.parent, root)
    if mode is None:
        try:
            mode = os.lstat(path).st_mode & 0o7777 if not path.is_symlink() else 0o644
        except FileNotFoundError:
            mode = 0o644
    import tempfile  # a check writes nothing: the module is loaded by the commands that do

    fd, tmp = tempfile.mkstemp(prefix=temp_prefix(path.name), suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data.encode("utf-8") if isinstance(data, str) else data)
        os.chmod(tmp, mode)  # mkstemp creates 0600; a report's files are meant to be shared
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        if exc.filename is None:  # a failed write() names no file: name the one being written
            raise OSError(exc.errno, exc.strerror, str(path)) from None
        raise
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def sweep(folder: Path, name: str) -> None:
    """Remove temp files of `name` whose run has ended (killed mid-write); never another live run's."""
    prefix = f".{name}."
    for entry in folder.iterdir() if folder.is_dir() else ():
        if not (entry.name.startswith(prefix) and entry.name.endswith(".tmp")):
            continue
        pid = entry.name[len(prefix):].split(".", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            entry.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    return True


class TooLarge(Exception):
    """A file over the size a reader accepts; `size` is what the file holds (at least limit + 1)."""

    def __init__(self, size: int) -> None:
        super().__init__(size)
        self.size = size


def read_bounded(path: Path, limit: int) -> bytes:
    """The file's bytes, or TooLarge before any of them is read when it holds more than `limit`.

    The size comes from fstat on the open file (a 4 GB sparse file costs nothing to refuse); at most
    limit + 1 bytes are read, so a file that grows meanwhile, or one whose size the kernel does not
    report (/proc), is still bounded.
    """
    with open(path, "rb") as fh:
        size = os.fstat(fh.fileno()).st_size
        if size > limit:
            raise TooLarge(size)
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise TooLarge(len(data))
    return data
