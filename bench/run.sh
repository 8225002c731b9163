#!/usr/bin/env bash
# The speed benchmark (issue 8): Dateline against nginx serving the same bytes, in the same run, on this machine.
# On a fresh data directory it generates a site of N articles, starts Dateline in Release, saves the HTML of one
# article page and serves that file from nginx on another loopback port, then runs wrk against both, interleaved
# (nginx, then a Dateline page, in turn) over several rounds, and prints requests/s, p50 and p99 for
#   (1) a cached article  (2) the home page  (3) an article rendered afresh (cache bypassed: a newsroom cookie)
#   (4) page 2,000 of a section (or its deepest page), reached as a reader reaches it: by the "Older" link of the page
#   before, which names where that page ended (keyset)  (5) a search  (both also rendered afresh)
#   and two floors for anything rendered afresh: (6) the request pipeline alone (the comment form's stamp: every
#   middleware, no database, no page) and (7) one database query and no page (/healthz)
# with each one's ratio to nginx; then single-connection p50 of (4) and (5), the Dateline process's peak RSS, the
# publish-to-visible time (an editor saves a new headline; an anonymous reader polls until it is served) and the
# time to start with N articles.
#   bench/run.sh [--articles N] [--quick] [--rounds R] [--seconds S] [--connections C] [--keep] [--site DIR]
# --quick: 20,000 articles, 3 rounds of 2 s, in under 3 minutes; ends with "cached article vs nginx static: R×".
# --site DIR: measure the data directory DIR, generated before (`Dateline generate --articles N` with
#   Dateline__DataDirectory=DIR; a million articles took 19 minutes on the 2-core development machine), instead of
#   generating one.
#   The run adds a bench editor and edits one headline there; nothing else changes.
set -euo pipefail
cd "$(dirname "$0")/.."

articles=100000; rounds=3; seconds=10; connections=64; keep=""; quick=""; site_dir=""
while [ $# -gt 0 ]; do
  case "$1" in
    --articles) articles="$2"; shift 2 ;;
    --quick) quick=1; articles=20000; seconds=2; shift ;;
    --rounds) rounds="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --keep) keep=1; shift ;;
    --site) site_dir="$(realpath "$2")"; shift 2 ;;
    *) echo "Unknown option $1 (use --articles N, --quick, --rounds R, --seconds S, --connections C, --keep, --site DIR)." >&2; exit 2 ;;
  esac
done
[ "$rounds" -ge 3 ] || { echo "At least three rounds are needed." >&2; exit 2; }

if ! command -v nginx >/dev/null || ! command -v wrk >/dev/null; then
  echo "== Installing nginx and wrk (Debian packages)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx wrk >/dev/null
fi

work="$(mktemp -d /tmp/dateline-speed.XXXXXX)"
# nginx's workers run as www-data: they must be able to read the saved page.
chmod 755 "$work"
server=""; static=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
  [ -n "$static" ] && kill "$static" 2>/dev/null && wait "$static" 2>/dev/null || true
  [ -n "$keep" ] && echo "Site kept in $work" || rm -rf "$work"
}
trap cleanup EXIT
started=$(date +%s)

echo "== Building (Release)"
dotnet build src/Dateline -c Release -nologo -v quiet -clp:ErrorsOnly
dll=src/Dateline/bin/Release/net10.0/Dateline.dll
export Dateline__DataDirectory="${site_dir:-$work/site}" Dateline__SeedDemoContent=false

