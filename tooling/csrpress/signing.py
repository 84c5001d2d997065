"""This user's signing key, kept outside any project: what csrpress caches on disk is believed only if
this user's csrpress wrote it on this machine (figcache.py: build/.cache; rxcache.py: compiled patterns).

A small module of its own: rxcache.py needs the key before the rest of csrpress is imported.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from pathlib import Path

_PROCESS_KEY = os.urandom(32)  # where no key can be kept: a cache trusted by this process only (secrets.token_bytes is os.urandom)


def cache_folder() -> Path:
    """The user's cache folder for csrpress (XDG_CACHE_HOME, else ~/.cache)."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "csrpress"


def _key_file() -> Path:
    return cache_folder() / "figures.key"


def machine_key() -> bytes:
    """This user's signing key (32 random bytes, mode 0600), created on first use."""
    try:
        path = _key_file()
        for _ in range(2):
            try:
                key = path.read_bytes()
                if len(key) == 32:
                    return key
            except FileNotFoundError:
                pass
            path.parent.mkdir(parents=True, exist_ok=True)
            try:
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
            except FileExistsError:
                continue  # another run is creating it: read it again
            key = os.urandom(32)
            with os.fdopen(fd, "wb") as fh:
                fh.write(key)
            return key
    except (OSError, RuntimeError):  # RuntimeError: no home folder
        pass
    return _PROCESS_KEY


def sign(body: bytes, key: bytes) -> bytes:
    return hmac.new(key, body, hashlib.sha256).hexdigest().encode()
