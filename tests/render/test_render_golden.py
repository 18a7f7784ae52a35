"""Golden files: the Markdown and LaTeX of two shipped conventions, byte for byte.

The conventions are copied into a fresh git repository with a fixed commit
date, so the documents (commit hash and date included) depend only on the
data, the templates and pep. ``make golden`` rewrites the files
(``PEP_UPDATE_GOLDEN=1``); review the diff before committing it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from helpers_render import SHIPPED, data_repository, pep

GOLDEN = Path(__file__).resolve().parent / "golden"
CASES = [(stem, fmt) for stem in ("15-cantal-2022", "973-guyane-2020") for fmt in ("md", "tex")]


@pytest.mark.parametrize(("stem", "fmt"), CASES, ids=[f"{s}.{f}" for s, f in CASES])
def test_rendering_matches_the_golden_file(
    stem: str,
    fmt: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    root = data_repository(tmp_path / "depot", SHIPPED / f"{stem}.yaml")
    result = pep(
        capsys,
        "render",
        str(root / "data" / "departments" / f"{stem}.yaml"),
        "--format",
        fmt,
        "--root",
        str(root),
    )
    assert result.code == 0, result.err
    golden = GOLDEN / f"{stem}.{fmt}"
    if os.environ.get("PEP_UPDATE_GOLDEN") == "1":
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(result.out, encoding="utf-8")
        return
    assert golden.exists(), f"{golden} manque : lancez « make golden » pour le créer"
    expected = golden.read_text(encoding="utf-8")
    assert result.out == expected, (
        f"le rendu de {stem} en {fmt} diffère de {golden.relative_to(GOLDEN.parent.parent)} ; "
        "si le changement est voulu, lancez « make golden » et relisez le diff"
    )
