"""Reading one quiz question of each type from quiz.yaml.

The `type` field picks a reader here and a grader in learning/grading.py; a new type adds one
of each (and a widget in ui/answers/).
"""

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from trainer import LANGUAGES
from trainer.course.fields import Fields, check_languages, normalise_id
from trainer.course.model import Choice, Item, Option, Pair, Question, Region, Step
from trainer.course.pictures import Box, picture_box
from trainer.course.problems import Problems
from trainer.course.yamlfile import Map

FIXED_OPTIONS = {
    "truefalse": ("true", "false"),
    "share": ("share", "dont-share", "check-first"),
}
"""Types whose options are always the same; the app names them in the learner's language."""

TECHNIQUES = (
    "impersonation", "emotion", "polarisation", "conspiracy", "discrediting", "trolling", "fake-followers",
)  # fmt: skip
"""The manipulation techniques of the prebunking games, for `technique` questions."""

MANY_ANSWERS = ("multiple", "technique")
NAMED_BY_THE_APP = (*FIXED_OPTIONS, "technique")
"""Types whose options may leave out `text`."""

SHUFFLED = ("single", "multiple", "share", "technique", "scenario")
"""Types whose options (a scenario's choices) are shuffled for each learner and attempt, unless
the question says `shuffle: false` (see learning/shuffle.py)."""
FIXED_ORDERS = {
    "truefalse": "True always comes before False",
    "reliability": "the scale always runs from 1 to 7",
    "hotspot": "it has no options to shuffle",
    "ordering": "its steps always start shuffled, never in the right order",
    "matching": "its right-hand column is always shuffled",
}
"""Types whose order the app decides, and why, for an editor who writes `shuffle` on one."""

Reader = Callable[[Fields, Question, Path], Question]


def _choices(fields: Fields, question: Question, folder: Path) -> Question:
    options = _options(fields, question.type)
    return replace(question, options=options, answer=_answer(fields, question.type, options))


def _reliability(fields: Fields, question: Question, folder: Path) -> Question:
    if question.image is None and "post" not in fields.data:
        fields.wrong("type", "a reliability question shows a post: give 'image' or 'post' text")
    post_is = fields.data.get("post_is")
    if not isinstance(post_is, bool):
        fields.wrong("post_is", "'post_is' must be true or false: is the post accurate?")
    return replace(
        question,
        post=fields.optional_text("post"),
        post_is_true=bool(post_is),
        explanation=fields.text("explanation"),
    )


def _ordering(fields: Fields, question: Question, folder: Path) -> Question:
    items = _entries(fields, "steps", 3)
    return replace(
        question,
        items=tuple(Item(normalise_id(entry["id"]), sub.text("text")) for entry, sub in items),
        explanation=fields.text("explanation"),
    )


def _matching(fields: Fields, question: Question, folder: Path) -> Question:
    pairs = _entries(fields, "pairs", 2)
    return replace(
        question,
        pairs=tuple(Pair(normalise_id(e["id"]), sub.text("left"), sub.text("right")) for e, sub in pairs),
        explanation=fields.text("explanation"),
    )


def _hotspot(fields: Fields, question: Question, folder: Path) -> Question:
    if "image" not in fields.data:
        fields.missing("image", " (the picture to tap)")
    box = picture_box(question.image) if question.image is not None else None
    regions = []
    for entry, sub in _entries(fields, "regions", 1):
        region = _region(entry, sub)
        if region is not None and box is not None:
            _check_inside(region, box, sub)
        if region is not None:
            regions.append(region)
    return replace(question, regions=tuple(regions), explanation=fields.optional_text("explanation"))


def _region(entry: Map, fields: Fields) -> Region | None:
    sides = ("x", "y", "width", "height")
    values = [entry.get(key) for key in sides]
    numbers = [float(v) for v in values if isinstance(v, int | float) and not isinstance(v, bool)]
    if len(numbers) < len(sides):
        fields.wrong("id", "a region needs x, y, width and height: numbers in the picture's units")
        return None
    x, y, width, height = numbers
    for key, value in (("x", x), ("y", y)):
        if value < 0:
            fields.wrong(key, f"{key} must be 0 or more: negative numbers are not allowed")
    for key, value in (("width", width), ("height", height)):
        if value <= 0:
            fields.wrong(key, f"{key} must be more than 0")
    if min(x, y) < 0 or min(width, height) <= 0:
        return None
    return Region(normalise_id(entry["id"]), x, y, width, height, fields.text("feedback"))


