/** Which Debian packages are missing, and the one apt-get line that installs them. */
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { aptInstallCommand, findExecutable, missingPackages, TEST_PACKAGES } from '../../src/deploy/system-packages.ts';

const bin = mkdtempSync(join(tmpdir(), 'mingjing-bin-'));
afterAll(() => rmSync(bin, { recursive: true, force: true }));
const fake = (name: string, mode = 0o755) => {
  writeFileSync(join(bin, name), '#!/bin/sh\n');
  chmodSync(join(bin, name), mode);
};

describe('system packages', () => {
  it('finds what is on PATH and executable, and names the rest', () => {
    fake('nginx');
    fake('java');
    fake('pdftoppm', 0o644); // present but not executable: not installed
    const missing = missingPackages(TEST_PACKAGES, { PATH: bin }, false).map((item) => item.name);
    expect(missing).toEqual(['chromium', 'poppler-utils', 'openssl']);
    expect(findExecutable(['nginx'], { PATH: bin }, false)).toBe(join(bin, 'nginx'));
  });

  it('accepts either name of Chromium', () => {
    fake('chromium-browser');
    expect(missingPackages(TEST_PACKAGES, { PATH: bin }, false).map((item) => item.name)).not.toContain('chromium');
  });

  it('gives one apt-get line for all of them', () => {
    const line = aptInstallCommand(TEST_PACKAGES);
    expect(line).toBe(
      'sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium poppler-utils nginx default-jre-headless openssl',
    );
    expect(line.split('\n')).toHaveLength(1);
  });
});
