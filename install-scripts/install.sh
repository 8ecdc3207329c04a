#!/usr/bin/env bash
#
# install.sh - installs (or upgrades) Atrium from its tar.gz as a systemd service.

set -euo pipefail

PROG=install.sh
SCRIPT_DIR=$(cd -P "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=common.sh
. "$SCRIPT_DIR/common.sh"

usage() {
  cat <<'EOF'
Usage: install.sh [options] atrium-<version>.tar.gz

Installs Atrium as a systemd service, or upgrades an installation:
  - creates the system user "atrium" (no login shell, no home of its own),
  - unpacks the distribution to /opt/atrium (owned by root; an upgrade keeps conf/ and
    leaves the previous version in /opt/atrium.previous),
  - creates the data folder /var/lib/atrium (owned by atrium, mode 750),
  - writes /etc/atrium/atrium.env (environment of the service; kept on upgrades),
  - writes /etc/systemd/system/atrium.service running "/opt/atrium/bin/atrium run",
  - enables the service and starts it (an upgrade restarts it if it was running).

Options:
  --prefix DIR     Install below DIR instead of / (/opt/atrium becomes DIR/opt/atrium, ...).
                   Creates no user, changes no owner and calls no systemctl: for trying the
                   script out without root.
  --data-dir DIR   Data folder (default /var/lib/atrium); written to the env file.
  --user NAME      System user the service runs as (default atrium).
  --port N         HTTP port written to a new env file (default 8080).
  --no-start       Enable the service, but do not start it.
  -h, --help       Print this text.

Java 17 or newer must be installed (on the PATH, or JAVA_HOME in /etc/atrium/atrium.env).
EOF
}

TARBALL=
DATA_OPTION=
PORT=8080
START=true
PREFIX_OPTION=
SERVICE_USER=
while [ $# -gt 0 ]; do
  case $1 in
    --prefix) [ $# -ge 2 ] || usage_error "--prefix needs a folder"; PREFIX_OPTION=$2; shift ;;
    --data-dir) [ $# -ge 2 ] || usage_error "--data-dir needs a folder"; DATA_OPTION=$2; shift ;;
    --user) [ $# -ge 2 ] || usage_error "--user needs a name"; SERVICE_USER=$2; shift ;;
    --port) [ $# -ge 2 ] || usage_error "--port needs a number"; PORT=$2; shift ;;
    --no-start) START=false ;;
    -h | --help) usage; exit 0 ;;
    -*) usage_error "unknown option '$1'" ;;
    *)
      [ -z "$TARBALL" ] || usage_error "one tar.gz only"
      TARBALL=$1
      ;;
  esac
  shift
done
[ -n "$TARBALL" ] || usage_error "the distribution tar.gz is missing"
case $PORT in
  '' | *[!0-9]*) usage_error "--port needs a number, not '$PORT'" ;;
esac
case $SERVICE_USER in
  *[!a-z0-9_-]*) usage_error "--user: '$SERVICE_USER' is not a valid user name" ;;
esac

if [ -n "$PREFIX_OPTION" ]; then
  mkdir -p "$PREFIX_OPTION"
  PREFIX_OPTION=$(cd "$PREFIX_OPTION" && pwd)
  [ "$PREFIX_OPTION" != / ] || PREFIX_OPTION=
fi
set_paths "$PREFIX_OPTION"
require_root
[ -f "$TARBALL" ] || die "no such file: $TARBALL"
TARBALL=$(cd "$(dirname "$TARBALL")" && pwd)/$(basename "$TARBALL")
if [ "$SYSTEM" = true ]; then
  command -v systemctl >/dev/null 2>&1 || die "systemctl is missing: this script installs a systemd service"
fi

# ---- the archive ------------------------------------------------------------------------------

TOP=$(tar -tzf "$TARBALL" 2>/dev/null | head -n 1 | cut -d/ -f1) || true
[ -n "$TOP" ] || die "$TARBALL is not a readable tar.gz"
tar -tzf "$TARBALL" "$TOP/bin/atrium" "$TOP/lib/payara-micro.jar" "$TOP/lib/ROOT.war" >/dev/null 2>&1 \
  || die "$TARBALL is not an Atrium distribution (no $TOP/bin/atrium, lib/payara-micro.jar, lib/ROOT.war)"

