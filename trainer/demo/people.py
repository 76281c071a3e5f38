"""Demo learners: Cambodian names in Khmer and in Latin script, pictures, and the optional
gender and age group (left out for some, as when a learner does not consent)."""

import random
from dataclasses import dataclass

from trainer import resources
from trainer.store.roster import AGE_GROUPS as ROSTER_AGE_GROUPS

FAMILY_NAMES = (
    ("សុខ", "Sok"),
    ("ចាន់", "Chan"),
    ("គីម", "Kim"),
    ("ហេង", "Heng"),
    ("មាស", "Meas"),
    ("លី", "Ly"),
    ("កែវ", "Keo"),
    ("ជា", "Chea"),
    ("ស៊ុន", "Sun"),
    ("ពៅ", "Pov"),
    ("ទេព", "Tep"),
    ("ឈឹម", "Chhim"),
    ("ណុប", "Nop"),
    ("ផាន", "Phan"),
    ("យស", "Yos"),
)
GIVEN_NAMES = (
    ("សុខា", "Sokha"),
    ("ដារា", "Dara"),
    ("ស្រីមុំ", "Sreymom"),
    ("វណ្ណៈ", "Vannak"),
    ("ចាន់ថា", "Chantha"),
    ("សុភា", "Sophea"),
    ("ពិសី", "Pisey"),
    ("រតនា", "Ratana"),
    ("បុប្ផា", "Bopha"),
    ("ធារី", "Theary"),
    ("កុសល", "Kosal"),
    ("ម៉ាលី", "Maly"),
    ("ពិសិដ្ឋ", "Piseth"),
    ("ស្រីល័ក្ខ", "Sreyleak"),
    ("វុទ្ធី", "Vuthy"),
    ("ណារី", "Nary"),
    ("វិសាល", "Visal"),
    ("ចិន្តា", "Chenda"),
    ("រិទ្ធី", "Rithy"),
    ("លីដា", "Lida"),
    ("សុផល", "Sophal"),
    ("ចន្ទ្រា", "Chanthra"),
    ("រស្មី", "Reaksmey"),
    ("សម្បត្តិ", "Sambath"),
)
GENDERS = ("female", "male")
AGE_GROUPS = ROSTER_AGE_GROUPS[1:4]
"""The values a demo learner may have; None where the learner gave none."""


@dataclass(frozen=True)
class Person:
    name: str
    avatar: str
    gender: str | None
    age_group: str | None


def avatars() -> list[str]:
    return sorted(path.stem for path in (resources.assets() / "avatars").glob("*.svg"))


def people(rng: random.Random, count: int) -> list[Person]:
    """`count` people with different names, about half written in Khmer and half in Latin script."""
    names = [(family, given) for family in range(len(FAMILY_NAMES)) for given in range(len(GIVEN_NAMES))]
    if count > len(names):
        raise ValueError(f"at most {len(names)} demo learners")
    pictures = avatars()
    chosen = []
    for family, given in rng.sample(names, count):
        script = rng.randrange(2)
        name = f"{FAMILY_NAMES[family][script]} {GIVEN_NAMES[given][script]}"
        consented = rng.random() < 0.8
        chosen.append(
            Person(
                name,
                rng.choice(pictures),
                rng.choice(GENDERS) if consented else None,
                rng.choice(AGE_GROUPS) if consented else None,
            )
        )
    return chosen