def _check_inside(region: Region, box: Box, fields: Fields) -> None:
    """A region (partly) off the picture could never be tapped: the answer would always be wrong."""
    right, bottom = box.left + box.width, box.top + box.height
    inside = box.left <= region.x and region.x + region.width <= right
    if not inside or not box.top <= region.y or region.y + region.height > bottom:
        fields.wrong(
            "id",
            f"region '{region.id}' goes outside the picture, which spans x {_n(box.left)} to {_n(right)} "
            f"and y {_n(box.top)} to {_n(bottom)}: make it fit",
        )


def _n(number: float) -> str:
    return f"{number:g}"


ENDINGS = ("good", "risky", "harmful")


def _scenario(fields: Fields, question: Question, folder: Path) -> Question:
    steps: list[Step] = []
    for entry, sub in _entries(fields, "steps", 1):
        choices = [_choice(choice, choice_fields) for choice, choice_fields in _entries(sub, "choices", 2)]
        steps.append(Step(normalise_id(entry["id"]), sub.text("text"), tuple(choices)))
    _check_story(fields, steps)
    return replace(question, steps=tuple(steps))


def _choice(entry: Map, fields: Fields) -> Choice:
    after_next, ending = entry.get("next"), entry.get("ending")
    if (after_next is None) == (ending is None):
        fields.wrong("id", "a choice needs either 'next' (a step id) or 'ending' (good, risky or harmful)")
    elif ending is not None and ending not in ENDINGS:
        fields.wrong("ending", "'ending' must be good, risky or harmful")
    return Choice(
        normalise_id(entry["id"]),
        fields.text("text"),
        fields.text("consequence"),
        normalise_id(after_next) if after_next is not None else None,
        str(ending) if ending is not None else None,
    )


def _check_story(fields: Fields, steps: list[Step]) -> None:
    """Every `next` names a step, no path loops, and some path ends well."""
    by_id = {step.id: step for step in steps}
    for step in steps:
        for choice in step.choices:
            if choice.next is not None and choice.next not in by_id:
                fields.wrong(
                    "steps", f"choice '{choice.id}' leads to step '{choice.next}', which does not exist"
                )
                return
    if steps and _loops(steps[0], by_id):
        fields.wrong("steps", "the story loops back on itself: every path must reach an ending")
    elif steps and not any(c.ending == "good" for step in steps for c in step.choices):
        fields.wrong("steps", "the story needs at least one good ending")


def _loops(first: Step, by_id: dict[str, Step]) -> bool:
    """Whether a path from the first step comes back to a step on it.

    Depth first without recursion, each step explored once: a long or much-branching story
    takes linear time and cannot overflow the stack."""
    on_path, done = {first.id}, set[str]()
    stack = [(first, iter(first.choices))]
    while stack:
        step, choices = stack[-1]
        after = next((c.next for c in choices if c.next is not None and c.next not in done), None)
        if after is None:
            on_path.discard(step.id)
            done.add(step.id)
            stack.pop()
        elif after in on_path:
            return True
        else:
            following = by_id[after]
            on_path.add(following.id)
            stack.append((following, iter(following.choices)))
    return False


def _entries(fields: Fields, key: str, least: int) -> list[tuple[Map, Fields]]:
    """The mappings listed under `key`, each with an `id` unique in the list."""
    items = fields.data.get(key)
    if not isinstance(items, list) or len(items) < least:
        fields.wrong(key, f"missing field '{key}' (a list of at least {least})")
        return []
    entries: list[tuple[Map, Fields]] = []
    seen: set[str] = set()
    for item in items:
        if not isinstance(item, Map) or "id" not in item:
            fields.wrong(key, f"each entry in '{key}' needs an 'id'")
            continue
        _only_questions_show_pictures(fields, item)
        if (entry_id := normalise_id(item["id"])) in seen:
            fields.problems.add(fields.path, item.line_of("id"), f"duplicate id '{entry_id}'")
        seen.add(entry_id)
        entries.append((item, Fields(fields.path, item, fields.problems)))
    return entries


def _only_questions_show_pictures(fields: Fields, item: Map) -> None:
    """A picture given to an option, step, pair or region would be left out without a word."""
    if "image" in item:
        message = "only a question shows a picture: move 'image' up to the question, or remove it"
        fields.problems.add(fields.path, item.line_of("image"), message)


