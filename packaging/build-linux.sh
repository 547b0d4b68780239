#!/usr/bin/env bash
# Build the one-folder Linux bundle that clinic IT copies: dist/edu-app/ (start it with
# dist/edu-app/edu-app) and dist/edu-app-VERSION-linux-x86_64.tar.gz of it.
#
#   packaging/build-linux.sh
#       makes build/freeze-venv, installs this checkout's wheel and PyInstaller in it
#       (needs PyPI, or PIP_NO_INDEX=1 PIP_FIND_LINKS=wheels with the offline folder)
#   PYTHON=.venv/bin/python packaging/build-linux.sh
#       uses an environment where edu-app is pip-installed (not editable) with pyinstaller
#   DIST=/some/folder packaging/build-linux.sh      # where dist/ goes (default: ./dist)
#
# The spec (packaging/edu-app.spec) freezes the installed package, whose wheel carries
# the book, the assets and the compiled translations; packaging/lean.py lists what of
# Qt is left out and why.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dist=${DIST:-$root/dist}
work=${WORK:-$root/build/pyinstaller}
mkdir -p "$dist" "$work"
dist=$(cd "$dist" && pwd)

if [ -z "${PYTHON:-}" ]; then
  venv="$root/build/freeze-venv"
  [ -x "$venv/bin/python" ] || python3 -m venv "$venv"
  "$venv/bin/pip" install -q "$root" "pyinstaller>=6.10"
  "$venv/bin/pip" install -q --force-reinstall --no-deps "$root"  # this checkout, as it is now
  PYTHON="$venv/bin/python"
fi
version=$("$PYTHON" -c "import edu_app; print(edu_app.__version__)")

# From outside the checkout, so that `edu_app` is the installed package, not ./edu_app.
cd "$work"
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$dist" --workpath "$work" "$root/packaging/edu-app.spec"

bundle="$dist/edu-app"
# Desktop integration beside the program (install-desktop.sh puts it in place).
install -D -m 644 "$root/packaging/linux/edu-app.desktop" "$bundle/share/applications/edu-app.desktop"
install -D -m 644 "$root/packaging/linux/org.eduapp.guide.metainfo.xml" \
  "$bundle/share/metainfo/org.eduapp.guide.metainfo.xml"
mkdir -p "$bundle/share/icons"
cp -r "$root/assets/app-icon/hicolor" "$bundle/share/icons/"
install -m 755 "$root/packaging/linux/install-desktop.sh" "$bundle/install-desktop.sh"
install -m 644 "$root/docs/clinic-install.md" "$bundle/README-clinic.md" 2>/dev/null || true

tarball="$dist/edu-app-$version-linux-$(uname -m).tar.gz"
tar -C "$dist" -czf "$tarball" edu-app
echo "bundle:  $bundle ($(du -sh "$bundle" | cut -f1))"
echo "archive: $tarball ($(du -sh "$tarball" | cut -f1))"
