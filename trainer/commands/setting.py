"""`trainer setting NAME [VALUE]`: show or change a setting of this PC."""

import argparse
import sys


def add(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]", name: str) -> None:
    setting = subparsers.add_parser(name, help="show or change a setting of this PC, e.g. idle_minutes 5")
    setting.add_argument("name")
    setting.add_argument("value", nargs="?")


def run(args: argparse.Namespace) -> int:
    from trainer.commands.records import open_database
    from trainer.store.settings import get_setting, set_setting

    database = open_database(args.data_dir)
    try:
        if args.value is not None:
            set_setting(database, args.name, args.value)
        print(f"{args.name} = {get_setting(database, args.name)}")
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    finally:
        database.close()
    return 0
