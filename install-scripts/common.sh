# shellcheck shell=bash
# shellcheck disable=SC2034 # the variables set here are read by the scripts that source it
#
# Shared by install.sh, uninstall.sh, backup.sh and restore.sh: where Atrium lives, how to read
# its settings and how to stop and start it. Sourced, not run.
#
# Layout (below --prefix, which is empty for a real installation):
#   /opt/atrium                        the unpacked distribution (owned by root)
#   /var/lib/atrium                    data (owned by the service user); ATRIUM_DATA in the env file
#   /etc/atrium/atrium.env             environment of the service (ATRIUM_* variables)
#   /etc/systemd/system/atrium.service the systemd unit running "bin/atrium run"
#
# With a prefix the scripts create no user, change no owner and call no systemctl: that mode is
# for trying them out (and for tests) without root.

SERVICE=atrium

die() {
  printf '%s: error: %s\n' "$PROG" "$*" >&2
  exit 1
}

info() {
  printf '%s: %s\n' "$PROG" "$*"
}

usage_error() {
  printf '%s: %s (see --help)\n' "$PROG" "$*" >&2
  exit 2
}

# Sets the paths for a prefix ("" for the real system).
set_paths() {
  PREFIX=${1%/}
  INSTALL_DIR=$PREFIX/opt/atrium
  ETC_DIR=$PREFIX/etc/atrium
  ENV_FILE=$ETC_DIR/atrium.env
  UNIT_FILE=$PREFIX/etc/systemd/system/$SERVICE.service
  DATA_DIR=$PREFIX/var/lib/atrium
  if [ -n "$PREFIX" ]; then
    SYSTEM=false
  else
    SYSTEM=true
  fi
  # the user the service runs as: from the unit, if there is one
  SERVICE_USER=${SERVICE_USER:-}
  if [ -z "$SERVICE_USER" ] && [ -f "$UNIT_FILE" ]; then
    SERVICE_USER=$(sed -n 's/^User=//p' "$UNIT_FILE" | head -n 1)
  fi
  SERVICE_USER=${SERVICE_USER:-atrium}
}

require_root() {
  if [ "$SYSTEM" = true ] && [ "$(id -u)" -ne 0 ]; then
    die "run as root (or try it out with --prefix DIR)"
  fi
}

# Exports the ATRIUM_* and JAVA_HOME lines of the env file (KEY=value, optionally quoted).
load_env() {
  local line key value
  [ -f "$ENV_FILE" ] || return 0
  while IFS= read -r line || [ -n "$line" ]; do
    case $line in
      '' | '#'*) continue ;;
    esac
    key=${line%%=*}
    value=${line#*=}
    key=${key//[[:space:]]/}
    case $key in
      ATRIUM_* | JAVA_HOME) ;;
      *) continue ;;
    esac
    case $value in
      \"*\") value=${value#\"} value=${value%\"} ;;
      \'*\') value=${value#\'} value=${value%\'} ;;
    esac
    export "$key=$value"
  done <"$ENV_FILE"
  if [ -n "${ATRIUM_DATA:-}" ]; then
    DATA_DIR=$ATRIUM_DATA
  else
    export ATRIUM_DATA=$DATA_DIR
  fi
}

# Prints the value of a key of conf/atrium.properties, if set there.
property() {
  local file=$INSTALL_DIR/conf/atrium.properties key=$1
  [ -f "$file" ] || return 0
  sed -n "s/^[[:space:]]*${key//./\\.}[[:space:]]*[=:][[:space:]]*//p" "$file" | tail -n 1 | sed 's/[[:space:]]*$//'
}

