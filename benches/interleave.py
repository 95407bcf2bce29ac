#!/usr/bin/env python3
"""Times commands interleaved, run by run, in a random order each round.

On a shared or virtual machine the speed drifts by a third within the hour
(a hello-world binary: 0.9 to 1.3 ms), which swamps a before/after taken as
two separate hyperfine runs. Interleaving puts both builds under the same
drift, so their difference is the builds'.

    python3 benches/interleave.py 500 \\
        'before|/tmp/home-a|/tmp/atslink-before org list --json' \\
        'after|/tmp/home-b|target/release/atslink org list --json'

Each argument is NAME|ATSLINK_HOME|COMMAND (split on spaces). Give each
build a home of its own (a copy), so that one build's files (the SQLite
-wal and -shm files) do not change what the other pays for. Prints the
median, p10 and p90 wall time of each, in milliseconds.

Every binary's cached pages (the system's too, alike) are dropped and read
back first: a binary the linker has just written starts 0.3-0.5 ms slower
than the same bytes read from disk (Linux 6.18), so a fresh build would
otherwise lose to an old one.
"""
import os
import random
import statistics
import sys
import time


def reread(path: str) -> None:
    """Drops the file's cached pages and reads it back, as after a reboot."""
    fd = os.open(path, os.O_RDONLY)
    os.fsync(fd)
    os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
    while os.read(fd, 1 << 20):
        pass
    os.close(fd)


def main() -> None:
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    rounds = int(sys.argv[1])
    cases = [arg.split("|", 2) for arg in sys.argv[2:]]
    times = {name: [] for name, _, _ in cases}
    failed = {name: 0 for name, _, _ in cases}
    for binary in {command.split()[0] for _, _, command in cases}:
        reread(binary)
    devnull = os.open(os.devnull, os.O_WRONLY)
    for _ in range(rounds):
        random.shuffle(cases)
        for name, home, command in cases:
            argv = command.split()
            env = dict(os.environ, ATSLINK_HOME=home, NO_COLOR="1")
            start = time.perf_counter()
            pid = os.posix_spawn(argv[0], argv, env,
                                 file_actions=[(os.POSIX_SPAWN_DUP2, devnull, 1),
                                               (os.POSIX_SPAWN_DUP2, devnull, 2)])
            _, status = os.waitpid(pid, 0)
            times[name].append((time.perf_counter() - start) * 1000)
            if os.waitstatus_to_exitcode(status) != 0:
                failed[name] += 1
    for name, ms in times.items():
        ms.sort()
        print(f"{name:16} median {statistics.median(ms):7.3f} ms   "
              f"p10 {ms[len(ms) // 10]:7.3f}   p90 {ms[9 * len(ms) // 10]:7.3f}"
              + (f"   (exit status not 0 in {failed[name]} runs)" if failed[name] else ""))


if __name__ == "__main__":
    main()
