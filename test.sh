#!/usr/bin/env bash
# Runs every Dateline test: the HTTP suite on SQLite and then on PostgreSQL, the node tests (two nodes behind nginx
# with Redis), then the browser suite
# (Chromium through Playwright, and the web-standards checkers: Nu HTML Checker, axe-core, Lighthouse).
# Installs what is missing (Debian postgresql, redis-server, nginx, chromium, a Java runtime, Node.js; the checkers from npm),
# starts a throwaway PostgreSQL cluster on a free loopback port, and stops and removes everything it
# started on exit. Nothing is skipped for want of a prerequisite: a missing one fails the run (which is
# what CI=true relies on).
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
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && { pg_bin="$dir"; return 0; }
  done
  command -v initdb >/dev/null && command -v pg_ctl >/dev/null && { pg_bin="$(dirname "$(command -v initdb)")"; return 0; }
  return 1
}
if ! find_pg_bin; then
  say "Installing PostgreSQL (Debian package postgresql)"
  # Only our throwaway cluster should run: ask Debian not to create and start its default one.
  as_root mkdir -p /etc/postgresql-common/createcluster.d
  echo "create_main_cluster = false" | as_root tee /etc/postgresql-common/createcluster.d/dateline-tests.conf >/dev/null
  apt_install postgresql
  find_pg_bin || { echo "PostgreSQL could not be installed: initdb not found." >&2; exit 1; }
fi

# The node tests: Debian's redis-server and nginx in front of two nodes (their PostgreSQL is the one found above).
command -v redis-server >/dev/null || { say "Installing Redis (Debian package redis-server)"; apt_install redis-server; }
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || { say "Installing nginx (Debian package nginx)"; apt_install nginx; }

# The browser suite: Debian's Chromium (never Playwright's download), Java for the Nu HTML Checker,
# Node.js for Lighthouse and Playwright's driver.
[ -x /usr/bin/chromium ] || { say "Installing Chromium (Debian package chromium)"; apt_install chromium; }
command -v java >/dev/null || { say "Installing a Java runtime (Debian package default-jre-headless)"; apt_install default-jre-headless; }
command -v npm >/dev/null || { say "Installing Node.js (Debian packages nodejs, npm)"; apt_install nodejs npm; }
# The checkers are pinned in tests/web-standards/package-lock.json; reinstalled only when the lock changes.
# Install scripts are not run: vnu-jar's only one fetches a Java runtime, and the machine's is used.
tools=tests/web-standards
if ! cmp -s "$tools/package-lock.json" "$tools/node_modules/.package-lock.installed" 2>/dev/null; then
  say "Installing the web-standards checkers (npm ci in $tools)"
  (cd "$tools" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
  cp "$tools/package-lock.json" "$tools/node_modules/.package-lock.installed"
fi

# PostgreSQL refuses to run as root, so as root the cluster belongs to the postgres user.
if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
  useradd --system --no-create-home --shell /usr/sbin/nologin postgres
fi
run_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 40000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return 0; }
  done
  echo "No free loopback port found." >&2
  return 1
}

# --- throwaway PostgreSQL cluster, removed with the results on any exit -----
pg_dir="$(mktemp -d /tmp/dateline-pg.XXXXXX)"
results="$(mktemp -d /tmp/dateline-results.XXXXXX)"
cleanup() {
  run_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir" "$results"
}
trap cleanup EXIT
[ "$(id -u)" = 0 ] && chown postgres "$pg_dir"
pg_port="$(free_port)"
say "Starting PostgreSQL on 127.0.0.1:$pg_port ($pg_dir)"
run_pg "$pg_bin/initdb" -D "$pg_dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$pg_dir/initdb.log" 2>&1 \
  || { cat "$pg_dir/initdb.log" >&2; exit 1; }
# Durability settings are off: this cluster lives for one test run.
run_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 \
  -o "-h 127.0.0.1 -p $pg_port -k $pg_dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" start >/dev/null \
  || { cat "$pg_dir/server.log" >&2; exit 1; }

# --- build once, test on each provider ---------------------------------------
say "Building"
dotnet build Dateline.slnx -c Release -nologo -v quiet -clp:ErrorsOnly

status=0
for provider in Sqlite Postgres; do
  say "HTTP tests on $provider"
  DATELINE_TEST_PROVIDER=$provider \
  DATELINE_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres" \
    dotnet test tests/Dateline.Tests -c Release --no-build -nologo --blame-hang-timeout 10m \
      --logger "trx;LogFilePrefix=$provider" --results-directory "$results" -- RunConfiguration.TreatNoTestsAsError=true \
    || status=1
done

# Two nodes of the built app as separate processes, with a PostgreSQL cluster, Redis and nginx of their own.
say "Node tests (two nodes, PostgreSQL, Redis, nginx)"
dotnet test tests/Dateline.NodeTests -c Release --no-build -nologo --blame-hang-timeout 10m \
  --logger "trx;LogFilePrefix=Nodes" --results-directory "$results" -- RunConfiguration.TreatNoTestsAsError=true \
  || status=1

# The browser suite checks what readers' browsers get; the HTML does not depend on the database, so it runs once.
say "Browser and web-standards tests (Chromium, Nu HTML Checker, axe-core, Lighthouse)"
rm -rf artifacts/web-standards
DATELINE_TEST_PROVIDER=Sqlite \
  dotnet test tests/Dateline.BrowserTests -c Release --no-build -nologo --blame-hang-timeout 15m \
    --logger "trx;LogFilePrefix=Browser" --results-directory "$results" -- RunConfiguration.TreatNoTestsAsError=true \
  || status=1
[ -d artifacts/web-standards ] && echo "Lighthouse scores: artifacts/web-standards/lighthouse-*.md"

# One closing line for the whole run, added up from every result file of both providers.
count() {
  { grep -ho "<Counters [^>]*>" "$results"/*.trx 2>/dev/null || true; } \
    | { grep -o " $1=\"[0-9]*\"" || true; } | awk -F'"' '{ sum += $2 } END { print sum + 0 }'
}
passed=$(count passed); failed=$(( $(count failed) + $(count error) + $(count timeout) )); skipped=$(count notExecuted)
printf '\n%s passed, %s failed, %s skipped\n' "$passed" "$failed" "$skipped"
[ "$passed" -gt 0 ] && [ "$failed" -eq 0 ] || status=1
exit $status
