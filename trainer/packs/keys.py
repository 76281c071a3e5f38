"""Ed25519 keys: an editor signs packs with a private key; a PC trusts public keys.

A public key file (`.pub`) is one line: `trainer-ed25519 <key in base64> <signer's name>`.
A private key file (`.key`) is PKCS#8 PEM, readable only by its owner.
"""

import base64
import binascii
import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from trainer.files import write_atomically

KIND = "trainer-ed25519"


class KeyFileError(ValueError):
    """A key file that cannot be used, with the reason."""


@dataclass(frozen=True)
class PublicKey:
    key: str
    """The 32 bytes of the key, in base64."""
    name: str
    """Who signs with it, as the editor wrote it at keygen."""

    @property
    def fingerprint(self) -> str:
        """A short form to compare by eye or over the phone: `3f2a 9c1b 77e0 12ad`."""
        digest = hashlib.sha256(base64.b64decode(self.key)).hexdigest()[:16]
        return " ".join(digest[i : i + 4] for i in range(0, 16, 4))

    def line(self) -> str:
        return f"{KIND} {self.key} {self.name}\n"

    def signed(self, data: bytes, signature: bytes) -> bool:
        try:
            Ed25519PublicKey.from_public_bytes(base64.b64decode(self.key)).verify(signature, data)
        except (InvalidSignature, ValueError):
            return False
        return True


def parse_public_key(text: str) -> PublicKey:
    parts = text.strip().split(maxsplit=2)
    if len(parts) != 3 or parts[0] != KIND:
        raise KeyFileError(f"not a trainer public key: it should start with '{KIND}'")
    try:
        raw = base64.b64decode(parts[1], validate=True)
    except binascii.Error as error:
        raise KeyFileError("the key is not valid base64") from error
    if len(raw) != 32:
        raise KeyFileError("the key has the wrong length for Ed25519")
    return PublicKey(parts[1], parts[2])


def read_public_key(path: Path) -> PublicKey:
    try:
        return parse_public_key(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise KeyFileError(f"cannot read {path}: {error}") from error


@dataclass(frozen=True)
class Signer:
    public: PublicKey
    private: Ed25519PrivateKey

    def sign(self, data: bytes) -> bytes:
        return self.private.sign(data)


def _public_of(private: Ed25519PrivateKey, name: str) -> PublicKey:
    raw = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return PublicKey(base64.b64encode(raw).decode("ascii"), name)


def key_file_stem(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "editor"


def make_key_pair(folder: Path, name: str) -> tuple[Path, Path]:
    """Write NAME.key (private, owner-only) and NAME.pub in `folder`; never overwrite a key."""
    name = " ".join(name.split())
    if not name:
        raise KeyFileError("give the signer's name, e.g. --name 'Phnom Penh content team'")
    folder.mkdir(parents=True, exist_ok=True)
    private_path, public_path = (folder / f"{key_file_stem(name)}{suffix}" for suffix in (".key", ".pub"))
    if private_path.exists() or public_path.exists():
        raise KeyFileError(f"{private_path} already exists: choose another --name or --out")
    private = Ed25519PrivateKey.generate()
    pem = private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    descriptor = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as file:
        file.write(pem)
    write_atomically(public_path, _public_of(private, name).line())
    return private_path, public_path


def load_signer(private_path: Path) -> Signer:
    """The private key, and the signer's name from the `.pub` file made with it."""
    public_path = private_path.with_suffix(".pub")
    try:
        private = serialization.load_pem_private_key(private_path.read_bytes(), password=None)
    except (OSError, ValueError, TypeError) as error:
        raise KeyFileError(f"cannot read the private key {private_path}: {error}") from error
    if not isinstance(private, Ed25519PrivateKey):
        raise KeyFileError(f"{private_path} is not an Ed25519 key: make one with 'content keygen'")
    if not public_path.exists():
        raise KeyFileError(f"{public_path} is missing: keep the .pub file beside the .key file")
    public = read_public_key(public_path)
    if public.key != _public_of(private, public.name).key:
        raise KeyFileError(f"{public_path} does not belong to {private_path}")
    return Signer(public, private)