# ---- Java ----------------------------------------------------------------------------------------

java_major() {
  local java=$1 version
  version=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^[[:space:]]*java\.specification\.version = //p' | head -n 1)
  case $version in
    1.*) version=${version#1.} ;;
  esac
  printf '%s\n' "${version%%.*}"
}
JAVA=
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
  JAVA=$JAVA_HOME/bin/java
elif command -v java >/dev/null 2>&1; then
  JAVA=$(command -v java)
fi
if [ -z "$JAVA" ]; then
  info "warning: no java found; install Java 17 or newer (or set JAVA_HOME in $ENV_FILE) before starting"
  START=false
else
  MAJOR=$(java_major "$JAVA")
  case $MAJOR in
    '' | *[!0-9]*) info "warning: cannot tell the version of $JAVA; Atrium needs Java 17 or newer" ;;
    *)
      if [ "$MAJOR" -lt 17 ]; then
        info "warning: $JAVA is Java $MAJOR; Atrium needs Java 17 or newer (set JAVA_HOME in $ENV_FILE)"
        START=false
      fi
      ;;
  esac
fi

# ---- user ----------------------------------------------------------------------------------------

[ -n "$DATA_OPTION" ] && DATA_DIR=$DATA_OPTION
if [ -f "$ENV_FILE" ] && [ -z "$DATA_OPTION" ]; then
  EXISTING_DATA=$(sed -n 's/^ATRIUM_DATA=//p' "$ENV_FILE" | tail -n 1)
  [ -z "$EXISTING_DATA" ] || DATA_DIR=$EXISTING_DATA
