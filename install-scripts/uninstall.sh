#!/usr/bin/env bash
#
# uninstall.sh - removes the Atrium service and program; keeps the data unless --purge.

set -euo pipefail

PROG=uninstall.sh
SCRIPT_DIR=$(cd -P "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=common.sh
. "$SCRIPT_DIR/common.sh"

usage() {
  cat <<'EOF'
Usage: uninstall.sh [options]

Stops and disables the atrium service, removes its systemd unit and /opt/atrium.
Keeps the data folder (/var/lib/atrium, or ATRIUM_DATA of /etc/atrium/atrium.env), the
settings in /etc/atrium and the system user, so that a new install.sh picks them up again.

Options:
  --purge        Also delete the data folder (database, plugins, logs), /etc/atrium and the
                 system user. There is no undo: take a backup first (backup.sh).
  --yes          Do not ask before purging (needed when no terminal is attached).
  --prefix DIR   Uninstall what "install.sh --prefix DIR" installed (calls no systemctl,
                 removes no user).
  -h, --help     Print this text.
EOF
}

PURGE=false
YES=false
PREFIX_OPTION=
while [ $# -gt 0 ]; do
  case $1 in
    --purge) PURGE=true ;;
    --yes) YES=true ;;
    --prefix) [ $# -ge 2 ] || usage_error "--prefix needs a folder"; PREFIX_OPTION=$2; shift ;;
    -h | --help) usage; exit 0 ;;
    *) usage_error "unknown argument '$1'" ;;
  esac
  shift
done
if [ -n "$PREFIX_OPTION" ]; then
  [ -d "$PREFIX_OPTION" ] || die "no such folder: $PREFIX_OPTION"
  PREFIX_OPTION=$(cd "$PREFIX_OPTION" && pwd)
  [ "$PREFIX_OPTION" != / ] || PREFIX_OPTION=
fi
set_paths "$PREFIX_OPTION"
require_root
load_env

if [ ! -d "$INSTALL_DIR" ] && [ ! -f "$UNIT_FILE" ] && [ "$PURGE" = false ]; then
  die "Atrium is not installed in $INSTALL_DIR"
fi

if [ "$PURGE" = true ] && [ "$YES" = false ]; then
  [ -t 0 ] || die "--purge deletes $DATA_DIR for good: add --yes to confirm when no terminal is attached"
  printf 'Delete Atrium with all its data in %s and the settings in %s? Type "purge" to confirm: ' \
    "$DATA_DIR" "$ETC_DIR"
  read -r answer
  [ "$answer" = purge ] || die "nothing removed"
fi

if has_unit; then
  info "stopping and disabling the $SERVICE service"
  systemctl disable --now "$SERVICE" >/dev/null 2>&1 || true
elif server_running; then
  stop_server
fi
if [ -f "$UNIT_FILE" ]; then
  rm -f "$UNIT_FILE"
  info "removed $UNIT_FILE"
  if [ "$SYSTEM" = true ]; then
    systemctl daemon-reload
  fi
fi

if [ -d "$INSTALL_DIR" ]; then
  rm -rf "$INSTALL_DIR" "$INSTALL_DIR.previous"
  info "removed $INSTALL_DIR"
fi

if [ "$PURGE" = true ]; then
  rm -rf "$DATA_DIR" "$ETC_DIR"
  info "removed $DATA_DIR and $ETC_DIR"
  if [ "$SYSTEM" = true ] && id "$SERVICE_USER" >/dev/null 2>&1; then
    userdel "$SERVICE_USER" && info "removed the user $SERVICE_USER"
  fi
else
  info "kept the data in $DATA_DIR and the settings in $ETC_DIR (--purge deletes them)"
fi
