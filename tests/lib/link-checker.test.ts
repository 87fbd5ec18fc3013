/** The link checker the site tests rely on finds each kind of broken link (tests/helpers/links.ts). */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../helpers/links.ts';

const dist = mkdtempSync(join(tmpdir(), 'mingjing-links-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));
const write = (file: string, text: string) => {
  mkdirSync(dirname(join(dist, file)), { recursive: true });
  writeFileSync(join(dist, file), text);
};

describe('checkLinks', () => {
  it('reports missing files, folders without their slash, missing anchors and links outside the base; follows no other site', () => {
    write(
      'sub/index.html',
      '<a id="top" href="/sub/a/">a</a><a href="/sub/a">b</a><a href="/sub/none/">c</a><a href="/sub/a/#nowhere">d</a><a href="/sub/a/#here">e</a><a href="/elsewhere/">f</a><img src="x.png"><a href="#top">g</a><a href="https://example.org/">h</a><a href="mailto:a@b.c">i</a><meta property="og:image" content="https://site.test/sub/cards/og.png">',
    );
    write('sub/a/index.html', '<h2 id="here">here</h2>');
    write('sub/x.png', '');
    write('sub/style.css', 'a { background: url("/sub/missing.svg") }');
    const broken = checkLinks(join(dist, 'sub'), { base: '/sub/', site: 'https://site.test' }).map((b) => `${b.link} — ${b.reason}`);
    expect(broken.sort()).toEqual(
      [
        '/sub/a — a folder without its trailing slash',
        '/sub/none/ — no such file',
        '/sub/a/#nowhere — no element with id "nowhere"',
        '/elsewhere/ — outside the base path /sub/',
        'https://site.test/sub/cards/og.png — no such file',
        '/sub/missing.svg — no such file',
      ].sort(),
    );
  });
});
