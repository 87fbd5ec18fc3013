/**
 * Runs before `npm test` (the `pretest` script): the Debian packages the suite needs
 * (src/deploy/system-packages.ts) are there, or installed now when running as root with apt-get,
 * the way `playwright install --with-deps` does; otherwise one line names the command to run
 * and the test run stops at once, instead of failing slowly test by test.
 */
import { spawnSync } from 'node:child_process';
import { aptInstallCommand, findExecutable, missingPackages, TEST_PACKAGES } from '../src/deploy/system-packages.ts';
import { findChromium } from '../src/print/chromium.ts';
import { CLI } from '../src/strings/cli.ts';

// A Chromium elsewhere (CHROMIUM_PATH, as src/print/chromium.ts reads it) counts as installed.
const missing = missingPackages(TEST_PACKAGES).filter((item) => !(item.name === 'chromium' && findChromium()));
if (missing.length === 0) process.exit(0);

const names = missing.map((item) => `${item.name}：${item.purpose}`).join('；');
const command = aptInstallCommand(missing);
const apt = findExecutable(['apt-get']);
if (process.getuid?.() !== 0 || !apt) {
  process.stderr.write(`${CLI.systemPackages.missing(names, command)}\n`);
  process.exit(1);
}
process.stdout.write(`${CLI.systemPackages.installing(names)}\n`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
const run = (args: string[]) => spawnSync(apt, args, { env, stdio: ['ignore', 'ignore', 'inherit'] }).status === 0;
if (
  !run(['update', '-qq']) ||
  !run(['install', '-y', '-qq', '--no-install-recommends', ...missing.map((item) => item.name)]) ||
  missingPackages(missing).length > 0
) {
  process.stderr.write(`${CLI.systemPackages.installFailed(command)}\n`);
  process.exit(1);
}
