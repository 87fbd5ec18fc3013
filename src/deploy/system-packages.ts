/**
 * The Debian packages Mingjing's tools and tests run: where each is looked for, and the one
 * `apt-get` line that installs what is missing. `npm test` installs them itself when it can
 * (scripts/ensure-system-packages.ts); everything else names the line to run.
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

export interface SystemPackage {
  /** The Debian package. */
  name: string;
  /** What it is for, for messages. */
  purpose: string;
  /** Executables that show it is installed (any one is enough). */
  commands: string[];
}

export const SYSTEM_PACKAGES = {
  chromium: { name: 'chromium', purpose: 'browser tests', commands: ['chromium', 'chromium-browser'] },
  poppler: { name: 'poppler-utils', purpose: 'print tests (pdfinfo, pdftotext, pdftoppm)', commands: ['pdftoppm'] },
  nginx: { name: 'nginx', purpose: 'serving the site (npm run serve:nginx) and its tests', commands: ['nginx'] },
  java: { name: 'default-jre-headless', purpose: 'the Nu HTML checker (vnu.jar)', commands: ['java'] },
  openssl: { name: 'openssl', purpose: 'a test certificate for the TLS test', commands: ['openssl'] },
} as const satisfies Record<string, SystemPackage>;

/** What `npm test` needs. Fonts are not among them: the tests bring their own (src/print/fonts.ts). */
export const TEST_PACKAGES: readonly SystemPackage[] = Object.values(SYSTEM_PACKAGES);

/** Where executables are looked for: PATH, then (unless told not to) the sbin folders a non-root PATH often lacks. */
function searchPath(env: NodeJS.ProcessEnv, systemFolders: boolean): string[] {
  return [...(env['PATH'] ?? '').split(delimiter), ...(systemFolders ? ['/usr/sbin', '/sbin', '/usr/bin', '/usr/local/bin'] : [])].filter(
    Boolean,
  );
}

export function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The full path of the first of `commands` found, or undefined. */
export function findExecutable(
  commands: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  systemFolders = true,
): string | undefined {
  for (const command of commands) {
    for (const dir of searchPath(env, systemFolders)) {
      if (isExecutable(join(dir, command))) return join(dir, command);
    }
  }
  return undefined;
}

export const missingPackages = (
  packages: readonly SystemPackage[],
  env: NodeJS.ProcessEnv = process.env,
  systemFolders = true,
): SystemPackage[] => packages.filter((item) => findExecutable(item.commands, env, systemFolders) === undefined);

/** The one line that installs `packages`. */
export const aptInstallCommand = (packages: readonly SystemPackage[]): string =>
  `sudo apt-get update && sudo apt-get install -y --no-install-recommends ${packages.map((item) => item.name).join(' ')}`;
