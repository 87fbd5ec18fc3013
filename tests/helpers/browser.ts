/**
 * Headless Debian Chromium driven by playwright-core. The flags keep Chromium off the network
 * (this machine has none). `launch()` gives every run a fresh temporary profile of its own, and
 * the project's own Chinese fonts (fonts.ts), whatever the machine has installed.
 */
import { chromium, type Browser } from 'playwright-core';
import { testFontEnvironment } from './fonts.ts';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export interface TestBrowser {
  browser: Browser;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<TestBrowser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    env: { ...process.env, ...testFontEnvironment() },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    browser,
    close: () => browser.close(),
  };
}
