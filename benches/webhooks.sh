#!/usr/bin/env bash
# Webhook benchmark for `atslink serve` (issue 14), on the release build,
# against the sandbox as JobAdder and Flare (a separate `sandbox serve`
# process per home, as in benches/serve.sh), on SQLite and on PostgreSQL
# (a server in a temporary directory on a Unix socket, as in
# benches/postgres.sh):
#   1. placement approved -> person in Flare, p50/p99: `sandbox place`
#      approves a placement and the sandbox's JobAdder delivers the webhook
#      to serve (its own delivery path), with the sandbox's rate limits on
#      (JobAdder 1,200 requests a minute, Flare 600); measured from just
#      before `sandbox place` to serve's log line for the event (written
#      after the person is created in Flare and the JobAdder notes are
#      written, so a little over). Samples one at a time, on an empty queue.
#      Goal: p99 <= 5 s.
#   2. sustained events/s on PostgreSQL with 1 and 2 replicas (rate limits
#      off: atslink's own throughput, not the sandbox's quota): a backlog
#      of new placements' events delivered over both replicas, timed from
#      the first delivery until every event is processed.
#   3. acknowledgement p50/p99 at 64 concurrent deliveries (wrk, each
#      delivery a new eventId for one of the generated placements, so the
#      workers push in the background as they would in production).
#      Goal: p99 <= 50 ms.
#
#   bash benches/webhooks.sh     # needs: wrk, postgresql; takes ~1 minute
#   SAMPLES=50 BACKLOG=500 DURATION=15s bash benches/webhooks.sh
#
# Figures (2-core VM shared with other helpers' builds, release build,
# 2026-12-02, SAMPLES=30 BACKLOG=300 DURATION=10s; wrk, 2 replicas' workers
# and the emulator on the same two cores, so the acknowledgement's closed
# loop saturates the CPU):
#                                 before                    after
#   approved -> person in Flare   sqlite p50 48, p99 84 ms  p50 49, p99 92 ms
#                                 pg p50 94, p99 121 ms     p50 91, p99 151 ms
#   events/s, postgres            1 replica 14.2/s          12.4/s
#                                 2 replicas 8.3/s          6.6/s
#   acknowledgement, 64 at once   sqlite p50 28 ms,         p50 4.1 ms,
#                                   p99 1.94 s (214/s)        p99 40 ms (12,048/s)
#                                 pg p50 636 ms,            p50 17 ms,
#                                   p99 1.94 s (88/s)         p99 124 ms (3,246/s)
# (1.94 s was wrk's 2 s timeout.) The acknowledgement's tail had three
# causes, found with per-step timings in the handler and the serve logs:
# 1. SQLite: each worker's claim ran a query that, for every due event,
#    scanned every event of the organisation (the "no live claim on this
#    placement" check had no index) and then sorted the backlog, inside
#    BEGIN IMMEDIATE: with the 6,700 events the bench leaves pending it
#    took ~300 ms per claim, holding the write lock, and every delivery's
#    INSERT queued behind it on the polling busy handler (store step p99
#    1.3 s; timed on the kept state.db: 276 ms, 0.3 ms with the index).
#    Migration 13 indexes live leases; the due index carries the order.
# 2. Every delivery took a pooled connection, read the credential store and
#    committed alone: 64 writers contending on SQLite, 64 round trips and
#    connections on PostgreSQL. Now one writer per process (two on
#    PostgreSQL) stores what arrived meanwhile in one multi-row INSERT and
#    answers after the commit (src/serve/inbox.rs).
# 3. Bench only: every clock read of the sandbox re-parsed its 1.6 MB world
#    (~20 ms), changed by every push; the clock now has a column.
# Steps (sqlite / postgres, p50 / p99 at 64): group commit alone 101 /
# 419 ms (SAMPLES=5, no events/s phase); + claim index 6.4 / 56 ms and
# 43 / 164 ms; + sandbox clock column 4.2 / 31 ms and 19 / 116 ms; + one
# statement per batch and a second writer on PostgreSQL: the figures above.
# PostgreSQL's remaining tail is not the handler (serve's own request log:
# p50 12 ms, p99 97 ms, batches of ~32 every ~6 ms) but the two cores
# shared by wrk, two replicas, their workers, PostgreSQL and the emulator;
# it misses the 50 ms goal here.
# The events/s above were bounded by the sandbox: every emulator write
# re-serialised the whole world document (9 MB after `sandbox generate
# 9000`) and every other process re-parsed it, so a second replica added
# contention, not capacity. The emulator now keeps the growing collections
# record by record (src/sandbox/store/); same parameters, 2026-12-03:
#   approved -> person in Flare   sqlite p50 19, p99 28 ms; pg p50 63, p99 83 ms
#   events/s, postgres            1 replica 51.5/s, 2 replicas 65.8/s
#   acknowledgement, 64 at once   sqlite p50 3.3 ms, p99 20 ms (16,436/s)
#                                 pg p50 8.7 ms, p99 31 ms (6,517/s)
# What bounds the events/s now is still the emulator, in linear scans: a
# record is found by id or email by walking its collection (perf on the
# debug build in the 10,000-event burst test: ~15 % of the emulator's time
# in serde_json map lookups from those walks).
set -euo pipefail
. "$(dirname "$0")/lib.sh"
need wrk
pg_find
samples=${SAMPLES:-50}
backlog=${BACKLOG:-500}
duration=${DURATION:-15s}

