#!/usr/bin/env bash
#
# backup.sh - saves the database, the installed plugins and the settings of Atrium in one tar.gz.

set -euo pipefail

PROG=backup.sh
SCRIPT_DIR=$(cd -P "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=common.sh
. "$SCRIPT_DIR/common.sh"

usage() {
  cat <<'EOF'
Usage: backup.sh [options]

Writes atrium-backup-<date>-<time>.tar.gz (mode 600: it holds passwords) with
  - the database:
      H2 (the default): the database files. H2 keeps them locked while Atrium runs, so a
        running server is stopped for the copy and started again (seconds to a minute).
      PostgreSQL: a pg_dump of the database (custom format); Atrium keeps running.
        Needs pg_dump (Debian package postgresql-client) of the server's major version or newer.
  - the plugins administrators installed (<data>/plugins),
  - the settings: /opt/atrium/conf and /etc/atrium/atrium.env.
restore.sh puts such a backup back.

Options:
  --output DIR   Folder for the backup (default: the current folder).
  --no-restart   With H2: leave a server that had to be stopped for the copy stopped.
  --prefix DIR   Back up what "install.sh --prefix DIR" installed.
  -h, --help     Print this text.
EOF
}

OUTPUT=.
RESTART=true
PREFIX_OPTION=
while [ $# -gt 0 ]; do
  case $1 in
    --output) [ $# -ge 2 ] || usage_error "--output needs a folder"; OUTPUT=$2; shift ;;
    --no-restart) RESTART=false ;;
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
[ -d "$INSTALL_DIR" ] || die "Atrium is not installed in $INSTALL_DIR"
load_env
database_settings
[ -d "$OUTPUT" ] || die "no such folder: $OUTPUT"
[ -w "$OUTPUT" ] || die "cannot write to $OUTPUT"
OUTPUT=$(cd "$OUTPUT" && pwd)

STAMP=$(date +%Y%m%d-%H%M%S)
ARCHIVE=$OUTPUT/atrium-backup-$STAMP.tar.gz
STAGE=$(mktemp -d "$OUTPUT/.atrium-backup.XXXXXX")
STOPPED=false
finish() {
  local status=$?
  rm -rf "$STAGE"
  if [ "$STOPPED" = true ] && [ "$RESTART" = true ]; then
    info "starting Atrium again"
    start_server || status=1
  fi
  exit "$status"
}
trap finish EXIT
umask 077

# ---- database ---------------------------------------------------------------------------------------

case $DB_KIND in
  h2)
    if server_running; then
      info "stopping Atrium: H2 locks its files while it runs"
      stop_server
      STOPPED=true
    fi
    if [ -d "$DATA_DIR/db" ]; then
      cp -a "$DATA_DIR/db" "$STAGE/db"
      info "copied the H2 database ($(du -sh "$STAGE/db" | cut -f1))"
    else
      info "warning: no H2 database in $DATA_DIR/db (Atrium never started?)"
    fi
    if [ "$STOPPED" = true ] && [ "$RESTART" = true ]; then
      STOPPED=false
      info "starting Atrium again"
      start_server
    fi
    ;;
  postgresql)
    command -v pg_dump >/dev/null 2>&1 || die "pg_dump is missing: install the PostgreSQL client (Debian: postgresql-client)"
    postgres_target
    info "dumping PostgreSQL database $PG_DATABASE on $PG_HOST:$PG_PORT${PG_SCHEMA:+ (schema $PG_SCHEMA)}"
    dump_args=(--format=custom --no-owner --no-privileges --host "$PG_HOST" --port "$PG_PORT"
      --username "$DB_USER" --file "$STAGE/database.pgdump")
    [ -z "$PG_SCHEMA" ] || dump_args+=(--schema "$PG_SCHEMA")
    PGPASSWORD=$DB_PASSWORD pg_dump "${dump_args[@]}" "$PG_DATABASE" \
      || die "pg_dump failed (is the database reachable with the user $DB_USER?)"
    ;;
esac

# ---- plugins and settings --------------------------------------------------------------------------

if [ -d "$DATA_DIR/plugins" ]; then
  cp -a "$DATA_DIR/plugins" "$STAGE/plugins"
else
  mkdir "$STAGE/plugins"
fi
cp -a "$INSTALL_DIR/conf" "$STAGE/conf"
mkdir "$STAGE/etc"
[ ! -f "$ENV_FILE" ] || cp -a "$ENV_FILE" "$STAGE/etc/atrium.env"

cat >"$STAGE/backup-info.txt" <<EOF
format=1
created=$(date -u +%Y-%m-%dT%H:%M:%SZ)
atrium-version=$(cat "$INSTALL_DIR/VERSION.txt" 2>/dev/null || printf 'unknown')
database=$DB_KIND
schema=${PG_SCHEMA:-}
host=$(hostname 2>/dev/null || printf unknown)
EOF

tar -czf "$ARCHIVE" -C "$STAGE" .
chmod 600 "$ARCHIVE"
info "wrote $ARCHIVE ($(du -h "$ARCHIVE" | cut -f1))"
