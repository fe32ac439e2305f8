"""What the safety around saving and opening costs at 2,300 papers: keeping a backup before a
save, the check whether another instance holds the project, the look for recovery files.

Run with `make bench`. Median of RUNS runs after one warm-up; a measurement, not a test:
it always exits 0. The backup is copied on the window's thread as part of Save, so it adds
to the save time bench_core.py reports.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from bench_core import median_ms, reference_digest, repeated

from digest_gui.core.formats.project_file import save_project
from digest_gui.core.storage.backups import BackupStore
from digest_gui.core.storage.instances import ProjectLocks
from digest_gui.core.storage.recovery import RecoveryStore, key_for

PAPERS = 2_300
# Targets in milliseconds: each is a small part of the 100 ms a save or an open may stall.
TARGETS = {
    "backup before save": 60.0,
    "instance lock check": 5.0,
    "recovery look (20 files)": 100.0,
    "recovery look at start": 150.0,
}


def main() -> int:
    digest = repeated(reference_digest(), PAPERS)
    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="digest-gui-bench-") as folder:
        root = Path(folder)
        project = root / "p.digest"
        save_project(digest, project)
        backups = BackupStore(root / "backups")
        counter = iter(range(1_000_000))

        def backup() -> None:
            # A new version each time (the store skips copies of an unchanged file).
            with project.open("a", encoding="utf-8") as stream:
                stream.write(f" {next(counter)}")
            backups.keep_copy(project)

        results["backup before save"] = median_ms(backup)
        locks = ProjectLocks(root / "locks")
        locks.acquire(project, "bench")
        results["instance lock check"] = median_ms(lambda: locks.holder(project))
        store = RecoveryStore(root / "recovery")
        # Twenty recovery files: one of this project (a 2,300-paper one), nineteen of others.
        small = repeated(reference_digest(), 23)
        for number in range(20):
            path = str(project) if number == 0 else str(root / f"{number}.digest")
            store.write(key_for(path, "bench"), digest if number == 0 else small, path)
        results["recovery look (20 files)"] = median_ms(lambda: store.orphans(str(project)))
        # At a plain start every file is read (once, before the window has work to show).
        results["recovery look at start"] = median_ms(store.orphans)
        size = project.stat().st_size
    print(f"{PAPERS:,} papers, project file {size / 1_000_000:.1f} MB")
    for name, value in results.items():
        target = TARGETS[name]
        verdict = "pass" if value <= target else "FAIL"
        print(f"  {name:<26} {value:7.1f} ms  (target <= {target:.0f} ms)  {verdict}")
    return 0


if __name__ == "__main__":
    main()
    sys.exit(0)
