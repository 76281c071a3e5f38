"""A response's parts in words: ids become the texts the learner saw."""

from collections.abc import Mapping
from typing import Any

from trainer.course.model import Question, Text, pick


class Words:
    def __init__(self, question: Question, language: str, option_names: Mapping[str, str]) -> None:
        """`option_names`: what the app calls the options an editor may leave without text."""
        self.question, self.language, self.option_names = question, language, option_names
        self.texts: dict[str, Text] = {o.id: o.text for o in question.options}
        self.texts |= {i.id: i.text for i in question.items}
        self.texts |= {c.id: c.text for s in question.steps for c in s.choices}

    def name(self, key: Any) -> str:
        text = pick(self.texts[key], self.language) if key in self.texts else ""
        return text or self.option_names.get(str(key).lower(), str(key))

    def listed(self, response: Any, joiner: str = "; ") -> str:
        """A list of ids as their texts, joined; one id as its text."""
        if isinstance(response, list):
            return joiner.join(map(self.name, response))
        return self.name(response)


def listed(response: Any, words: Words) -> str:
    return words.listed(response)
