"""``pep site`` without a browser: the pages it writes, their addresses, hostile data, errors."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from helpers_national import PROJECT, TODAY, pep_process, write_synthetic

HOSTILE = PROJECT / "tests" / "render" / "fixtures" / "2a-corse-du-sud-2022.yaml"


def test_pages_at_stable_addresses(tmp_path: Path) -> None:
    root = write_synthetic(tmp_path, followup=True)
    ran = pep_process("site", "-o", "public", "--today", TODAY, cwd=root)
    assert ran.code == 0, ran.err
    public = root / "public"
    for page in (
        "index.html",
        "conventions/index.html",
        "conventions/01-ain-2020/index.html",
        "conventions/972-martinique-2022/index.html",
        "conventions/01-ain-2020/rapports/2020/index.html",
        "national.json",
        "assets/site.css",
        "assets/filtre.js",
    ):
        assert (public / page).is_file(), page
    assert not (public / "conventions" / "62-pas-de-calais-2021" / "rapports").exists()
    dashboard = (public / "index.html").read_text(encoding="utf-8")
    assert '<html lang="fr">' in dashboard
    assert "Fond de carte : svg-maps (Victor Cazanave), licence CC BY 4.0" in dashboard
    # Offline: no address outside the site, no inline script or style.
    for page in public.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert not re.search(r'(src|href)="(https?:)?//', text), page
        assert "<script>" not in text and " style=" not in text, page
    written = len(list(public.rglob("index.html")))
    assert f"Site écrit dans public : {written} pages" in ran.out


def test_hostile_data_stays_text(tmp_path: Path) -> None:
    root = tmp_path / "depot"
    (root / "data" / "departments").mkdir(parents=True)
    shutil.copyfile(HOSTILE, root / "data" / "departments" / HOSTILE.name)
    ran = pep_process("site", "-o", "public", "--today", TODAY, cwd=root)
    assert ran.code == 0, ran.err
    page = (root / "public" / "conventions" / "2a-corse-du-sud-2022" / "index.html").read_text(
        encoding="utf-8"
    )
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<b>gras</b>" not in page and "<div>pas du HTML</div>" not in page


def test_output_must_be_a_folder(tmp_path: Path) -> None:
    root = write_synthetic(tmp_path, git=False)
    (root / "fichier").write_text("x", encoding="utf-8")
    ran = pep_process("site", "-o", "fichier", cwd=root)
    assert ran.code == 2 and "n'est pas un dossier" in ran.err
    ran = pep_process("site", "-o", ".", cwd=root)
    assert ran.code == 2 and "racine du dépôt" in ran.err


def test_a_convention_that_left_the_repository_leaves_the_site(tmp_path: Path) -> None:
    root = write_synthetic(tmp_path, followup=True, git=False)
    assert pep_process("site", "-o", "public", "--today", TODAY, cwd=root).code == 0
    public = root / "public"
    gone = public / "conventions" / "01-ain-2020"
    assert (gone / "rapports" / "2020" / "index.html").is_file()
    (public / "conventions" / "notes.html").write_text("à moi", encoding="utf-8")  # the user's
    outside = tmp_path / "ailleurs.html"
    outside.write_text("hors du site", encoding="utf-8")
    manifest = public / ".pep-site"
    # A hostile list (the folder may be committed): nothing outside the site is removed.
    manifest.write_text(
        manifest.read_text(encoding="utf-8") + "../ailleurs.html\n/etc/hostname\n",
        encoding="utf-8",
    )
    (root / "data" / "departments" / "01-ain-2020.yaml").unlink()
    ran = pep_process("site", "-o", "public", "--today", TODAY, cwd=root)
    assert ran.code == 0, ran.err
    assert not gone.exists()
    removed = ran.out.split("(")[1].split(" ")[0]
    assert int(removed) >= 2  # the convention's page and its report pages
    assert "fichiers retirés : convention sortie du dépôt" in ran.out
    assert (public / "conventions" / "notes.html").read_text(encoding="utf-8") == "à moi"
    assert outside.read_text(encoding="utf-8") == "hors du site"
    assert (public / "conventions" / "972-martinique-2022" / "index.html").is_file()
    assert "01-ain-2020" not in manifest.read_text(encoding="utf-8")
    # Nothing more to remove the next time.
    again = pep_process("site", "-o", "public", "--today", TODAY, cwd=root)
    assert again.code == 0 and "retiré" not in again.out
