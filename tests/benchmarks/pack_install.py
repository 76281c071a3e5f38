"""Pack benchmark: build a pack of all bundled content, then check, unpack and install it.

Prints the median of each step over RUNS runs. Run it with:

    python tests/benchmarks/pack_install.py [--runs 5]
"""

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from trainer.course.loader import load_library
from trainer.packs.build import build_pack
from trainer.packs.install import install
from trainer.packs.installed import installed_folders
from trainer.packs.keys import load_signer, make_key_pair
from trainer.packs.unpack import open_pack
from trainer.resources import bundled_content


def one_run(folder: Path) -> dict[str, float]:
    signer = load_signer(make_key_pair(folder / "keys", "Benchmark")[0])
    data = folder / "data"
    started = time.perf_counter()
    manifest = build_pack(bundled_content(), signer, folder / "all.pack")
    built = time.perf_counter()
    pack = open_pack(folder / "all.pack", data, {signer.public.key})
    checked = time.perf_counter()
    install(pack, data, load_library([bundled_content(), *installed_folders(data)]))
    installed = time.perf_counter()
    assert len(pack.library.modules) == sum(len(c.modules) for c in manifest.curricula)
    return {
        "build and sign": built - started,
        "check and unpack": checked - built,
        "install (with the library to compare)": installed - checked,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    results: list[dict[str, float]] = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as folder:
            results.append(one_run(Path(folder)))
    size = sum(path.stat().st_size for path in bundled_content().rglob("*") if path.is_file())
    print(f"all bundled content ({size / 1024:.0f} KB), median of {runs} runs:")
    for step in results[0]:
        print(f"  {step}: {statistics.median(r[step] for r in results) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
