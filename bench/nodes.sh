#!/usr/bin/env bash
# Several nodes (issue 10): throughput through nginx with two Dateline nodes and then with one, and the time from an
# edit saved on node A to node B serving it. Starts deploy/local-cluster.sh (PostgreSQL, Redis, two nodes, nginx on
# loopback, the demo newsroom), measures, and stops exactly what it started.
#   bench/nodes.sh [--seconds S] [--connections C] [--rounds R]
# On a 2-core machine the two nodes share the same two cores, so the point of the second is that it takes over, not
# that it doubles anything: the figures say what one node gives through nginx and what two cost or give on top.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
seconds=10; connections=32; rounds=3
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    *) echo "usage: $0 [--seconds S] [--connections C] [--rounds R]" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }

export DATELINE_CLUSTER_DIR="${DATELINE_CLUSTER_DIR:-/tmp/dateline-bench-nodes}"
export DATELINE_CLUSTER_PORT="${DATELINE_CLUSTER_PORT:-18480}"
port=$DATELINE_CLUSTER_PORT; node_a=$((port + 1)); node_b=$((port + 2)); pg_port=$((port + 4))
trap '"$root/deploy/local-cluster.sh" down >/dev/null' EXIT
"$root/deploy/local-cluster.sh" up >/dev/null

password="a long enough bench passphrase"
echo "$password" | Dateline__Database__Provider=Postgres \
  ConnectionStrings__Dateline="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=dateline" \
  dotnet "$root/src/Dateline/bin/Release/net10.0/Dateline.dll" users add --email bench@nodes.test --role Editor --password-stdin >/dev/null

front="http://127.0.0.1:$port"
article="$(curl -fs "$front/" | grep -o 'href="/20[0-9][0-9]/[0-9][0-9]/[0-9][0-9]/[^"]*"' | head -1 | cut -d'"' -f2)"
measure() { # label path
  local i line
  for i in $(seq 1 "$rounds"); do
    line="$(wrk -t2 -c"$connections" -d"${seconds}s" --latency "$front$2" | awk '/Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} /Non-2xx/ {bad=$4} END {print rps, p50, p99, bad+0}')"
    echo "$1 $line"
  done
}
{
  measure "two-nodes-article" "$article"
  measure "two-nodes-home" "/"
  kill -TERM "$(cat "$DATELINE_CLUSTER_DIR/nodes/b/pid")"
  sleep 2
  measure "one-node-article" "$article"
  measure "one-node-home" "/"
} | tee "$DATELINE_CLUSTER_DIR/wrk.txt" >&2

# Node B is started again for the cross-node times.
( cd "$root"
  Dateline__Database__Provider=Postgres ConnectionStrings__Dateline="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=dateline" \
  ConnectionStrings__Redis="127.0.0.1:$((port + 3))" Dateline__DataDirectory="$DATELINE_CLUSTER_DIR/nodes/b" Dateline__Media__Directory="$DATELINE_CLUSTER_DIR/media" \
  dotnet src/Dateline/bin/Release/net10.0/Dateline.dll --contentRoot "$root/src/Dateline" --urls "http://127.0.0.1:$node_b" >>"$DATELINE_CLUSTER_DIR/nodes/b/log" 2>&1 & echo $! >"$DATELINE_CLUSTER_DIR/nodes/b/pid" )
for _ in $(seq 1 300); do curl -fs -o /dev/null "http://127.0.0.1:$node_b/healthz" && break; sleep 0.2; done

# Publish on A, poll B's front page (stored there first) until the headline is served; ten times.
python3 - "http://127.0.0.1:$node_a" "http://127.0.0.1:$node_b" "$password" <<'PY' | tee "$DATELINE_CLUSTER_DIR/visible.txt" >&2
import http.cookiejar, re, statistics, sys, time, urllib.parse, urllib.request, uuid
a, b, password = sys.argv[1:4]
editor = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), urllib.request.HTTPErrorProcessor())
class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args): return None
editor.add_handler(NoRedirect())
def token(path):
    html = editor.open(a + path).read().decode()
    return re.search(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"|name="__RequestVerificationToken" value="([^"]+)"', html)
def post(path, fields):
    m = token(path)
    fields["__RequestVerificationToken"] = m.group(1) or m.group(2)
    try:
        editor.open(a + path, urllib.parse.urlencode(fields).encode())
    except urllib.error.HTTPError as e:
        if e.code != 302: raise
post("/admin/sign-in", {"Input.Email": "bench@nodes.test", "Input.Password": password})
section = re.search(r'name="Input.PrimarySectionId"[^>]*>\s*(?:<option[^>]*>[^<]*</option>\s*)*?<option value="(\d+)"', editor.open(a + "/admin/articles/new").read().decode())
times = []
for _ in range(10):
    urllib.request.urlopen(b + "/").read(); urllib.request.urlopen(b + "/").read()
    headline = "Across nodes " + uuid.uuid4().hex[:8]
    post("/admin/articles/new", {"Input.Headline": headline, "Input.BodyHtml": "<p>Bench.</p>", "Input.PrimarySectionId": section.group(1) if section else "1",
                                 "Input.Language": "en", "Input.CommentStatus": "Open", "action": "publish"})
    start = time.monotonic()
    while headline not in urllib.request.urlopen(b + "/").read().decode():
        time.sleep(0.005)
    times.append((time.monotonic() - start) * 1000)
print("publish-on-A-visible-on-B ms: median %.0f, max %.0f, all %s" % (statistics.median(times), max(times), ", ".join("%.0f" % t for t in times)))
PY
