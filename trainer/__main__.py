"""python -m trainer: the app, or a subcommand for editors and facilitators."""

import argparse
import json
import sys
from pathlib import Path

from trainer import LANGUAGES


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="trainer", description="Khmer-first digital-literacy trainer")
    parser.add_argument("--data-dir", type=Path, help="keep all learners' data in this folder")
    parser.add_argument("--lang", choices=LANGUAGES, help="interface language (default: Khmer)")
    parser.add_argument("--content", type=Path, action="append", help="content folder(s) to use")
    parser.add_argument("--smoke", action="store_true", help="open the picker, print 'shown', and quit")
    commands = parser.add_subparsers(dest="command")

    content = commands.add_parser("content", help="check and count content files")
    content_commands = content.add_subparsers(dest="content_command", required=True)
    validate = content_commands.add_parser("validate", help="report problems as path:line: message")
    validate.add_argument("paths", nargs="*", type=Path)
    stats = content_commands.add_parser("stats", help="count lessons, questions and tags")
    stats.add_argument("paths", nargs="*", type=Path)
    stats.add_argument("--json", action="store_true", help="print JSON")
    stats.add_argument("--markdown", action="store_true", help="print the curricula list for the README")

    setting = commands.add_parser("setting", help="show or change a setting of this PC, e.g. idle_minutes 5")
    setting.add_argument("name")
    setting.add_argument("value", nargs="?", type=int)

    shots = commands.add_parser("screenshots", help="render each main screen to a PNG")
    shots.add_argument("--out", type=Path, required=True)
    shots.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help="only this language")
    return parser


def _content_command(args: argparse.Namespace) -> int:
    from trainer.course.loader import load_library
    from trainer.course.stats import curricula_markdown, library_stats, stats_table
    from trainer.resources import bundled_content

    library = load_library(args.paths or [bundled_content()])
    if args.content_command == "validate":
        for problem in library.problems:
            print(problem)
        if not library.problems:
            print(f"ok: {len(library.modules)} modules in {len(library.curricula)} curricula")
        return 1 if library.problems else 0
    if args.markdown:
        print(curricula_markdown(library), end="")
        return 0
    stats = library_stats(library)
    print(json.dumps(stats, ensure_ascii=False, indent=2) if args.json else stats_table(stats))
    return 0


def _setting_command(args: argparse.Namespace) -> int:
    from trainer.store.database import DATABASE_NAME, Database
    from trainer.store.settings import get_setting, set_setting
    from trainer.ui.app import data_folder

    database = Database(data_folder(args.data_dir) / DATABASE_NAME)
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


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "content":
        return _content_command(args)
    if args.command == "setting":
        return _setting_command(args)
    if args.command == "screenshots":
        from trainer.ui.screenshots import take_screenshots

        return take_screenshots(args.out, args.lang, args.content)
    from trainer.ui.app import run

    return run(args.data_dir, args.lang or "km", args.content, smoke=args.smoke)


if __name__ == "__main__":
    sys.exit(main())