fi
case $DATA_DIR in
  /*) ;;
  *) die "--data-dir must be an absolute path, not '$DATA_DIR'" ;;
esac

if [ "$SYSTEM" = true ]; then
  if ! id "$SERVICE_USER" >/dev/null 2>&1; then
    info "creating the system user $SERVICE_USER"
    useradd --system --user-group --home-dir "$DATA_DIR" --no-create-home \
      --shell /usr/sbin/nologin --comment "Atrium server" "$SERVICE_USER"
  fi
else
  info "prefix $PREFIX: no user is created, owners are left as they are, systemctl is not called"
fi

# ---- unpack ----------------------------------------------------------------------------------------

PARENT=$(dirname "$INSTALL_DIR")
mkdir -p "$PARENT"
STAGE=$(mktemp -d "$PARENT/.atrium-install.XXXXXX")
cleanup() {
  rm -rf "$STAGE"
}
trap cleanup EXIT
info "unpacking $(basename "$TARBALL")"
tar -xzf "$TARBALL" -C "$STAGE" --strip-components=1 --no-same-owner
[ -x "$STAGE/bin/atrium" ] || die "the unpacked distribution has no executable bin/atrium"
VERSION=$(cat "$STAGE/VERSION.txt" 2>/dev/null || printf 'unknown')

WAS_RUNNING=false
UPGRADE=false
if [ -d "$INSTALL_DIR" ]; then
  UPGRADE=true
  OLD_VERSION=$(cat "$INSTALL_DIR/VERSION.txt" 2>/dev/null || printf 'unknown')
  info "upgrading $INSTALL_DIR from $OLD_VERSION to $VERSION"
  if server_running; then
    WAS_RUNNING=true
    stop_server
  fi
  # keep the administrator's configuration; park the shipped files beside it when they differ
  for file in "$INSTALL_DIR"/conf/*; do
    [ -f "$file" ] || continue
    name=$(basename "$file")
    if [ -f "$STAGE/conf/$name" ] && ! cmp -s "$file" "$STAGE/conf/$name"; then
      mv "$STAGE/conf/$name" "$STAGE/conf/$name.dist"
      info "kept conf/$name; the shipped version is conf/$name.dist"
    fi
    cp -p "$file" "$STAGE/conf/$name"
  done
  rm -rf "$INSTALL_DIR.previous"
  mv "$INSTALL_DIR" "$INSTALL_DIR.previous"
else
  info "installing Atrium $VERSION to $INSTALL_DIR"
fi
mv "$STAGE" "$INSTALL_DIR"
trap - EXIT
chmod 755 "$INSTALL_DIR"

# ---- owners, data, environment -------------------------------------------------------------------

mkdir -p "$DATA_DIR" "$ETC_DIR"
chmod 750 "$DATA_DIR"
if [ "$SYSTEM" = true ]; then
  chown -R root:root "$INSTALL_DIR"
  # the service reads its configuration, which may hold database passwords; others may not
  chgrp -R "$SERVICE_USER" "$INSTALL_DIR/conf"
  chmod 750 "$INSTALL_DIR/conf"
  chmod 640 "$INSTALL_DIR"/conf/*
  chown "$SERVICE_USER:$SERVICE_USER" "$DATA_DIR"
fi

if [ ! -f "$ENV_FILE" ]; then
  info "writing $ENV_FILE"
  cat >"$ENV_FILE" <<EOF
# Environment of the Atrium service (systemd EnvironmentFile: KEY=value, no shell syntax).
# Restart the service after a change: systemctl restart $SERVICE
ATRIUM_DATA=$DATA_DIR
ATRIUM_PORT=$PORT
# ATRIUM_BIND_ADDRESS=127.0.0.1
# ATRIUM_JAVA_OPTS=-Xms256m -Xmx1g -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:+ExitOnOutOfMemoryError
# ATRIUM_CLUSTER_MEMBERS=host1:6900,host2:6900
# JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64
# PostgreSQL instead of the built-in H2 database:
# ATRIUM_DB_URL=jdbc:postgresql://localhost:5432/atrium
# ATRIUM_DB_USER=atrium
# ATRIUM_DB_PASSWORD=
# Password of the first administrator (read once, at the first start; without it a generated
# one is written to $DATA_DIR/initial-admin-password):
# ATRIUM_ADMIN_PASSWORD=
EOF
else
  info "kept $ENV_FILE"
fi
chmod 640 "$ENV_FILE"
[ "$SYSTEM" = false ] || chgrp "$SERVICE_USER" "$ENV_FILE"

# ---- systemd -----------------------------------------------------------------------------------------

mkdir -p "$(dirname "$UNIT_FILE")"
info "writing $UNIT_FILE"
cat >"$UNIT_FILE" <<EOF
# Written by the Atrium install.sh; it is replaced by the next upgrade.
[Unit]
Description=Atrium office automation
Documentation=file:$INSTALL_DIR/README.txt
Wants=network-online.target
After=network-online.target postgresql.service

[Service]
Type=simple
User=$SERVICE_USER
Group=$SERVICE_USER
EnvironmentFile=-$ENV_FILE
Environment=ATRIUM_DATA=$DATA_DIR
ExecStart=$INSTALL_DIR/bin/atrium run
# the JVM ends with 143 on SIGTERM
SuccessExitStatus=143
TimeoutStartSec=300
TimeoutStopSec=90
Restart=on-failure
RestartSec=10
UMask=0027
LimitNOFILE=65536
NoNewPrivileges=true
PrivateTmp=true
ProtectSystem=strict
ProtectHome=true
ReadWritePaths=$DATA_DIR

[Install]
WantedBy=multi-user.target
EOF
# ATRIUM_DATA from the env file wins over Environment= (EnvironmentFile is applied later)

if [ "$SYSTEM" = true ]; then
  systemctl daemon-reload
  systemctl enable "$SERVICE" >/dev/null
  info "enabled the $SERVICE service"
  if [ "$START" = true ] && { [ "$UPGRADE" = false ] || [ "$WAS_RUNNING" = true ]; }; then
    start_server || true
  fi
fi

load_env
URL_PORT=${ATRIUM_PORT:-8080}
cat <<EOF

Atrium $VERSION is installed.
  program        $INSTALL_DIR
  data           $DATA_DIR
  settings       $ENV_FILE and $INSTALL_DIR/conf/atrium.properties
  service        $UNIT_FILE (logs: journalctl -u $SERVICE)
  address        http://$(hostname 2>/dev/null || printf localhost):$URL_PORT/
  administrator  admin; the first password is ATRIUM_ADMIN_PASSWORD if set at the first start,
                 else the generated one in $DATA_DIR/initial-admin-password
EOF
if [ "$SYSTEM" = false ]; then
  printf '\nTry it: ATRIUM_DATA=%s %s/bin/atrium start\n' "$DATA_DIR" "$INSTALL_DIR"
fi
