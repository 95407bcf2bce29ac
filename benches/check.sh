#!/usr/bin/env bash
# `org check --all-orgs` over 200 ready organisations against the sandbox
# (its own process) with 100 ms injected on every provider call, on the
# release build (issue 15: <= 10 s wall, bounded concurrency).
#
# Each organisation has an admin, its own JobAdder account (linked by that
# account's admin through the sandbox's scripted browser, its button
# registered) and the Flare link (one sandbox Flare account, shared on
# purpose); the first 40 also have a Salesforce org of their own. Every
# request under /jobadder, /salesforce and /flare (API and token
# endpoints) waits 100 ms in the emulator. Two cases, 3 runs each:
#   fresh    access tokens still valid (a check right after linking)
#   expired  the sandbox clock moved 2 h before each run, so every
#            JobAdder and Salesforce access token (1 h / 2 h) is refreshed
#            first: the usual case for a morning run
# and the provider calls of one run, counted from its -vv trace.
#
#   bash benches/check.sh        # needs: hyperfine; ORGS=N SF_ORGS=M to scale
#
# Figures (2 cores, `bash benches/check.sh`, 200 organisations, 40 with
# Salesforce; hyperfine, 3 runs each):
#   fresh    median 3.35 s (3.34-3.37 s), user 0.35 s
#   expired  median 6.40 s (6.12-7.06 s), user 0.63 s; before the
#            organisations were planned concurrently (the 240 refreshes
#            one after another) median 31.97 s (30.85-34.18 s)
#   provider calls of an expired run: 2,000; per organisation JobAdder 5
#   (token refresh, users/current, users/{id}, partners/actions, one page
#   of placements for Flare's mapping coverage), Flare 4 (account, legal
#   entities, locations, pay groups), and Salesforce 5 for each of the 40
#   (token refresh, userinfo, User, introspect, a Contact query). Fresh
#   runs skip the refreshes. With 100 ms a call and 16 checks in flight
#   (--concurrency), 440 provider groups take ~28 rounds of ~120 ms.
#   Report: 4,200 passed, 240 warnings (the seeded Flare brand rule, and
#   no serve.public_url for the Salesforce tab), 0 blocking, 0 unknown.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
need hyperfine
orgs=${ORGS:-200} sf_orgs=${SF_ORGS:-40}

release_build
home="$(mktemp -d)"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$home"; }
trap cleanup EXIT
export ATSLINK_HOME="$home" NO_COLOR=1
sb() { "$bin" -q --sandbox "$@"; }

ja_port=$(free_port) sf_port=$(free_port)
mkdir -p "$home/sandbox"
cat > "$home/sandbox/config.toml" <<EOF
[providers.jobadder]
redirect_uri = "http://127.0.0.1:$ja_port/callback"
partner_action_url = "https://cv.example/launch?candidate={candidateId}&user={userId}"

[providers.salesforce]
redirect_uri = "http://127.0.0.1:$sf_port/OauthRedirect"
EOF
"$bin" -q sandbox app register-redirect jobadder "http://127.0.0.1:$ja_port/callback" >/dev/null
"$bin" -q sandbox app register-redirect salesforce "http://127.0.0.1:$sf_port/OauthRedirect" >/dev/null
"$bin" -q sandbox account add jobadder --count "$orgs" --json > "$home/ja.json"
"$bin" -q sandbox account add salesforce --count "$sf_orgs" --json > "$home/sf.json"
admins() { python3 -c 'import json,sys; [print(a["admin"]) for a in json.load(open(sys.argv[1]))["data"]]' "$1"; }
mapfile -t ja_admins < <(admins "$home/ja.json")
mapfile -t sf_admins < <(admins "$home/sf.json")

"$bin" sandbox serve --port 0 > "$home/emulator.url" 2>/dev/null &
pids+=($!)
for _ in $(seq 100); do [ -s "$home/emulator.url" ] && break; sleep 0.05; done
export ATSLINK_SANDBOX_URL="$(sed -n 's/^ATSLINK_SANDBOX_URL=//p' "$home/emulator.url")"

echo "linking $orgs organisations to JobAdder and Flare, $sf_orgs to Salesforce ..." >&2
browser() { echo "$bin sandbox browse --user $1 --password sandbox-admin"; }
for i in $(seq 1 "$orgs"); do
  org=$(printf org-%03d "$i")
  sb org create "$org" --name "Organisation $i" --seats 5
  sb licence assign "admin@$org.example" --role admin --org "$org" >/dev/null
  BROWSER=$(browser "${ja_admins[i-1]}") sb integration link jobadder --org "$org" >/dev/null
  if [ "$i" -le "$sf_orgs" ]; then
    BROWSER=$(browser "${sf_admins[i-1]}") sb integration link salesforce --org "$org" >/dev/null
  fi
  printf %s flare-sandbox-key | sb integration link flare --org "$org" \
    --api-key-stdin --allow-shared-account
done
for p in /jobadder /salesforce /flare; do
  "$bin" -q sandbox fault add "$p" --latency 100ms --count 100000000 >/dev/null
done

# Ready organisations: exit 0 (the Salesforce tab's check only warns, as
# no serve.public_url is set).
check="$bin -q --sandbox org check --all-orgs --json"
hyperfine --runs 3 -N --export-json "$home/fresh.json" "$check"
hyperfine --runs 3 -N --export-json "$home/expired.json" \
  --prepare "$bin -q sandbox clock advance 2h" "$check"
"$bin" -q sandbox clock advance 2h >/dev/null
"$bin" --sandbox -vv org check --all-orgs --json > "$home/out.json" 2> "$home/trace"

python3 - "$home" "$orgs" "$sf_orgs" <<'PY'
import json, re, sys
from collections import Counter
home, orgs, sf = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
for case in ("fresh", "expired"):
    r = json.load(open(f"{home}/{case}.json"))["results"][0]
    print(f"org check --all-orgs, {case:7}: median {r['median']:6.2f} s "
          f"({min(r['times']):.2f}-{max(r['times']):.2f} s over {len(r['times'])} runs), "
          f"user {r['user']:.2f} s")
calls = Counter()
for line in open(f"{home}/trace"):
    m = re.search(r"http: ← \d+ \S+ \S*?/(jobadder|salesforce|flare)/", line)
    if m:
        calls[m.group(1)] += 1
doc = json.load(open(f"{home}/out.json"))["data"]
print(f"provider calls of one run with tokens expired: {sum(calls.values())} "
      f"(JobAdder {calls['jobadder']}, Salesforce {calls['salesforce']}, Flare {calls['flare']}); "
      f"per organisation: JobAdder {calls['jobadder']/orgs:.1f}, "
      f"Flare {calls['flare']/orgs:.1f}, Salesforce {calls['salesforce']/max(sf, 1):.1f} (of the {sf} linked)")
print(f"report: {len(doc['organisations'])} organisations, {doc['passed']} passed, "
      f"{doc['warnings']} warnings, {doc['blocking']} blocking, {doc['unknown']} unknown")
PY
