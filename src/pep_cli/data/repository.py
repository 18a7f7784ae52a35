"""Finding the data repository, and the files it may override (catalogue, territories...)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from pep_cli.errors import UsageError

if TYPE_CHECKING:
    from pydantic import BaseModel

    from pep_cli.data.catalogue import Catalogue, Edition
    from pep_cli.data.config import Config
    from pep_cli.data.territories import Territories

    M = TypeVar("M", bound=BaseModel)

T = TypeVar("T")
CONVENTIONS_DIR = Path("data") / "departments"
CONFIG_FILES = ("pep.toml", "pyproject.toml")
# The data files a trusted revision decides (--config-from), with the configuration and
# the templates.
TRUSTED_DATA = ("catalogue.yaml", "territories.yaml")


@dataclass(frozen=True)
class TrustedCopy:
    """The trusted files of a git revision (``--config-from``), written out in ``folder``
    as laid out in the data repository: they replace the working tree's."""

    folder: Path
    revision: str  # as the user wrote it, to name the files in messages

    def shown(self, path: Path) -> str:
        """``path`` (inside ``folder``) as git names it: ``origin/main:data/catalogue.yaml``."""
        return f"{self.revision}:{path.relative_to(self.folder).as_posix()}"


def shipped(relative: str) -> Path:
    """A file shipped with pep: inside the installed package, or in this source tree."""
    # The package's own folder (importlib.resources would say the same, for a price:
    # importing it costs more than validating a file).
    packaged = Path(__file__).resolve().parents[1] / "_resources" / relative
    if packaged.exists():
        return packaged
    source_tree = Path(__file__).resolve().parents[3] / relative
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
    # --config FICHIER: read instead of the repository's pep.toml / pyproject.toml.
    config_file: Path | None = field(default=None, repr=False)
    # --config-from RÉV: the configuration, catalogue, territories and templates of RÉV.
    trusted: TrustedCopy | None = field(default=None, repr=False)

    @classmethod
    def discover(
        cls, root: Path | None = None, *, required: bool = True, config_file: Path | None = None
    ) -> DataRepository:
        if root is not None:
            if not root.is_dir():
                raise UsageError(f"--root : le dossier « {root} » n'existe pas")
            return cls(root.resolve(), config_file=config_file)
        found = find_root(Path.cwd())
        if found is None and required:
            raise UsageError(
                "aucun dépôt de données trouvé : placez-vous dans un dossier qui contient "
                "data/departments/ (ou un pep.toml), ou indiquez --root DOSSIER"
            )
        return cls(found, config_file=config_file)

    @property
    def conventions_dir(self) -> Path | None:
        return self.root / CONVENTIONS_DIR if self.root else None

    def data_file(self, name: str) -> Path:
        """``data/<name>`` of the repository when it has one, else the shipped one; with
        ``--config-from``, the catalogue and territories of the trusted revision."""
        if self.trusted is not None and name in TRUSTED_DATA:
            copy = self.trusted.folder / "data" / name
            return copy if copy.is_file() else shipped(f"data/{name}")
        if self.root is not None:
            own = self.root / "data" / name
            if own.is_file():
                return self.contained(own)
        return shipped(f"data/{name}")

    def template_dirs(self, extra: Path | None = None) -> list[Path]:
        """Where templates are looked up, first match wins."""
        dirs = [extra] if extra else []
        if self.trusted is not None:
            copy = self.trusted.folder / "templates"
            dirs += [copy] if copy.is_dir() else []
        elif self.root is not None and (self.root / "templates").is_dir():
            dirs.append(self.contained(self.root / "templates"))
        dirs.append(shipped("templates"))
        return dirs

    def contained(self, path: Path) -> Path:
        """``path``, unless a symbolic link takes it out of the repository (exit 2, unread)."""
        from pep_cli.fileio import leads_outside, outside_message

        real = leads_outside(path, self.root)
        if real is not None:
            raise UsageError(f"{path} : {outside_message(real)}")
        return path

    def resolve_convention(self, reference: str) -> Path:
        """A convention file from a path, or from a territory code (the latest period if several).

        ``pep render 15`` and ``pep diff 15`` name a convention by its territory, as
        written in the file (``territory.code``), whatever the file is called; an existing
        path is taken as it is.
        """
        code = territory_reference(reference)
        if code is None:
            if not Path(reference).is_file():
                raise UsageError(f"fichier introuvable : {reference}")
            return Path(reference)
        found = choose_convention(
            code, ((p, _read_bytes(p, self.root)) for p in self.conventions())
        )
        if found is None:
            where = self.conventions_dir or "data/departments"
            raise UsageError(f"aucune convention du territoire « {reference} » dans {where}")
        return found

    def conventions(self) -> list[Path]:
        """Every convention of the repository: below data/departments/, as git sees it
        (``.gitignore`` obeyed), selected by the configuration's include/exclude."""
        directory = self.conventions_dir
        if directory is None or not directory.is_dir():
            return []
        from pep_cli.data.walk import yaml_files

        self.contained(directory)  # a linked data/departments is not walked

        assert self.root is not None
        return [p for p in yaml_files(directory, base=self.root) if self.selects(p)]

    def conventions_below(self, folder: Path) -> list[Path]:
        """The conventions found by walking ``folder`` (``pep validate .``).

        Inside the data repository, only the files its configuration calls conventions
        (``include``; by default those below data/departments/) and that git does not
        ignore; outside it, every YAML file that git does not ignore.
        """
        from pep_cli.data.walk import yaml_files

        inside = self.root is not None and folder.resolve().is_relative_to(self._resolved_root)
        found = yaml_files(folder, base=self.root if inside else None)
        if not inside:
            return found
        return [p for p in found if self.is_convention(p)]

    def is_convention(self, path: Path) -> bool:
        """Whether a file under the root is one of the repository's conventions."""
        assert self.root is not None
        if not self.config.include:
            directory = (self._resolved_root / CONVENTIONS_DIR).as_posix() + "/"
            if not path.resolve().as_posix().startswith(directory):
                return False
        return self.selects(path)

    @cached_property
    def config(self) -> Config:
        """``pep.toml`` or ``[tool.pep]`` of ``pyproject.toml`` (defaults when neither), or the
        ``--config`` file."""
        from pep_cli.data.config import load_config

        if self.config_override is not None:
            return self.config_override
        if self.trusted is not None and self.config_file is None:
            return load_config(self.trusted.folder, shown=f"{self.trusted.revision}:")
        return load_config(self.root, self.config_file)

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
        return load_model(self.data_file("catalogue.yaml"), "Catalogue", self._shown)  # type: ignore[no-any-return]

    @cached_property
    def territories(self) -> Territories:
        return load_model(self.data_file("territories.yaml"), "Territories", self._shown)  # type: ignore[no-any-return]

    def _shown(self, path: Path) -> str:
        """A data file as messages name it: a trusted copy by its revision."""
        if self.trusted is not None and path.is_relative_to(self.trusted.folder):
            return self.trusted.shown(path)
        return str(path)

    def edition(self, name: str) -> Edition:
        editions = self.catalogue.editions
        if name not in editions:
            raise UsageError(
                f"édition « {name} » inconnue ; éditions du catalogue : {', '.join(editions)}"
            )
        return editions[name]


