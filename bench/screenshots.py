"""Write the committed report screenshots, ``metrics/screenshots/{index,agent}.png``, from a scored ``out/`` folder.

Run ``make demo`` first, then ``.venv/bin/python bench/screenshots.py [OUT] [DEST]``. Uses Debian's ``chromium``
through Playwright (never downloads a browser).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path


def screenshots(out: Path, dest: Path, agent: str | None = None) -> list[Path]:
    """Full-page PNGs of the team overview and one agent page (the first, or ``agent``'s file id)."""
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        raise SystemExit("chromium not found: apt-get install chromium")
    pages = sorted((out / "agents").glob("*.html"))
    page_path = out / "agents" / f"{agent}.html" if agent else pages[0]
    dest.mkdir(parents=True, exist_ok=True)
    written = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        for source, name in ((out / "index.html", "index.png"), (page_path, "agent.png")):
            page.goto(source.resolve().as_uri())
            page.screenshot(path=str(dest / name), full_page=True)
            written.append(dest / name)
        browser.close()
    return written


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("out")
    dest = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("metrics/screenshots")
    for path in screenshots(out, dest, sys.argv[3] if len(sys.argv) > 3 else None):
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