release_build
work="$(mktemp -d /tmp/atslink-bench-XXXXXX)"
as_pg=()
# Background processes, by pid (also those started in command substitutions).
stop_all() {
  [ -f "$work/pids" ] && while read -r p; do kill "$p" 2>/dev/null || true; done < "$work/pids"
  : > "$work/pids"
  wait 2>/dev/null || true
}
cleanup() {
  stop_all
  pg_stop "$work"
  rm -rf "$work"
}
trap cleanup EXIT
pg_start "$work"
psql_() { "$pgbin/psql" -h "$work" -U atslink -XAtq "$@"; }
export NO_COLOR=1
sb() { "$bin" --sandbox -q "$@"; }

# A sandbox home on `$1` (sqlite, or a PostgreSQL database of that name)
# with its own emulator, JobAdder and Flare linked for `acme`, and
# `$2` generated placements. Sets ATSLINK_HOME and ATSLINK_SANDBOX_URL.
setup() {
  export ATSLINK_HOME="$work/$1" ATSLINK_ORG=acme
  unset ATSLINK_SANDBOX_URL
  local callback; callback=$(free_port)
  mkdir -p "$ATSLINK_HOME/sandbox"
  printf '[providers.jobadder]\nredirect_uri = "http://127.0.0.1:%s/callback"\n' "$callback" \
    > "$ATSLINK_HOME/sandbox/config.toml"
  if [ "$1" != sqlite ]; then
    psql_ -d postgres -c "CREATE DATABASE $1"
    printf '\n[state]\nurl = "postgres://atslink@/%s?host=%s&sslmode=disable"\n' "$1" "$work" \
      >> "$ATSLINK_HOME/sandbox/config.toml"
  fi
  sb sandbox app register-redirect jobadder "http://127.0.0.1:$callback/callback" >/dev/null
  "$bin" sandbox serve --port 0 > "$ATSLINK_HOME/emulator.url" 2>/dev/null &
  echo $! >> "$work/pids"
  for _ in $(seq 100); do [ -s "$ATSLINK_HOME/emulator.url" ] && break; sleep 0.05; done
  export ATSLINK_SANDBOX_URL="$(sed -n 's/^ATSLINK_SANDBOX_URL=//p' "$ATSLINK_HOME/emulator.url")"
  sb org create acme --name Acme
  BROWSER="$bin sandbox browse --user admin@sandbox-recruitment.example --password sandbox-admin" \
    sb integration link jobadder >/dev/null
  printf %s flare-sandbox-key | sb integration link flare --api-key-stdin >/dev/null
  sb sandbox generate "$2" >/dev/null
}