def load_model(path: Path, kind: str, shown: Callable[[Path], str] = str) -> Any:
    """Read a pep data file (``kind``: ``Catalogue`` or ``Territories``) or fail with
    positioned French messages (the file named by ``shown``).

    Valid data is read by :mod:`pep_cli.data.light`, without pydantic; pydantic reads the
    rest and says what is wrong."""
    from pep_cli.data import light
    from pep_cli.data.yamlsource import read_document

    doc = read_document(path)
    name = shown(path)
    lines = [f"{name}:{f.line}:{f.column}: [{f.kind}] {f.message}" for f in doc.faults]
    if not lines and light.enabled():
        try:  # valid data, read without pydantic
            return light.build(kind, doc.data)
        except light.Unsure:
            pass
    if not lines:
        from pydantic import ValidationError

        from pep_cli.data.model import allowed_keys, schema_messages

        if kind == "Catalogue":
            from pep_cli.data.catalogue import Catalogue as model
        else:
            from pep_cli.data.territories import Territories as model  # type: ignore[assignment]
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
                lines.append(f"{name}:{line}:{col}: [schema] {message}")
    raise UsageError("fichier de données de pep invalide :\n" + "\n".join(lines))


def territory_reference(reference: str) -> str | None:
    """The territory code that ``reference`` names (``"15"``, ``"2a"`` → ``"2A"``), or None
    when it names a file (a YAML suffix, a folder separator, or an existing file)."""
    path = Path(reference)
    if path.suffix in (".yaml", ".yml") or "/" in reference or path.is_file():
        return None
    return reference.upper()


def convention_identity(raw: bytes | None) -> tuple[str, int] | None:
    """``(territory.code, period.start)`` as written in a convention's text, if readable."""
    from pep_cli.data.yamlsource import read_document

    if raw is None:
        return None
    data = read_document(Path("convention.yaml"), raw).data
    territory = data.get("territory") if isinstance(data, dict) else None
    period = data.get("period") if isinstance(data, dict) else None
    code = territory.get("code") if isinstance(territory, dict) else None
    if not isinstance(code, str):
        return None
    start = period.get("start") if isinstance(period, dict) else None
    return code.upper(), start if isinstance(start, int) and not isinstance(start, bool) else 0


def choose_convention(code: str, candidates: Iterable[tuple[T, bytes | None]]) -> T | None:
    """Of ``(name, content)`` pairs, the convention of territory ``code`` with the latest
    start (ties: the last name), found by its content, not its file name. A file whose
    content cannot be read (broken YAML) is known by its name (``<code>-…``), so that the
    command can go on and report what is wrong with it."""
    best: tuple[int, str, T] | None = None
    for name, raw in candidates:
        identity = convention_identity(raw) or _identity_from_name(str(name))
        if identity is not None and identity[0] == code:
            key = (identity[1], str(name), name)
            if best is None or key[:2] > best[:2]:
                best = key
    return best[2] if best else None


def _identity_from_name(name: str) -> tuple[str, int] | None:
    stem = Path(name).stem
    code, _, rest = stem.partition("-")
    if not rest:
        return None
    tail = stem.rsplit("-", 1)[-1]
    return code.upper(), int(tail) if tail.isascii() and tail.isdigit() else 0


def _read_bytes(path: Path, root: Path | None = None) -> bytes | None:
    from pep_cli.fileio import leads_outside

    if leads_outside(path, root) is not None:
        return None  # never read; validating it says « lien hors du dépôt »
    try:
        return path.read_bytes()
    except OSError:
        return None
