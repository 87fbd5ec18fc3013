/**
 * The browser tests' Chromium: the same launcher `npm run pdf` uses (src/print/chromium.ts), off
 * the network, with a fresh profile and the project's own Chinese fonts.
 */
import type { Browser } from 'playwright-core';
import { findChromium, launchChromium } from '../../src/print/chromium.ts';
import { aptInstallCommand, SYSTEM_PACKAGES } from '../../src/deploy/system-packages.ts';

export interface TestBrowser {
  browser: Browser;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<TestBrowser> {
  const executable = findChromium();
  if (!executable) throw new Error(`Chromium is not installed: ${aptInstallCommand([SYSTEM_PACKAGES.chromium])}`);
  const browser = await launchChromium(executable);
  return { browser, close: () => browser.close() };
}
