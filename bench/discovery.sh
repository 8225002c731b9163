#!/usr/bin/env bash
# Search latency and related-article recomputation on SQLite at growing archive sizes (default 100,000 and
# 1,000,000 articles). Each size gets a fresh data directory filled by `Dateline generate`, a Release server on a
# loopback port, and bench/Dateline.Bench, which times searches over HTTP and related-list recomputations in
# process, each against a baseline measured in the same run (an article page; a primary-key read).
#   bench/discovery.sh [--articles N]... [--queries Q] [--keep]
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=(); queries=300; keep=""
while [ $# -gt 0 ]; do
  case "$1" in
    --articles) sizes+=("$2"); shift 2 ;;
    --queries) queries="$2"; shift 2 ;;
    --keep) keep=1; shift ;;
    *) echo "Unknown option $1 (use --articles N, --queries Q, --keep)." >&2; exit 2 ;;
  esac
done
[ ${#sizes[@]} -gt 0 ] || sizes=(100000 1000000)

work="$(mktemp -d /tmp/dateline-bench.XXXXXX)"
server=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
  [ -n "$keep" ] && echo "Sites kept in $work" || rm -rf "$work"
}
trap cleanup EXIT

echo "== Building (Release)"
dotnet build src/Dateline -c Release -nologo -v quiet -clp:ErrorsOnly
dotnet build bench/Dateline.Bench -c Release -nologo -v quiet -clp:ErrorsOnly
# The server is started as the process itself (not through `dotnet run`), so stopping it stops the server.
dateline() { dotnet src/Dateline/bin/Release/net10.0/Dateline.dll --contentRoot src/Dateline "$@"; }

for n in "${sizes[@]}"; do
  data="$work/site-$n"
  echo "== $n articles: generating into $data"
  export Dateline__DataDirectory="$data" Dateline__SeedDemoContent=false
  /usr/bin/time -f "generate: %e s, peak RSS %M KB" dotnet src/Dateline/bin/Release/net10.0/Dateline.dll generate --articles "$n"
  echo "   database: $(du -sh "$data" | cut -f1)"

  port=$((20000 + RANDOM % 40000))
  dateline --urls "http://127.0.0.1:$port" --environment Production --Logging:LogLevel:Default=Warning >"$work/server-$n.log" 2>&1 &
  server=$!
  for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break; sleep 1; done
  curl -fs "http://127.0.0.1:$port/healthz" >/dev/null || { cat "$work/server-$n.log" >&2; exit 1; }

  dotnet bench/Dateline.Bench/bin/Release/net10.0/Dateline.Bench.dll discovery \
    --site "http://127.0.0.1:$port" --queries "$queries" --articles "$n" --Dateline:DataDirectory="$data"
  kill "$server"; wait "$server" 2>/dev/null || true; server=""
done
