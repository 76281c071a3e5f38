"""The picture on a module's card, so that a learner who reads little knows the module by sight.

A module's own `picture:` (module.yaml) comes first, then the first picture of its lesson in the
learner's language. A module with neither (a test has no lesson) shows its curriculum's picture:
the card picture of the curriculum's first module that has one.
"""

from pathlib import Path

from trainer.course.model import Curriculum, Module
from trainer.course.module_files import module_file
from trainer.course.render import page_pictures


def own_picture(module: Module, language: str) -> Path | None:
    if module.picture is not None:
        return module.picture
    for page in module.lesson.in_language(language):
        for attribute, address in page_pictures(page):
            found = module_file(module.folder, address) if attribute == "src" else None
            if isinstance(found, Path):
                return found
    return None


def card_pictures(curriculum: Curriculum, language: str) -> dict[str, Path | None]:
    """Each module's card picture by module id (None only if no module of the curriculum has one)."""
    own = {module.id: own_picture(module, language) for module in curriculum.modules}
    fallback = next((picture for picture in own.values() if picture is not None), None)
    return {module_id: picture or fallback for module_id, picture in own.items()}
