"""``pep site`` in a real browser: Debian's chromium, driven by selenium through chromedriver.

The site of the synthetic repository (with follow-up data) is served over HTTP on the
loopback and visited page by page: no console error, no failed request, every internal
link resolves; the map has one shape per territory in the colour its value implies; the
filter box narrows the list; axe-core (vendored, MPL-2.0) finds no serious or critical
violation. A screenshot of the dashboard is written to ``out/``.

Without chromium and chromedriver the tests are skipped, unless ``PEP_REQUIRE_BROWSER=1``
(as in CI, where ``.ci/run`` installs them with apt-get).
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import shutil
import tempfile
import threading
import urllib.request
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import urldefrag, urlparse

import pytest

from helpers_national import PROJECT, TODAY, followup_model, pep_process, write_synthetic

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
AXE = Path(__file__).resolve().parent / "vendor" / "axe-core" / "axe.min.js"
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1280,2000",
)

if not (CHROMIUM and CHROMEDRIVER):
    if os.environ.get("PEP_REQUIRE_BROWSER") == "1":
        raise RuntimeError("PEP_REQUIRE_BROWSER=1 mais chromium ou chromedriver est absent")
    pytest.skip("chromium et chromedriver sont nécessaires", allow_module_level=True)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not followup_model(), reason="le modèle du suivi n'est pas encore là"),
]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = write_synthetic(tmp_path_factory.mktemp("depot"), followup=True)
    ran = pep_process("site", "-o", "public", "--today", TODAY, "--year", "2022", cwd=root)
    assert ran.code == 0, ran.err
    return root / "public"


class _Handler(http.server.SimpleHTTPRequestHandler):
    requests: list[tuple[str, int]]

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        self.requests.append((self.path, int(code) if str(code).isdigit() else 0))

    def log_message(self, format: str, *args: Any) -> None:
        return None


@pytest.fixture(scope="module")
def server(site: Path) -> Iterator[tuple[str, list[tuple[str, int]]]]:
    requests: list[tuple[str, int]] = []
    handler = type("Handler", (_Handler,), {"requests": requests})
    httpd = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(handler, directory=str(site))
    )
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/", requests
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    profile = tempfile.mkdtemp(prefix="pep-chromium-")
    for flag in (*FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def _open(driver: Any, url: str) -> list[dict[str, Any]]:
    """Load ``url``; the browser's console messages of that load."""
    driver.get(url)
    driver.execute_script("return document.readyState")
    return list(driver.get_log("browser"))


def test_every_page_loads_cleanly_and_every_internal_link_resolves(
    site: Path, server: tuple[str, list[tuple[str, int]]], browser: Any
) -> None:
    base, requests = server
    queue, seen = [base], set()
    while queue:
        url = queue.pop(0)
        if url in seen:
            continue
        seen.add(url)
        if not url.endswith(("/", ".html")):  # a file to download (national.json)
            with urllib.request.urlopen(url, timeout=30) as response:
                assert response.status == 200, url
                json.loads(response.read())
            continue
        console = _open(browser, url)
        errors = [m for m in console if m.get("level") == "SEVERE"]
        assert not errors, (url, errors)
        assert browser.find_element("tag name", "h1").text, url
        hrefs = browser.execute_script(
            "return Array.from(document.querySelectorAll('a[href]'),"
            " a => new URL(a.getAttribute('href'), document.baseURI).href)"
        )
        for href in hrefs:
            target, _ = urldefrag(href)
            if urlparse(target).netloc == urlparse(base).netloc:
                queue.append(target)
            else:
                assert urlparse(target).scheme in ("", "http", "https"), href
                pytest.fail(f"lien externe dans un site hors ligne : {href} ({url})")
    failed = [(path, code) for path, code in requests if code >= 400]
    assert not failed
    pages = {p.relative_to(site).as_posix() for p in site.rglob("index.html")}
    visited = {urlparse(u).path.lstrip("/") or "index.html" for u in seen}
    visited = {v + "index.html" if v.endswith("/") else v for v in visited}
    assert pages <= visited
    assert any(path.endswith("/rapports/2022/") for path, _ in requests)
    out = PROJECT / "out"
    out.mkdir(exist_ok=True)
    _open(browser, base)
    browser.save_screenshot(str(out / "site-tableau-de-bord.png"))
    assert (out / "site-tableau-de-bord.png").stat().st_size > 10_000


