"""`trainer content new | validate | import-gift | import-aiken`: writing and checking modules."""

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from trainer import LANGUAGES

if TYPE_CHECKING:
    from trainer.course.model import Library

COMMANDS = ("new", "validate", "import-gift", "import-aiken")


def add(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    new = commands.add_parser("new", help="start a module from commented examples in both languages")
    new.add_argument("module_id", help="the new module's id, such as spot-the-fake-message")
    new.add_argument("--curriculum", required=True, help="the curriculum's id (made if it does not exist)")
    new.add_argument(
        "--root", type=Path, default=Path("content"), help="the content folder (default: content)"
    )
    validate = commands.add_parser("validate", help="report problems as path:line: message, and translations")
    validate.add_argument("paths", nargs="*", type=Path)
    validate.add_argument(
        "--strict", action="store_true", help="also fail on draft translations (for release)"
    )
    validate.add_argument(
        "--untranslated", choices=LANGUAGES, help="list where texts in this language are missing or copied"
    )
    for kind in ("gift", "aiken"):
        name = "Moodle GIFT" if kind == "gift" else "Aiken"
        importer = commands.add_parser(f"import-{kind}", help=f"add the questions of a {name} file to a quiz")
        importer.add_argument("file", type=Path)
        importer.add_argument("--module", type=Path, required=True, help="the module folder to add them to")
        importer.add_argument(
            "--lang",
            default="en",
            choices=LANGUAGES,
            help="the language the file is written in (default: en)",
        )
        if kind == "gift":
            importer.add_argument(
                "--category", help="import only the questions of categories that contain this"
            )


def run(args: argparse.Namespace) -> int:
    if args.content_command == "new":
        return _new(args)
    if args.content_command == "validate":
        return _validate(args)
    return _import(args)


def _new(args: argparse.Namespace) -> int:
    from trainer.course.scaffold import NewModuleError, new_module
    from trainer.resources import bundled_content

    try:
        made = new_module(args.root, args.module_id, args.curriculum, bundled_content() / "templates")
    except NewModuleError as refusal:
        print(f"error: {refusal}", file=sys.stderr)
        return 1
    if made.new_curriculum is not None:
        print(f"new curriculum: {made.new_curriculum}")
    print(f"new module: {made.folder}")
    for path in made.files:
        print(f"  {path.relative_to(made.folder)}")
    print(f"Edit these files, then: python -m trainer --content {args.root}")
    return 0


def _import(args: argparse.Namespace) -> int:
    from trainer.course.aiken import read_aiken
    from trainer.course.gift import read_gift
    from trainer.course.imports import QuizImportError, import_questions

    try:
        text = args.file.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        print(f"error: cannot read {args.file}: {error}", file=sys.stderr)
        return 1
    read = read_gift(text) if args.content_command == "import-gift" else read_aiken(text)
    try:
        written = import_questions(read, args.module, args.lang, getattr(args, "category", None))
    except QuizImportError as refusal:
        for note in read.notes:
            print(f"{args.file}:{note.line}: {note.message}", file=sys.stderr)
        print(f"error: {refusal}; nothing was written", file=sys.stderr)
        return 1
    for note in sorted((*read.notes, *written.notes), key=lambda note: note.line):
        print(f"{args.file}:{note.line}: {note.message}")
    print(f"added {len(written.ids)} questions to {written.quiz}")
    for other in (lang for lang in LANGUAGES if lang != args.lang):
        print(f"The {other} texts are copies of the {args.lang} ones: translate them")
        print(f"(python -m trainer content validate {args.module} --untranslated {other} lists them).")
    return 0


def _validate(args: argparse.Namespace) -> int:
    from trainer.course.coverage import coverage_table, module_coverage
    from trainer.course.loader import load_library
    from trainer.resources import bundled_content

    library = load_library(args.paths or [bundled_content()])
    for problem in library.problems:
        print(problem)
    if not library.problems:
        print(f"ok: {len(library.modules)} modules in {len(library.curricula)} curricula")
    coverage = [module_coverage(folder) for folder in _module_folders(library)]
    print()
    print(coverage_table(coverage))
    if args.untranslated:
        for module in coverage:
            for text in module.languages[args.untranslated].untranslated:
                why = "is the same as in another language" if text.copied else "is missing"
                print(f"{text.path}:{text.line}: the {args.untranslated} text {why}")
    drafts = [module for module in coverage if module.drafts]
    if args.strict and drafts:
        print(f"strict: {len(drafts)} modules have draft translations; have them reviewed before release")
    return 1 if library.problems or (args.strict and drafts) else 0


def _module_folders(library: "Library") -> list[Path]:
    return sorted({module.folder for module in library.modules} | set(library.skipped))
