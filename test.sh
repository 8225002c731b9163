#!/usr/bin/env bash
# Runs every Dateline test on SQLite and then on PostgreSQL.
# Installs what is missing (Debian postgresql), starts a throwaway PostgreSQL cluster on a free loopback
# port, and stops and removes it on exit. Under CI=true a missing prerequisite fails the run; nothing skips.
set -euo pipefail
cd "$(dirname "$0")"

say() { printf '\n== %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
apt_updated=""
apt_install() {
  [ -n "$apt_updated" ] || { as_root apt-get update -qq; apt_updated=1; }
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null
}

# --- prerequisites ---------------------------------------------------------
command -v dotnet >/dev/null || { echo "The .NET 10 SDK is required (see global.json)." >&2; exit 1; }

pg_bin=""
find_pg_bin() {
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$dir/initdb" ] && { pg_bin="$dir"; return 0; }
  done
  command -v initdb >/dev/null && { pg_bin="$(dirname "$(command -v initdb)")"; return 0; }
  return 1
}
if ! find_pg_bin; then
  say "Installing PostgreSQL (Debian package postgresql)"
  apt_install postgresql
  find_pg_bin || { echo "PostgreSQL could not be installed: initdb not found." >&2; exit 1; }
fi

# --- throwaway PostgreSQL cluster ------------------------------------------
pg_dir="$(mktemp -d /tmp/dateline-pg.XXXXXX)"
pg_port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo 55432)"
run_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
stop_pg() {
  run_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
}
trap stop_pg EXIT
[ "$(id -u)" = 0 ] && chown postgres "$pg_dir"
say "Starting PostgreSQL on 127.0.0.1:$pg_port ($pg_dir)"
run_pg "$pg_bin/initdb" -D "$pg_dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$pg_dir/initdb.log" 2>&1 \
  || { cat "$pg_dir/initdb.log" >&2; exit 1; }
run_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 \
  -o "-h 127.0.0.1 -p $pg_port -k $pg_dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" start >/dev/null \
  || { cat "$pg_dir/server.log" >&2; exit 1; }

# --- build once, test on each provider ---------------------------------------
say "Building"
dotnet build Dateline.slnx -c Release -nologo -v quiet -clp:ErrorsOnly

results="$(mktemp -d /tmp/dateline-results.XXXXXX)"
status=0
for provider in Sqlite Postgres; do
  say "Tests on $provider"
  DATELINE_TEST_PROVIDER=$provider \
  DATELINE_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Pooling=true" \
    dotnet test Dateline.slnx -c Release --no-build -nologo \
      --logger "trx;LogFilePrefix=$provider" --results-directory "$results" -- RunConfiguration.TreatNoTestsAsError=true \
    || status=1
done

# One closing line for every run, counted from the result files of both providers.
python3 - "$results" <<'PY' || status=1
import glob, sys, xml.etree.ElementTree as ET
passed = failed = skipped = 0
for path in glob.glob(sys.argv[1] + "/*.trx"):
    counters = ET.parse(path).getroot().find(".//{*}Counters")
    passed += int(counters.get("passed", 0))
    failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0))
    skipped += int(counters.get("notExecuted", 0))
print(f"\n{passed} passed, {failed} failed, {skipped} skipped")
sys.exit(1 if failed or passed == 0 else 0)
PY
rm -rf "$results"
exit $status
