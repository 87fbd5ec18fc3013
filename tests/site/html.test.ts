/**
 * Valid HTML on every page: the W3C Nu HTML Checker (vnu.jar from the npm registry) over the
 * whole built site, every page, not a sample.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, expect, inject, it } from 'vitest';
import { aptInstallCommand, findExecutable, SYSTEM_PACKAGES } from '../../src/deploy/system-packages.ts';
import { listFiles } from '../helpers/site-files.ts';

const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));

interface VnuMessage {
  type: string;
  url: string;
  message: string;
  extract?: string;
}

describe('the Nu HTML checker', () => {
  it('finds no error on any page of the site', () => {
    const dist = inject('sampleSiteDir');
    const java = findExecutable(SYSTEM_PACKAGES.java.commands);
    if (!java) throw new Error(`Java is not installed: ${aptInstallCommand([SYSTEM_PACKAGES.java])}`);
    const pages = listFiles(dist).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(100);
    const run = spawnSync(java, ['-jar', VNU_JAR, '--errors-only', '--format', 'json', '--skip-non-html', dist], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    // vnu writes its JSON report to stderr and exits 1 when it found errors.
    const report = JSON.parse(run.stderr || run.stdout) as { messages: VnuMessage[] };
    const errors = report.messages.filter((m) => m.type === 'error' || m.type === 'non-document-error');
    expect(errors.map((m) => `${m.url.slice(m.url.indexOf(dist) + dist.length)}: ${m.message}`)).toEqual([]);
    expect(run.status).toBe(0);
  });
});
