"""The installed package carries its data and templates; a data repository's own files win."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PEP = Path(sys.executable).parent / "pep"


def run(command: list[str | Path], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(c) for c in command], cwd=cwd, capture_output=True, text=True, timeout=600, check=False
    )


@pytest.mark.slow
def test_wheel_works_outside_the_repository(tmp_path: Path) -> None:
    built = run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", tmp_path / "dist", REPO],
        tmp_path,
    )
    assert built.returncode == 0, built.stderr
    wheel = next((tmp_path / "dist").glob("pep_cli-*.whl"))
    import zipfile

    names = set(zipfile.ZipFile(wheel).namelist())
    assert "pep_cli/_resources/data/catalogue.yaml" in names
    assert "pep_cli/_resources/data/territories.yaml" in names
    assert any(n.startswith("pep_cli/_resources/templates/") for n in names)

    # A fresh environment that sees the dependencies already installed here,
    # but not this source tree.
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False, system_site_packages=False).create(env_dir)
    site = next((env_dir / "lib").glob("python3*/site-packages"))
    here = [p for p in sys.path if p.endswith("site-packages")]
    (site / "deps.pth").write_text("\n".join(here) + "\n")
    installed = run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", site, wheel],
        tmp_path,
    )
    assert installed.returncode == 0, installed.stderr

    data_repo = tmp_path / "donnees"
    (data_repo / "data" / "departments").mkdir(parents=True)
    shutil.copy(
        REPO / "data" / "departments" / "15-cantal-2022.yaml", data_repo / "data" / "departments"
    )
    python = env_dir / "bin" / "python"
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    done = subprocess.run(
        [str(python), "-c", "import pep_cli, sys; print(pep_cli.__file__)"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    assert str(site) in done.stdout, "the wheel, not the source tree, must be imported"
    done = subprocess.run(
        [str(python), "-m", "pep_cli", "validate", "--today", "2026-11-22"],
        cwd=data_repo,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Bilan : 1 fichier, 0 erreur" in done.stdout


def test_repository_catalogue_wins_over_the_shipped_one(tmp_path: Path) -> None:
    (tmp_path / "data" / "departments").mkdir(parents=True)
    catalogue = (REPO / "data" / "catalogue.yaml").read_text("utf-8")
    changed = catalogue.replace(
        'label: "Contractualisation 2022', 'label: "Catalogue propre au dépôt 2022', 1
    )
    assert changed != catalogue
    (tmp_path / "data" / "catalogue.yaml").write_text(changed, "utf-8")
    done = run([PEP, "catalogue", "--edition", "2022"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Catalogue propre au dépôt 2022" in done.stdout
    # Without its own catalogue, the shipped one is used.
    (tmp_path / "data" / "catalogue.yaml").unlink()
    done = run([PEP, "catalogue", "--edition", "2022"], tmp_path)
    assert "Catalogue propre au dépôt" not in done.stdout
    assert "Contractualisation 2022" in done.stdout


def test_broken_repository_catalogue_is_a_usage_error_with_position(tmp_path: Path) -> None:
    (tmp_path / "data" / "departments").mkdir(parents=True)
    catalogue = (REPO / "data" / "catalogue.yaml").read_text("utf-8")
    (tmp_path / "data" / "catalogue.yaml").write_text(
        catalogue.replace("min_optional: 6", "min_optionnal: 6", 1), "utf-8"
    )
    done = run([PEP, "validate"], tmp_path)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    line = next(i for i, text in enumerate(catalogue.splitlines(), 1) if "min_optional: 6" in text)
    assert f"catalogue.yaml:{line}:" in done.stderr
    assert "min_optionnal" in done.stderr and "min_optional" in done.stderr
