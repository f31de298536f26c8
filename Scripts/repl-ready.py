"""Time from starting baocao in a pseudo-terminal to its first prompt (no
pexpect: its spawn sleeps 0.1 s, which would hide the figure)."""
import os, pty, select, statistics, sys, tempfile, time

def ready(binary, env):
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.execve(binary, [binary], env)
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
    # A Ctrl-D that arrives while libedit switches the terminal to raw mode can be
    # lost, or leave bytes on the line (where Ctrl-D lists completions instead of
    # leaving): after the first try, clear the line with Ctrl-C and send it again.
    attempt = 0
    while True:
        os.write(fd, b"\x04" if attempt == 0 else b"\x03\x04")
        attempt += 1
        deadline = time.perf_counter() + 0.5
        while time.perf_counter() < deadline:
            done, _ = os.waitpid(pid, os.WNOHANG)
            if done:
                os.close(fd)
                return elapsed
            readable, _, _ = select.select([fd], [], [], 0.05)
            if readable:
                try:
                    os.read(fd, 4096)
                except OSError:
                    pass

binary = sys.argv[1]
state = tempfile.mkdtemp()
env = dict(os.environ, TERM="xterm", LANG="C.UTF-8", XDG_STATE_HOME=state, XDG_CONFIG_HOME=state)
times = [ready(binary, env) for _ in range(21)][1:]  # the first run may build the cache
print(f"REPL ready: median {statistics.median(times):.1f} ms, min {min(times):.1f} ms over {len(times)} runs")
