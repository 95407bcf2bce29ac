#!/usr/bin/env bash
# `org check --all-orgs` over 200 organisations linked to Flare, against
# the sandbox (its own process) with 100 ms injected on every Flare API
# call, on the release build (issue 15: <= 10 s wall, bounded concurrency;
# one after another it would be 200 x several calls x 100 ms).
#
#   bash benches/check.sh        # needs: hyperfine
#
# Figure (2 cores, with the emulator's snapshot reads and fault rows):
# median 1.42 s (1.40-1.43 s over 3 runs), user 0.06 s.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { echo "missing hyperfine: apt-get install hyperfine" >&2; exit 2; }

cargo build --release --quiet
bin="$PWD/target/release/atslink"
home="$(mktemp -d)"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$home"; }
trap cleanup EXIT
export ATSLINK_HOME="$home" NO_COLOR=1

"$bin" sandbox serve --port 0 > "$home/emulator.url" 2>/dev/null &
pids+=($!)
for _ in $(seq 100); do [ -s "$home/emulator.url" ] && break; sleep 0.05; done
export ATSLINK_SANDBOX_URL="$(sed -n 's/^ATSLINK_SANDBOX_URL=//p' "$home/emulator.url")"

echo "linking 200 organisations to Flare ..." >&2
for i in $(seq -w 1 200); do
  "$bin" -q --sandbox org create "org-$i" --name "Organisation $i" --seats 5
  printf %s flare-sandbox-key | "$bin" -q --sandbox integration link flare --org "org-$i" \
    --api-key-stdin --allow-shared-account
done
"$bin" -q --sandbox sandbox fault add /flare/api --latency 100ms --count 1000000 >/dev/null

# Exit 1 is expected (the new organisations have no admin: a blocking finding).
hyperfine --runs 3 -N -i --export-json "$home/check.json" \
  "$bin -q --sandbox org check --all-orgs --json"
python3 - "$home/check.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
print(f"org check --all-orgs (200 orgs, 100 ms per Flare call)  median {r['median']:6.2f} s")
PY
