"""Khmer-first offline digital-literacy trainer."""

LANGUAGES = ("km", "en")
"""Every learner-facing text exists in these languages; Khmer comes first."""


def version() -> str:
    """The version in pyproject.toml, as installed (imported late: it costs start-up time)."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed_version

    try:
        return installed_version("khmer-digital-trainer")
    except PackageNotFoundError:  # a source tree that was never installed
        return "0.0.0+source"