# Starts a replica; prints its base URL. Its JSON log is serve-<port>.log.
start_serve() {
  local port; port=$(free_port)
  "$bin" --sandbox serve --listen "127.0.0.1:$port" --log-format json \
    > /dev/null 2> "$ATSLINK_HOME/serve-$port.log" &
  echo $! >> "$work/pids"
  for _ in $(seq 200); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.05; done
  echo "http://127.0.0.1:$port"
}

# The webhook (registered to point at `$1`) and its authorization value,
# read from the sandbox's JobAdder: "ID AUTHORIZATION".
register() {
  sb flare auto on --public-url "$1" >/dev/null
  python3 - "$ATSLINK_HOME/sandbox/world.db" <<'PY'
import json, sqlite3, sys
doc = json.loads(sqlite3.connect(sys.argv[1]).execute("select doc from world").fetchone()[0])
h = doc["jobadder"]["accounts"][0]["webhooks"][0]
print(h["webhookId"], h["authorization"])
PY
}

# Generated placements' ids, first to last (those of `sandbox generate`).
generated() {
  python3 - "$ATSLINK_HOME/sandbox/world.db" <<'PY'
import json, signal, sqlite3, sys
signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `generated | head` is fine
db = sqlite3.connect(sys.argv[1])
doc = json.loads(db.execute("select doc from world").fetchone()[0])
# Placements are rows of their own beside the document (src/sandbox/store/).
name = "jobadder/%d/placements" % doc["jobadder"]["accounts"][0]["account"]
for (row,) in db.execute("select doc from item where list = ? order by seq", (name,)):
    p = json.loads(row)
    if p.get("jobTitle") == "Generated Role":
        print(p["placementId"], p["candidate"]["candidateId"])
PY
}

# 1. Approval -> person in Flare: `sandbox place` for `samples` generated
# candidates never pushed, one at a time; the latency is read from the
# serve log `$1`.
approval_latency() {
  local log=$1 label=$2
  sb sandbox rate jobadder 1200 >/dev/null
  sb sandbox rate flare 600 >/dev/null
  generated | tail -n "$samples" | cut -d' ' -f2 > "$work/candidates"
  python3 - "$bin" "$work/candidates" "$log" "$label" <<'PY'
import json, subprocess, sys, time
from datetime import datetime
binary, cands, log, label = sys.argv[1:5]
starts = {}
for c in open(cands).read().split():
    t0 = time.time()
    out = subprocess.run([binary, "--sandbox", "-q", "sandbox", "place", "--candidate", c, "--json"],
                         check=True, capture_output=True, text=True).stdout
    starts[json.loads(out)["data"]["placement_id"]] = t0
    # Wait for it before the next (one sample at a time, empty queue).
    deadline = time.time() + 60
    while time.time() < deadline:
        if any(f'"placement":{json.loads(out)["data"]["placement_id"]}' in l and "webhook event handled" in l
               for l in open(log)):
            break
        time.sleep(0.01)
lat = []
for line in open(log):
    if "webhook event handled" not in line:
        continue
    e = json.loads(line)
    p = e.get("placement")
    if p in starts and e.get("outcome") == "created":
        t1 = datetime.fromisoformat(e["timestamp"].replace("Z", "+00:00")).timestamp()
        lat.append(t1 - starts[p])
lat.sort()
q = lambda f: lat[min(len(lat) - 1, int(f * len(lat)))]
print(f"{label}: approved -> person in Flare over {len(lat)} placements: "
      f"p50 {q(0.5)*1000:.0f} ms, p99 {q(0.99)*1000:.0f} ms, max {lat[-1]*1000:.0f} ms")
PY
  sb sandbox rate jobadder 0 >/dev/null
  sb sandbox rate flare 0 >/dev/null
}

