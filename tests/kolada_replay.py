"""A local stand-in for Kolada's API v3: an HTTP server on 127.0.0.1 that replays recorded
answers (tests/data/kolada/answers.json), so that no test reaches the internet.

Each recorded answer is keyed by the path and query asked; ``{base}`` in an answer becomes
the server's own address (Kolada's ``next_url`` is absolute). An answer may also say
``"fail_first": N`` (answer HTTP 500 the first N times) or ``"delay": SECONDS`` (answer late,
for timeouts)."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ANSWERS = Path(__file__).parent / "data" / "kolada" / "answers.json"


class Replay:
    """The running server: its base address and every path it was asked, in order."""

    def __init__(self, answers: dict[str, Any]) -> None:
        self.answers = answers
        self.asked: list[str] = []
        self.base = ""

    @property
    def api_url(self) -> str:
        return f"{self.base}/v3"


@contextmanager
def kolada_replay(answers: dict[str, Any] | None = None) -> Iterator[Replay]:
    """Serve ``answers`` (default: the recorded ones) until the block ends."""
    replay = Replay(answers if answers is not None else json.loads(ANSWERS.read_text("utf-8")))
    failures: dict[str, int] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            replay.asked.append(self.path)
            answer = replay.answers.get(self.path)
            if answer is None:
                self._send(404, {"error": "not recorded", "path": self.path})
                return
            failed = failures.get(self.path, 0)
            if failed < answer.get("fail_first", 0):
                failures[self.path] = failed + 1
                self._send(500, {"error": "recorded failure"})
                return
            if answer.get("delay"):
                time.sleep(answer["delay"])
            body = json.dumps(answer["body"], ensure_ascii=False).replace("{base}", replay.base)
            self._send(200, body)

        def _send(self, status: int, body: Any) -> None:
            data = (body if isinstance(body, str) else json.dumps(body)).encode("utf-8")
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up waiting (the timeout test)

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    replay.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield replay
    finally:
        server.shutdown()
        server.server_close()
