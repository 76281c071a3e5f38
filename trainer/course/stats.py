"""Counts of what the content holds, per curriculum and module."""

from collections import Counter
from typing import Any

from trainer import LANGUAGES
from trainer.course.model import Library, Module


def library_stats(library: Library) -> dict[str, Any]:
    return {
        "curricula": [
            {
                "id": curriculum.id,
                "modules": [module_stats(module) for module in curriculum.modules if module.test is None],
                "tests": [module_stats(module) for module in curriculum.modules if module.test is not None],
            }
            for curriculum in library.curricula
        ],
        "translation_status": {
            language: {
                state: sum(module.translations.get(language) == state for module in library.modules)
                for state in ("draft", "reviewed")
            }
            for language in LANGUAGES
        },
        "skipped": [str(folder) for folder in library.skipped],
    }


def module_stats(module: Module) -> dict[str, Any]:
    options = [option for question in module.questions for option in question.options]
    return {
        "id": module.id,
        **({"test": module.test} if module.test else {}),
        "lesson_pages": {language: len(module.lesson.pages.get(language, ())) for language in LANGUAGES},
        "questions": dict(Counter(question.type for question in module.questions)),
        "options": len(options),
        "options_with_feedback": {
            language: sum(bool(option.feedback.get(language)) for option in options) for language in LANGUAGES
        },
        "digcomp": list(module.digcomp),
        "translations": dict(module.translations),
    }


def stats_table(stats: dict[str, Any]) -> str:
    lines = ["module\tpages km/en\tquestions\toptions (feedback km/en)\tDigComp\treview km/en"]
    for curriculum in stats["curricula"]:
        lines.append(f"[{curriculum['id']}]")
        for m in curriculum["modules"] + curriculum["tests"]:
            pages, feedback, review = (
                m["lesson_pages"],
                m["options_with_feedback"],
                m["translations"],
            )
            kinds = ", ".join(f"{kind} {count}" for kind, count in sorted(m["questions"].items()))
            name = f"{m['id']} ({m['test']}-test)" if "test" in m else m["id"]
            lines.append(
                f"{name}\t{pages['km']}/{pages['en']}\t{kinds}\t"
                f"{m['options']} ({feedback['km']}/{feedback['en']})\t{' '.join(m['digcomp'])}\t"
                f"{review['km']}/{review['en']}"
            )
    review = ", ".join(
        f"{language}: {counts['draft']} draft, {counts['reviewed']} reviewed"
        for language, counts in stats["translation_status"].items()
    )
    lines.append(f"modules by translation status: {review}")
    return "\n".join(lines)


def curricula_markdown(library: Library) -> str:
    """The list of curricula and modules for the README, made from the content itself."""
    lines: list[str] = []
    for curriculum in library.curricula:
        lines += ["", f"**{curriculum.title['en']}** ({curriculum.title['km']})", ""]
        lines += ["| module | Khmer | level | minutes | questions |", "|---|---|---|---|---|"]
        for module in curriculum.modules:
            kinds = Counter(question.type for question in module.questions)
            count = ", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items()))
            name = f"{module.title['en']} ({module.test}-test)" if module.test else module.title["en"]
            lines.append(f"| {name} | {module.title['km']} | {module.level} | {module.minutes} | {count} |")
    return "\n".join(lines).strip() + "\n"