# 2. Events/s: `backlog` new placements' events delivered round-robin to
# the replicas given (8 delivering threads), timed until none is pending.
throughput() {
  local label=$1 db=$2; shift 2
  sb sandbox generate "$backlog" >/dev/null
  generated | tail -n "$backlog" | cut -d' ' -f1 > "$work/placements"
  python3 - "$work/placements" "$hook" "$auth" "$label" "$pgbin/psql" "$work" "$db" "$@" <<'PY'
import json, subprocess, sys, time, urllib.request
from concurrent.futures import ThreadPoolExecutor
places, hook, auth, label, psql, sock, db, *urls = sys.argv[1:]
ps = open(places).read().split()
def send(i):
    body = json.dumps({"apiVersion": 2, "event": "placement_approved", "eventId": f"tp-{ps[i]}",
                       "eventDate": "2026-03-11T03:00:00Z", "eventData": {"placementId": int(ps[i])}})
    req = urllib.request.Request(urls[i % len(urls)] + "/webhooks/jobadder/acme", body.encode(),
                                 {"x-jobadder-webhookid": hook, "authorization": auth,
                                  "content-type": "application/json"})
    assert urllib.request.urlopen(req).status == 202
t0 = time.time()
with ThreadPoolExecutor(8) as pool:
    list(pool.map(send, range(len(ps))))
acked = time.time() - t0
def pending():
    return int(subprocess.run([psql, "-h", sock, "-U", "atslink", "-XAtq", "-d", db, "-c",
        "select count(*) from webhook_events where status = 'pending'"],
        check=True, capture_output=True, text=True).stdout)
while pending():
    time.sleep(0.05)
secs = time.time() - t0
print(f"{label}: {len(ps)} events (acknowledged in {acked:.1f} s) processed in {secs:.1f} s: "
      f"{len(ps)/secs:.1f} events/s")
PY
}

# 3. Acknowledgement latency: 64 connections for `duration`.
ack_latency() {
  local url=$1 label=$2
  generated | head -n 200 | cut -d' ' -f1 > "$work/ack-placements"
  cat > "$work/ack.lua" <<LUA
local placements = {}
for line in io.lines("$work/ack-placements") do placements[#placements + 1] = line end
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end
local n = 0
request = function()
  n = n + 1
  local p = placements[n % #placements + 1]
  local body = string.format('{"apiVersion":2,"event":"placement_approved","eventId":"ack-%s-%d",'
    .. '"eventDate":"2026-03-11T03:00:00Z","eventData":{"placementId":%s}}', tid, n, p)
  return wrk.format("POST", "/webhooks/jobadder/acme", {
    ["x-jobadder-webhookid"] = "$hook", ["authorization"] = "$auth",
    ["content-type"] = "application/json" }, body)
end
LUA
  echo "$label: acknowledgement at 64 concurrent deliveries" >&2
  wrk -t2 -c64 -d"$duration" --latency -s "$work/ack.lua" "$url" | tee "$work/wrk-$label.out" >&2
  grep -q "Non-2xx" "$work/wrk-$label.out" && echo "warning: some deliveries were refused (see above)" >&2
  awk -v l="$label" '/^ +50%/ {p50=$2} /^ +99%/ {p99=$2} /Requests\/sec/ {rps=$2}
    END {printf "%s: acknowledgement at 64 concurrent: p50 %s, p99 %s, %s deliveries/s\n", l, p50, p99, rps}' \
    "$work/wrk-$label.out"
}

results=()
for engine in sqlite postgres; do
  echo "== $engine ==" >&2
  db=bench_$engine; [ "$engine" = sqlite ] && db=sqlite
  setup "$db" $((samples + 200))
  url=$(start_serve)
  read -r hook auth < <(register "$url")
  results+=("$(approval_latency "$ATSLINK_HOME/serve-${url##*:}.log" "$engine")")
  if [ "$engine" = postgres ]; then
    results+=("$(throughput "postgres, 1 replica" "$db" "$url")")
    url2=$(start_serve)
    results+=("$(throughput "postgres, 2 replicas" "$db" "$url" "$url2")")
  fi
  results+=("$(ack_latency "$url" "$engine")")
  stop_all
done
printf '\n'
printf '%s\n' "${results[@]}"
