"""`trainer content ...`: the editors' commands."""

import argparse
import json
from pathlib import Path

from trainer.commands import content_authoring, content_packs


def add(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]", name: str) -> None:
    content = subparsers.add_parser(name, help="write, check, count and import content files")
    commands = content.add_subparsers(dest="content_command", required=True)
    content_authoring.add(commands)
    stats = commands.add_parser("stats", help="count lessons, questions and tags")
    stats.add_argument("paths", nargs="*", type=Path)
    stats.add_argument("--json", action="store_true", help="print JSON")
    stats.add_argument("--markdown", action="store_true", help="print the curricula list for the README")
    content_packs.add(commands)


def run(args: argparse.Namespace) -> int:
    if args.content_command in content_packs.SUBCOMMANDS:
        return content_packs.run(args)
    if args.content_command in content_authoring.COMMANDS:
        return content_authoring.run(args)
    from trainer.course.loader import load_library
    from trainer.course.stats import curricula_markdown, library_stats, stats_table
    from trainer.resources import bundled_content

    library = load_library(args.paths or [bundled_content()])
    if args.markdown:
        print(curricula_markdown(library), end="")
        return 0
    stats = library_stats(library)
    print(json.dumps(stats, ensure_ascii=False, indent=2) if args.json else stats_table(stats))
    return 0
