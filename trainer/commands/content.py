"""`trainer content ...`: the editors' commands."""

import argparse
import json
from pathlib import Path

from trainer.commands import content_packs


def add(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]", name: str) -> None:
    content = subparsers.add_parser(name, help="check and count content files")
    commands = content.add_subparsers(dest="content_command", required=True)
    validate = commands.add_parser("validate", help="report problems as path:line: message")
    validate.add_argument("paths", nargs="*", type=Path)
    stats = commands.add_parser("stats", help="count lessons, questions and tags")
    stats.add_argument("paths", nargs="*", type=Path)
    stats.add_argument("--json", action="store_true", help="print JSON")
    stats.add_argument("--markdown", action="store_true", help="print the curricula list for the README")
    content_packs.add(commands)


def run(args: argparse.Namespace) -> int:
    if args.content_command in content_packs.SUBCOMMANDS:
        return content_packs.run(args)
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
