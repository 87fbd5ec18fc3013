import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runMeasured, treeRssKiB } from '../../src/bench/process-tree.ts';

// A parent that holds little and starts a child process that fills 300 MB and keeps it a while:
// the build's own figure (its process and threads) would miss the child; the tree's must not.
const CHILD = `const held = Buffer.alloc(300 * 1024 * 1024, 1); setTimeout(() => console.log(held.length), 1500);`;
const PARENT = `const { spawn } = require('node:child_process');
const child = spawn(process.execPath, ['-e', ${JSON.stringify(CHILD)}], { stdio: 'inherit' });
child.on('close', (code) => process.exit(code ?? 1));`;

describe.runIf(existsSync('/proc/self/status'))('runMeasured', () => {
  it('counts the memory of a child process, not only of the process it started', async () => {
    const run = await runMeasured(process.execPath, ['-e', PARENT], { cwd: process.cwd(), env: process.env });
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(String(300 * 1024 * 1024));
    expect(run.peakTreeRssMB).toBeGreaterThanOrEqual(300);
    expect(run.wallMs).toBeGreaterThan(0);
  });

  it('reports the exit status and output of a failing command', async () => {
    const run = await runMeasured(process.execPath, ['-e', 'console.error("失败"); process.exit(3)'], {
      cwd: process.cwd(),
      env: process.env,
    });
    expect(run.status).toBe(3);
    expect(run.stderr).toContain('失败');
  });

  it('sums this process and nothing for a process that is gone', () => {
    expect(treeRssKiB(process.pid)).toBeGreaterThan(0);
    expect(treeRssKiB(2 ** 22 + 7)).toBe(0);
  });
});
