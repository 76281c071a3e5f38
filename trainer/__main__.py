"""python -m trainer: the app, or a subcommand for editors and facilitators."""

import argparse
import logging
import sys
from pathlib import Path

from trainer import LANGUAGES
from trainer.commands import COMMANDS, add_all
from trainer.store.folder import DataFolderError


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="trainer", description="Khmer-first digital-literacy trainer")
    parser.add_argument("--data-dir", type=Path, help="keep all learners' data in this folder")
    parser.add_argument(
        "--lang", choices=LANGUAGES, help="interface language (default: the PC's setting, Khmer at first)"
    )
    parser.add_argument("--content", type=Path, action="append", help="content folder(s) to use")
    parser.add_argument("--smoke", action="store_true", help="open the picker, print 'shown', and quit")
    add_all(parser)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command:
            warnings = logging.StreamHandler()  # warnings (a recovery) on stderr; the rest in trainer.log
            warnings.setLevel(logging.WARNING)
            warnings.setFormatter(logging.Formatter("trainer: %(message)s"))
            logging.getLogger().addHandler(warnings)
            result: int = COMMANDS[args.command].run(args)
            return result
        from trainer.ui.app import run

        return run(args.data_dir, args.lang, args.content, smoke=args.smoke)
    except DataFolderError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
