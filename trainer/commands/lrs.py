"""`trainer lrs push|check|status|retry`: send this PC's learning records to the programme's LRS.

Values given with --endpoint, --user, --home-page and the password are saved for next time;
the saved ones are used for the rest. The password never goes on the command line, where the
process list and the shell's history would keep it: it is read from --password-file, from
TRAINER_LRS_PASSWORD, or typed when asked (--ask-password, or when none is saved yet).
Nothing here prints the password.
"""

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from trainer.store.database import Database
    from trainer.sync.lrs import Lrs
    from trainer.sync.lrs_settings import Connection

PASSWORD_VARIABLE = "TRAINER_LRS_PASSWORD"
WAYS = (
    f"give it with --password-file PATH or the {PASSWORD_VARIABLE} environment variable,"
    " or type it with --ask-password in a terminal"
)


def add(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]", name: str) -> None:
    lrs = subparsers.add_parser(name, help="send learning records to the programme's LRS (xAPI)")
    commands = lrs.add_subparsers(dest="lrs_command", required=True)
    connection = argparse.ArgumentParser(add_help=False)
    connection.add_argument("--endpoint", metavar="URL", help="the LRS's xAPI address (saved)")
    connection.add_argument("--user", metavar="U", help="the centre's LRS user name (saved)")
    connection.add_argument("--password", help=argparse.SUPPRESS)
    connection.add_argument(
        "--password-file",
        metavar="PATH",
        type=Path,
        help="read the centre's LRS password from this file (saved)",
    )
    connection.add_argument(
        "--ask-password", action="store_true", help="type the centre's LRS password, unseen (saved)"
    )
    connection.add_argument(
        "--home-page",
        metavar="URL",
        help="the programme's web address that learners' ids are named on, the same on every PC (saved)",
    )
    lrs.epilog = f"The password can also come from the {PASSWORD_VARIABLE} environment variable."
    commands.add_parser("push", parents=[connection], help="send every record the LRS does not have yet")
    commands.add_parser("check", parents=[connection], help="test the connection and the credentials")
    commands.add_parser("status", help="how many records wait, and those the LRS refused")
    commands.add_parser("retry", help="put the records the LRS refused back in line for the next push")


def run(args: argparse.Namespace) -> int:
    from trainer.commands.records import open_database
    from trainer.sync.lrs import LrsError

    database = open_database(args.data_dir)
    try:
        if args.lrs_command == "status":
            _status(database)
            return 0
        if args.lrs_command == "retry":
            _retry(database)
            return 0
        return _push(database, args) if args.lrs_command == "push" else _check(database, args)
    except (ValueError, LrsError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    finally:
        database.close()


def _connect(database: "Database", args: argparse.Namespace) -> "Lrs":
    from trainer.sync.lrs import Lrs
    from trainer.sync.lrs_settings import save_connection, saved_connection, updated_connection

    saved = saved_connection(database)
    given = (args.endpoint, args.user, _password(args, saved), args.home_page)
    connection = updated_connection(saved, *given)
    save_connection(database, connection)
    return Lrs(connection)


def _password(args: argparse.Namespace, saved: "Connection | None") -> str | None:
    """The password given now, or None to keep the saved one; a ValueError when there is none."""
    if args.password is not None:
        raise ValueError(
            "--password would leave the password in the list of running programs and in the"
            f" shell's history; nothing was changed. Instead, {WAYS}."
        )
    if args.password_file is not None:
        return _read_password(args.password_file)
    if os.environ.get(PASSWORD_VARIABLE):
        return os.environ[PASSWORD_VARIABLE]
    if saved is None and (args.endpoint is None or args.user is None):
        return None  # the connection is not complete either: that is said first
    user_changed = saved is not None and args.user is not None and args.user.strip() != saved.username
    if not args.ask_password and saved is not None and not user_changed:
        return None
    if not sys.stdin.isatty():
        raise ValueError(f"the LRS password is missing, and nothing was changed: {WAYS}.")
    user = args.user or (saved.username if saved else "the centre")
    return getpass.getpass(f"LRS password for {user}: ")


def _read_password(path: Path) -> str:
    """The file's first line: a password file made with an editor ends with a line break."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as error:
        raise ValueError(
            f"cannot read the password file {path} ({error.strerror}); nothing was changed"
        ) from None
    password = text.splitlines()[0] if text.strip() else ""
    if not password:
        raise ValueError(f"the password file {path} is empty; nothing was changed")
    return password


def _check(database: "Database", args: argparse.Namespace) -> int:
    print(_connect(database, args).check())
    return 0


def _push(database: "Database", args: argparse.Namespace) -> int:
    from trainer.course.loader import load_library
    from trainer.resources import bundled_content
    from trainer.sync.lrs import LrsError
    from trainer.sync.lrs_outbox import push, waiting

    lrs = _connect(database, args)
    library = load_library(args.content or [bundled_content()])
    print(f"Sending {waiting(database)} records to {lrs.connection.endpoint} ...", flush=True)
    try:
        pushed = push(database, library, lrs)
    except LrsError as error:
        left = waiting(database)
        print(f"error: {error}\nNothing is lost: {left} records wait here for the next try.", file=sys.stderr)
        return 1
    print(f"Sent {pushed.sent} records. {waiting(database)} wait.")
    if pushed.already_there:
        print(
            f"{pushed.already_there} records were at the LRS already, sent from another PC with"
            " other details; the LRS keeps the copy it had."
        )
    for home_page in sorted(pushed.other_home_pages):
        print(_other_home_page(home_page, lrs.connection.home_page))
    if pushed.set_aside:
        refused = f"The LRS refused {pushed.set_aside} records: they are set aside"
        print(f"{refused} (python -m trainer lrs status lists them).")
    return 0


def _other_home_page(theirs: str, ours: str) -> str:
    return (
        f"Another PC names these learners on {theirs}, this PC on {ours}: a learner should be one"
        " person at the LRS. Use one web address on every PC of the programme, e.g. on this one:"
        f" python -m trainer lrs push --home-page {theirs}"
    )


def _retry(database: "Database") -> None:
    from trainer.sync.lrs_outbox import send_again

    again = send_again(database)
    print(f"{again} refused records wait again; they go with the next push (python -m trainer lrs push).")


def _status(database: "Database") -> None:
    from trainer.sync.lrs_outbox import already_there, set_aside, waiting
    from trainer.sync.lrs_settings import saved_connection

    connection = saved_connection(database)
    if connection is None:
        print("No LRS is set: python -m trainer lrs push --endpoint URL --user U --password-file PATH")
    else:
        print(
            f"LRS: {connection.endpoint} as {connection.username}; learners named on {connection.home_page}"
        )
    print(f"Waiting: {waiting(database)} records")
    already = already_there(database)
    if already:
        print(f"Already at the LRS, from another PC: {sum(already.values())} records")
    for home_page in sorted(already):
        if home_page and connection is not None and home_page != connection.home_page:
            print("  " + _other_home_page(home_page, connection.home_page))
    refused = set_aside(database)
    print(f"Set aside: {len(refused)} records the LRS refused")
    for record in refused:
        print(f"  {record.timestamp[:16]}  {record.learner}  {record.verb}  {record.module_id}")
        print(f"    {record.problem}")
    if refused:
        print("Once the LRS is fixed: python -m trainer lrs retry, then python -m trainer lrs push")