READERS: dict[str, Reader] = {
    "single": _choices,
    "multiple": _choices,
    "truefalse": _choices,
    "share": _choices,
    "technique": _choices,
    "reliability": _reliability,
    "ordering": _ordering,
    "matching": _matching,
    "hotspot": _hotspot,
    "scenario": _scenario,
}


def read_question(folder: Path, path: Path, item: Map, problems: Problems) -> Question:
    fields = Fields(path, item, problems)
    kind = str(item.get("type", ""))
    question = Question(
        id=fields.identifier("id"),
        type=kind,
        prompt=fields.text("prompt"),
        image=fields.picture("image", folder),
        hint=fields.optional_text("hint"),
        audio=fields.recordings("audio", folder),
        shuffle=_shuffle(fields, kind),
    )
    reader = READERS.get(kind)
    if reader is None:
        fields.wrong("type", f"unknown question type '{kind}'")
        return question
    return reader(fields, question, folder)


def _shuffle(fields: Fields, kind: str) -> bool:
    """`shuffle: false` keeps the file's order, where the order means something ("All of the above")."""
    if "shuffle" in fields.data and kind in FIXED_ORDERS:
        fields.wrong(
            "shuffle", f"'shuffle' does not apply to a {kind} question: {FIXED_ORDERS[kind]}; remove it"
        )
        return True
    return fields.flag("shuffle", default=True)


def _options(fields: Fields, kind: str) -> tuple[Option, ...]:
    items = fields.data.get("options")
    if not isinstance(items, list) or len(items) < 2:
        fields.wrong("options", "a question needs 'options', at least two")
        return ()
    options: list[Option] = []
    for item in items:
        if not isinstance(item, Map) or "id" not in item:
            fields.wrong("options", "each option needs an 'id'")
            continue
        _only_questions_show_pictures(fields, item)
        option = _option(fields, item, kind)
        if any(existing.id == option.id for existing in options):
            fields.problems.add(fields.path, item.line_of("id"), f"duplicate id '{option.id}'")
        options.append(option)
    _check_fixed_options(fields, kind, {option.id for option in options})
    return tuple(options)


def _check_fixed_options(fields: Fields, kind: str, ids: set[str]) -> None:
    if kind in FIXED_OPTIONS and ids != set(FIXED_OPTIONS[kind]):
        *others, last = (f"'{option}'" for option in FIXED_OPTIONS[kind])
        wanted = f"{', '.join(others)} and {last}"
        fields.wrong("options", f"a {kind} question needs options {wanted}")
    if kind == "technique" and (unknown := sorted(ids - set(TECHNIQUES))):
        fields.wrong("options", f"unknown technique '{unknown[0]}': use {', '.join(TECHNIQUES)}")


def _option(fields: Fields, item: Map, kind: str) -> Option:
    option_id = normalise_id(item["id"])
    option_fields = Fields(fields.path, item, fields.problems)
    text = option_fields.text("text") if "text" in item or kind not in NAMED_BY_THE_APP else {}
    feedback = item.get("feedback")
    if not isinstance(feedback, dict):
        fields.problems.add(fields.path, item.line, f"option '{option_id}' has no feedback")
        return Option(option_id, text, {})
    check_languages(fields.path, item.line_of("feedback"), "feedback", feedback, fields.problems)
    for language in LANGUAGES:
        if not str(feedback.get(language) or "").strip():
            message = f"option '{option_id}' has no feedback in '{language}'"
            fields.problems.add(fields.path, item.line_of("feedback"), message)
    return Option(option_id, text, {k: str(v).strip() for k, v in feedback.items() if v})


def _answer(fields: Fields, kind: str, options: tuple[Option, ...]) -> frozenset[str]:
    value = fields.data.get("answer")
    if value is None:
        fields.missing("answer")
        return frozenset()
    if kind in MANY_ANSWERS and not isinstance(value, list):
        fields.wrong("answer", f"'{kind}' needs a list of answers")
        return frozenset()
    if kind not in MANY_ANSWERS and isinstance(value, list):
        fields.wrong("answer", f"'{kind}' has one answer, not a list")
        return frozenset()
    answers = frozenset(normalise_id(v) for v in (value if isinstance(value, list) else [value]))
    for missing in sorted(answers - {option.id for option in options}):
        fields.wrong("answer", f"answer '{missing}' is not among the options")
    return answers
