"""Where this centre sends its learning records: the programme's LRS, and the programme's home page.

Kept in this PC's database (table lrs_connection), which only facilitator screens show; the
password never appears in a log, a message or a repr.
"""

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from trainer.messages import QT_TRANSLATE_NOOP, Refusal, RefusedError
from trainer.store.database import Database


class ConnectionProblem(Refusal):
    NOT_SET = (
        "not-set",
        QT_TRANSLATE_NOOP(
            "ConnectionProblem", "No LRS is set yet: give its address, user name and password."
        ),
    )
    NO_LOGIN = (
        "no-login",
        QT_TRANSLATE_NOOP(
            "ConnectionProblem", "The LRS needs a user name and a password (the programme gives them)."
        ),
    )
    ADDRESS_NOT_WEB = (
        "address-not-web",
        QT_TRANSLATE_NOOP(
            "ConnectionProblem", "The LRS address must be a web address starting with https:// or http://."
        ),
    )
    ADDRESS_WITH_LOGIN = (
        "address-with-login",
        QT_TRANSLATE_NOOP(
            "ConnectionProblem", "The LRS address must not hold a user name or password: give them apart."
        ),
    )
    HOME_PAGE_NOT_WEB = (
        "home-page-not-web",
        QT_TRANSLATE_NOOP(
            "ConnectionProblem", "The programme's web address must start with https:// or http://."
        ),
    )
    HOME_PAGE_WITH_LOGIN = (
        "home-page-with-login",
        QT_TRANSLATE_NOOP(
            "ConnectionProblem", "The programme's web address must not hold a user name or password."
        ),
    )


class ConnectionFieldError(RefusedError[ConnectionProblem], ValueError):
    """What a facilitator typed for the LRS cannot be used; nothing is saved."""


@dataclass(frozen=True)
class Connection:
    endpoint: str
    """The LRS's xAPI address, ending in a slash; statements go to endpoint + "statements"."""
    username: str
    password: str = field(repr=False)
    home_page: str
    """The web address learners' accounts are named on (with an opaque id): the programme's, the
    same on every PC, since it is part of each learner's identity at the LRS."""


def make_connection(endpoint: str, username: str, password: str, home_page: str = "") -> Connection:
    """A connection from what a facilitator typed, or a ConnectionFieldError saying what to fix.

    Without a home page, learners are named on the LRS's own site, which every centre shares."""
    endpoint = endpoint.strip()
    _check_web_address(endpoint, ConnectionProblem.ADDRESS_NOT_WEB, ConnectionProblem.ADDRESS_WITH_LOGIN)
    if not endpoint.endswith("/"):
        endpoint += "/"
    if not username.strip() or not password:
        raise ConnectionFieldError(ConnectionProblem.NO_LOGIN)
    home_page = home_page.strip() or _site(endpoint)
    _check_web_address(home_page, ConnectionProblem.HOME_PAGE_NOT_WEB, ConnectionProblem.HOME_PAGE_WITH_LOGIN)
    return Connection(endpoint, username.strip(), password, home_page)


def _check_web_address(address: str, not_web: ConnectionProblem, with_login: ConnectionProblem) -> None:
    parts = urlsplit(address)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConnectionFieldError(not_web)
    if parts.username or parts.password:
        raise ConnectionFieldError(with_login)


def _site(address: str) -> str:
    parts = urlsplit(address)
    return f"{parts.scheme}://{parts.netloc}/"


def saved_connection(database: Database) -> Connection | None:
    rows = database.query("SELECT endpoint, username, password, home_page FROM lrs_connection")
    return Connection(*rows[0]) if rows else None


def save_connection(database: Database, connection: Connection) -> None:
    with database.writing():
        database.table("lrs_connection").upsert({"id": 1, **connection.__dict__}, pk="id")


def updated_connection(
    saved: Connection | None,
    endpoint: str | None = None,
    username: str | None = None,
    password: str | None = None,
    home_page: str | None = None,
) -> Connection:
    """The saved connection with the values given now; a ConnectionFieldError says what is missing or wrong.

    The home page stays as saved unless given: it is part of every learner's identity at the LRS."""
    if saved is None:
        if endpoint is None or username is None or password is None:
            raise ConnectionFieldError(ConnectionProblem.NOT_SET)
        saved = Connection(endpoint, username, password, home_page or "")
    return make_connection(
        saved.endpoint if endpoint is None else endpoint,
        saved.username if username is None else username,
        saved.password if password is None else password,
        saved.home_page if home_page is None else home_page,
    )
