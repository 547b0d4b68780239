#!/usr/bin/env bash
# Put the guide in the desktop's application menu (freedesktop: GNOME, KDE, XFCE...).
#
#   ./install-desktop.sh              # for the current user (~/.local/share)
#   sudo ./install-desktop.sh --system   # for every user (/usr/local/share)
#   ./install-desktop.sh --uninstall [--system]
#
# Run it from the unpacked bundle (it sits beside the `edu-app` program), or from a
# checkout with `edu-app` installed by pip. It writes the menu entry (edu-app.desktop,
# whose Exec= is this bundle's absolute path), the icon in every hicolor size and the
# AppStream metainfo, and nothing else.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
prefix="${XDG_DATA_HOME:-$HOME/.local/share}"
uninstall=0
for arg in "$@"; do
  case "$arg" in
    --system) prefix=/usr/local/share ;;
    --uninstall) uninstall=1 ;;
    -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install-desktop.sh: unknown option $arg (see --help)" >&2; exit 2 ;;
  esac
done

# Where the pieces are: in a bundle, share/ beside the program; in a checkout, the sources.
if [ -x "$here/edu-app" ] && [ -d "$here/share" ]; then
  share="$here/share"; program="$here/edu-app"
else
  root=$(cd "$here/../.." && pwd)
  share=""; program=$(command -v edu-app || true)
  [ -n "$program" ] || { echo "install-desktop.sh: no edu-app program found" >&2; exit 1; }
fi
desktop_src=${share:+$share/applications/edu-app.desktop}
desktop_src=${desktop_src:-$here/edu-app.desktop}
metainfo_src=${share:+$share/metainfo/org.eduapp.guide.metainfo.xml}
metainfo_src=${metainfo_src:-$here/org.eduapp.guide.metainfo.xml}
icons_src=${share:+$share/icons/hicolor}
icons_src=${icons_src:-${root:-}/assets/app-icon/hicolor}

icon_files=$(cd "$icons_src" && find . -name 'edu-app.*' | sed 's|^\./||')
if [ "$uninstall" = 1 ]; then
  rm -f "$prefix/applications/edu-app.desktop" "$prefix/metainfo/org.eduapp.guide.metainfo.xml"
  for f in $icon_files; do rm -f "$prefix/icons/hicolor/$f"; done
  echo "Removed the menu entry and icons from $prefix."
else
  install -d "$prefix/applications" "$prefix/metainfo"
  sed "s|^Exec=.*|Exec=\"$program\"|" "$desktop_src" > "$prefix/applications/edu-app.desktop"
  chmod 644 "$prefix/applications/edu-app.desktop"
  install -m 644 "$metainfo_src" "$prefix/metainfo/"
  for f in $icon_files; do install -D -m 644 "$icons_src/$f" "$prefix/icons/hicolor/$f"; done
  echo "Installed the menu entry for $program in $prefix."
fi
command -v update-desktop-database >/dev/null && update-desktop-database -q "$prefix/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$prefix/icons/hicolor" || true
