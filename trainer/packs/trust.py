"""The keys whose packs this PC installs: the project's own key, and those a facilitator added."""

from dataclasses import dataclass
from datetime import UTC, datetime

from trainer import resources
from trainer.messages import QT_TRANSLATE_NOOP, Refusal, RefusedError
from trainer.packs.keys import PublicKey, read_public_key
from trainer.store.database import Database


class TrustRefusal(Refusal):
    ALREADY_TRUSTED = (
        "already-trusted",
        QT_TRANSLATE_NOOP("TrustRefusal", "This key is already trusted, as '{name}'."),
    )
    PROJECT_KEY = (
        "project-key",
        QT_TRANSLATE_NOOP(
            "TrustRefusal", "The trainer project's key signs the bundled content and stays trusted."
        ),
    )


class TrustError(RefusedError[TrustRefusal], ValueError):
    """A key trusted twice, or the project's key removed: nothing changes."""


@dataclass(frozen=True)
class TrustedKey:
    public: PublicKey
    built_in: bool
    """The project's key, which signs the bundled content: always trusted, never removed."""


def project_key() -> PublicKey:
    return read_public_key(resources.assets() / "keys" / "trainer-project.pub")


def trusted_keys(database: Database) -> list[TrustedKey]:
    rows = database.query("SELECT public_key, name FROM trusted_keys ORDER BY added_at, name")
    added = [TrustedKey(PublicKey(row["public_key"], row["name"]), built_in=False) for row in rows]
    return [TrustedKey(project_key(), built_in=True), *added]


def trusted_key_set(database: Database) -> set[str]:
    return {trusted.public.key for trusted in trusted_keys(database)}


def trust(database: Database, key: PublicKey) -> None:
    """Add a key; one already trusted is refused with a reason and nothing changes."""
    for trusted in trusted_keys(database):
        if trusted.public.key == key.key:
            raise TrustError(TrustRefusal.ALREADY_TRUSTED, name=trusted.public.name)
    with database.writing():
        database.table("trusted_keys").insert(
            {"public_key": key.key, "name": key.name, "added_at": datetime.now(UTC).isoformat()}
        )


def distrust(database: Database, key: PublicKey) -> None:
    if key.key == project_key().key:
        raise TrustError(TrustRefusal.PROJECT_KEY)
    with database.writing():
        database.execute("DELETE FROM trusted_keys WHERE public_key = ?", [key.key])
