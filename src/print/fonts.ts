/**
 * The fonts Chromium prints and renders with (npm run pdf, the browser tests): the Noto Sans SC
 * and Noto Serif SC TTFs the project already installs from npm, and nothing else. A fontconfig
 * file written for the run points Chromium at them alone, so a PDF or a screenshot is the same on
 * every machine, one with no CJK font included. Readers' pages are unchanged: they name the
 * system font stack and download no font.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';

const require = createRequire(import.meta.url);
const fontDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

/** Regular and bold of each face: enough for every page and far quicker to index than all nine weights. */
const FACES = [
  ['@expo-google-fonts/noto-sans-sc', '400Regular/NotoSansSC_400Regular.ttf'],
  ['@expo-google-fonts/noto-sans-sc', '700Bold/NotoSansSC_700Bold.ttf'],
  ['@expo-google-fonts/noto-serif-sc', '400Regular/NotoSerifSC_400Regular.ttf'],
  ['@expo-google-fonts/noto-serif-sc', '700Bold/NotoSerifSC_700Bold.ttf'],
] as const;

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Writes the fontconfig file (once per process) and returns the environment Chromium needs. */
export function printFontEnvironment(): Record<string, string> {
  const dir = join(tmpdir(), `mingjing-fonts-${process.pid}`);
  const file = join(dir, 'fonts.conf');
  mkdirSync(join(dir, 'cache'), { recursive: true });
  const files = FACES.map(([name, path]) => `  <dir>${escapeXml(resolve(fontDir(name), dirname(path)))}</dir>`);
  const alias = (generic: string, family: string) =>
    `  <alias binding="same"><family>${generic}</family><prefer><family>${family}</family></prefer></alias>`;
  writeFileSync(
    file,
    [
      '<?xml version="1.0"?>',
      '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">',
      '<fontconfig>',
      ...files,
      `  <cachedir>${escapeXml(join(dir, 'cache'))}</cachedir>`,
      alias('sans-serif', 'Noto Sans SC'),
      alias('system-ui', 'Noto Sans SC'),
      alias('serif', 'Noto Serif SC'),
      alias('monospace', 'Noto Sans SC'),
      '</fontconfig>',
      '',
    ].join('\n'),
  );
  return { FONTCONFIG_FILE: file };
}
