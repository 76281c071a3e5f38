"""A real LRS for the tests: Ralph (`ralph-malph[lrs]`, FastAPI on uvicorn) with its file backend.

Ralph is the LRS that refuses a statement whose id it already holds with other content (HTTP
409 "Differing statements already exist"), as the programme's Ralph does. On first use it is
installed with pip into the git-ignored `.ralph-venv` here (its server needs FastAPI and
uvicorn, which the trainer's own environment does not), so a clean clone needs nothing else.
It keeps statements in a JSON-lines file in the test's folder, listens on 127.0.0.1 only, and
knows one user (basic authentication, bcrypt hash in its auth file).

Ralph 5.1.0's file backend creates its file on the first write and refuses every later one
("already exists and overwrite is not allowed"); `SERVE` makes it append instead, as its
MongoDB, Elasticsearch and ClickHouse backends do. Everything else is Ralph's own code.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

from .learning_locker import PASSWORD, USER, free_port
from .service import LoopbackService

HERE = Path(__file__).parent
VENV = HERE / ".ralph-venv"
PYTHON = VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
REQUIREMENTS = ("ralph-malph[lrs]==5.1.0", "requests>=2.31")
"""Ralph 5.1.0's `lrs` extra leaves out `requests`, which its API imports."""
SERVE = """
import sys, uvicorn
from ralph.backends.data.base import BaseOperationType
from ralph.backends.lrs.fs import FSLRSBackend
FSLRSBackend.default_operation_type = BaseOperationType.APPEND
uvicorn.run("ralph.api:app", host="127.0.0.1", port=int(sys.argv[1]), log_level="warning")
"""


def install() -> None:
    """Make the venv and install Ralph's server into it unless it is there (a minute, once)."""
    if PYTHON.exists() and _run([str(PYTHON), "-c", "import ralph.api, uvicorn"]).returncode == 0:
        return
    made = _run([sys.executable, "-m", "venv", "--clear", str(VENV)])
    if made.returncode == 0:
        made = _run([str(PYTHON), "-m", "pip", "install", "--quiet", *REQUIREMENTS])
    if made.returncode != 0:
        raise RuntimeError(f"pip could not install the test LRS (Ralph):\n{made.stdout}\n{made.stderr}")


def _run(command: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, timeout=900, check=False)


class Ralph(LoopbackService):
    """One Ralph process with the centre's user; `stop` and `start` again keep its statements."""

    name = "the test LRS (Ralph)"

    def __init__(self, folder: Path) -> None:
        install()
        super().__init__(folder, free_port())
        (folder / "statements").mkdir(parents=True, exist_ok=True)
        self._write_users()

    def heartbeat(self) -> str:
        return f"http://127.0.0.1:{self.port}/__heartbeat__"

    def _write_users(self) -> None:
        hashed = _run(
            [str(PYTHON), "-c", "import bcrypt, sys; print(bcrypt.hashpw(sys.argv[1].encode(),"
             " bcrypt.gensalt(4)).decode())", PASSWORD]
        )  # fmt: skip
        user = {
            "agent": {"mbox": f"mailto:{USER}@example.org"},
            "scopes": ["all"],
            "hash": hashed.stdout.strip(),
            "username": USER,
        }
        (self.folder / "auth.json").write_text(json.dumps([user]), encoding="utf-8")

    def start(self) -> None:
        env = {
            **os.environ,
            "RALPH_APP_DIR": str(self.folder / "app"),
            "RALPH_AUTH_FILE": str(self.folder / "auth.json"),
            "RALPH_RUNSERVER_BACKEND": "fs",
            "RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH": str(self.folder / "statements"),
        }
        self.launch([str(PYTHON), "-c", SERVE, str(self.port)], env)
