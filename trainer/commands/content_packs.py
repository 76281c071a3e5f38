"""`trainer content keygen` and `trainer content pack`: sign content for shipping on a USB stick."""

import argparse
import getpass
import sys
from pathlib import Path

SUBCOMMANDS = ("keygen", "pack")


def add(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    keygen = commands.add_parser("keygen", help="make an Ed25519 key pair to sign packs with")
    keygen.add_argument("--out", type=Path, default=Path(), help="folder for the keys (default: here)")
    keygen.add_argument("--name", default=None, help="who signs, as facilitators will see it")
    pack = commands.add_parser("pack", help="validate a module or curriculum and write it as a signed pack")
    pack.add_argument("path", type=Path, help="a module or curriculum folder (or a whole content folder)")
    pack.add_argument("--key", type=Path, required=True, help="your private key (.key), made by keygen")
    pack.add_argument("-o", "--out", type=Path, required=True, help="the pack to write, e.g. NAME.pack")


def run(args: argparse.Namespace) -> int:
    from trainer.packs.build import PackingError
    from trainer.packs.keys import KeyFileError

    try:
        return _keygen(args) if args.content_command == "keygen" else _pack(args)
    except (KeyFileError, PackingError) as error:
        print(f"error: {error}", file=sys.stderr)
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
