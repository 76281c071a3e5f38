"""`trainer progress export|import|kept|centre-key`: move learners' progress between PCs in a
file, sealed with the key the centre's PCs share."""

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from trainer.store.database import Database
    from trainer.sync.merge import Imported


def add(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]", name: str) -> None:
    progress = subparsers.add_parser(name, help="move progress between PCs with a bundle file (USB)")
    commands = progress.add_subparsers(dest="progress_command", required=True)
    export = commands.add_parser("export", help="write this PC's progress to a bundle file")
    export.add_argument("--out", type=Path, required=True, help="the bundle file to write")
    export.add_argument("--all", action="store_true", help="every event, not only those other PCs lack")
    export.add_argument("--learner", metavar="ID", help="only this learner")
    export.add_argument(
        "--transfer",
        action="store_true",
        help="with --learner: for another centre, sealed with a new transfer code to give with the file",
    )
    into = commands.add_parser(
        "import", help="add the progress in bundle files (or every *.zip in a folder) to this PC"
    )
    into.add_argument("files", nargs="+", type=Path, metavar="FILE_OR_FOLDER")
    into.add_argument("--code", help="the transfer code given with a learner's file from another centre")
    commands.add_parser("kept", help="list versions kept when two PCs changed a record at once")
    key = commands.add_parser("centre-key", help="the key this centre's PCs share to seal progress files")
    actions = key.add_subparsers(dest="key_command", required=True)
    new = actions.add_parser("new", help="make the centre key, on the centre's first PC")
    new.add_argument(
        "--replace", action="store_true", help="replace this PC's key (the others must join again)"
    )
    actions.add_parser("show", help="show the centre key, to type it on another PC")
    join = actions.add_parser("join", help="use the centre key made on the first PC")
    join.add_argument("code", nargs="+", help="the key, e.g. ABCD-EFGH-JKMN-PQRT-VWXY")


def run(args: argparse.Namespace) -> int:
    from trainer.commands.records import open_database

    database = open_database(args.data_dir)
    try:
        if args.progress_command == "export":
            return _export(database, args)
        if args.progress_command == "import":
            return _import(database, args.files, args.code)
        if args.progress_command == "centre-key":
            from trainer.commands.centre_key import run_centre_key

            return run_centre_key(database, args)
        return _kept(database)
    finally:
        database.close()


HOW_TO_SET_UP = (
    "Set up the centre key: on the first PC, python -m trainer progress centre-key new;"
    " on each other PC, python -m trainer progress centre-key join CODE."
)


def _export(database: "Database", args: argparse.Namespace) -> int:
    from trainer.store.centre_key import CentreKey, new_code, shown
    from trainer.sync.export import export_progress
    from trainer.sync.refusal import BundleError

    if args.transfer and args.learner is None:
        print("error: --transfer takes one learner: add --learner ID", file=sys.stderr)
        return 1
    transfer = CentreKey(new_code()) if args.transfer else None
    try:
        exported = export_progress(database, args.out, args.all, args.learner, transfer)
    except BundleError as error:
        print(f"error: {error}\n{HOW_TO_SET_UP}", file=sys.stderr)
        return 1
    except KeyError:
        print(f"error: there is no learner {args.learner} on this PC", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"error: cannot write {args.out}: {error.strerror or error}", file=sys.stderr)
        return 1
    counts = exported.manifest.counts
    which = (
        f"all events of learner {args.learner}" if args.learner
        else "all events" if exported.everything
        else "the events other PCs have not had"
    )  # fmt: skip
    print(
        f"Wrote {args.out}: {counts['events']} events ({which}), {counts['learners']} learners,"
        f" {counts['classes']} classes, {counts['assignments']} assignments."
    )
    if transfer is not None:
        print(
            f"Transfer code: {shown(transfer.code)}. Give it with the file, apart from it:"
            f" the other centre imports with --code {shown(transfer.code)}."
        )
    return 0


def _import(database: "Database", paths: list[Path], code: str | None = None) -> int:
    from trainer.store.centre_key import CentreKey, CodeError, parse_code
    from trainer.store.projections import catch_up
    from trainer.sync.merge import Imported, merge_all
    from trainer.sync.refusal import BundleRefusal

    try:
        key = CentreKey(parse_code(code)) if code is not None else None
    except CodeError as error:
        print(f"error: {error} Nothing was imported.", file=sys.stderr)
        return 1
    bundles, in_folders, ok = _bundles(paths)
    if not bundles:
        print("Nothing was imported.", file=sys.stderr)
        return 1
    results = merge_all(database, bundles, key=key)
    for path, result in results:
        if isinstance(result, Imported):
            print(describe(path, result))
        elif path in in_folders and result.reason is BundleRefusal.THIS_PC:
            print(f"skipped {path}: it was made on this PC.")
        else:
            ok = False
            print(f"refused {path}: {result} Nothing was changed.", file=sys.stderr)
    if any(getattr(result, "reason", None) == BundleRefusal.NO_CENTRE_KEY for _, result in results):
        print(HOW_TO_SET_UP, file=sys.stderr)
    print(f"Review schedules rebuilt: {catch_up(database).modules} modules.")
    return 0 if ok else 1


def _bundles(paths: list[Path]) -> tuple[list[Path], set[Path], bool]:
    """The files to import, each once: a folder (a USB stick with one bundle from each PC)
    stands for the progress files (*.zip) in it. Then those found in folders, whose bundle
    from this PC is skipped rather than refused, and whether every folder could be read."""
    bundles: dict[Path, None] = {}
    in_folders: set[Path] = set()
    ok = True
    for path in paths:
        if not path.is_dir():
            bundles[path] = None
            continue
        try:
            found = sorted(f for f in path.iterdir() if f.suffix.lower() == ".zip" and f.is_file())
        except OSError as error:
            print(f"error: cannot read the folder {path}: {error.strerror or error}", file=sys.stderr)
            ok = False
            continue
        if not found:
            print(f"error: the folder {path} holds no progress files (*.zip)", file=sys.stderr)
            ok = False
        else:
            print(f"{path}: {len(found)} progress files.")
        bundles.update(dict.fromkeys(found))
        in_folders.update(found)
    return list(bundles), in_folders, ok


def describe(path: Path, imported: "Imported") -> str:
    records = "; ".join(
        f"{table}: {merged.added} new, {merged.updated} updated" for table, merged in imported.records.items()
    )
    lines = [
        f"Imported {path} from PC {imported.source_pc[:8]}: {imported.events_added} new events"
        f" ({imported.events_known} already here); {records}."
    ]
    if imported.same_id:
        lines.append(
            f"{imported.same_id} records had the same id as different ones here; both are kept."
            " The same one is used on every PC."
        )
    if imported.kept:
        lines.append(
            f"{imported.kept} records were changed on two PCs at once: the newer change is used and the"
            " other is kept. See them with: python -m trainer progress kept"
        )
    if imported.gap:
        lines.append(
            f"This PC does not have the earlier progress of PC {imported.source_pc[:8]}. On that PC,"
            " export everything (--all) and import it here."
        )
    return "\n".join(lines)


def _kept(database: "Database") -> int:
    from trainer.store.versions import kept_versions

    kept = kept_versions(database)
    for version in kept:
        changes = ", ".join(
            f"{name}: {old!r} (now {new!r})" for name, (old, new) in version.differences.items()
        )
        print(f"{version.kind} {'/'.join(version.key)} from PC {version.version.pc[:8]}: {changes}")
    if not kept:
        print("No kept versions: no record was changed on two PCs at once.")
    return 0
