#!/usr/bin/env bash
# WordPress import speed and memory on SQLite: a synthetic export of N posts (bench/wordpress-export.sh) imported into
# an empty site from a Release build, with the .NET heap capped (default 192 MB) so that an import whose memory grew
# with the export would fail here rather than pass on a big machine. Prints posts/s, CPU seconds and peak RSS, with the
# load average beside them (the machine is shared: read the figure with its load).
#   bench/wordpress-import.sh [--posts N] [--heap-mb M] [--keep]
set -euo pipefail
cd "$(dirname "$0")/.."

posts=100000; heap_mb=192; keep=""
while [ $# -gt 0 ]; do
  case "$1" in
    --posts) posts="$2"; shift 2 ;;
    --heap-mb) heap_mb="$2"; shift 2 ;;
    --keep) keep=1; shift ;;
    *) echo "Unknown option $1 (use --posts N, --heap-mb M, --keep)." >&2; exit 2 ;;
  esac
done

work="$(mktemp -d /tmp/dateline-import-bench.XXXXXX)"
cleanup() { [ -n "$keep" ] && echo "Kept in $work" || rm -rf "$work"; }
trap cleanup EXIT

echo "== Building (Release)"
dotnet build src/Dateline -c Release -nologo -v quiet -clp:ErrorsOnly
echo "== Writing an export of $posts posts"
bench/wordpress-export.sh "$posts" > "$work/export.xml"
echo "   $(du -h "$work/export.xml" | cut -f1)"

echo "== Importing (heap capped at $heap_mb MB); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
export DOTNET_GCHeapHardLimit="$(printf '0x%X' $((heap_mb * 1024 * 1024)))"
/usr/bin/time -f "cpu: %U s user + %S s system, peak RSS %M KB" -o "$work/time.txt" \
  dotnet src/Dateline/bin/Release/net10.0/Dateline.dll import wordpress "$work/export.xml" \
  --Dateline:DataDirectory="$work/site" --Dateline:SeedDemoContent=false | tee "$work/summary.txt" | tail -n 12
cat "$work/time.txt"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
grep -q "Done in" "$work/summary.txt"
