"""``pep national -f pdf``: the national report compiled with a real TeX, read back with poppler."""

from __future__ import annotations

import re
import subprocess
import zlib
from pathlib import Path

import pytest

from helpers_national import TODAY, pep_process, write_synthetic
from helpers_render import pdf_text, require_tex

pytestmark = pytest.mark.tex


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u202f", " ").replace("\u00a0", " "))


def test_the_national_report_has_the_map_as_vector_and_the_tables(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    require_tex()
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    root = write_synthetic(tmp_path / "depot", followup=True)
    ran = pep_process(
        "national", "-f", "pdf", "-o", "out/", "--year", "2022", "--today", TODAY, cwd=root
    )
    assert ran.code == 0, ran.err
    pdf = root / "out" / "national.pdf"
    text = _squash(pdf_text(pdf))
    assert "Carte : financement de l’État de l’année 2022" in text
    assert "Fond de carte : svg-maps (Victor Cazanave), licence CC BY 4.0" in text
    assert "Métropole de Lyon" in text and "1 700 000 €" in text  # its State money in 2022
    assert "Collectivité de Corse" in text and "Guadeloupe" in text
    assert "Rapports" in text or "Exercice" in text
    assert "epp-pmi" in text
    # Vector: no raster image at all, and the outlines are PDF paths (filled and stroked).
    images = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True)
    assert images.returncode == 0 and len(images.stdout.strip().splitlines()) == 2
    streams = re.findall(rb"stream\r?\n(.*?)\r?\nendstream", pdf.read_bytes(), re.S)
    content = b"".join(_inflate(s) for s in streams)
    assert content.count(b" h\n") + content.count(b" h ") >= 96
    assert content.count(b" B") >= 96
    # The same data give the same bytes.
    again = pep_process(
        "national", "-f", "pdf", "-o", "encore.pdf", "--year", "2022", "--today", TODAY, cwd=root
    )
    assert again.code == 0, again.err
    assert (root / "encore.pdf").read_bytes() == pdf.read_bytes()


def _inflate(stream: bytes) -> bytes:
    try:
        return zlib.decompress(stream)
    except zlib.error:
        return b""
