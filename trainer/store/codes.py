"""Picture codes (and later passwords) kept as slow salted scrypt hashes."""

import hashlib
import hmac
import logging
import secrets

log = logging.getLogger("trainer")

_N, _R, _P = 2**14, 8, 1


def hash_code(code: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(code.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def check_code(code: str, stored: str) -> bool:
    """Whether the code is the one hashed; a damaged hash matches nothing (a facilitator resets
    the learner's code, or the password at the PC) and is logged."""
    try:
        _, n, r, p, salt, digest = stored.split("$")
        candidate = hashlib.scrypt(
            code.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p), dklen=32
        )
    except (ValueError, TypeError, AttributeError):
        log.warning("a damaged picture code or password hash matches nothing")
        return False
    return hmac.compare_digest(candidate.hex(), digest)
