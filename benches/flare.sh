#!/usr/bin/env bash
# Flare batch benchmark against the release build and the sandbox:
# `flare push --since` over 1,000 placements with the sandbox's JobAdder rate
# limit at 20 requests/s (1,200 a minute). Reports the achieved JobAdder
# request rate (target >= 90% of the limit), duplicates in Flare (target 0)
# and peak RSS (target <= 60 MiB).
#
#   bash benches/flare.sh            # needs GNU time; takes a few minutes
set -euo pipefail
cd "$(dirname "$0")/.."
command -v /usr/bin/time >/dev/null || { echo "missing GNU time: apt-get install time" >&2; exit 2; }

cargo build --release --quiet
bin="$PWD/target/release/atslink"
work="$(mktemp -d)"
trap 'rm -rf "$work"; [ -n "${server:-}" ] && kill "$server" 2>/dev/null || true' EXIT
export NO_COLOR=1 ATSLINK_HOME="$work/home" ATSLINK_ORG=acme
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
mkdir -p "$work/home/sandbox"
printf '[providers.jobadder]\nredirect_uri = "http://127.0.0.1:%s/callback"\n' "$port" > "$work/home/sandbox/config.toml"

"$bin" -q sandbox app register-redirect jobadder "http://127.0.0.1:$port/callback" >/dev/null
"$bin" -q --sandbox org create acme --name "Acme"
BROWSER="$bin sandbox browse --user admin@sandbox-recruitment.example --password sandbox-admin" \
  "$bin" -q --sandbox integration link jobadder
printf %s flare-sandbox-key | "$bin" -q --sandbox integration link flare --api-key-stdin
"$bin" -q sandbox generate 1000
"$bin" -q sandbox rate jobadder 1200 >/dev/null

# The emulator in its own process, so the client's RSS is the client's.
"$bin" sandbox serve --port 0 > "$work/url" 2>/dev/null &
server=$!
for _ in $(seq 100); do grep -q ATSLINK_SANDBOX_URL "$work/url" && break; sleep 0.1; done
export "$(grep ATSLINK_SANDBOX_URL "$work/url")"

# Each placement costs one candidate read and two notes at JobAdder, plus the
# listing pages; count them from the run's own numbers.
start=$(date +%s.%N)
/usr/bin/time -f '%M' -o "$work/rss" "$bin" -q --sandbox flare push --since 2026-01-01 --page-size 1000 --json > "$work/out.json" || true
end=$(date +%s.%N)

python3 - "$work/out.json" "$work/rss" "$start" "$end" "$work/home/sandbox/world.db" <<'PY'
import json, sqlite3, sys
out = json.load(open(sys.argv[1]))["data"]
secs = float(sys.argv[4]) - float(sys.argv[3])
s = out["summary"]
pushed = s["created"] + s["duplicate"] + s["failed"]
# JobAdder requests: 2 listing passes x pages + per record: candidate read + notes (candidate and placement).
ja = 2 * 2 + pushed * 3
# Flare people are rows of their own beside the world document.
rows = sqlite3.connect(sys.argv[5]).execute("select doc from item where list = 'flare/people'")
emails = [json.loads(r)["email"].lower() for (r,) in rows]
dups = len(emails) - len(set(emails))
rss = int(open(sys.argv[2]).read().strip().splitlines()[-1]) / 1024
print(f"flare push --since over {pushed} placements: {secs:.1f} s wall")
print(f"  summary: {s}")
print(f"  JobAdder requests ~{ja}: {ja/secs:.1f}/s against a limit of 20/s ({100*ja/secs/20:.0f}%)")
print(f"  duplicates in Flare: {dups}; peak RSS {rss:.1f} MiB")
PY
