"""`trainer screenshots --out DIR`: render each main screen to a PNG."""

import argparse
from pathlib import Path

from trainer import LANGUAGES


def add(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]", name: str) -> None:
    shots = subparsers.add_parser(name, help="render each main screen to a PNG")
    shots.add_argument("--out", type=Path, required=True)
    shots.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help="only this language")
    shots.add_argument(
        "--size",
        type=_size,
        action="append",
        help="a window size such as 1024x600 (again for more), or 'all': the layout check's four sizes",
    )


def _size(text: str) -> tuple[tuple[int, int], ...]:
    from trainer.ui.screenshots import SIZES

    if text == "all":
        return SIZES
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not WIDTHxHEIGHT, such as 1024x600") from None
    return ((width, height),)


def run(args: argparse.Namespace) -> int:
    from trainer.ui.screenshots import take_screenshots

    sizes = tuple(size for given in args.size for size in given) if args.size else None
    return take_screenshots(args.out, getattr(args, "lang", None), args.content, sizes)
