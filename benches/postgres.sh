#!/usr/bin/env bash
# The team store against the embedded one, side by side, on the release
# build: a PostgreSQL server in a temporary directory on a Unix socket (the
# Debian `postgresql` binaries; as root the cluster belongs to `postgres`).
#   - `org list --json` over 1,000 organisations
#   - `token status --all --json` over 1,000 links
#   (target: PostgreSQL within 2x the SQLite wall time)
#   - `licence assign --file` of 10,000 new users (target: <= 2 s on PostgreSQL)
#
#   bash benches/postgres.sh        # needs: hyperfine, postgresql
set -euo pipefail
. "$(dirname "$0")/lib.sh"

need hyperfine
pg_find

release_build
work="$(mktemp -d /tmp/atslink-bench-XXXXXX)"
as_pg=()
cleanup() {
  pg_stop "$work"
  rm -rf "$work"
}
trap cleanup EXIT
pg_start "$work"
db() { echo "postgres://atslink@/$1?host=$work&sslmode=disable"; }
psql_() { "$pgbin/psql" -h "$work" -U atslink -XAtq "$@"; }
export NO_COLOR=1 ATSLINK_MASTER_KEY="AwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwM="
mkdir -p "$work/homes"

# 1,000 organisations, each with a real Flare link (through the sandbox),
# then the sandbox home as a plain SQLite home, and the same home moved onto
# PostgreSQL with `state migrate`.
echo "linking 1,000 organisations ..." >&2
big="$work/homes/big"
for i in $(seq -w 1 1000); do
  ATSLINK_HOME="$big" "$bin" -q --sandbox org create "org-$i" --name "Organisation $i" --seats $((10#$i % 50))
  printf %s flare-sandbox-key | ATSLINK_HOME="$big" "$bin" -q --sandbox integration link flare --org "org-$i" --api-key-stdin --allow-shared-account
done
lite="$work/homes/lite"
cp -r "$big/sandbox" "$lite"
rm -f "$lite/world.db"
printf 'credential_store = "file"\n' > "$lite/config.toml"
psql_ -d postgres -c "CREATE DATABASE big"
ATSLINK_HOME="$lite" "$bin" -q state migrate --to "$(db big)" >/dev/null
team="$work/homes/team"
mkdir -p "$team"
printf 'credential_store = "database"\n[state]\nurl = "%s"\n' "$(db big)" > "$team/config.toml"

hyperfine --warmup 10 --runs 100 -N --export-json "$work/read.json" \
  -n "sqlite: org list --json" "env ATSLINK_HOME=$lite $bin org list --json" \
  -n "postgres: org list --json" "env ATSLINK_HOME=$team $bin org list --json" \
  -n "sqlite: token status --all --json" "env ATSLINK_HOME=$lite $bin -q token status --all --json" \
  -n "postgres: token status --all --json" "env ATSLINK_HOME=$team $bin -q token status --all --json"

# 10,000 new users into 10,000 seats; every run starts from an empty
# organisation (a fresh database, or a fresh copy of state.db).
{
  echo "email,name,role"
  for i in $(seq -w 0 9999); do echo "user$i@example.com,User $i,member"; done
} > "$work/users.csv"
mkdir -p "$work/homes/assign-lite" "$work/homes/assign-team"
ATSLINK_HOME="$work/homes/assign-lite" "$bin" -q org create acme --name Acme --seats 10000
printf '[state]\nurl = "%s"\n' "$(db assign)" > "$work/homes/assign-team/config.toml"
hyperfine --warmup 1 --runs 10 -N --export-json "$work/assign.json" \
  --prepare "sh -c 'rm -rf $work/run && cp -r $work/homes/assign-lite $work/run'" \
  -n "sqlite: licence assign --file (10,000 new)" \
  "env ATSLINK_HOME=$work/run ATSLINK_ORG=acme $bin -q licence assign --file $work/users.csv --json" \
  --prepare "sh -c '$pgbin/psql -h $work -U atslink -XAtq -d postgres -c \"DROP DATABASE IF EXISTS assign\" -c \"CREATE DATABASE assign\" && ATSLINK_HOME=$work/homes/assign-team $bin -q org create acme --name Acme --seats 10000'" \
  -n "postgres: licence assign --file (10,000 new)" \
  "env ATSLINK_HOME=$work/homes/assign-team ATSLINK_ORG=acme $bin -q licence assign --file $work/users.csv --json"

python3 - "$work/read.json" "$work/assign.json" <<'PY'
import json, sys
rows = []
for path in sys.argv[1:]:
    rows += json.load(open(path))["results"]
by = {r["command"]: r["median"] for r in rows}
for r in rows:
    print(f"{r['command']:<48} median {r['median']*1000:9.2f} ms")
for what in ("org list --json", "token status --all --json", "licence assign --file (10,000 new)"):
    s, p = by.get(f"sqlite: {what}"), by.get(f"postgres: {what}")
    if s and p:
        print(f"{what:<40} postgres / sqlite = {p/s:4.2f}x")
PY
