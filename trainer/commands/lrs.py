"""`trainer lrs push|check|status|retry`: send this PC's learning records to the programme's LRS.

Values given with --endpoint, --user, --password and --home-page are saved for next time;
the saved ones are used for the rest. Nothing here prints the password.
"""

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from trainer.store.database import Database
    from trainer.sync.lrs import Lrs


def add(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]", name: str) -> None:
    lrs = subparsers.add_parser(name, help="send learning records to the programme's LRS (xAPI)")
    commands = lrs.add_subparsers(dest="lrs_command", required=True)
    connection = argparse.ArgumentParser(add_help=False)
    connection.add_argument("--endpoint", metavar="URL", help="the LRS's xAPI address (saved)")
    connection.add_argument("--user", metavar="U", help="the centre's LRS user name (saved)")
    connection.add_argument("--password", metavar="P", help="the centre's LRS password (saved)")
    connection.add_argument(
        "--home-page",
        metavar="URL",
        help="the centre's web address, which learners' ids are named on (saved)",
    )
    commands.add_parser("push", parents=[connection], help="send every record the LRS does not have yet")
    commands.add_parser("check", parents=[connection], help="test the connection and the credentials")
    commands.add_parser("status", help="how many records wait, and those the LRS refused")
    commands.add_parser("retry", help="put the records the LRS refused back in line for the next push")


def run(args: argparse.Namespace) -> int:
    from trainer.commands import open_database
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

    given = (args.endpoint, args.user, args.password, args.home_page)
    connection = updated_connection(saved_connection(database), *given)
    save_connection(database, connection)
    return Lrs(connection)


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
    if pushed.set_aside:
        refused = f"The LRS refused {pushed.set_aside} records: they are set aside"
        print(f"{refused} (python -m trainer lrs status lists them).")
    return 0


def _retry(database: "Database") -> None:
    from trainer.sync.lrs_outbox import send_again

    again = send_again(database)
    print(f"{again} refused records wait again; they go with the next push (python -m trainer lrs push).")


def _status(database: "Database") -> None:
    from trainer.sync.lrs_outbox import set_aside, waiting
    from trainer.sync.lrs_settings import saved_connection

    connection = saved_connection(database)
    if connection is None:
        print("No LRS is set: python -m trainer lrs push --endpoint URL --user U --password P")
    else:
        print(
            f"LRS: {connection.endpoint} as {connection.username}; learners named on {connection.home_page}"
        )
    print(f"Waiting: {waiting(database)} records")
    refused = set_aside(database)
    print(f"Set aside: {len(refused)} records the LRS refused")
    for record in refused:
        print(f"  {record.timestamp[:16]}  {record.learner}  {record.verb}  {record.module_id}")
        print(f"    {record.problem}")
    if refused:
        print("Once the LRS is fixed: python -m trainer lrs retry, then python -m trainer lrs push")
