// CPU time of a Chromium's processes, read from /proc (Linux): on a shared machine a figure's
// wall time mostly says how long its threads waited for a core (the load average beside it
// says how busy the machine was); the CPU seconds each process spent say what the work cost.
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';

interface Proc {
  ppid: number;
  /** user + system CPU, in clock ticks (1/100 s on Linux). */
  ticks: number;
  cmd: string;
}

function processes(): Map<number, Proc> {
  const out = new Map<number, Proc>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The fields after the command's closing parenthesis: state, ppid, … utime (14th), stime (15th).
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cmd = readFileSync(`/proc/${name}/cmdline`, 'utf8');
      out.set(Number(name), { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]), cmd });
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return out;
}

/** CPU seconds so far of the browser launched with `marker` on its command line, by process kind (browser, renderer, gpu-process, utility). */
export function chromiumCpu(marker: string): Record<string, number> {
  const all = processes();
  const root = [...all].find(([, p]) => p.cmd.includes(marker) && !p.cmd.includes('--type='))?.[0];
  const out: Record<string, number> = {};
  if (root === undefined) return out;
  const inTree = (pid: number): boolean => {
    for (let p: number | undefined = pid; p !== undefined && p > 1; p = all.get(p)?.ppid) if (p === root) return true;
    return false;
  };
  for (const [pid, p] of all) {
    if (!inTree(pid) || !p.cmd.includes('chromium')) continue;
    const kind = /--type=([a-z-]+)/.exec(p.cmd)?.[1] ?? 'browser';
    if (kind === 'zygote') continue;
    out[kind] = (out[kind] ?? 0) + p.ticks / 100;
  }
  return out;
}

/** "browser 4.1 s, renderer 3.9 s" spent between two readings. */
export function cpuSpent(before: Record<string, number>, after: Record<string, number>): string {
  return Object.entries(after)
    .map(([kind, s]) => [kind, s - (before[kind] ?? 0)] as const)
    .filter(([, s]) => s >= 0.05)
    .sort((a, b) => b[1] - a[1])
    .map(([kind, s]) => `${kind} ${s.toFixed(1)} s`)
    .join(', ');
}

/** The machine's 1-minute load average, with its number of cores for scale. */
export function machineLoad(): number {
  return loadavg()[0] ?? Number.NaN;
}
