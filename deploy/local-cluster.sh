#!/usr/bin/env bash
# Two Dateline nodes behind nginx on this machine, with their own PostgreSQL and Redis, all on loopback:
#   deploy/local-cluster.sh up     build, start everything, print the addresses
#   deploy/local-cluster.sh down   stop exactly what "up" started (by the process ids it wrote down) and remove its folder
# Ports: DATELINE_CLUSTER_PORT (nginx, 8080), the nodes on the next two, Redis and PostgreSQL on the two after.
# Everything lives in DATELINE_CLUSTER_DIR (/tmp/dateline-cluster). Installs redis-server, nginx and postgresql if missing.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dir="${DATELINE_CLUSTER_DIR:-/tmp/dateline-cluster}"
port="${DATELINE_CLUSTER_PORT:-8080}"
node_a=$((port + 1)); node_b=$((port + 2)); redis_port=$((port + 3)); pg_port=$((port + 4))

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
run_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
wait_for() { # url seconds
  for _ in $(seq 1 "$(( $2 * 5 ))"); do curl -fs -o /dev/null "$1" && return 0; sleep 0.2; done
  echo "$1 did not answer within $2 s" >&2; return 1
}

up() {
  [ -e "$dir/started" ] && { echo "A cluster is already up in $dir; run '$0 down' first." >&2; exit 1; }
  local missing=()
  command -v redis-server >/dev/null || missing+=(redis-server)
  command -v nginx >/dev/null || missing+=(nginx)
  [ -n "$(pg_bin)" ] || missing+=(postgresql)
  if [ ${#missing[@]} -gt 0 ]; then
    as_root mkdir -p /etc/postgresql-common/createcluster.d
    echo "create_main_cluster = false" | as_root tee /etc/postgresql-common/createcluster.d/dateline.conf >/dev/null
    as_root apt-get update -qq && DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
  mkdir -p "$dir"/{pg,redis,nginx,nodes/a,nodes/b,media}
  touch "$dir/started"

  echo "== PostgreSQL on 127.0.0.1:$pg_port"
  if [ "$(id -u)" = 0 ]; then id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres; chown postgres "$dir/pg"; fi
  run_pg "$(pg_bin)/initdb" -D "$dir/pg/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/pg/initdb.log"
  run_pg "$(pg_bin)/pg_ctl" -D "$dir/pg/data" -l "$dir/pg/server.log" -w -o "-h 127.0.0.1 -p $pg_port -k $dir/pg" start >/dev/null
  echo pg >>"$dir/started"

  echo "== Redis on 127.0.0.1:$redis_port"
  redis-server --bind 127.0.0.1 --port "$redis_port" --dir "$dir/redis" --save "" --appendonly yes \
    --daemonize no --logfile "$dir/redis/redis.log" >/dev/null 2>&1 &
  echo $! >"$dir/redis/pid"

  echo "== Building and starting two nodes on 127.0.0.1:$node_a and :$node_b"
  dotnet build "$root/src/Dateline" -c Release -nologo -v quiet -clp:ErrorsOnly
  local name
  for name in a b; do
    local node_port=$node_a; [ "$name" = b ] && node_port=$node_b
    Dateline__Database__Provider=Postgres \
    ConnectionStrings__Dateline="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=dateline" \
    ConnectionStrings__Redis="127.0.0.1:$redis_port" \
    Dateline__DataDirectory="$dir/nodes/$name" \
    Dateline__Media__Directory="$dir/media" \
    Dateline__SeedDemoContent=true \
      dotnet "$root/src/Dateline/bin/Release/net10.0/Dateline.dll" --contentRoot "$root/src/Dateline" \
        --urls "http://127.0.0.1:$node_port" >"$dir/nodes/$name/log" 2>&1 &
    echo $! >"$dir/nodes/$name/pid"
  done

  echo "== nginx on 127.0.0.1:$port"
  sed -e "s|@PREFIX@|$dir/nginx|g" -e "s|@NODE_A@|127.0.0.1:$node_a|" -e "s|@NODE_B@|127.0.0.1:$node_b|" \
    -e "s|@LISTEN@|127.0.0.1:$port|" "$root/deploy/nginx.conf" >"$dir/nginx/nginx.conf"
  nginx -p "$dir/nginx" -c "$dir/nginx/nginx.conf" -g "daemon off;" >"$dir/nginx/out" 2>&1 &
  echo $! >"$dir/nginx/pid"

  wait_for "http://127.0.0.1:$node_a/healthz" 120 || { tail -20 "$dir/nodes/a/log" >&2; exit 1; }
  wait_for "http://127.0.0.1:$node_b/healthz" 120 || { tail -20 "$dir/nodes/b/log" >&2; exit 1; }
  wait_for "http://127.0.0.1:$port/healthz" 10 || { cat "$dir/nginx/error.log" >&2; exit 1; }
  cat <<DONE

The site:      http://127.0.0.1:$port/   (nginx over node A :$node_a and node B :$node_b)
Add a member:  Dateline__Database__Provider=Postgres ConnectionStrings__Dateline="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=dateline" \\
               dotnet src/Dateline/bin/Release/net10.0/Dateline.dll users add --email you@example.com --role Administrator --password-stdin
Logs:          $dir/nodes/{a,b}/log, $dir/nginx/error.log, $dir/redis/redis.log, $dir/pg/server.log
Stop:          $0 down
DONE
}

down() {
  [ -e "$dir/started" ] || { echo "No cluster is up in $dir."; return 0; }
  local pidfile
  for pidfile in "$dir/nginx/pid" "$dir/nodes/a/pid" "$dir/nodes/b/pid" "$dir/redis/pid"; do
    [ -s "$pidfile" ] || continue
    local pid; pid="$(cat "$pidfile")"
    kill -TERM "$pid" 2>/dev/null || continue
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
  done
  if grep -qx pg "$dir/started"; then run_pg "$(pg_bin)/pg_ctl" -D "$dir/pg/data" -m fast -w stop >/dev/null || true; fi
  rm -rf "$dir"
  echo "Stopped and removed $dir."
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  *) echo "usage: $0 up|down" >&2; exit 2 ;;
esac
