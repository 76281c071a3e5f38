"""Reading the lists a question type keeps under a key: options, steps, pairs, regions, choices."""

from trainer.course.fields import Fields, normalise_id
from trainer.course.yamlfile import Map


def entries(fields: Fields, key: str, least: int) -> list[tuple[Map, Fields]]:
    """The mappings listed under `key`, each with an `id` unique in the list."""
    items = fields.data.get(key)
    if not isinstance(items, list) or len(items) < least:
        fields.wrong(key, f"missing field '{key}' (a list of at least {least})")
        return []
    found: list[tuple[Map, Fields]] = []
    seen: set[str] = set()
    for item in items:
        if not isinstance(item, Map) or "id" not in item:
            fields.wrong(key, f"each entry in '{key}' needs an 'id'")
            continue
        only_questions_show_pictures(fields, item)
        if (entry_id := normalise_id(item["id"])) in seen:
            fields.problems.add(fields.path, item.line_of("id"), f"duplicate id '{entry_id}'")
        seen.add(entry_id)
        found.append((item, Fields(fields.path, item, fields.problems)))
    return found


def only_questions_show_pictures(fields: Fields, item: Map) -> None:
    """A picture given to an option, step, pair or region would be left out without a word."""
    if "image" in item:
        message = "only a question shows a picture: move 'image' up to the question, or remove it"
        fields.problems.add(fields.path, item.line_of("image"), message)
