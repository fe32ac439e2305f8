#!/usr/bin/env bash
# Installs (or with --uninstall removes) the desktop integration of digest-gui for the
# current user: the menu entry, the icons, and the project file type, so that the app
# shows in the desktop menu and .digest files open with it on double-click.
#
#   packaging/linux/install-desktop.sh [--uninstall] [--exec PATH_TO_digest-gui]
#
# Uses the xdg tools (xdg-utils) where they exist, and plain copies otherwise.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
app_id=io.github.digestgui.DigestGui
mime=application/x-digest-gui-project
data=${XDG_DATA_HOME:-$HOME/.local/share}
uninstall=no
exec_path=""
while [ $# -gt 0 ]; do
  case "$1" in
    --uninstall) uninstall=yes; shift ;;
    --exec) exec_path=$2; shift 2 ;;
    *) echo "install-desktop: unknown option $1" >&2; exit 2 ;;
  esac
done
have() { command -v "$1" >/dev/null 2>&1; }
sizes="16 24 32 48 64 128 256 512"

if [ "$uninstall" = yes ]; then
  if have xdg-desktop-menu; then xdg-desktop-menu uninstall --mode user --novendor "$app_id.desktop" || true; fi
  rm -f "$data/applications/$app_id.desktop"
  for size in $sizes; do
    if have xdg-icon-resource; then
      xdg-icon-resource uninstall --mode user --noupdate --size "$size" "$app_id" || true
      xdg-icon-resource uninstall --mode user --noupdate --context mimetypes --size "$size" "application-x-digest-gui-project" || true
    fi
    rm -f "$data/icons/hicolor/${size}x${size}/apps/$app_id.png"
    rm -f "$data/icons/hicolor/${size}x${size}/mimetypes/application-x-digest-gui-project.png"
  done
  rm -f "$data/icons/hicolor/scalable/apps/$app_id.svg" "$data/metainfo/$app_id.metainfo.xml"
  if have xdg-icon-resource; then xdg-icon-resource forceupdate --mode user || true; fi
  if have xdg-mime; then xdg-mime uninstall --mode user "$here/$app_id.mime.xml" || true; fi
  rm -f "$data/mime/packages/$app_id.mime.xml"
  if have update-mime-database; then update-mime-database "$data/mime" >/dev/null 2>&1 || true; fi
  echo "digest-gui: desktop integration removed"
  exit 0
fi

# The launcher runs the installed command; --exec points it at another one (a bundle).
desktop=$(mktemp -d)/$app_id.desktop
trap 'rm -rf "$(dirname "$desktop")"' EXIT
if [ -n "$exec_path" ]; then
  sed -e "s|^Exec=digest-gui|Exec=$exec_path|" -e "s|^TryExec=digest-gui|TryExec=$exec_path|" \
    "$here/$app_id.desktop" > "$desktop"
else
  cp "$here/$app_id.desktop" "$desktop"
fi

mkdir -p "$data/applications" "$data/icons/hicolor/scalable/apps" "$data/mime/packages" "$data/metainfo"
for size in $sizes; do
  png="$top/digest_gui/resources/icons/png/digest-gui-$size.png"
  if have xdg-icon-resource; then
    xdg-icon-resource install --mode user --noupdate --novendor --size "$size" "$png" "$app_id"
    xdg-icon-resource install --mode user --noupdate --novendor --context mimetypes --size "$size" "$png" \
      application-x-digest-gui-project
  else
    mkdir -p "$data/icons/hicolor/${size}x${size}/apps" "$data/icons/hicolor/${size}x${size}/mimetypes"
    cp "$png" "$data/icons/hicolor/${size}x${size}/apps/$app_id.png"
    cp "$png" "$data/icons/hicolor/${size}x${size}/mimetypes/application-x-digest-gui-project.png"
  fi
done
cp "$top/digest_gui/resources/icons/digest-gui.svg" "$data/icons/hicolor/scalable/apps/$app_id.svg"
if have xdg-icon-resource; then xdg-icon-resource forceupdate --mode user || true; fi
cp "$here/$app_id.metainfo.xml" "$data/metainfo/"

if have xdg-mime; then
  xdg-mime install --mode user --novendor "$here/$app_id.mime.xml"
else
  cp "$here/$app_id.mime.xml" "$data/mime/packages/"
  if have update-mime-database; then update-mime-database "$data/mime"; fi
fi

if have xdg-desktop-menu; then
  xdg-desktop-menu install --mode user --novendor "$desktop"
else
  cp "$desktop" "$data/applications/"
  if have update-desktop-database; then update-desktop-database "$data/applications" || true; fi
fi
if have xdg-mime; then xdg-mime default "$app_id.desktop" "$mime"; fi
echo "digest-gui: installed the menu entry, icons and the $mime file type for $(id -un)"
