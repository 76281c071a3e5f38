"""The parts of xAPI the question types share, to say a question as a `cmi.interaction` and a
response in the string form xAPI gives its type."""

from typing import Any

from trainer.course.model import Question, Text

LIST = "[,]"
PAIR = "[.]"


def language_map(text: Text | None) -> dict[str, str]:
    """A text as an xAPI language map; languages with no text are left out."""
    return {language: value for language, value in (text or {}).items() if value.strip()}


def component(component_id: str, text: Text | None = None) -> dict[str, Any]:
    description = language_map(text)
    return {"id": component_id, "description": description} if description else {"id": component_id}


def joined(response: Any, question: Question | None) -> str | None:
    """A list response's parts, in its order."""
    return LIST.join(str(part) for part in response) or None
