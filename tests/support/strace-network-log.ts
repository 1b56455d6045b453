// SPDX-License-Identifier: MIT
// Reads an `strace -f -o FILE` log for attempts to reach a network address. What counts:
// - any connect, sendto, sendmsg, sendmmsg or bind naming an AF_INET or AF_INET6 address. Loopback
//   is not excused: inside the empty namespace the test runs in it is down anyway, and the CLI has
//   no business opening TCP/UDP even to itself (playwright drives Chromium over pipes);
// - a connect to a name-resolution daemon's Unix socket (nscd, systemd-resolved): those sockets are
//   files, so they reach the daemon outside the namespace, which would then ask the network for us.
// What passes: other AF_UNIX sockets, which are files on this machine (tsx talks to its parent over
// one, Chromium tries the D-Bus system bus), and AF_NETLINK, which talks to the local kernel (Node
// and Chromium list the network interfaces through it). Neither can carry a byte to another host.

/** The syscalls through which a process names a remote address. */
export const NETWORK_SYSCALLS = ['connect', 'sendto', 'sendmsg', 'sendmmsg', 'bind'] as const;
export type NetworkSyscall = (typeof NETWORK_SYSCALLS)[number];

export interface NetworkAttempt {
  pid: number | null;
  syscall: NetworkSyscall;
  family: 'AF_INET' | 'AF_INET6' | 'AF_UNIX';
  /** The address (or, for a resolver daemon, its socket path) as strace printed it, when it did. */
  address: string | null;
  port: number | null;
  /** The whole log line, for the failure message. */
  line: string;
}

// `12345 connect(19, {sa_family=AF_INET, ...` with -f, the same without the pid otherwise. A call
// interrupted by another process's output is split into `... <unfinished ...>` (which carries the
// arguments, so it is the line that counts) and `<... connect resumed>` (which does not).
const CALL = new RegExp(`^(?:(\\d+)\\s+)?(${NETWORK_SYSCALLS.join('|')})\\((.*)$`);
const INET = /sa_family=(AF_INET6?)\b/;
const PORT = /sin6?_port=htons\((\d+)\)/;
const IPV4 = /sin_addr=inet_addr\("([^"]+)"\)/;
const IPV6 = /inet_pton\(AF_INET6,\s*"([^"]+)"/;
const UNIX_PATH = /sa_family=AF_UNIX, sun_path="([^"]+)"/;
const RESOLVER_SOCKETS = new Set(['/var/run/nscd/socket', '/run/nscd/socket', '/run/systemd/resolve/io.systemd.Resolve']);

export function parseNetworkAttempts(log: string): NetworkAttempt[] {
  const attempts: NetworkAttempt[] = [];
  for (const raw of log.split('\n')) {
    const line = raw.trim();
    const call = CALL.exec(line);
    if (!call) continue;
    const pid = call[1] === undefined ? null : Number(call[1]);
    const syscall = call[2] as NetworkSyscall;
    const inet = INET.exec(call[3]!);
    if (inet) {
      const port = PORT.exec(line);
      const address = IPV4.exec(line) ?? IPV6.exec(line);
      attempts.push({ pid, syscall, family: inet[1] as 'AF_INET' | 'AF_INET6', address: address ? address[1]! : null, port: port ? Number(port[1]) : null, line });
      continue;
    }
    const unix = UNIX_PATH.exec(call[3]!);
    if (syscall === 'connect' && unix && RESOLVER_SOCKETS.has(unix[1]!)) {
      attempts.push({ pid, syscall, family: 'AF_UNIX', address: unix[1]!, port: null, line });
    }
  }
  return attempts;
}
