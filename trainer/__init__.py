"""Khmer-first offline digital-literacy trainer."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("khmer-digital-trainer")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

LANGUAGES = ("km", "en")
"""Every learner-facing text exists in these languages; Khmer comes first."""
