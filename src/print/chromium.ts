/**
 * Headless Chromium for printing (npm run pdf) and for the browser tests: Debian's chromium
 * driven by playwright-core, kept off the network by its flags, with a fresh profile per launch
 * and the project's own Chinese fonts (fonts.ts), so a PDF looks the same on every machine.
 */
import { chromium, type Browser } from 'playwright-core';
import { findExecutable, isExecutable, SYSTEM_PACKAGES } from '../deploy/system-packages.ts';
import { printFontEnvironment } from './fonts.ts';

/** Chromium: `$CHROMIUM_PATH` when set, else Debian's `chromium`. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const chosen = env['CHROMIUM_PATH'];
  if (chosen) return isExecutable(chosen) ? chosen : undefined;
  return findExecutable(SYSTEM_PACKAGES.chromium.commands, env);
}

/** Flags that keep Chromium from reaching for the network (without them it tries, and fails slowly). */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, env: { ...process.env, ...printFontEnvironment() }, args: FLAGS });
}
