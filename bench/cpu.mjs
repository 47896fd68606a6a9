// Whether something other than the benchmark used the CPU while it ran.
// The load average cannot say: the benchmark's own browser, servers and
// CouchDB keep both cores of a 2-core machine busy at times, so it read
// "busy" after every run. Here the machine's busy CPU time (/proc/stat)
// is compared with the CPU time of this process and everything it started
// (its descendants' /proc/<pid>/stat, with the children each has reaped:
// a closed browser context's renderer counts through its zygote).
// Linux only; elsewhere `cpuSnapshot()` returns null and nothing is said.
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks: the machine's capacity (every CPU's time, idle too), the
 * time processes ran, and the part of that this process tree ran. */
export function cpuSnapshot() {
  try {
    // cpu  user nice system idle iowait irq softirq steal …
    const total = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1, 9).map(Number);
    // Interrupts and steal belong to no process (softirq also carries the
    // benchmark's own loopback traffic): neither side counts them.
    const busy = total[0] + total[1] + total[2];
    // A process that exits between reading its parent and itself is in
    // neither; walked twice, the larger sum has it.
    const own = Math.max(ownTicks(), ownTicks());
    return { capacity: total.reduce((sum, ticks) => sum + ticks, 0), busy, own };
  } catch {
    return null;
  }
}

/** The share (0-1) of the machine's capacity between two snapshots that
 * other processes used; null when it cannot be told. */
export function othersShare(before, after) {
  if (!before || !after) return null;
  const capacity = after.capacity - before.capacity;
  if (capacity <= 0) return null;
  const others = (after.busy - before.busy) - (after.own - before.own);
  return Math.max(0, others) / capacity;
}

/** CPU ticks of this process and its descendants, with what they reaped. */
function ownTicks() {
  const processes = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const fields = statFields(entry);
    if (fields) processes.set(Number(entry), fields);
  }
  let own = 0;
  for (const [pid, fields] of processes) {
    if (descends(pid, processes)) own += fields.cpu;
  }
  return own;
}

function statFields(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may hold spaces.
    const rest = text.slice(text.lastIndexOf(')') + 2).split(' ').map(Number);
    // From field 3 (state): ppid is field 4; utime, stime, cutime, cstime are 14-17.
    return { parent: rest[1], cpu: rest[11] + rest[12] + rest[13] + rest[14] };
  } catch {
    return null; // Exited meanwhile.
  }
}

function descends(pid, processes) {
  for (let at = pid, steps = 0; at && steps < 64; steps++) {
    if (at === process.pid) return true;
    at = processes.get(at)?.parent;
  }
  return false;
}
