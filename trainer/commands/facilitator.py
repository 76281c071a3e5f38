"""`trainer facilitator reset-password NAME`: the recovery path for a forgotten password.

It needs someone at the PC itself (a terminal on this PC, or the data folder in hand), which
is the point: learners at the app's screens cannot reach it.
"""

import argparse
import getpass
import sys


def add(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]", name: str) -> None:
    facilitator = subparsers.add_parser(name, help="recover the facilitator account on this PC")
    commands = facilitator.add_subparsers(dest="facilitator_command", required=True)
    reset = commands.add_parser("reset-password", help="set a new password (or add this facilitator)")
    reset.add_argument("name")
    reset.add_argument("--password", help="the new password (asked for when left out)")


def run(args: argparse.Namespace) -> int:
    from trainer.commands.records import open_database
    from trainer.store.facilitators import reset_password

    password = args.password
    if password is None:
        password = getpass.getpass("New password: ")
        if getpass.getpass("The same password again: ") != password:
            print("error: the two passwords are not the same; nothing changed", file=sys.stderr)
            return 1
    database = open_database(args.data_dir)
    try:
        reset_password(database, args.name, password)
    except ValueError as error:
        print(f"error: {error}; nothing changed", file=sys.stderr)
        return 1
    finally:
        database.close()
    print(f"The facilitator password for {args.name} is set. Sign in from the picker's Facilitator button.")
    return 0
