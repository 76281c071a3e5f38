"""`trainer demo --data-dir PATH`: a demo class with months of progress, to explore and show."""

import argparse
import sys
from pathlib import Path


def add(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]", name: str) -> None:
    demo = subparsers.add_parser(name, help="seed a demo class of learners with months of progress")
    demo.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS, help="an empty data folder")
    demo.add_argument("--learners", type=int, default=25, help="how many learners (default 25)")
    demo.add_argument("--seed", type=int, default=1, help="the same seed gives the same class each day")


def run(args: argparse.Namespace) -> int:
    from trainer.commands.records import open_database
    from trainer.course.loader import load_library
    from trainer.demo.seed import DEMO_CLASS, DEMO_CODE, seed_demo
    from trainer.resources import bundled_content

    if args.data_dir is None:
        print("error: the demo goes in a data folder of its own: give --data-dir PATH", file=sys.stderr)
        return 1
    database = open_database(args.data_dir)
    try:
        seeded = seed_demo(
            database, load_library(args.content or [bundled_content()]), args.learners, args.seed
        )
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    finally:
        database.close()
    print(f"{DEMO_CLASS}: {seeded.learners} learners, {seeded.answers} answers, {seeded.events} events")
    print(f"in {args.data_dir}")
    print(f"Every demo learner's picture code: {', '.join(DEMO_CODE.split('-'))}")
    return 0
