"""While an editor works, a module with a mistake keeps showing its last version that loaded."""

from dataclasses import replace

from trainer.course.model import Curriculum, Library


def keep_last_good(previous: Library, fresh: Library) -> Library:
    """`fresh`, except that each module (or curriculum) it left out for a problem is the one from
    `previous`, where there was one. The problems are the fresh ones."""
    broken = set(fresh.skipped)
    broken_files = {problem.path for problem in fresh.problems}
    before = {curriculum.folder: curriculum for curriculum in previous.curricula}
    now = {curriculum.folder: curriculum for curriculum in fresh.curricula}
    curricula: list[Curriculum] = []
    for folder in sorted(before.keys() | now.keys()):
        old, new = before.get(folder), now.get(folder)
        if new is None:
            if old is not None and folder / "curriculum.yaml" in broken_files:
                curricula.append(old)
            continue
        kept = [module for module in old.modules if module.folder in broken] if old else []
        modules = sorted([*new.modules, *kept], key=lambda module: module.folder)
        curricula.append(replace(new, modules=tuple(modules)))
    return replace(fresh, curricula=tuple(curricula))
