"""A small scoring run shared by the browser and leak tests: seeded PII, injected HTML, a loopback MLflow server."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from .conftest import SAMPLE

BIN = Path(sys.executable).parent

#: Known, made-up PII planted in one call; each is searched for as written and digits-only.
SEEDED = {
    "card": "4539 5780 1234 5671",
    "sort_code": "20-45-67",
    "account": "31926819",
    "phone": "07700 900461",
    "email": "priya.thistlewood@example.org",
    "nino": "AB 31 75 92 C",
    "postcode": "LS1 4AP",
    "name": "Priya Thistlewood",
}
XSS = ("<script>window.__ccqa_xss = 1</script>", '<img src="x" onerror="window.__ccqa_xss = 2">')
XSS_AGENT = "north/<i>team</i> 7"


def build_inputs(folder: Path) -> Path:
    """A small JSONL input: three sample calls, a call full of seeded PII and a chat with injected HTML."""
    folder.mkdir(parents=True, exist_ok=True)
    sample, agents = [], set()
    for line in (SAMPLE / "inputs" / "interactions.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["agent_id"] not in agents and len(sample) < 3:
            agents.add(record["agent_id"])
            sample.append(record)
    s = SEEDED
    pii = {"interaction_id": "leak-0001", "agent_id": "agent-leak", "channel": "call",
           "started_at": "2026-03-20T10:00:00Z", "turns": [
               {"speaker": "agent", "text": "Good morning, Calder Bank, you're speaking to Sam. How can I help?",
                "start_s": 0.0, "end_s": 4.0},
               {"speaker": "customer", "text": f"Hi, this is {s['name']}. I think someone has used my card, "
                                               f"the number is {s['card']}.", "start_s": 5.0, "end_s": 12.0},
               {"speaker": "agent", "text": "I'm sorry to hear that. Can you confirm your sort code and account "
                                            "number so I can check it's you?", "start_s": 13.0, "end_s": 18.0},
               {"speaker": "customer", "text": f"Sort code {s['sort_code']}, account number {s['account']}. "
                                               f"My postcode is {s['postcode']}.", "start_s": 19.0, "end_s": 26.0},
               {"speaker": "agent", "text": "Thank you, that's verified. What's the best number and email to reach "
                                            "you on?", "start_s": 27.0, "end_s": 31.0},
               {"speaker": "customer", "text": f"Call me on {s['phone']} or email {s['email']}. My national "
                                               f"insurance number is {s['nino']} if you need it.",
                "start_s": 32.0, "end_s": 40.0},
               {"speaker": "agent", "text": "I've blocked the card and raised a fraud case. A new card arrives in "
                                            "three to five working days. Is there anything else I can help with?",
                "start_s": 41.0, "end_s": 50.0}]}
    xss = {"interaction_id": "xss-0001", "agent_id": XSS_AGENT, "channel": "chat",
           "started_at": "2026-03-21T09:00:00Z", "turns": [
               {"speaker": "customer", "text": f"hello {XSS[0]} my parcel has not arrived",
                "sent_at": "2026-03-21T09:00:00Z"},
               {"speaker": "agent", "text": "Hi, thanks for your message, I'm Alex from the help team. I can see "
                                            "the parcel is delayed and I can resend it today or refund you and a "
                                            f"resend is quicker {XSS[0]} while a refund is immediate and {XSS[1]} "
                                            "either way you will hear from us by email within the hour so which "
                                            "of the two would you prefer to go with today",
                "sent_at": "2026-03-21T09:01:30Z"},
               {"speaker": "customer", "text": "resend please </td></tr></table><b>bold?</b>",
                "sent_at": "2026-03-21T09:03:00Z"},
               {"speaker": "agent", "text": "Done, it's on its way and will arrive tomorrow. Is there anything else "
                                            "I can help with?", "sent_at": "2026-03-21T09:04:00Z"}]}
    path = folder / "interactions.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in [*sample, pii, xss]), encoding="utf-8")
    return path


@dataclass(frozen=True)
class ScoredRun:
    inputs: Path
    out: Path
    cwd: Path
    store: Path
    artifacts: Path
    url: str
    stdout: str


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(root: Path) -> tuple[subprocess.Popen, str]:
    """``mlflow server`` on loopback over a tmp SQLite store (the pattern of test_classify_tracking)."""
    port = free_port()
    proc = subprocess.Popen([str(BIN / "mlflow"), "server", "--host", "127.0.0.1", "--port", str(port),
                             "--backend-store-uri", f"sqlite:///{root / 'store.db'}",
                             "--artifacts-destination", str(root / "artifacts"), "--workers", "1"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=root, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    for _ in range(120):
        try:
            if urllib.request.urlopen(f"{url}/health", timeout=1).status == 200:
                return proc, url
        except OSError:
            time.sleep(0.5)
    stop_server(proc)
    raise RuntimeError("mlflow server did not start on loopback")


def stop_server(proc: subprocess.Popen) -> None:
    os.killpg(proc.pid, signal.SIGTERM)  # the server starts workers of its own: stop the whole group
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)


def score(root: Path, url: str) -> ScoredRun:
    inputs = build_inputs(root / "in")
    cwd = root / "cwd"
    cwd.mkdir()
    result = subprocess.run([str(BIN / "ccqa"), "score", str(inputs), "--out", str(root / "out")], cwd=cwd,
                            capture_output=True, text=True, timeout=600,
                            env={**os.environ, "MLFLOW_TRACKING_URI": url})
    assert result.returncode == 0, result.stderr[-4000:]
    return ScoredRun(inputs, root / "out", cwd, root / "store.db", root / "artifacts", url, result.stdout)
