"""Discernment: rating true posts as more reliable than false ones, not just doubting everything.

Scoring true and false posts apart is what separates real discernment from blanket
scepticism, which replications of the prebunking games found they mostly produce.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from statistics import mean


@dataclass(frozen=True)
class Discernment:
    true_mean: float | None
    """Mean rating (1-7) given to true posts."""
    false_mean: float | None
    """Mean rating (1-7) given to false posts."""

    @property
    def difference(self) -> float | None:
        """How much more reliable true posts were rated than false ones, from -6 to 6."""
        if self.true_mean is None or self.false_mean is None:
            return None
        return self.true_mean - self.false_mean

    @property
    def percent(self) -> float | None:
        """The difference on a 0-100 scale (50 = no discernment), for learning gain."""
        return None if self.difference is None else (self.difference + 6) / 12 * 100


def discernment(ratings: Iterable[tuple[bool, int]]) -> Discernment:
    """From (post is true, rating) pairs."""
    pairs = list(ratings)
    true = [rating for is_true, rating in pairs if is_true]
    false = [rating for is_true, rating in pairs if not is_true]
    return Discernment(mean(true) if true else None, mean(false) if false else None)
