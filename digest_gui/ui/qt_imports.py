"""PySide6's check of every imported module, made cheap (start-up time and memory).

PySide6 (6.4 and later) looks at each module imported after it to decide whether the
module may use its `__feature__` switches: it reads the module's source with
inspect.getsource, which tokenizes the file and keeps its lines in linecache for the
life of the process. For the hundred-odd modules the window imports that cost about
15 ms of start-up and 3 MB that stay. The answer it wants is whether the text
"PySide6" occurs in the source; reading the file's bytes gives the same answer. Anything
that is not a plain .py file is left to PySide6's own check.
"""

from __future__ import annotations

import sys
from types import ModuleType


def speed_up_pyside_imports() -> bool:
    """Replace PySide6's per-module source check with a plain read; False if not found."""
    import shiboken6  # noqa: F401  (loads shibokensupport, which holds the check)

    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or original is None:
        return False  # another PySide6 version: nothing to do
    if getattr(original, "digest_gui", False):
        return True

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return bool(original(module))

    uses_pyside.digest_gui = True  # type: ignore[attr-defined]
    setattr(feature, "_mod_uses_pyside", uses_pyside)  # noqa: B010  (a private name of PySide6)
    return True
