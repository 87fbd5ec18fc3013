/**
 * Runs a command and measures the memory of everything it starts: the summed resident set of the
 * process and all its descendants (Pagefind's own process, for a build), sampled while it runs.
 *
 * Why not the build's own figure: `process.resourceUsage().maxRSS` covers one process and its
 * threads only, so a child process such as Pagefind's binary is not in it. Summing RSS counts
 * pages shared between processes (libraries) once per process, so the figure errs high, never low.
 * Linux only (`/proc`); elsewhere the peak is `null`.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';

/** How often the tree is sampled while the command runs. */
export const SAMPLE_EVERY_MS = 200;

/** Resident set of one process in KiB, or 0 when it has just ended. */
function rssKiB(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+)/mu.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** The direct children of a process, over all its threads (a worker thread may start one). */
function childrenOf(pid: number): number[] {
  const children: number[] = [];
  try {
    for (const task of readdirSync(`/proc/${pid}/task`))
      for (const child of readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' '))
        if (child.trim()) children.push(Number(child));
  } catch {
    // The process ended between two reads: it has no children left to count.
  }
  return children;
}

/** Summed resident set (KiB) of `pid` and every process below it. */
export function treeRssKiB(pid: number): number {
  let total = 0;
  const pending = [pid];
  const seen = new Set<number>();
  while (pending.length > 0) {
    const next = pending.pop()!;
    if (seen.has(next)) continue;
    seen.add(next);
    total += rssKiB(next);
    pending.push(...childrenOf(next));
  }
  return total;
}

export interface MeasuredRun {
  status: number | null;
  stdout: string;
  stderr: string;
  wallMs: number;
  /** Highest summed RSS of the process tree seen, in MB; null where `/proc` is not there. */
  peakTreeRssMB: number | null;
}

/** Runs `command` and samples its process tree's memory every `SAMPLE_EVERY_MS` until it ends. */
export function runMeasured(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<MeasuredRun> {
  const started = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const canSample = existsSync('/proc/self/status');
  let peakKiB = 0;
  const sample = () => {
    if (child.pid !== undefined) peakKiB = Math.max(peakKiB, treeRssKiB(child.pid));
  };
  const timer = canSample ? setInterval(sample, SAMPLE_EVERY_MS) : undefined;
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  return new Promise((resolve, reject) => {
    child.once('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.once('close', (status) => {
      clearInterval(timer);
      resolve({
        status,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        wallMs: Math.round(performance.now() - started),
        peakTreeRssMB: canSample ? Math.round(peakKiB / 1024) : null,
      });
    });
  });
}
