#!/usr/bin/env bash
#
# restore.sh - puts a backup of backup.sh back: database, installed plugins, settings.

set -euo pipefail

PROG=restore.sh
SCRIPT_DIR=$(cd -P "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=common.sh
. "$SCRIPT_DIR/common.sh"

usage() {
  cat <<'EOF'
Usage: restore.sh [options] atrium-backup-<date>-<time>.tar.gz

Replaces the current state of Atrium with the backup: stops Atrium, restores
  - the settings (/opt/atrium/conf, /etc/atrium/atrium.env),
  - the installed plugins (<data>/plugins),
  - the database: H2 files (the current ones are kept in <data>/db.before-restore-<time>),
    or, for PostgreSQL, pg_restore of the dump into the configured database, replacing the
    objects the dump holds (needs pg_restore, Debian package postgresql-client),
and starts Atrium again if it was running.

Options:
  --yes          Do not ask for confirmation (needed when no terminal is attached).
  --no-start     Leave Atrium stopped afterwards.
  --prefix DIR   Restore into what "install.sh --prefix DIR" installed.
  -h, --help     Print this text.
EOF
}

BACKUP=
YES=false
START=auto
PREFIX_OPTION=
while [ $# -gt 0 ]; do
  case $1 in
    --yes) YES=true ;;
    --no-start) START=false ;;
    --prefix) [ $# -ge 2 ] || usage_error "--prefix needs a folder"; PREFIX_OPTION=$2; shift ;;
    -h | --help) usage; exit 0 ;;
    -*) usage_error "unknown option '$1'" ;;
    *)
      [ -z "$BACKUP" ] || usage_error "one backup only"
      BACKUP=$1
      ;;
  esac
  shift
done
[ -n "$BACKUP" ] || usage_error "the backup file is missing"
if [ -n "$PREFIX_OPTION" ]; then
  [ -d "$PREFIX_OPTION" ] || die "no such folder: $PREFIX_OPTION"
  PREFIX_OPTION=$(cd "$PREFIX_OPTION" && pwd)
  [ "$PREFIX_OPTION" != / ] || PREFIX_OPTION=
fi
set_paths "$PREFIX_OPTION"
require_root
[ -f "$BACKUP" ] || die "no such file: $BACKUP"
[ -d "$INSTALL_DIR" ] || die "Atrium is not installed in $INSTALL_DIR: install it first (install.sh)"
tar -tzf "$BACKUP" ./backup-info.txt >/dev/null 2>&1 || die "$BACKUP is not a backup of backup.sh (no backup-info.txt)"

STAGE=$(mktemp -d "${TMPDIR:-/tmp}/atrium-restore.XXXXXX")
trap 'rm -rf "$STAGE"' EXIT
tar -xzf "$BACKUP" -C "$STAGE" --no-same-owner
info_value() {
  sed -n "s/^$1=//p" "$STAGE/backup-info.txt" | head -n 1
}
FORMAT=$(info_value format)
[ "$FORMAT" = 1 ] || die "backup format '$FORMAT' is not known to this script"
KIND=$(info_value database)
info "backup of $(info_value created), Atrium $(info_value atrium-version), database $KIND"

if [ "$YES" = false ]; then
  [ -t 0 ] || die "restoring replaces the current data: add --yes to confirm when no terminal is attached"
  printf 'Replace the database, plugins and settings of the Atrium in %s with this backup? [y/N] ' "$INSTALL_DIR"
  read -r answer
  case $answer in
    y | Y | yes) ;;
    *) die "nothing restored" ;;
  esac
fi

WAS_RUNNING=false
if server_running; then
  WAS_RUNNING=true
  stop_server
fi
[ "$START" != auto ] || START=$WAS_RUNNING

# ---- settings first: they say which database to restore into -------------------------------------

if [ -d "$STAGE/conf" ]; then
  cp -a "$STAGE/conf/." "$INSTALL_DIR/conf/"
  if [ "$SYSTEM" = true ]; then
    chown -R root:"$SERVICE_USER" "$INSTALL_DIR/conf"
  fi
fi
if [ -f "$STAGE/etc/atrium.env" ]; then
  mkdir -p "$ETC_DIR"
  cp -a "$STAGE/etc/atrium.env" "$ENV_FILE"
fi
load_env
database_settings
[ "$DB_KIND" = "$KIND" ] || die "the backup holds a $KIND database, but Atrium is configured for $DB_KIND"
mkdir -p "$DATA_DIR"

# ---- plugins ---------------------------------------------------------------------------------------------

rm -rf "$DATA_DIR/plugins"
if [ -d "$STAGE/plugins" ]; then
  cp -a "$STAGE/plugins" "$DATA_DIR/plugins"
else
  mkdir "$DATA_DIR/plugins"
fi

# ---- database --------------------------------------------------------------------------------------------

STAMP=$(date +%Y%m%d-%H%M%S)
case $KIND in
  h2)
    [ -d "$STAGE/db" ] || die "the backup holds no H2 database"
    if [ -d "$DATA_DIR/db" ]; then
      mv "$DATA_DIR/db" "$DATA_DIR/db.before-restore-$STAMP"
      info "kept the current database in $DATA_DIR/db.before-restore-$STAMP"
    fi
    cp -a "$STAGE/db" "$DATA_DIR/db"
    ;;
  postgresql)
    [ -f "$STAGE/database.pgdump" ] || die "the backup holds no PostgreSQL dump"
    command -v pg_restore >/dev/null 2>&1 || die "pg_restore is missing: install the PostgreSQL client (Debian: postgresql-client)"
    postgres_target
    info "restoring into PostgreSQL database $PG_DATABASE on $PG_HOST:$PG_PORT"
    PGPASSWORD=$DB_PASSWORD pg_restore --clean --if-exists --no-owner --no-privileges --exit-on-error \
      --single-transaction --host "$PG_HOST" --port "$PG_PORT" --username "$DB_USER" \
      --dbname "$PG_DATABASE" "$STAGE/database.pgdump" \
      || die "pg_restore failed; the database is as it was before (single transaction)"
    ;;
  *) die "unknown database kind '$KIND' in the backup" ;;
esac

if [ "$SYSTEM" = true ] && id "$SERVICE_USER" >/dev/null 2>&1; then
  chown -R "$SERVICE_USER:$SERVICE_USER" "$DATA_DIR"
fi
info "restored $BACKUP"

if [ "$START" = true ]; then
  start_server
else
  info "Atrium is stopped; start it with: ${SYSTEM:+systemctl start $SERVICE}"
fi
