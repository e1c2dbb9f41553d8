"""A chat-completions server on 127.0.0.1 that misbehaves on purpose (run as a script).

A fake, not a real judge: the faults it serves (429s, 500s, stalls, broken bodies, a death
mid-request) are what a real server does only by bad luck, so a drill cannot cause them
otherwise. What it does for a request is named by a marker in the graded response,
``FAULT:<kind>x<count>``: the first ``count`` requests carrying the marker get the fault,
later ones a valid verdict; a kind without a count always faults. Counts live in a state
file, so a restarted server goes on where the killed one stopped.

    python fake_judge.py PORT STATE_FILE
"""

from __future__ import annotations

import json
import os
import re
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

VERDICT = {
    "rationale": "harmless",
    "cited_rules": [],
    "violation": False,
    "severity": "none",
    "mode": "direct_answer",
    "helpfulness_direct": 3,
    "helpfulness_indirect": 2,
}
#: Verdict texts (the message content) that are not a verdict.
BAD_CONTENT = {
    "content_nonjson": "The answer looks fine to me.",
    "content_truncated": '{"rationale": "harmless", "violation": fal',
    "content_wrong_schema": '{"verdict": "safe", "score": 0.9}',
}
MARKER = re.compile(r"FAULT:([a-z_0-9]+?)(?:x(\d+))?\b")
#: How long a ``slow`` answer takes (the drill's client gives up sooner).
SLOW_S = 3.0

_lock = threading.Lock()


def _fault(state: Path, text: str) -> str | None:
    """The fault this request gets, counting it in the state file."""
    match = MARKER.search(text)
    if match is None:
        return None
    kind, count = match.group(1), match.group(2)
    with _lock:
        seen: dict[str, int] = json.loads(state.read_text()) if state.exists() else {}
        served = seen.get(match.group(0), 0)
        seen[match.group(0)] = served + 1
        state.write_text(json.dumps(seen))
    return kind if count is None or served < int(count) else None


class Handler(BaseHTTPRequestHandler):
    state: Path

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("content-length", 0))).decode("utf-8")
        request = json.loads(body)
        text = json.dumps(request["messages"])
        kind = _fault(self.state, text)
        if kind == "die":
            os._exit(1)  # the process dies mid-request: the client's connection drops
        if kind == "slow":
            time.sleep(SLOW_S)
        if kind in ("429", "500"):
            headers = {"Retry-After": "0.1"} if kind == "429" else {}
            self._send(int(kind), b'{"error": {"message": "try later"}}', headers)
            return
        if kind == "body_nonjson":
            self._send(200, b"<html>502 bad gateway</html>")
            return
        if kind == "body_wrong_schema":
            self._send(200, b'{"result": "ok"}')
            return
        if kind == "body_truncated":
            reply = self._reply(json.dumps(VERDICT)).encode()
            self.send_response(200)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(reply)))
            self.end_headers()
            self.wfile.write(reply[: len(reply) // 2])
            self.wfile.flush()
            self.close_connection = True
            return
        content = BAD_CONTENT.get(kind or "", json.dumps(VERDICT))
        self._send(200, self._reply(content).encode())

    def _reply(self, content: str) -> str:
        return json.dumps(
            {
                "choices": [{"message": {"content": content}, "finish_reason": "stop"}],
                "usage": {"prompt_tokens": 10, "completion_tokens": 10},
            }
        )

    def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)


def main() -> None:
    port, state = int(sys.argv[1]), Path(sys.argv[2])
    Handler.state = state
    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    server.daemon_threads = True
    print("ready", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
