"""Template names -> template sources, from the project's templates/ only.

Jinja's FileSystemLoader follows symlinks, so a project (git carries symlinks) could include any
file of the build machine (`templates/etc -> /etc`, `{% include "etc/hostname" %}`) into the PDF.
This loader resolves each template's real path and refuses one outside templates/, and a
templates/ whose own real path leaves the project.
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


class ProjectLoader(BaseLoader):
    def __init__(self, templates: Path, root: Path) -> None:
        self.templates = templates
        self.root = root

    def get_source(self, environment: Environment, template: str) -> tuple[str, str, Callable[[], bool]]:
        folder = os.path.realpath(self.templates)
        top = os.path.realpath(self.root)
        if not _under(folder, top):
            raise TemplateOutside(template, "templates/ is a symlink whose real path leaves the project")
        path = os.path.join(self.templates, *split_template_path(template))
        real = os.path.realpath(path)
        if not os.path.isfile(real):
            raise TemplateNotFound(template)
        if not _under(real, folder):
            raise TemplateOutside(template, f"templates/{template}: its real path leaves templates/ (a symlink)")
        with open(real, encoding="utf-8") as fh:  # the checked real path, not the name again
            source = fh.read()
        mtime = os.path.getmtime(real)
        return source, path, lambda: os.path.isfile(real) and os.path.getmtime(real) == mtime


def _under(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)
