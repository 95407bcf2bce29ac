#!/usr/bin/env bash
# Launch benchmark for `atslink serve` (issue 13): launches/s and p50/p99
# latency at 64 concurrent clients, and the server's peak RSS, on loopback
# against the sandbox as JobAdder (a separate `sandbox serve` process, so
# the emulator's own cost is not in the server's RSS).
#
#   bash benches/serve.sh        # needs: wrk (Debian: apt-get install wrk)
#   STATE_URL=postgres://atslink@/serve?host=/tmp/pg bash benches/serve.sh
#                                # the same on a (new, empty) PostgreSQL store
#   PG=1 bash benches/serve.sh   # the same on a PostgreSQL server of its own
#                                # (the Debian binaries, a temporary cluster)
#
# Each request is a real launch: JobAdder's hashed URL verified, the
# clicking user read from JobAdder (GET /users/{id}), the seat claim
# (idempotent: every user already holds one), the launch recorded, and the
# candidate's files read from JobAdder. 64 users each click once first
# (taking their seats); wrk then replays their signed URLs round-robin,
# each thread its own share of the users.
# Goal: p99 <= 50 ms per launch, serve's peak RSS <= 64 MiB.
#
# Figures (2 cores shared by wrk, serve, the emulator and PostgreSQL; 15 s,
# 64 users; other builds on the machine make runs vary a lot, p99 most:
# ranges are separate runs, with the 1-minute load average beside them):
#                          launches/s   p50       p99        serve peak RSS
#   SQLite      before    1,430-1,740  35-43 ms   84-100 ms  44-45 MiB  (load 1.7-3)
#               after     1,770-2,310  25-32 ms   53-433 ms  27-29 MiB  (53 at load 2.7;
#                                                              125-433 at 5-6)
#   PostgreSQL  before         230       223 ms    803 ms    27 MiB     (load 3.3)
#               after       700-1,100  54-74 ms   322-703 ms 34-36 MiB  (load 2-13)
#   2026-12-03 (177e7c0, quiet machine, 5 runs SQLite, 2 PostgreSQL):
#   SQLite                2,426-2,671  23-26 ms   37-44 ms   26-28 MiB  (load 1-5)
#   PostgreSQL              912-1,074  56-66 ms   339-347 ms 34 MiB
#   (SQLite rows are now read as the cursor reaches them, no copy first.)
#   then each wrk thread its own users, PostgreSQL's seat-holder launch in
#   one statement, 8 launch steps on the store at once on both engines:
#   SQLite                2,455-2,487  25 ms      42-47 ms   27-28 MiB
#   PostgreSQL          1,012-1,588  39-60 ms   62-118 ms  21-35 MiB  (one 290)
#   (the spread is the machine: the same build's CPU per launch moved from
#   0.50 to 0.72 ms within the hour, with the load from outside it).
# PostgreSQL per launch (log_statement=all over 2,780 launches): 8 round
# trips, the organisation by slug twice (the lookup, then inside the claim
# so a replaced organisation is noticed), the link row, BEGIN with the
# shared lock, the user, its access times, the launch row, COMMIT. With
# serve 0.66-0.80 ms, the emulator 0.24-0.30 ms and the PostgreSQL server
# about as much as serve, a launch cost ~1.7 ms of CPU: on 2 cores that
# capped the rate near 1,150/s, so 64 closed-loop clients waited >= 56 ms
# on average. A seat holder's claim and launch row are now one statement
# (3 round trips a launch, not 8); p99 <= 50 ms there still needs the
# database on cores of its own.
# CPU per launch, before -> after: SQLite serve 0.55 -> 0.43-0.48 ms,
# emulator 0.23-0.28 -> 0.21-0.25 ms; PostgreSQL serve 1.51 -> 0.67-0.83 ms,
# emulator 0.48 -> 0.23-0.29 ms, and the PostgreSQL server about as much
# again as serve (perf: 30% of all samples against serve's 52%).
# What changed: on PostgreSQL a seat holder's launch is one statement under
# the write lock in shared mode (Store::launch_seat_holder), so launches no
# longer queue one at a time behind each other's round trips and commit; a launch reads a
# fresh access token with the organisation (one trip to the blocking pool
# fewer); on SQLite launches take turns on the store 8 at a time.
# What is left: the machine is CPU-bound (with 64 closed-loop connections
# latency is 64 / rate, so p99 <= 50 ms needs ~2,500/s with a tight tail);
# the emulator is about a third of the product's CPU per launch, not most
# of it. Not cached, on purpose: the JobAdder user lookup (a user
# deactivated in JobAdder must be refused at the next click) and the
# organisation, salt and token (an unlink or relink must take effect at
# once; a secrets cache with a short TTL is the next lever for a keyring or
# database credential store, where each read is a round trip).
set -euo pipefail
. "$(dirname "$0")/lib.sh"
need wrk
users=${USERS:-64}
duration=${DURATION:-15s}