def _expected_colours(data: dict[str, Any]) -> dict[str, str]:
    """The colour each territory's value implies: five equal classes up to a round maximum."""
    blues = ["#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"]
    values = {
        t["code"]: Decimal(t["value"]) for t in data["map"]["territories"] if t["value"] is not None
    }
    top = max(values.values())
    ceiling = next(
        step * 10**k
        for k in range(0, 13)
        for step in (Decimal(1), Decimal(2), Decimal("2.5"), Decimal(5))
        if step * 10**k >= top
    )
    colours = {}
    for t in data["map"]["territories"]:
        if not t["conventions"]:
            colours[t["code"]] = "#ffffff"
        elif t["value"] is None:
            colours[t["code"]] = "#bdbdbd"
        else:
            colours[t["code"]] = blues[min(4, int(Decimal(t["value"]) / (ceiling / 5)))]
    return colours


def test_the_map_has_one_shape_per_territory_in_the_colour_of_its_value(
    site: Path, server: tuple[str, list[tuple[str, int]]], browser: Any
) -> None:
    base, _ = server
    data = json.loads((site / "national.json").read_text(encoding="utf-8"))
    _open(browser, base)
    shapes = browser.find_elements("css selector", "svg.carte .territoire")
    codes = [s.get_attribute("data-code") for s in shapes]
    assert sorted(codes) == sorted(t["code"] for t in data["map"]["territories"])
    assert len(codes) == len(set(codes)) == 105  # 96 shapes, 9 insets
    expected = _expected_colours(data)
    for shape in shapes:
        code = shape.get_attribute("data-code")
        assert shape.get_attribute("fill") == expected[code], code
    assert "Victor Cazanave" in browser.find_element("css selector", "figure figcaption").text


def test_the_filter_box_narrows_the_list(
    server: tuple[str, list[tuple[str, int]]], browser: Any
) -> None:
    from selenium.webdriver.common.keys import Keys

    base, _ = server
    _open(browser, base + "conventions/")
    box = browser.find_element("id", "filtre")
    items = browser.find_elements("css selector", "#liste-conventions li")

    def shown() -> list[str]:
        return [i.text.split(" —")[0] for i in items if i.is_displayed()]

    assert len(shown()) == 6
    box.send_keys("corse")
    assert shown() == ["2A Corse-du-Sud"]
    assert "1 convention sur 6" in browser.find_element("id", "filtre-compte").text
    box.send_keys(Keys.CONTROL, "a")
    box.send_keys("2021-2022")
    assert sorted(shown()) == ["2A Corse-du-Sud", "62 Pas-de-Calais"]
    box.send_keys(Keys.CONTROL, "a")
    box.send_keys(Keys.BACKSPACE)
    assert len(shown()) == 6


@pytest.mark.parametrize(
    "page",
    [
        "",
        "conventions/",
        "conventions/01-ain-2020/",
        "conventions/01-ain-2020/rapports/2021/",
    ],
)
def test_no_serious_accessibility_violation(
    server: tuple[str, list[tuple[str, int]]], browser: Any, page: str
) -> None:
    base, _ = server
    _open(browser, base + page)
    browser.execute_script(AXE.read_text(encoding="utf-8"))
    results = browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', "
        "'best-practice']}}).then(r => done(r.violations), e => done(String(e)));"
    )
    assert isinstance(results, list), results
    serious = [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
        for v in results
        if v["impact"] in ("serious", "critical")
    ]
    assert not serious, serious
