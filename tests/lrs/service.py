"""A test LRS run as a process of its own on 127.0.0.1: started, waited for, and stopped."""

import os
import signal
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path


class LoopbackService:
    """`stop` and `start` again keep the address; the service's output goes to `service.log`."""

    name = "the test LRS"

    def __init__(self, folder: Path, port: int) -> None:
        self.folder, self.port = folder, port
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.port}/xAPI/"

    def heartbeat(self) -> str:
        """An address that answers 200 once the service is up."""
        return self.endpoint + "about"

    def launch(self, command: list[str], env: dict[str, str]) -> None:
        with (self.folder / "service.log").open("ab") as log:
            self.process = subprocess.Popen(
                command, cwd=self.folder, env=env, stdout=log, stderr=subprocess.STDOUT
            )
        self._wait_until_up()

    def _wait_until_up(self, seconds: float = 60.0) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            assert self.process is not None
            if self.process.poll() is not None:
                break
            try:
                with urllib.request.urlopen(self.heartbeat(), timeout=2) as answer:
                    if answer.status == 200:
                        return
            except (OSError, urllib.error.URLError):
                time.sleep(0.1)
        log = (self.folder / "service.log").read_text(encoding="utf-8", errors="replace")
        self.stop()
        raise RuntimeError(f"{self.name} did not start:\n{log}")

    def stop(self) -> None:
        """Stop the service by its process id, and wait until it has gone."""
        if self.process is None:
            return
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.kill(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)
        self.process = None
