"""`trainer progress centre-key new|show|join CODE`: the key a centre's PCs share, so that
each accepts progress files from the others and from nobody else."""

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from trainer.store.database import Database


def run_centre_key(database: "Database", args: argparse.Namespace) -> int:
    from trainer.store.centre_key import CodeError, centre_key, new_code, set_centre_key, shown

    key = centre_key(database)
    if args.key_command == "show":
        if key is None:
            print("This PC has no centre key yet. Make one on the first PC: progress centre-key new")
            return 1
        print(f"Centre key: {shown(key.code)}")
        return 0
    if args.key_command == "new":
        if key is not None and not args.replace:
            print(
                f"error: this PC has a centre key already ({shown(key.code)}). A new one means every"
                " other PC must join again: add --replace to make one all the same.",
                file=sys.stderr,
            )
            return 1
        key = set_centre_key(database, new_code())
        print(f"Centre key: {shown(key.code)}")
        print("On each other PC of the centre, run: python -m trainer progress centre-key join <the key>")
        return 0
    try:
        key = set_centre_key(database, " ".join(args.code))
    except CodeError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(f"This PC now uses the centre key {shown(key.code)}. Progress files from the centre's PCs go in.")
    return 0
