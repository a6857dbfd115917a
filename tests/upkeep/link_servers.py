"""Real HTTP servers on loopback for the link check: answers 200, 404, redirects, a slow page, and
records each request's User-Agent and how many were in flight at once."""

import threading
import time
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ROUTES = {
    "/ok": (200, None),
    "/missing": (404, None),
    "/moved": (301, "/ok"),
    "/moved-to-missing": (302, "/missing"),
    "/loop": (302, "/loop"),
}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 - http.server's name
        server = self.server
        with server.lock:
            server.user_agents.append(self.headers.get("User-Agent", ""))
            server.in_flight += 1
            server.most_in_flight = max(server.most_in_flight, server.in_flight)
        try:
            if self.path.startswith("/slow"):
                time.sleep(0.3)
                status, location = 200, None
            else:
                status, location = ROUTES.get(self.path, (404, None))
            self.send_response(status)
            if location:
                self.send_header("Location", location)
            self.send_header("Content-Length", "0")
            self.end_headers()
        finally:
            with server.lock:
                server.in_flight -= 1

    def log_message(self, *args):
        pass


@contextmanager
def link_server():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.lock = threading.Lock()
    server.user_agents, server.in_flight, server.most_in_flight = [], 0, 0
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        server.url = f"http://127.0.0.1:{server.server_address[1]}"
        yield server
    finally:
        server.shutdown()
        server.server_close()