if [ -n "$site_dir" ]; then
  [ -f "$site_dir/dateline.db" ] || { echo "No dateline.db in $site_dir." >&2; exit 2; }
  articles=$(python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT count(*) FROM Articles").fetchone()[0])' "$site_dir/dateline.db")
  echo "== Measuring the site in $site_dir ($articles articles)"
else
  echo "== Generating $articles articles"
  dotnet "$dll" generate --articles "$articles" >"$work/generate.log" 2>&1 || { cat "$work/generate.log" >&2; exit 1; }
fi
email="bench-$(date +%s)@example.org"; password="Bench-$(date +%s)-Password!"
echo "$password" | dotnet "$dll" users add --email "$email" --role editor --password-stdin >/dev/null

port=$((20000 + RANDOM % 20000)); nport=$((port + 1))
site="http://127.0.0.1:$port"
echo "== Starting Dateline with $articles articles"
t0=$(date +%s.%N)
dotnet "$dll" --contentRoot "$PWD/src/Dateline" --urls "$site" --environment Production --Logging:LogLevel:Default=Warning >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 1200); do curl -fs "$site/healthz" >/dev/null 2>&1 && break; sleep 0.05; done
curl -fs "$site/healthz" >/dev/null || { cat "$work/server.log" >&2; exit 1; }
startup=$(echo "$(date +%s.%N) - $t0" | bc)

