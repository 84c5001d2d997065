"""Font families named in report.yaml (`design.fonts`) -> the ones this machine does not have.

A stylesheet that names a missing family does not fail: the renderer silently prints the next family in
the list (or whatever fontconfig substitutes), and the report goes to print in a face nobody chose. So
`check` (S111, at the line naming the font) and `doctor` ask fontconfig which families are installed.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

from . import schema

ROLES = ("serif", "sans", "serif_hant", "sans_hant", "latin_serif", "latin_sans")


@functools.lru_cache(maxsize=1)
def installed_families() -> frozenset[str] | None:
    """Every family name fontconfig knows (each font's names in all its languages), casefolded; None when
    fontconfig's fc-list is not there to ask (doctor reports that on its own)."""
    import shutil  # only when a family is configured (shutil loads bz2 and lzma; a check of most reports runs no program)
    import subprocess

    if shutil.which("fc-list") is None:
        return None

    try:
        out = subprocess.run(["fc-list", ":", "family"], capture_output=True, text=True, check=False, timeout=60).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    return frozenset(name.strip().casefold() for line in out.splitlines() for name in line.split(",") if name.strip())


def missing(fonts: schema.Fonts) -> Iterator[tuple[str, str]]:
    """(role, family) of each configured family that is not installed (fontconfig is asked only when a
    family is configured: `check` stays free of the ~0.1 s fc-list takes)."""
    if not any(getattr(fonts, role) for role in ROLES):
        return
    installed = installed_families()
    if installed is None:
        return
    for role in ROLES:
        family = getattr(fonts, role)
        if family and family.casefold() not in installed:
            yield role, family
