/**
 * Peak memory of a whole process tree: every `intervalMs` the resident sets of a process and
 * all its descendants are summed (Linux /proc), and the largest sum is kept. GNU time reports
 * only the largest single process, which misses builds that run side by side or a parent that
 * holds memory while its child works.
 */
import { readdirSync, readFileSync } from 'node:fs';

const PAGE = 4096;

/** Parent pid of every process now running: pid → ppid (empty where /proc is absent). */
export function parents(): Map<number, number> {
  const out = new Map<number, number>();
  let entries: string[] = [];
  try {
    entries = readdirSync('/proc');
  } catch {
    return out;
  }
  for (const name of entries) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // "pid (comm) state ppid ...": comm may hold spaces and parentheses; read after the last ")".
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      out.set(Number(name), ppid);
    } catch {
      // The process ended while we looked.
    }
  }
  return out;
}

/** `root` and every descendant of it in a pid → ppid map. */
export function descendants(root: number, tree: Map<number, number>): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of tree) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const out: number[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop()!;
    out.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return out;
}

/** Resident bytes of one process (0 once it has ended). */
function resident(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE;
  } catch {
    return 0;
  }
}

export interface TreeSampler {
  /** Stop sampling; the largest summed resident set seen, in bytes (undefined without /proc). */
  stop(): number | undefined;
}

/** Start sampling the tree under `pid`. */
export function sampleTree(pid: number, intervalMs = 250): TreeSampler {
  let peak: number | undefined;
  const sample = () => {
    const tree = parents();
    if (!tree.size) return;
    const sum = descendants(pid, tree).reduce((total, p) => total + resident(p), 0);
    if (sum > 0 && (peak === undefined || sum > peak)) peak = sum;
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}
