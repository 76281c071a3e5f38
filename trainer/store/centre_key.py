"""The centre key: a secret the PCs of one centre share, so that each can tell a progress
bundle made by another of them from one made or changed by anyone else.

A facilitator makes it on the first PC and types it on each other one. It is shown as 20
letters and digits in groups of four, without look-alikes (no 0, O, 1, I, L, U, S, Z, B);
the last two are a check, so that one wrong character or two swapped are always caught.
Bundles are sealed with HMAC-SHA256 (Python's `hmac`) under a key derived from the code
with HKDF-SHA256 (the `cryptography` package). The code is random (about 85 bits), so a
fast KDF is enough. The LAN sync uses the same key.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from trainer.learning.events import now
from trainer.messages import QT_TRANSLATE_NOOP, Refusal, RefusedError

if TYPE_CHECKING:
    from trainer.store.database import Database

ALPHABET = "23456789ACDEFGHJKMNPQRTVWXY"
SECRET, CHECK, GROUP = 18, 2, 4
LENGTH = SECRET + CHECK
LOOK_ALIKES = str.maketrans({"S": "5", "Z": "2", "B": "8"})
"""Letters left out of the alphabet because they look like a digit in it: read as that digit."""
_SALT = b"khmer-trainer centre key"


class CodeProblem(Refusal):
    LENGTH = (
        "length",
        QT_TRANSLATE_NOOP("CodeProblem", "A centre key has 20 letters and digits; this one has {count}."),
    )
    CHARACTER = (
        "character",
        QT_TRANSLATE_NOOP(
            "CodeProblem", "A centre key has no “{character}”. Check the code and type it again."
        ),
    )
    MISTYPED = (
        "mistyped",
        QT_TRANSLATE_NOOP(
            "CodeProblem",
            "This centre key has a typing mistake (its last two letters do not fit the others)."
            " Check each group and type it again.",
        ),
    )


class CodeError(RefusedError[CodeProblem], ValueError):
    """A centre key typed wrong, with the reason and its fields."""


def _check(secret: str) -> str:
    """Two characters for the sum of each character's place (1 to 18) times its value, modulo
    27 x 27 = 3^6. One wrong character changes the sum by a multiple of at most 3^4, two
    neighbours swapped by less than 27: neither can leave it the same, so both are caught."""
    total = sum(place * ALPHABET.index(character) for place, character in enumerate(secret, start=1))
    total %= len(ALPHABET) ** CHECK
    return ALPHABET[total // len(ALPHABET)] + ALPHABET[total % len(ALPHABET)]


def with_check(secret: str) -> str:
    """A code from its 18 secret characters: they and the two check characters."""
    return secret + _check(secret)


def new_code() -> str:
    return with_check("".join(secrets.choice(ALPHABET) for _ in range(SECRET)))


def parse_code(text: str) -> str:
    """The code as stored (20 characters), from what a person typed: spaces, dashes and
    small letters are fine. CodeError says what is wrong."""
    code = "".join(text.upper().replace("-", "").split()).translate(LOOK_ALIKES)
    if len(code) != LENGTH:
        raise CodeError(CodeProblem.LENGTH, count=len(code))
    for character in code:
        if character not in ALPHABET:
            raise CodeError(CodeProblem.CHARACTER, character=character)
    if _check(code[:SECRET]) != code[SECRET:]:
        raise CodeError(CodeProblem.MISTYPED)
    return code


def shown(code: str) -> str:
    """The code in groups of four, to read out: ABCD-EFGH-..."""
    return "-".join(code[start : start + GROUP] for start in range(0, len(code), GROUP))


@dataclass(frozen=True)
class CentreKey:
    code: str

    def _derive(self, purpose: bytes) -> bytes:
        return HKDF(algorithm=hashes.SHA256(), length=32, salt=_SALT, info=purpose).derive(self.code.encode())

    @cached_property
    def mac_key(self) -> bytes:
        """The key progress bundles are sealed with."""
        return self._derive(b"progress bundles v1")

    @cached_property
    def fingerprint(self) -> str:
        """Names the key in a bundle without giving it away: tells another centre's bundle
        from a changed one."""
        return self._derive(b"fingerprint v1")[:6].hex()

    def sealer(self) -> hmac.HMAC:
        return hmac.new(self.mac_key, digestmod=hashlib.sha256)


def centre_key(database: Database) -> CentreKey | None:
    """This PC's centre key, or None before the facilitator set one up."""
    rows = database.query("SELECT code FROM centre_key")
    return CentreKey(rows[0]["code"]) if rows else None


def set_centre_key(database: Database, code: str) -> CentreKey:
    """Make `code` (as typed) this PC's centre key; CodeError when it is mistyped."""
    key = CentreKey(parse_code(code))
    with database.writing():
        database.execute(
            "INSERT OR REPLACE INTO centre_key (id, code, set_at) VALUES (1, ?, ?)", (key.code, now())
        )
    return key
