# Set-up shared by the benchmarks; sourced, not run:
#   . "$(dirname "$0")/lib.sh"
# Sourcing moves to the repository's root.
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# Exits 2 unless the tool is on PATH, naming the Debian package with it.
need() { command -v "$1" >/dev/null || { echo "missing $1: apt-get install ${2:-$1}" >&2; exit 2; }; }

# The release build, in $bin.
release_build() {
  cargo build --release --quiet
  bin="$PWD/target/release/atslink"
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# The newest Debian PostgreSQL binaries, in $pgbin; exits 2 without them.
pg_find() {
  pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -x "$pgbin/postgres" ] || { echo "missing PostgreSQL: apt-get install postgresql" >&2; exit 2; }
}

# A PostgreSQL server of its own: a cluster in DIR/pg, listening only on a
# Unix socket in DIR, user atslink without a password (as root the cluster
# belongs to `postgres`, run through $as_pg). Needs pg_find first.
pg_start() {
  local dir=$1
  as_pg=()
  if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; as_pg=(runuser -u postgres --); fi
  "${as_pg[@]}" "$pgbin/initdb" -D "$dir/pg" -U atslink --auth=trust -E UTF8 --no-locale >/dev/null
  "${as_pg[@]}" "$pgbin/pg_ctl" -D "$dir/pg" -w -l "$dir/pg.log" \
    -o "-k $dir -c listen_addresses= -c max_connections=200" start >/dev/null
}

# Stops the server pg_start started in DIR (quietly, if it is running).
pg_stop() {
  "${as_pg[@]}" "$pgbin/pg_ctl" -D "$1/pg" -m immediate stop >/dev/null 2>&1 || true
}
