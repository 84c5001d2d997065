"""A working directory -> Project: where content/, templates/ and build/ are. All file access goes through it."""

from __future__ import annotations

import sysconfig
from dataclasses import dataclass
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def default_templates() -> Path:
    """The default design. One source of truth: the repository's templates/ (editable install), or the
    copy that a wheel installs as data files under <prefix>/share/csrpress/templates."""
    candidates = (PACKAGE_DIR.parents[1] / "templates", Path(sysconfig.get_path("data")) / "share" / "csrpress" / "templates")
    for path in candidates:
        if (path / "report.html").is_file():
            return path
    raise FileNotFoundError("the default templates of csrpress are not installed (looked in: "
                            + ", ".join(str(c) for c in candidates) + ")")


@dataclass(frozen=True, slots=True)
class Project:
    root: Path

    @property
    def content(self) -> Path:
        return self.root / "content"

    @property
    def manifest(self) -> Path:
        return self.content / "report.yaml"

    @property
    def templates(self) -> Path:
        return self.root / "templates"

    def template(self, name: str) -> Path:
        """templates/<name> of the project if it has one, else the packaged default design's (file by file)."""
        own = self.templates / name
        if own.is_file() or own.exists():  # a named pipe or folder is the project's own too: render refuses it (R501)
            return own
        try:
            default = default_templates() / name
        except FileNotFoundError:
            return own
        return default if default.is_file() else own

    @property
    def build_dir(self) -> Path:
        return self.root / "build"

    def rel(self, path: Path) -> str:
        """POSIX path relative to the root, as printed in findings."""
        try:
            return path.resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return path.as_posix()


class ProjectNotFound(Exception):
    pass


def discover(start: Path | None = None) -> Project:
    """The first directory from `start` upwards that holds content/report.yaml."""
    here = (start or Path.cwd()).resolve()
    for candidate in (here, *here.parents):
        if (candidate / "content" / "report.yaml").is_file():
            return Project(candidate)
    raise ProjectNotFound(f"no content/report.yaml in {here} or any parent directory")