release_build
home="$(mktemp -d)"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$home"; }
trap cleanup EXIT
export ATSLINK_HOME="$home" NO_COLOR=1
callback=$(free_port); srv=$(free_port)
mkdir -p "$home/sandbox"
cat > "$home/sandbox/config.toml" <<TOML
[providers.jobadder]
redirect_uri = "http://127.0.0.1:$callback/callback"

[serve]
listen = "127.0.0.1:$srv"
public_url = "http://127.0.0.1:$srv"
TOML
if [ "${PG:-}" = 1 ] && [ -z "${STATE_URL:-}" ]; then
  pg_find
  pgdir="$(mktemp -d /tmp/atslink-serve-pg-XXXXXX)"
  pg_start "$pgdir"
  trap 'cleanup; pg_stop "$pgdir"; rm -rf "$pgdir"' EXIT
  STATE_URL="postgres://atslink@/postgres?host=$pgdir&sslmode=disable"
fi
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

# Each wrk thread replays its own share of the users: a client is one
# recruiter. (Both threads walking one list in step launched the same user
# from two clients at once, all run long, and those launches take turns on
# the user's row: a contention no recruiter produces.)
threads=2
cat > "$home/replay.lua" <<LUA
local next_id = 0
function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
end
local paths = {}
for line in io.lines("$home/paths") do paths[#paths + 1] = line end
local i = 0
request = function()
  repeat i = i % #paths + 1 until (i - 1) % $threads == id
  return wrk.format("GET", paths[i])
end
LUA
# CPU seconds (user + system) of a process, for the cost of a launch on
# each side: the three processes share the machine's cores.
cpu() { awk '{ printf "%.2f", ($14 + $15) / 100 }' "/proc/$1/stat"; }
serve_cpu=$(cpu "$serve_pid"); emulator_cpu=$(cpu "${pids[0]}")
wrk -t"$threads" -c"$users" -d"$duration" --latency -s "$home/replay.lua" "http://127.0.0.1:$srv" | tee "$home/wrk.out"
launches=$(awk '/requests in/ { print $1 }' "$home/wrk.out")
awk -v s0="$serve_cpu" -v s1="$(cpu "$serve_pid")" -v e0="$emulator_cpu" -v e1="$(cpu "${pids[0]}")" -v n="$launches" \
  'BEGIN { printf "CPU per launch: serve %.2f ms, emulator %.2f ms\n", (s1 - s0) * 1000 / n, (e1 - e0) * 1000 / n }'
grep -q "Non-2xx" "$home/wrk.out" && echo "warning: some launches were not admitted (see above)" >&2
awk '/VmHWM/ { printf "serve peak RSS %.1f MiB\n", $2 / 1024 }' "/proc/$serve_pid/status"
seats=$(sb licence list --org acme --state active --json | grep -o '"email"' | wc -l)
echo "seats held after the run: $seats (expected $users: repeated launches take no second seat)"
