"""A working directory -> Project: where content/, templates/ and build/ are. All file access goes through it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


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
