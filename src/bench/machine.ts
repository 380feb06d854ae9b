/** The machine and tool versions a benchmark ran on, for the report's header. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type as osType } from 'node:os';
import { join } from 'node:path';

export interface Machine {
  cpu: string;
  cores: number;
  memoryBytes: number;
  os: string;
  /** 1-minute load average when the run started: other work on the machine skews timings. */
  loadAtStart: number;
}

export interface Versions {
  node: string;
  astro?: string;
  pagefind?: string;
  markdownRemark?: string;
  chromium?: string;
}

/** CPU model, logical cores, memory and OS name of this machine. */
export function machine(): Machine {
  const list = cpus();
  let os = `${osType()} ${release()}`;
  try {
    const pretty = /^PRETTY_NAME="?([^"\n]+)"?/m.exec(readFileSync('/etc/os-release', 'utf8'));
    if (pretty) os = `${pretty[1]} (${os})`;
  } catch {
    // Not Linux, or no os-release: the kernel name is enough.
  }
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryBytes: totalmem(),
    os,
    loadAtStart: Math.round(loadavg()[0] * 100) / 100,
  };
}

/** Versions of node (the one builds run with), astro, pagefind and the unified processor. */
export function versions(root: string, env: NodeJS.ProcessEnv): Versions {
  const pkg = (name: string) => {
    try {
      const json = readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8');
      return (JSON.parse(json) as { version?: string }).version;
    } catch {
      return undefined;
    }
  };
  let node = process.version;
  try {
    node = execFileSync('node', ['--version'], { env, encoding: 'utf8' }).trim();
  } catch {
    // Fall back to the version running the benchmark.
  }
  return {
    node,
    astro: pkg('astro'),
    pagefind: pkg('pagefind'),
    markdownRemark: pkg('@astrojs/markdown-remark'),
  };
}
