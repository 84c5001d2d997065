"""Template names -> template sources, from the project's templates/, else the packaged default design.

Jinja's FileSystemLoader follows symlinks, so a project (git carries symlinks) could include any
file of the build machine (`templates/etc -> /etc`, `{% include "etc/hostname" %}`) into the PDF.
This loader resolves each template's real path and refuses one outside templates/, and a
templates/ whose own real path leaves the project. A name the project does not have (or a project
without templates/) is read from the default design shipped with csrpress, under the same rule: its
real path must stay inside that folder. So templates/ overrides the default file by file.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from jinja2 import BaseLoader, Environment, TemplateError, TemplateNotFound
from jinja2.loaders import split_template_path


class TemplateOutside(TemplateError):
    """A template whose real path is outside templates/ (or templates/ outside the project)."""

    def __init__(self, name: str, message: str) -> None:
        super().__init__(message)
        self.name = name


class TemplateNotAFile(TemplateOutside):
    """A template that is a named pipe, a device or a folder: reading it could block forever."""


class ProjectLoader(BaseLoader):
    def __init__(self, templates: Path, root: Path, default: Path | None = None) -> None:
        self.templates = templates
        self.root = root
        self.default = default  # the packaged default design, for what the project does not override

    def get_source(self, environment: Environment, template: str) -> tuple[str, str, Callable[[], bool]]:
        parts = split_template_path(template)
        path = os.path.join(self.templates, *parts)
        if not os.path.lexists(path) and self.default is not None:
            return _read(os.path.join(self.default, *parts), os.path.realpath(self.default), template, "the default design")
        folder = os.path.realpath(self.templates)
        top = os.path.realpath(self.root)
        if not _under(folder, top):
            raise TemplateOutside(template, "templates/ is a symlink whose real path leaves the project")
        return _read(path, folder, template, "templates/")


def _read(path: str, folder: str, template: str, where: str) -> tuple[str, str, Callable[[], bool]]:
    real = os.path.realpath(path)
    if os.path.exists(real) and not os.path.isfile(real):  # a named pipe would block the build forever
        raise TemplateNotAFile(template, f"{where} {template} is not a regular file (a named pipe, device or folder)")
    if not os.path.isfile(real):
        raise TemplateNotFound(template)
    if not _under(real, folder):
        raise TemplateOutside(template, f"{where} {template}: its real path leaves {where} (a symlink)")
    with open(real, encoding="utf-8") as fh:  # the checked real path, not the name again
        source = fh.read()
    mtime = os.path.getmtime(real)
    return source, path, lambda: os.path.isfile(real) and os.path.getmtime(real) == mtime


def _under(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)
