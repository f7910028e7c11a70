#!/usr/bin/env bash
# Wheel smoke test: build the wheel, install it (not editable) into a fresh virtual
# environment in a temporary folder, and run the installed app from outside the source tree.
# It fails if the installed package lacks anything it needs at run time (icons, the license,
# py.typed), or if the app cannot start, take a screenshot or find its icon.
#
#     .ci/wheel_smoke.sh            # uses python3 from PATH (an active venv's, if any)
#     PYTHON=python3.11 .ci/wheel_smoke.sh
#
# The wheel is built from a copy of the project, so the checkout stays untouched and a stale
# build/ folder cannot leak into the wheel. The app's dependencies are installed with pip's
# usual configuration (index, find-links, cache). Needs no display: Qt runs offscreen.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
PY=${PYTHON:-python3}
WIDTH=800
HEIGHT=600

fail() {
  echo "wheel_smoke: FAIL: $*" >&2
  exit 1
}
step() { echo "== wheel_smoke: $*"; }

command -v "$PY" >/dev/null || fail "no Python interpreter '$PY' (set PYTHON=...)"
work=$(mktemp -d "${TMPDIR:-/tmp}/actviz-wheel.XXXXXX")
trap 'rm -rf "$work"' EXIT
# Nothing from the checkout or the caller's environment may be importable in the fresh venv.
unset PYTHONPATH PYTHONHOME PYTHONSTARTUP PYTHONSAFEPATH VIRTUAL_ENV
export PIP_DISABLE_PIP_VERSION_CHECK=1 QT_QPA_PLATFORM=offscreen ACTVIZ_SETTINGS=none
started=$SECONDS

step "copy the project (top-level files and actviz/) to $work/src"
mkdir "$work/src"
(cd "$ROOT" && find . -maxdepth 1 -type f -print0 | xargs -0 cp -p -t "$work/src")
(cd "$ROOT" && tar --exclude=__pycache__ --exclude='*.pyc' -cf - actviz) | tar -C "$work/src" -xf -

step "build the wheel"
"$PY" -m pip wheel --no-deps -q -w "$work/dist" "$work/src" || fail "pip wheel could not build the project"
shopt -s nullglob
wheels=("$work"/dist/actviz-*.whl)
shopt -u nullglob
[ ${#wheels[@]} -eq 1 ] || fail "expected one actviz wheel in $work/dist, found ${#wheels[@]}"
wheel=${wheels[0]}
echo "built $(basename "$wheel") ($(du -k "$wheel" | cut -f1) KiB) after $((SECONDS - started)) s"

step "check the wheel's contents"
listing=$("$PY" -m zipfile -l "$wheel") || fail "cannot list $wheel"
for member in actviz/py.typed actviz/assets/actviz.png actviz/assets/actviz.svg \
  actviz/assets/actviz.ico actviz/assets/actviz.icns; do
  grep -qE "^$member[[:space:]]" <<<"$listing" || fail "the wheel lacks $member"
done
grep -qE '^actviz-[^/]+\.dist-info/licenses/LICENSE[[:space:]]' <<<"$listing" ||
  fail "the wheel lacks LICENSE under its .dist-info/licenses/"

step "install it into a fresh venv"
"$PY" -m venv "$work/venv" || fail "could not create a virtual environment with $PY"
venv_py=$work/venv/bin/python
install_started=$SECONDS
"$venv_py" -m pip install -q "$wheel" || fail "pip could not install $(basename "$wheel") into a fresh venv"
echo "installed with its dependencies in $((SECONDS - install_started)) s"
[ -x "$work/venv/bin/actviz" ] || fail "the wheel installed no 'actviz' command"

# Run from a folder that has nothing to do with the checkout.
mkdir "$work/elsewhere"
cd "$work/elsewhere"

step "check the installed package"
purelib=$("$venv_py" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
package=$("$venv_py" -c 'import actviz, pathlib; print(pathlib.Path(actviz.__file__).parent)') ||
  fail "the installed package does not import"
[ "$package" = "$purelib/actviz" ] ||
  fail "actviz is imported from $package, not from the venv's site-packages ($purelib)"
if "$venv_py" -m pip show -f actviz 2>/dev/null | grep -qi editable; then
  fail "actviz is installed as editable; this test needs a real install"
fi
icon=$("$venv_py" -c 'from actviz.resources import icon_path; print(icon_path())') ||
  fail "actviz.resources.icon_path() failed in the installed package"
case "$icon" in
  "$purelib"/actviz/assets/*) ;;
  *) fail "icon_path() gave $icon, which is not inside the installed package ($purelib/actviz/assets)" ;;
esac
[ -f "$icon" ] || fail "icon_path() gave $icon, which does not exist"
echo "icon: $icon"

step "run the installed app: actviz --function relu --screenshot --size ${WIDTH}x${HEIGHT}"
shot=$work/w.png
set +e
"$work/venv/bin/actviz" --function relu --screenshot "$shot" --size "${WIDTH}x${HEIGHT}" \
  >"$work/app.out" 2>"$work/app.err"
code=$?
set -e
if [ $code -ne 0 ]; then
  cat "$work/app.err" >&2
  fail "the installed app exited with code $code"
fi
# A source run prints nothing to stderr; anything here (a missing icon, a Qt plugin or
# font complaint) is a packaging fault that the screenshot alone would not show.
if [ -s "$work/app.err" ]; then
  cat "$work/app.err" >&2
  fail "the installed app printed to stderr (above)"
fi
[ -f "$shot" ] || fail "the app exited 0 but wrote no screenshot at $shot"
size=$("$venv_py" - "$shot" <<'EOF'
import struct, sys
data = open(sys.argv[1], "rb").read(24)
if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
    sys.exit(f"{sys.argv[1]} is not a PNG file")
print("%dx%d" % struct.unpack(">II", data[16:24]))
EOF
) || fail "the screenshot is not a PNG"
[ "$size" = "${WIDTH}x${HEIGHT}" ] || fail "the screenshot is $size, expected ${WIDTH}x${HEIGHT}"

echo "wheel_smoke: OK ($(basename "$wheel"), ${size} screenshot, $((SECONDS - started)) s in all)"
