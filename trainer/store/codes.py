"""Picture codes (and later passwords) kept as slow salted scrypt hashes."""

import hashlib
import hmac
import logging
import re
import secrets

log = logging.getLogger("trainer")

_N, _R, _P = 2**14, 8, 1
_OWN_HASH = re.compile(rf"scrypt\${_N}\${_R}\${_P}\$[0-9a-f]{{32}}\$[0-9a-f]{{64}}")
"""What hash_code makes: a hash with other parameters (say n=2, quick to guess) is not ours."""


def hash_code(code: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(code.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def is_own_hash(stored: object) -> bool:
    return isinstance(stored, str) and _OWN_HASH.fullmatch(stored) is not None


def check_code(code: str, stored: str) -> bool:
    """Whether `code` is the one hashed; never for a hash this trainer did not make. A damaged
    hash matches nothing (a facilitator resets the learner's code, or the password at the PC)
    and is logged."""
    if not is_own_hash(stored):
        log.warning("a damaged picture code or password hash matches nothing")
        return False
    salt, digest = stored.split("$")[4:]
    candidate = hashlib.scrypt(code.encode(), salt=bytes.fromhex(salt), n=_N, r=_R, p=_P, dklen=32)
    return hmac.compare_digest(candidate.hex(), digest)
