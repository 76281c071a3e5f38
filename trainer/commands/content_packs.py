"""`trainer content keygen` and `content pack`: sign content for shipping on a USB stick;
`content install`, `content installed` and `content remove`: the packs of this PC's data folder,
as the facilitator's Content packs page does, for setting up many PCs from a script."""

import argparse
import getpass
import sys
from contextlib import closing
from pathlib import Path

SUBCOMMANDS = ("keygen", "pack", "trust", "install", "installed", "remove")


def add(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    keygen = commands.add_parser("keygen", help="make an Ed25519 key pair to sign packs with")
    keygen.add_argument("--out", type=Path, default=Path(), help="folder for the keys (default: here)")
    keygen.add_argument("--name", default=None, help="who signs, as facilitators will see it")
    pack = commands.add_parser("pack", help="validate a module or curriculum and write it as a signed pack")
    pack.add_argument("path", type=Path, help="a module or curriculum folder (or a whole content folder)")
    pack.add_argument("--key", type=Path, required=True, help="your private key (.key), made by keygen")
    pack.add_argument("-o", "--out", type=Path, required=True, help="the pack to write, e.g. NAME.pack")
    trust = commands.add_parser("trust", help="trust an editor's public key (.pub) on this PC")
    trust.add_argument("key", type=Path, help="the editor's .pub file")
    install = commands.add_parser(
        "install", help="check a pack against this PC's trusted keys and install it"
    )
    install.add_argument("pack", type=Path, help="the .pack file")
    install.add_argument("--older", action="store_true", help="install it even if it is an older version")
    commands.add_parser("installed", help="list the packs installed on this PC")
    remove = commands.add_parser("remove", help="stop using an installed pack (learners' progress is kept)")
    remove.add_argument("name", help="the pack's name, as `content installed` lists it")


def run(args: argparse.Namespace) -> int:
    from trainer.packs.build import PackingError
    from trainer.packs.keys import KeyFileError
    from trainer.packs.refusal import PackRefusedError

    commands = {
        "keygen": _keygen,
        "pack": _pack,
        "trust": _trust,
        "install": _install,
        "installed": _installed,
        "remove": _remove,
    }
    try:
        return commands[args.content_command](args)
    except (KeyFileError, PackingError, PackRefusedError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"error: {error.filename or ''}: {error.strerror or error}", file=sys.stderr)
        return 1


def _keygen(args: argparse.Namespace) -> int:
    from trainer.packs.keys import make_key_pair, read_public_key

    private, public = make_key_pair(args.out, args.name or getpass.getuser())
    print(f"private key: {private}")
    print(f"public key:  {public}  (fingerprint {read_public_key(public).fingerprint})")
    print("Keep the private key secret: on your own computer or stick, never on a shared PC.")
    print("Anyone with it can sign packs in your name. Give facilitators the .pub file.")
    return 0


def _pack(args: argparse.Namespace) -> int:
    from trainer.packs.build import build_pack
    from trainer.packs.keys import load_signer

    manifest = build_pack(args.path, load_signer(args.key), args.out)
    size = sum(packed.size for packed in manifest.files)
    print(f"{args.out}: pack '{manifest.name}', content version {manifest.content_version}")
    print(f"signed by {manifest.signer.name} (key {manifest.signer.fingerprint})")
    print(f"{len(manifest.files)} files, {size / 1024:.0f} KB before packing")
    for curriculum in manifest.curricula:
        for module in curriculum.modules:
            status = ", ".join(f"{lang} {state}" for lang, state in sorted(module.translations.items()))
            print(f"  {curriculum.id}/{module.id}: {status}")
    return 0


def _trust(args: argparse.Namespace) -> int:
    from trainer.commands.records import open_database
    from trainer.packs.keys import read_public_key
    from trainer.packs.trust import trust

    key = read_public_key(args.key)
    with closing(open_database(args.data_dir)) as database:
        trust(database, key)
    print(f"Packs signed by {key.name} (key {key.fingerprint}) can now be installed on this PC.")
    return 0


def _install(args: argparse.Namespace) -> int:
    from trainer.commands.records import open_database
    from trainer.course.loader import load_library
    from trainer.packs.install import install
    from trainer.packs.installed import installed_folders
    from trainer.packs.trust import trusted_key_set
    from trainer.packs.unpack import discard_folder, open_pack
    from trainer.resources import bundled_content
    from trainer.store.folder import data_folder

    if args.pack.is_dir():
        print(f"error: {args.pack} is a folder: give the .pack file to install", file=sys.stderr)
        return 1
    if not args.pack.is_file():
        print(f"error: {args.pack} not found: check the name and where the file is", file=sys.stderr)
        return 1
    data_dir = data_folder(args.data_dir)
    with closing(open_database(args.data_dir)) as database:
        trusted = trusted_key_set(database)
    library = load_library([*(args.content or [bundled_content()]), *installed_folders(data_dir)])
    pack = open_pack(args.pack, data_dir, trusted)
    try:
        install(pack, data_dir, library, allow_downgrade=args.older)
    finally:
        discard_folder(pack.folder)
    signer = pack.manifest.signer
    print(f"Installed '{pack.manifest.name}' {pack.manifest.content_version}, signed by {signer.name}:")
    for module in pack.library.modules:
        print(f"  {module.id}")
    return 0


def _installed(args: argparse.Namespace) -> int:
    from trainer.packs.installed import installed_packs
    from trainer.store.folder import data_folder

    packs = installed_packs(data_folder(args.data_dir))
    if not packs:
        print("No packs are installed: learners see the bundled content.")
    for pack in packs:
        print(f"{pack.name}  {pack.version}")
    return 0


def _remove(args: argparse.Namespace) -> int:
    from trainer.packs.install import remove
    from trainer.store.folder import data_folder

    try:
        remove(data_folder(args.data_dir), args.name)
    except KeyError:
        print(f"error: no pack '{args.name}' is installed (content installed lists them)", file=sys.stderr)
        return 1
    print(f"Removed '{args.name}'. Learners' progress in its modules is kept.")
    return 0