# The pages under test, found as a reader finds them.
article=$(curl -fs "$site/" | grep -o 'href="/[0-9]\{4\}/[0-9][0-9]/[0-9][0-9]/[^"#?]*"' | head -1 | cut -d'"' -f2)
read -r section count < <(curl -fs "$site/wp-json/wp/v2/categories?per_page=100" | python3 -c '
import json, sys
best = max(json.load(sys.stdin), key=lambda c: c["count"])
print("/" + best["link"].split("/", 3)[3].rstrip("/"), best["count"])')
page=$(( count / 20 < 2000 ? count / 20 : 2000 ))
# The Older link of the page before (read once by its number, an offset) leads to the page measured.
older=$(curl -fs -H "Cookie: dateline_newsroom=bench" "$site$section?page=$((page - 1))" | python3 -c '
import html, re, sys
link = re.search(r"<a rel=\"next\" href=\"([^\"]+)\"", sys.stdin.read())
print(html.unescape(link.group(1)) if link else "")')
word=$(curl -fs "$site$article" | python3 -c '
import re, sys
words = [w for w in re.findall(r"<h1[^>]*>([^<]*)</h1>", sys.stdin.read())[0].split() if len(w) > 4]
print(words[0].lower().strip(",.;:"))')
article_id=$(curl -fs "$site/wp-json/wp/v2/posts?slug=$(basename "$article")" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')
bypass="Cookie: dateline_newsroom=bench"

mkdir -p "$work/static" "$work/nginx/logs"
curl -fs "$site$article" -o "$work/static/article.html"
chmod -R a+rX "$work/static"
cat >"$work/nginx/nginx.conf" <<NGINX
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  server {
    listen 127.0.0.1:$nport;
    root $work/static;
    location / { default_type text/html; try_files /article.html =404; }
  }
}
NGINX
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -g "daemon off;" &
static=$!
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$nport/" >/dev/null 2>&1 && break; sleep 0.05; done
curl -fs "http://127.0.0.1:$nport$article" -o "$work/nginx-copy.html" || { cat "$work/nginx/logs/error.log" >&2; exit 1; }
cmp -s "$work/static/article.html" "$work/nginx-copy.html" || echo "   (note: nginx's copy differs from the saved page)"
cmp -s "$work/static/article.html" <(curl -fs "$site$article") || echo "   (note: the cached article's bytes differ from the saved copy)"
echo "   article $article ($(stat -c %s "$work/static/article.html") bytes), section $section page $page ($older), search \"$word\""

# wrk prints latency in us/ms/s; the table uses milliseconds.
ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'; }
measure() { # name url connections [header]
  local out threads=$(( $3 < 2 ? 1 : 2 ))
  if [ -n "${4:-}" ]; then out=$(wrk -t"$threads" -c"$3" -d"${seconds}s" --latency -H "$4" "$2"); else out=$(wrk -t"$threads" -c"$3" -d"${seconds}s" --latency "$2"); fi
  echo "$1 $(echo "$out" | awk '/Requests\/sec/ {print $2}') $(ms "$(echo "$out" | awk '$1=="50%" {print $2}')") $(ms "$(echo "$out" | awk '$1=="99%" {print $2}')")" >>"$work/results"
}

targets=(
  "cached-article|$site$article|"
  "home-page|$site/|"
  "uncached-article|$site$article|$bypass"
  "section-page-$page|$site$older|$bypass"
  "search|$site/search?q=$word|$bypass"
  # The floors: what a response costs before any page is read or rendered, and with one query.
  "pipeline-only|$site/comments/stamp|$bypass"
  "one-query|$site/healthz|$bypass"
)
# Every page measured must be the page itself: a 404 or a redirect would be measured as fast as it is wrong.
for t in "${targets[@]}" "section-page-by-number|$site$section?page=$page|$bypass"; do
  IFS='|' read -r name url header <<<"$t"
  status=$(curl -s -o /dev/null -w '%{http_code}' ${header:+-H "$header"} "$url")
  [ "$status" = 200 ] || { echo "$name ($url) answered $status, not 200." >&2; exit 1; }
done
# Warm both servers (JIT, the cache's entries) before anything is measured.
wrk -t2 -c"$connections" -d2s "http://127.0.0.1:$nport/" >/dev/null
for t in "${targets[@]}"; do IFS='|' read -r _ url header <<<"$t"; wrk -t2 -c8 -d1s ${header:+-H "$header"} "$url" >/dev/null; done

: >"$work/results"
for r in $(seq 1 "$rounds"); do
  echo "== Round $r of $rounds"
  for t in "${targets[@]}"; do
    IFS='|' read -r name url header <<<"$t"
    measure nginx-static "http://127.0.0.1:$nport/" "$connections"
    measure "$name" "$url" "$connections" "$header"
  done
done
for t in "${targets[@]:3:2}" "section-page-$page-by-number|$site$section?page=$page|$bypass"; do
  IFS='|' read -r name url header <<<"$t"
  measure "$name-1conn" "$url" 1 "$header"
done

rss=$(awk '/VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$server/status")
visible=$(python3 bench/publish-to-visible.py "$site" "$email" "$password" "$article_id" "$article" || echo "failed")

echo
echo "Dateline $(git rev-parse --short HEAD) · $articles articles · SQLite · $(nproc) cores ($(lscpu | awk -F: '/Model name/ {gsub(/^ +/, "", $2); print $2; exit}')) · wrk -t2 -c$connections -d${seconds}s × $rounds rounds, interleaved with nginx"
python3 - "$work/results" <<'PY'
import statistics, sys
rows = {}
for line in open(sys.argv[1]):
    name, rps, p50, p99 = line.split()
    rows.setdefault(name, []).append((float(rps), float(p50), float(p99)))
nginx = statistics.median(r[0] for r in rows["nginx-static"])
med = lambda name, i: statistics.median(r[i] for r in rows[name])
print(f"| {'page':<24} | {'req/s':>9} | {'p50 ms':>7} | {'p99 ms':>7} | {'vs nginx':>8} |")
print(f"|{'-' * 26}|{'-' * 11}|{'-' * 9}|{'-' * 9}|{'-' * 10}|")
for name in rows:
    if name.endswith("-1conn"):
        continue
    print(f"| {name:<24} | {med(name, 0):>9.0f} | {med(name, 1):>7.2f} | {med(name, 2):>7.2f} | {med(name, 0) / nginx:>7.2f}× |")
print()
for name in rows:
    if name.endswith("-1conn"):
        print(f"{name[:-6]} on one connection: p50 {med(name, 1):.2f} ms, p99 {med(name, 2):.2f} ms, {med(name, 0):.0f} req/s")
open(sys.argv[1] + ".ratio", "w").write(f"{med('cached-article', 0) / nginx:.2f}")
PY
echo "peak RSS of Dateline: $rss MB"
echo "publish-to-visible: $visible s"
echo "start with $articles articles: $(printf '%.2f' "$startup") s (process start to /healthz answering)"
echo "whole run: $(( $(date +%s) - started )) s"
echo "cached article vs nginx static: $(cat "$work/results.ratio")×"
