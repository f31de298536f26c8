"""Time from starting baocao in a pseudo-terminal to its first prompt (no
pexpect: its spawn sleeps 0.1 s, which would hide the figure)."""
import os, pty, select, signal, statistics, sys, tempfile, time

def ready(binary, env, arguments):
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.execve(binary, [binary] + arguments, env)
    seen = b""
    while b"baocao> " not in seen:
        readable, _, _ = select.select([fd], [], [], 10)
        if not readable:
            break
        try:
            seen += os.read(fd, 4096)
        except OSError:
            break
    elapsed = (time.perf_counter() - start) * 1000
    # Leave with Ctrl-D. One sent while libedit is still switching the terminal
    # to raw mode can be lost, or leave bytes on the line (where Ctrl-D lists
    # completions instead): the figure is already taken, so stop baocao then.
    os.write(fd, b"\x04")
    deadline = time.perf_counter() + 1.0
    while time.perf_counter() < deadline:
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        readable, _, _ = select.select([fd], [], [], 0.05)
        if readable:
            try:
                os.read(fd, 4096)
            except OSError:
                pass
    else:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    os.close(fd)
    return elapsed

binary = sys.argv[1]
arguments = sys.argv[2:]  # e.g. --db corpus.db
state = tempfile.mkdtemp()
env = dict(os.environ, TERM="xterm", LANG="C.UTF-8", XDG_STATE_HOME=state, XDG_CONFIG_HOME=state)
times = [ready(binary, env, arguments) for _ in range(21)][1:]  # the first run may build the cache
print(f"REPL ready: median {statistics.median(times):.1f} ms, min {min(times):.1f} ms over {len(times)} runs")
