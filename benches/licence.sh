#!/usr/bin/env bash
# Licence benchmark against the release build:
#   - `licence assign --file` with 10,000 new users into 10,000 seats
#     (target: median <= 1 s, peak RSS <= 50 MiB)
#   - `licence list --json` over 10,000 users (target: median <= 100 ms)
#
#   bash benches/licence.sh            # needs: hyperfine, GNU time
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in hyperfine /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install hyperfine time" >&2; exit 2; }
done

cargo build --release --quiet
bin="$PWD/target/release/atslink"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export NO_COLOR=1 ATSLINK_ORG=acme

# A template home with an empty 10,000-seat organisation; every timed run of
# the assign starts from a fresh copy, so each one creates 10,000 users.
ATSLINK_HOME="$work/template" "$bin" -q org create acme --name "Acme" --seats 10000
{
  echo "email,name,role"
  for i in $(seq -w 0 9999); do echo "user$i@example.com,User $i,member"; done
} > "$work/users.csv"

hyperfine --warmup 1 --runs 15 -N --export-json "$work/assign.json" \
  --prepare "sh -c 'rm -rf $work/run && cp -r $work/template $work/run'" \
  "env ATSLINK_HOME=$work/run $bin -q licence assign --file $work/users.csv --json"

rm -rf "$work/run" && cp -r "$work/template" "$work/run"
rss_assign=$( { ATSLINK_HOME="$work/run" /usr/bin/time -f '%M' "$bin" -q licence assign --file "$work/users.csv" --json >/dev/null; } 2>&1 | tail -1)

hyperfine --warmup 5 --runs 50 -N --export-json "$work/list.json" \
  "env ATSLINK_HOME=$work/run $bin licence list --json"
rss_list=$( { ATSLINK_HOME="$work/run" /usr/bin/time -f '%M' "$bin" licence list --json >/dev/null; } 2>&1 | tail -1)

python3 - "$work/assign.json" "$work/list.json" "$rss_assign" "$rss_list" <<'PY'
import json, sys
for path, rss, label in ((sys.argv[1], sys.argv[3], "licence assign --file (10,000 new)"),
                         (sys.argv[2], sys.argv[4], "licence list --json (10,000 users)")):
    r = json.load(open(path))["results"][0]
    print(f"{label:<38} median {r['median']*1000:8.1f} ms   peak RSS {int(rss)/1024:5.1f} MiB")
PY
