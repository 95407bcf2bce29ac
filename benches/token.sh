#!/usr/bin/env bash
# Token benchmarks against the release build and the sandbox:
#   - `token status --all` reading 1,000 links from local state
#     (target: median <= 10 ms, peak RSS <= 20 MiB)
#   - `token status --all --check` over 200 links with 200 ms of injected
#     sandbox latency per provider call (target: <= 10 s wall; sequential
#     would be 40 s+)
#
#   bash benches/token.sh            # needs: hyperfine, GNU time
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in hyperfine /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install hyperfine time" >&2; exit 2; }
done

cargo build --release --quiet
bin="$PWD/target/release/atslink"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export NO_COLOR=1

# One home with 1,000 organisations, each linked to the sandbox's Flare with
# its API key (a real link, made through `integration link`).
make_links() {
  local home="$1" n="$2"
  for i in $(seq -w 1 "$n"); do
    ATSLINK_HOME="$home" "$bin" -q --sandbox org create "org-$i" --name "Organisation $i"
    printf %s flare-sandbox-key | ATSLINK_HOME="$home" "$bin" -q --sandbox integration link flare --org "org-$i" --api-key-stdin --allow-shared-account
  done
}

echo "linking 1,000 organisations ..." >&2
make_links "$work/big" 1000
count=$(ATSLINK_HOME="$work/big" "$bin" -q --sandbox token status --all --json | grep -o '"provider"' | wc -l)
[ "$count" -eq 1000 ] || { echo "expected 1000 links, found $count" >&2; exit 1; }

# The same 1,000 links as an ordinary home (the sandbox's emulator world
# removed): what `token status` reads in production.
cp -r "$work/big/sandbox" "$work/plain"
rm -f "$work/plain/world.db"
printf 'credential_store = "file"\n' >> "$work/plain/config.toml"
ATSLINK_HOME="$work/plain" hyperfine --warmup 10 --runs 200 -N --export-json "$work/status.json" \
  "$bin -q token status --all --json"
rss=$( { ATSLINK_HOME="$work/plain" /usr/bin/time -f '%M' "$bin" -q token status --all --json >/dev/null; } 2>&1 | tail -1)

echo "linking 200 organisations for --check ..." >&2
make_links "$work/check" 200
ATSLINK_HOME="$work/check" "$bin" -q --sandbox sandbox fault add /flare/api/v1/account --latency 200ms --count 100000 >/dev/null
start=$(date +%s.%N)
ATSLINK_HOME="$work/check" "$bin" -q --sandbox token status --all --check --json > "$work/check.json"
end=$(date +%s.%N)
ok=$(grep -o '"status":"ok"' "$work/check.json" | wc -l)

python3 - "$work/status.json" "$rss" "$start" "$end" "$ok" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
print(f"token status --all (1,000 links)            median {r['median']*1000:7.2f} ms   peak RSS {int(sys.argv[2])/1024:5.1f} MiB")
print(f"token status --all --check (200 links, 200 ms latency)  wall {float(sys.argv[4]) - float(sys.argv[3]):6.2f} s   ok {sys.argv[5]}/200")
PY