# Sets DB_URL, DB_USER, DB_PASSWORD and DB_KIND (h2 or postgresql) the way the server reads them:
# environment first, then conf/atrium.properties, then the H2 default.
database_settings() {
  DB_URL=${ATRIUM_DB_URL:-$(property atrium.db.url)}
  DB_USER=${ATRIUM_DB_USER:-$(property atrium.db.user)}
  DB_PASSWORD=${ATRIUM_DB_PASSWORD:-$(property atrium.db.password)}
  case ${DB_URL:-jdbc:h2:} in
    jdbc:h2:*) DB_KIND=h2 ;;
    jdbc:postgresql:*) DB_KIND=postgresql ;;
    *) die "unsupported database URL '$DB_URL': backup and restore know H2 and PostgreSQL" ;;
  esac
  if [ "$DB_KIND" = h2 ] && [ -n "$DB_URL" ]; then
    case $DB_URL in
      "jdbc:h2:file:$DATA_DIR/db/atrium"*) ;;
      *) die "the H2 database is not the default one in $DATA_DIR/db ($DB_URL): back it up by hand" ;;
    esac
  fi
  DB_USER=${DB_USER:-atrium}
}

# Splits a jdbc:postgresql://host[:port]/database[?currentSchema=...] URL into PG_HOST, PG_PORT,
# PG_DATABASE and PG_SCHEMA.
postgres_target() {
  local rest=${DB_URL#jdbc:postgresql://} authority params
  case $DB_URL in
    jdbc:postgresql://*) ;;
    *) die "cannot read the PostgreSQL URL '$DB_URL' (expected jdbc:postgresql://host:port/database)" ;;
  esac
  authority=${rest%%/*}
  rest=${rest#*/}
  PG_DATABASE=${rest%%\?*}
  params=
  case $rest in
    *\?*) params=${rest#*\?} ;;
  esac
  PG_HOST=${authority%%:*}
  PG_PORT=5432
  case $authority in
    *:*) PG_PORT=${authority##*:} ;;
  esac
  case $authority in
    *,*) die "PostgreSQL URLs with several hosts are not supported here: $DB_URL" ;;
  esac
  PG_SCHEMA=
  local param
  local -a list
  IFS='&' read -r -a list <<<"$params"
  for param in "${list[@]}"; do
    case $param in
      currentSchema=*) PG_SCHEMA=${param#currentSchema=} ;;
    esac
  done
  if [ -z "$PG_HOST" ] || [ -z "$PG_DATABASE" ]; then
    die "cannot read host and database from '$DB_URL'"
  fi
}

# Runs bin/atrium with the installation's environment (as the service user on a real system).
atrium_ctl() {
  if [ "$SYSTEM" = true ] && [ "$(id -u)" -eq 0 ] && id "$SERVICE_USER" >/dev/null 2>&1; then
    runuser -u "$SERVICE_USER" -- env ATRIUM_DATA="$DATA_DIR" "$INSTALL_DIR/bin/atrium" "$@"
  else
    ATRIUM_DATA=$DATA_DIR "$INSTALL_DIR/bin/atrium" "$@"
  fi
}

has_unit() {
  [ "$SYSTEM" = true ] && command -v systemctl >/dev/null 2>&1 && [ -f "$UNIT_FILE" ]
}

server_running() {
  if has_unit && systemctl is-active --quiet "$SERVICE"; then
    return 0
  fi
  [ -x "$INSTALL_DIR/bin/atrium" ] && atrium_ctl status >/dev/null 2>&1
}

stop_server() {
  if has_unit && systemctl is-active --quiet "$SERVICE"; then
    info "stopping the $SERVICE service"
    systemctl stop "$SERVICE"
  elif [ -x "$INSTALL_DIR/bin/atrium" ]; then
    atrium_ctl stop
  fi
}

start_server() {
  if has_unit; then
    info "starting the $SERVICE service"
    systemctl start "$SERVICE"
    wait_ready
  else
    atrium_ctl start
  fi
}

# Waits until the service answers /health/ready (bin/atrium status says so).
wait_ready() {
  local waited=0
  local status
  while [ "$waited" -lt 300 ]; do
    if status=$(atrium_ctl status 2>/dev/null); then
      case $status in
        *"not ready"*) ;;
        *)
          info "Atrium is ready"
          return 0
          ;;
      esac
    fi
    sleep 2
    waited=$((waited + 2))
  done
  info "Atrium is not ready after ${waited} s; see: journalctl -u $SERVICE"
  return 1
}
