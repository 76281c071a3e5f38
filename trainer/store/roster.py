"""A class list pasted or opened by a facilitator: one learner per line, with an optional
gender and age group, e.g. `Sokha, female, 15-24`. A CSV file with a header row works too.
"""

import csv
import io
from dataclasses import dataclass

AGE_GROUPS = ("<15", "15-24", "25-34", "35-54", "55+")
GENDERS = {
    "female": "female", "f": "female", "woman": "female", "ស្រី": "female",
    "male": "male", "m": "male", "man": "male", "ប្រុស": "male",
    "other": "other", "ផ្សេងទៀត": "other",
}  # fmt: skip
HEADER_WORDS = {"name", "ឈ្មោះ"}


@dataclass(frozen=True)
class Problem:
    """A line of the list that could not be read: which line, which field, what it said."""

    line: int
    field: str
    """"gender" or "age group"."""
    value: str

    def __str__(self) -> str:
        allowed = "female, male or other" if self.field == "gender" else ", ".join(AGE_GROUPS)
        return f"line {self.line}: {self.field} '{self.value}' not understood: use {allowed}"


@dataclass(frozen=True)
class Entry:
    name: str
    gender: str | None = None
    age_group: str | None = None


def _age_group(text: str) -> str | None:
    if text in AGE_GROUPS:
        return text
    if text.isdigit():
        age = int(text)
        bounds = ((15, "<15"), (25, "15-24"), (35, "25-34"), (55, "35-54"))
        return next((group for limit, group in bounds if age < limit), "55+")
    return None


def parse_roster(text: str) -> tuple[list[Entry], list[Problem]]:
    """The learners in the list, and a message for each line that could not be read."""
    delimiter = max(",;\t", key=text.count)
    rows = csv.reader(io.StringIO(text), delimiter=delimiter)
    entries: list[Entry] = []
    problems: list[Problem] = []
    for number, row in enumerate(rows, start=1):
        cells = [cell.strip() for cell in row] + ["", "", ""]
        name, gender, age = " ".join(cells[0].split()), cells[1].lower(), cells[2]
        if not name or (number == 1 and name.lower() in HEADER_WORDS):
            continue
        if gender and gender not in GENDERS:
            problems.append(Problem(number, "gender", cells[1]))
            continue
        if age and _age_group(age) is None:
            problems.append(Problem(number, "age group", age))
            continue
        entries.append(Entry(name, GENDERS.get(gender), _age_group(age) if age else None))
    return entries, problems
