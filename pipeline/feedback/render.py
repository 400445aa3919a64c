"""Render feedback records as self-contained HTML (inline CSS, inline SVG charts, a small sorting script) and Markdown.

Every value reaches the page through jinja2 autoescape or :func:`markupsafe.escape`, so transcript text
(already redacted) is shown as text and never runs; a Content-Security-Policy allows only the one
inline script, by hash.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Sequence
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup, escape

from .aggregate import file_id
from .records import AgentFeedback, ItemRate, TeamReport

TEMPLATES = Path(__file__).resolve().parent / "templates"
SORT_JS = (TEMPLATES / "sort.js").read_text(encoding="utf-8")
CSS = (TEMPLATES / "style.css").read_text(encoding="utf-8")
FONT = "font-family='system-ui, sans-serif' font-size='11'"


def _csp() -> str:
    digest = base64.b64encode(hashlib.sha256(SORT_JS.encode()).digest()).decode()
    return f"default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-{digest}'"


def _colour(rate: float | None) -> str:
    """Red (0) → amber (0.5) → green (1); grey when N/A."""
    if rate is None:
        return "#e5e7eb"
    hue = round(120 * max(0.0, min(1.0, rate)))
    return f"hsl({hue}, 65%, {52 if rate < 1 else 45}%)"


def _svg(width: int, height: int, label: str, body: list[str], cls: str) -> Markup:
    return Markup(f"<svg class='chart {cls}' xmlns='http://www.w3.org/2000/svg' width='{width}' height='{height}' "
                  f"viewBox='0 0 {width} {height}' role='img' aria-label='{escape(label)}'>"
                  f"<title>{escape(label)}</title>{''.join(body)}</svg>")


def histogram_svg(bins: Sequence[int], label: str = "QA score distribution") -> Markup:
    """Ten bars, 0–10 … 90–100 %, with counts."""
    w, h, left, bottom, bw = 420, 190, 30, 30, 36
    top = max(bins, default=0) or 1
    body = [f"<line x1='{left}' y1='{h - bottom}' x2='{left + 10 * (bw + 3)}' y2='{h - bottom}' stroke='#888'/>"]
    for i, n in enumerate(bins):
        bh = round((h - bottom - 20) * n / top)
        x, y = left + i * (bw + 3), h - bottom - bh
        body.append(f"<rect class='bar' x='{x}' y='{y}' width='{bw}' height='{max(bh, 1)}' fill='{_colour(i / 9)}'>"
                    f"<title>{i * 10}–{i * 10 + 10}%: {n}</title></rect>")
        if n:
            body.append(f"<text x='{x + bw / 2}' y='{y - 4}' text-anchor='middle' {FONT}>{n}</text>")
        body.append(f"<text x='{x + bw / 2}' y='{h - bottom + 14}' text-anchor='middle' {FONT}>{i * 10}</text>")
    body.append(f"<text x='{left + 5 * (bw + 3)}' y='{h - 4}' text-anchor='middle' {FONT}>QA score, %</text>")
    return _svg(w, h, label, body, "histogram")


def bars_svg(items: Sequence[ItemRate], label: str = "Pass rate per scorecard item") -> Markup:
    """One horizontal bar per item: pass rate, or 'n/a' when never applicable."""
    row, left, width = 22, 250, 260
    h = row * len(items) + 24
    body = []
    for i, item in enumerate(items):
        y = 8 + i * row
        name = escape(item.title or item.item_id)
        short = escape((item.title or item.item_id)[:38] + ("…" if len(item.title or item.item_id) > 38 else ""))
        body.append(f"<text x='{left - 6}' y='{y + 13}' text-anchor='end' {FONT}>{short}<title>{name}</title></text>")
        body.append(f"<rect x='{left}' y='{y}' width='{width}' height='16' fill='#f3f4f6'/>")
        if item.pass_rate is None:
            body.append(f"<text x='{left + 4}' y='{y + 12}' {FONT} fill='#6b7280'>n/a</text>")
            continue
        bw = max(round(width * item.pass_rate), 1)
        body.append(f"<rect class='bar' x='{left}' y='{y}' width='{bw}' height='16' fill='{_colour(item.pass_rate)}'>"
                    f"<title>{name}: {item.passed}/{item.passed + item.failed}</title></rect>")
        body.append(f"<text x='{left + width + 6}' y='{y + 12}' {FONT}>{round(100 * item.pass_rate)}% "
                    f"({item.passed}/{item.passed + item.failed})</text>")
    return _svg(left + width + 96, h, label, body, "items")


def lift_svg(values: Sequence[tuple[str, float]], label: str = "Customer sentiment lift per interaction") -> Markup:
    """A bar per interaction from a zero line (lift runs −2…+2): up = the customer ended happier than they started."""
    w, h, mid = max(60 + 14 * len(values), 240), 160, 80
    body = [f"<line x1='30' y1='{mid}' x2='{w - 10}' y2='{mid}' stroke='#888'/>",
            f"<text x='4' y='{mid - 62}' {FONT}>+2</text><text x='4' y='{mid + 70}' {FONT}>−2</text>"]
    for i, (name, lift) in enumerate(values):
        bh = max(round(min(abs(lift), 2) * 35), 1)
        y = mid - bh if lift >= 0 else mid
        body.append(f"<rect class='bar' x='{34 + i * 14}' y='{y}' width='10' height='{bh}' "
                    f"fill='{'#16a34a' if lift >= 0 else '#dc2626'}'><title>{escape(name)}: {lift:+.2f}</title></rect>")
    return _svg(w, h, label, body, "lift")


def heatmap_svg(report: TeamReport, label: str = "Item pass rate: agents × items") -> Markup:
    """Agents down, scorecard items across; colour = pass rate, grey = not applicable."""
    items = [i for i in report.items if i.pass_rate is not None] or list(report.items)
    cell, left, top = 26, 150, 150
    w, h = left + cell * len(items) + 110, top + cell * len(report.agents) + 10
    body = []
    for j, item in enumerate(items):
        x = left + j * cell + cell / 2
        body.append(f"<text transform='translate({x + 4},{top - 6}) rotate(-55)' {FONT}>"
                    f"{escape(item.item_id[:26])}<title>{escape(item.title or item.item_id)}</title></text>")
    for i, agent in enumerate(report.agents):
        y = top + i * cell
        rates = {r.item_id: r for r in agent.items}
        body.append(f"<text x='{left - 6}' y='{y + 17}' text-anchor='end' {FONT}>{escape(agent.agent_id[:22])}</text>")
        for j, item in enumerate(items):
            r = rates.get(item.item_id)
            rate = r.pass_rate if r else None
            tip = "n/a" if rate is None else f"{round(100 * rate)}% ({r.passed}/{r.passed + r.failed})"
            body.append(f"<rect class='cell' x='{left + j * cell}' y='{y}' width='{cell - 2}' height='{cell - 2}' "
                        f"fill='{_colour(rate)}'><title>{escape(agent.agent_id)} · {escape(item.item_id)}: {tip}"
                        f"</title></rect>")
    return _svg(w, h, label, body, "heatmap")


def _pct(x: float | None, scale: float = 100) -> str:
    return "—" if x is None else f"{x * scale:.0f}%"


def _num(x: float | None, digits: int = 1) -> str:
    return "—" if x is None else f"{x:.{digits}f}"


def _signed(x: float | None, digits: int = 1) -> str:
    return "—" if x is None else f"{x:+.{digits}f}"


def _md(text: object) -> str:
    """Markdown-safe inline text: HTML special characters escaped, table pipes and newlines neutralised."""
    text = str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace("|", "\\|").replace("`", "\\`").replace("\r", " ").replace("\n", " ")


def _env(html: bool) -> Environment:
    env = Environment(loader=FileSystemLoader(TEMPLATES), undefined=StrictUndefined, trim_blocks=True,
                      lstrip_blocks=True, autoescape=select_autoescape(["html.j2"]) if html else False)
    env.filters.update(pct=_pct, num=_num, signed=_signed, md=_md, anchor=lambda s: "i-" + file_id(str(s)))
    env.globals.update(css=Markup(CSS), sort_js=Markup(SORT_JS), csp=Markup(_csp()))
    return env


HTML, MD = _env(True), _env(False)


def agent_html(feedback: AgentFeedback, team: TeamReport | None = None) -> str:
    lifts = [(r.interaction_id, r.lift) for r in feedback.rows if r.lift is not None]
    return HTML.get_template("agent.html.j2").render(
        a=feedback, team=team, histogram=histogram_svg(feedback.score.bins),
        bars=bars_svg([i for i in feedback.items if i.passed + i.failed] or feedback.items),
        lift=lift_svg(lifts) if lifts else None)


def agent_md(feedback: AgentFeedback) -> str:
    return MD.get_template("agent.md.j2").render(a=feedback)


def index_html(report: TeamReport) -> str:
    return HTML.get_template("index.html.j2").render(t=report, histogram=histogram_svg(report.score.bins),
                                                     heatmap=heatmap_svg(report),
                                                     bars=bars_svg([i for i in report.items if i.passed + i.failed]))
