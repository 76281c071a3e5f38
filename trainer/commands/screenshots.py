"""`trainer screenshots --out DIR`: render each main screen to a PNG."""

import argparse
from pathlib import Path

from trainer import LANGUAGES


def add(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]", name: str) -> None:
    shots = subparsers.add_parser(name, help="render each main screen to a PNG")
    shots.add_argument("--out", type=Path, required=True)
    shots.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help="only this language")


def run(args: argparse.Namespace) -> int:
    from trainer.ui.screenshots import take_screenshots

    return take_screenshots(args.out, getattr(args, "lang", None), args.content)
