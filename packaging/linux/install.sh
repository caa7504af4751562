#!/bin/sh
# Install pocplanner for the current user from this unpacked folder (no root, no Python):
#   ./install.sh            install or update
#   ./install.sh --remove   uninstall (your plans, in ~/.local/share/pocplanner, are kept)
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
APP=$HOME/.local/opt/pocplanner
BIN=$HOME/.local/bin

if [ "${1:-}" = "--remove" ]; then
  rm -rf "$APP" "$BIN/pocplanner" "$DATA/applications/pocplanner.desktop" \
         "$DATA/icons/hicolor/256x256/apps/pocplanner.png"
  echo "pocplanner removed. Your plans are still in $DATA/pocplanner."
  exit 0
fi

mkdir -p "$APP" "$BIN" "$DATA/applications" "$DATA/icons/hicolor/256x256/apps"
rm -rf "$APP.new"
cp -R "$HERE" "$APP.new"
rm -rf "$APP"
mv "$APP.new" "$APP"
ln -sf "$APP/pocplanner" "$BIN/pocplanner"
cp "$HERE/pocplanner.png" "$DATA/icons/hicolor/256x256/apps/pocplanner.png"
sed "s|^Exec=pocplanner|Exec=$APP/pocplanner|" "$HERE/pocplanner.desktop" \
  > "$DATA/applications/pocplanner.desktop"
"$APP/pocplanner" --self-test >/dev/null 2>&1 && echo "pocplanner installed in $APP (self-test passed)." \
  || { echo "pocplanner was copied to $APP but its self-test failed: run '$APP/pocplanner --self-test'."; exit 1; }
echo "Start it from the applications menu, or with: $BIN/pocplanner"
