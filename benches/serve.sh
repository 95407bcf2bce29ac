#!/usr/bin/env bash
# Launch benchmark for `atslink serve` (issue 13): launches/s and p50/p99
# latency at 64 concurrent clients, and the server's peak RSS, on loopback
# against the sandbox as JobAdder (a separate `sandbox serve` process, so
# the emulator's own cost is not in the server's RSS).
#
#   bash benches/serve.sh        # needs: wrk (Debian: apt-get install wrk)
#   STATE_URL=postgres://atslink@/serve?host=/tmp/pg bash benches/serve.sh
#                                # the same on a (new, empty) PostgreSQL store
#
# Each request is a real launch: JobAdder's hashed URL verified, the
# clicking user read from JobAdder (GET /users/{id}), the seat claim
# (idempotent: every user already holds one), the launch recorded, and the
# candidate's files read from JobAdder. 64 users each click once first
# (taking their seats); wrk then replays their signed URLs round-robin.
# Goal: p99 <= 50 ms per launch, serve's peak RSS <= 64 MiB.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "missing wrk: apt-get install wrk" >&2; exit 2; }
users=${USERS:-64}
duration=${DURATION:-15s}

cargo build --release --quiet
bin="$PWD/target/release/atslink"
home="$(mktemp -d)"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$home"; }
trap cleanup EXIT
export ATSLINK_HOME="$home" NO_COLOR=1
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
callback=$(free_port); srv=$(free_port)
mkdir -p "$home/sandbox"
cat > "$home/sandbox/config.toml" <<TOML
[providers.jobadder]
redirect_uri = "http://127.0.0.1:$callback/callback"

[serve]
listen = "127.0.0.1:$srv"
public_url = "http://127.0.0.1:$srv"
TOML
if [ -n "${STATE_URL:-}" ]; then printf '\n[state]\nurl = "%s"\n' "$STATE_URL" >> "$home/sandbox/config.toml"; fi
sb() { "$bin" --sandbox -q "$@"; }
sb sandbox app register-redirect jobadder "http://127.0.0.1:$callback/callback" >/dev/null

# The emulator in its own process, shared by every command below.
"$bin" sandbox serve --port 0 > "$home/emulator.url" 2>/dev/null &
pids+=($!)
for _ in $(seq 100); do [ -s "$home/emulator.url" ] && break; sleep 0.05; done
export ATSLINK_SANDBOX_URL="$(sed -n 's/^ATSLINK_SANDBOX_URL=//p' "$home/emulator.url")"

sb org create acme --name Acme --seats $((users + 10))
BROWSER="$bin sandbox browse --user admin@sandbox-recruitment.example --password sandbox-admin" \
  sb integration link jobadder --org acme >/dev/null
emails=(); for i in $(seq "$users"); do emails+=("bench$i@sandbox-recruitment.example"); done
sb sandbox user add "${emails[@]}" >/dev/null

"$bin" --sandbox -q serve 2> "$home/serve.log" &
serve_pid=$!; pids+=("$serve_pid")
for _ in $(seq 100); do curl -fs "http://127.0.0.1:$srv/healthz" >/dev/null && break; sleep 0.05; done

echo "taking $users seats ..." >&2
: > "$home/paths"
for e in "${emails[@]}"; do
  url=$(sb sandbox click jobadder --org acme --user "$e" --candidate 30001 --print-url)
  code=$(curl -s -o /dev/null -w '%{http_code}' "$url")
  [ "$code" = 200 ] || { echo "first launch by $e answered $code" >&2; exit 1; }
  echo "${url#http://127.0.0.1:$srv}" >> "$home/paths"
done

cat > "$home/replay.lua" <<LUA
local paths = {}
for line in io.lines("$home/paths") do paths[#paths + 1] = line end
local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
LUA
wrk -t2 -c64 -d"$duration" --latency -s "$home/replay.lua" "http://127.0.0.1:$srv" | tee "$home/wrk.out"
grep -q "Non-2xx" "$home/wrk.out" && echo "warning: some launches were not admitted (see above)" >&2
awk '/VmHWM/ { printf "serve peak RSS %.1f MiB\n", $2 / 1024 }' "/proc/$serve_pid/status"
seats=$(sb licence list --org acme --state active --json | grep -o '"email"' | wc -l)
echo "seats held after the run: $seats (expected $users: repeated launches take no second seat)"
