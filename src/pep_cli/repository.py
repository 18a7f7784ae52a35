"""Finding the data repository, and the files it may override (catalogue, territories...)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from pep_cli.errors import UsageError

if TYPE_CHECKING:
    from pydantic import BaseModel

    from pep_cli.catalogue import Catalogue, Edition
    from pep_cli.config import Config
    from pep_cli.territories import Territories

    M = TypeVar("M", bound=BaseModel)

CONVENTIONS_DIR = Path("data") / "departments"
CONFIG_FILES = ("pep.toml", "pyproject.toml")


def shipped(relative: str) -> Path:
    """A file shipped with pep: inside the installed package, or in this source tree."""
    packaged = Path(str(resources.files("pep_cli"))) / "_resources" / relative
    if packaged.exists():
        return packaged
    source_tree = Path(__file__).resolve().parents[2] / relative
    return source_tree


def find_root(start: Path) -> Path | None:
    """The nearest directory at or above ``start`` that holds a data repository.

    Like git with ``.git``: a directory with ``data/departments/`` or a
    ``pep.toml`` is a data repository.
    """
    start = start.resolve()
    for directory in (start, *start.parents):
        if (directory / CONVENTIONS_DIR).is_dir() or (directory / "pep.toml").is_file():
            return directory
    return None


@dataclass
class DataRepository:
    """A data repository (or none: the shipped catalogue with the files given)."""

    root: Path | None
    _models: dict[str, Any] = field(default_factory=dict, repr=False)
    # Read from pep.toml / pyproject.toml on first use, unless given (a baseline
    # run validates an old checkout under today's configuration).
    config_override: Config | None = field(default=None, repr=False)

    @classmethod
    def discover(cls, root: Path | None = None, *, required: bool = True) -> DataRepository:
        if root is not None:
            if not root.is_dir():
                raise UsageError(f"--root : le dossier « {root} » n'existe pas")
            return cls(root.resolve())
        found = find_root(Path.cwd())
        if found is None and required:
            raise UsageError(
                "aucun dépôt de données trouvé : placez-vous dans un dossier qui contient "
                "data/departments/ (ou un pep.toml), ou indiquez --root DOSSIER"
            )
        return cls(found)

    @property
    def conventions_dir(self) -> Path | None:
        return self.root / CONVENTIONS_DIR if self.root else None

    def data_file(self, name: str) -> Path:
        """``data/<name>`` of the repository when it has one, else the shipped one."""
        if self.root is not None:
            own = self.root / "data" / name
            if own.is_file():
                return own
        return shipped(f"data/{name}")

    def template_dirs(self, extra: Path | None = None) -> list[Path]:
        """Where templates are looked up, first match wins."""
        dirs = [extra] if extra else []
        if self.root is not None and (self.root / "templates").is_dir():
            dirs.append(self.root / "templates")
        dirs.append(shipped("templates"))
        return dirs

    def resolve_convention(self, reference: str) -> Path:
        """A convention file from a path, or from a territory code (the latest period if several).

        ``pep render 15`` and ``pep diff 15`` name a convention by its
        territory; an existing path is taken as it is.
        """
        path = Path(reference)
        if path.suffix in (".yaml", ".yml") or "/" in reference or path.is_file():
            if not path.is_file():
                raise UsageError(f"fichier introuvable : {reference}")
            return path
        code = reference.upper() if reference[-1:].isalpha() else reference
        matches = [p for p in self.conventions() if p.name.upper().startswith(f"{code.upper()}-")]
        if not matches:
            where = self.conventions_dir or "data/departments"
            raise UsageError(f"aucune convention du territoire « {reference} » dans {where}")

        def start_year(p: Path) -> tuple[int, str]:
            tail = p.stem.rsplit("-", 1)[-1]
            return (int(tail) if tail.isdigit() else 0, p.name)

        return max(matches, key=start_year)

    def conventions(self) -> list[Path]:
        directory = self.conventions_dir
        if directory is None or not directory.is_dir():
            return []
        return sorted(
            p
            for p in directory.rglob("*")
            if p.suffix in (".yaml", ".yml") and p.is_file() and self.selects(p)
        )

    @cached_property
    def config(self) -> Config:
        """``pep.toml`` or ``[tool.pep]`` of ``pyproject.toml`` (defaults when neither)."""
        from pep_cli.config import load_config

        return self.config_override if self.config_override is not None else load_config(self.root)

    def selects(self, path: Path) -> bool:
        """False for a file under the root that the configuration's include/exclude leave out."""
        config = self.config
        if self.root is None or not (config.include or config.exclude):
            return True
        try:
            relative = path.resolve().relative_to(self._resolved_root).as_posix()
        except ValueError:  # outside the data repository: the configuration does not reach it
            return True
        return config.selects(relative)

    @cached_property
    def _resolved_root(self) -> Path:
        assert self.root is not None
        return self.root.resolve()

    @cached_property
    def catalogue(self) -> Catalogue:
        from pep_cli.catalogue import Catalogue

        return load_model(self.data_file("catalogue.yaml"), Catalogue)

    @cached_property
    def territories(self) -> Territories:
        from pep_cli.territories import Territories

        return load_model(self.data_file("territories.yaml"), Territories)

    def edition(self, name: str) -> Edition:
        editions = self.catalogue.editions
        if name not in editions:
            raise UsageError(
                f"édition « {name} » inconnue ; éditions du catalogue : {', '.join(editions)}"
            )
        return editions[name]


def load_model(path: Path, model: type[M]) -> M:
    """Read a pep data file (catalogue, territories) or fail with positioned French messages."""
    from pydantic import ValidationError

    from pep_cli.model import allowed_keys, schema_messages
    from pep_cli.yamlsource import read_document

    doc = read_document(path)
    lines = [f"{path}:{f.line}:{f.column}: [{f.kind}] {f.message}" for f in doc.faults]
    if not lines:
        try:
            return model.model_validate(doc.data)
        except ValidationError as exc:
            for error in exc.errors(include_url=False):
                loc = tuple(p for p in error["loc"] if p != "[key]")
                allowed = allowed_keys(model, loc) if error["type"] == "extra_forbidden" else None
                message = (
                    schema_messages(error, allowed)
                    if error["type"] != "value_error"
                    else str(error["msg"]).removeprefix("Value error, ")
                )
                line, col = doc.locate(loc, key=error["type"] == "extra_forbidden")
                lines.append(f"{path}:{line}:{col}: [schema] {message}")
    raise UsageError("fichier de données de pep invalide :\n" + "\n".join(lines))
