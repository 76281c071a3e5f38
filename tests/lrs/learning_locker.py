"""A real LRS for the tests: Learning Locker's xAPI service (npm `xapi-statements` 5.0.1) on Node.

On first use it is installed with `npm ci` (package.json and package-lock.json beside this
file) into the git-ignored node_modules here, so a clean clone needs nothing else. It keeps
statements in memory and listens on 127.0.0.1 only (loopback.js). For basic authentication it
asks LL_CLIENT_INFO_ENDPOINT who the caller is; `ClientInfo` answers that for one user on
another loopback port: the client's JSON (the fields `repo/authRepo/getClient/fetch.js` reads)
for the right user and password, 404 ("no such client") for anything else.
"""

import base64
import json
import os
import shutil
import socket
import subprocess
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from .service import LoopbackService

HERE = Path(__file__).parent
SERVICE = HERE / "node_modules" / "xapi-statements" / "dist" / "index.js"
USER, PASSWORD = "centre-kampot", "lrs-password-for-tests"
CLIENT = {
    "_id": "5f0000000000000000000001",
    "title": "Kampot centre",
    "authority": {"objectType": "Agent", "name": USER, "mbox": "mailto:centre-kampot@example.org"},
    "isTrusted": True,
    "lrs_id": "5f0000000000000000000002",
    "organisation": "5f0000000000000000000003",
    "scopes": ["all"],
}


def install() -> None:
    """Install the service with npm unless it is there already (about a minute, once)."""
    if SERVICE.exists():
        return
    npm = shutil.which("npm")
    if npm is None:
        raise RuntimeError("the LRS tests need Node.js 20 and npm (Debian: apt-get install nodejs npm)")
    done = subprocess.run(
        [npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"],
        cwd=HERE,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    if done.returncode != 0 or not SERVICE.exists():
        raise RuntimeError(f"npm could not install the test LRS:\n{done.stdout}\n{done.stderr}")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class ClientInfo:
    """Answers Learning Locker's question "who is behind this Authorization header?"."""

    def __init__(self) -> None:
        expected = "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                known = self.headers.get("Authorization") == expected
                body = json.dumps(CLIENT).encode() if known else b'{"message": "no such client"}'
                self.send_response(200 if known else 404)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/client/info"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


class LearningLocker(LoopbackService):
    """One service process; `stop` and `start` again keep the address (not the statements)."""

    def __init__(self, folder: Path) -> None:
        install()
        super().__init__(folder, free_port())
        self.client_info = ClientInfo()
        folder.mkdir(parents=True, exist_ok=True)

    def start(self) -> None:
        env = {
            **os.environ,
            "MODELS_REPO": "memory",
            "STORAGE_REPO": "local",
            "EVENTS_REPO": "test",
            "AUTH_REPO": "fetch",
            "LL_CLIENT_INFO_ENDPOINT": self.client_info.url,
            "EXPRESS_PORT": str(self.port),
            "FS_LOCAL_STORAGE_DIR": str(self.folder / "storage"),
            "EXPRESS_MORGAN_DIRECTORY": str(self.folder / "access-logs"),
            "WINSTON_CONSOLE_LEVEL": "warn",
        }
        self.launch(["node", "-r", str(HERE / "loopback.js"), str(SERVICE)], env)

    def close(self) -> None:
        self.stop()
        self.client_info.close()
