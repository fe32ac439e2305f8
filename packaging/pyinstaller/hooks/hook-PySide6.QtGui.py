"""PyInstaller's own QtGui hook, less Qt plugins a desktop app never loads.

Dropped before PyInstaller looks for their libraries, so those stay out too: the GTK 3
platform theme (it would bring cairo, pango and GDK, and mix them with the system's GTK at
run time; Qt then uses its own look or the XDG desktop portal), and the platforms for
embedded screens, VNC and TUIO touch (EGLFS, linuxfb, vnc, ...).
"""

from pathlib import PurePath

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

UNUSED = {
    "platformthemes": {"qgtk3"},
    "platforms": {"qeglfs", "qlinuxfb", "qminimalegl", "qvkkhrdisplay", "qvnc"},
    "egldeviceintegrations": None,  # None: the whole folder
    "generic": {"qtuiotouchplugin"},
}


def _unused(source: str) -> bool:
    path = PurePath(source)
    if path.parts[-3:-2] != ("plugins",):
        return False
    names = UNUSED.get(path.parent.name, set())
    return names is None or path.stem.removeprefix("lib") in names


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [entry for entry in binaries if not _unused(entry[0])]
