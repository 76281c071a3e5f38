"""Talk to a Learning Record Store over xAPI 1.0.3 with the standard library's urllib.

Every request carries `X-Experience-API-Version: 1.0.3` and basic authentication. Failures
become an `LrsError` whose message a facilitator can act on; none of them holds the password.
Redirects are not followed: urllib would turn a redirected POST into a GET, and statements
that were never stored would look sent.
"""

import base64
import http.client
import json
import urllib.error
import urllib.request
from collections.abc import Iterator, Sequence
from typing import Any
from urllib.parse import urlencode, urljoin

from trainer.sync.lrs_settings import Connection

XAPI_VERSION = "1.0.3"
SENT = (200, 204)
REFUSED_STATEMENTS = (400, 409, 422)


class LrsError(Exception):
    """The LRS could not take the request; the message says why and what to do."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class UnreachableError(LrsError):
    """No answer, or the server failed (5xx): try again later, nothing is lost."""


class CredentialsError(LrsError):
    """The LRS does not accept this user name and password."""


class StatementsRefusedError(LrsError):
    """The LRS refused the statements themselves (400, 409 or 422): resending will not help."""


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any) -> None:
        return None


_OPENER = urllib.request.build_opener(_NoRedirects)


class Lrs:
    def __init__(self, connection: Connection, timeout: float = 30.0) -> None:
        self.connection, self.timeout = connection, timeout
        secret = f"{connection.username}:{connection.password}".encode()
        self._authorization = "Basic " + base64.b64encode(secret).decode("ascii")

    def send(self, statements: Sequence[str]) -> None:
        """POST statements (each already JSON) as one batch, exactly as given."""
        body = ("[" + ",".join(statements) + "]").encode("utf-8")
        self._request("POST", self.connection.endpoint + "statements", body)

    def check(self) -> str:
        """Reach the LRS and sign in; what to tell the facilitator, or an LrsError.

        It reads one statement: /about would not do, as Ralph has none."""
        connected = f"Connected to {self.connection.endpoint} as {self.connection.username}."
        try:
            answer = self._request("GET", self.connection.endpoint + "statements?limit=1")
        except CredentialsError as refusal:
            if refusal.status != 403:
                raise
            return connected + " This user may send statements but not read them."
        try:
            json.loads(answer)["statements"]
        except (ValueError, TypeError, KeyError):
            raise LrsError(
                f"{self.connection.endpoint} answered, but not as an xAPI LRS:"
                " is this the xAPI address the programme gave?"
            ) from None
        return connected

    def statement(self, statement_id: str) -> dict[str, Any] | None:
        """The statement the LRS holds with this id, or None when it has none (404).

        Ralph answers with a StatementResult where xAPI asks for the statement alone."""
        try:
            answer = self._request(
                "GET", self.connection.endpoint + "statements?" + urlencode({"statementId": statement_id})
            )
        except LrsError as refusal:
            if refusal.status == 404:
                return None
            raise
        found: dict[str, Any] = json.loads(answer)
        if isinstance(found.get("statements"), list):
            return next((s for s in found["statements"] if s.get("id") == statement_id), None)
        return found

    def statements(self, **query: str) -> Iterator[dict[str, Any]]:
        """The statements matching the query, page after page; `more` is relative to the server root."""
        url: str | None = self.connection.endpoint + "statements?" + urlencode(query)
        while url:
            page = json.loads(self._request("GET", url))
            yield from page["statements"]
            url = urljoin(self.connection.endpoint, page["more"]) if page.get("more") else None

    def _request(self, method: str, url: str, body: bytes | None = None) -> bytes:
        headers = {"X-Experience-API-Version": XAPI_VERSION, "Authorization": self._authorization}
        if body is not None:
            headers["Content-Type"] = "application/json"
        request = urllib.request.Request(url, data=body, headers=headers, method=method)
        try:
            with _OPENER.open(request, timeout=self.timeout) as response:
                status, answer = response.status, response.read()
        except urllib.error.HTTPError as error:
            raise self._refusal(error.code, error.read()) from None
        except http.client.InvalidURL as error:
            raise LrsError(f"The LRS pointed to an address that is not valid ({error}).") from None
        except (OSError, http.client.HTTPException) as error:
            reason = getattr(error, "reason", None) or error
            where = self.connection.endpoint
            raise UnreachableError(f"Could not reach the LRS at {where} ({reason}).") from None
        if method == "POST" and status not in SENT:
            raise LrsError(f"The LRS answered HTTP {status} where 200 or 204 was expected.", status)
        return bytes(answer)

    def _refusal(self, status: int, answer: bytes) -> LrsError:
        said = _message(answer)
        if status >= 500:
            where = self.connection.endpoint
            return UnreachableError(f"The LRS at {where} failed (HTTP {status}{said}).", status)
        if status == 401:
            return CredentialsError(
                f"The LRS refused the user name '{self.connection.username}' or its password"
                f" (HTTP 401{said}). Check them with the programme.",
                status,
            )
        if status == 403:
            return CredentialsError(
                f"The LRS does not let '{self.connection.username}' do this (HTTP 403{said}).", status
            )
        if status in REFUSED_STATEMENTS:
            return StatementsRefusedError(f"HTTP {status}{said}", status)
        return LrsError(
            f"The LRS answered HTTP {status}{said} at {self.connection.endpoint}:"
            " is this the xAPI address the programme gave?",
            status,
        )


def _message(answer: bytes) -> str:
    """What the LRS said about a refusal, briefly (Learning Locker and Ralph answer in JSON)."""
    try:
        said = json.loads(answer)
    except ValueError:
        said = answer.decode("utf-8", "replace").strip()
    if isinstance(said, dict):
        said = said.get("message") or said.get("detail") or said.get("warnings") or ""
    text = " ".join(str(said).split())
    return f": {text[:300]}" if text else ""
