/**
 * Cards in the built sample site: every published entry has both PNGs at the right size, the
 * poster's QR code decodes to the entry's absolute URL, and entry pages point og:image at them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { SAMPLE_CONTENT } from '../helpers/build-site.ts';
import { indexContent, isOnWebsite, type IndexedEntry } from '../helpers/content-index.ts';

let dist: string;
let entries: IndexedEntry[];
beforeAll(() => {
  dist = inject('sampleSiteDir');
  entries = indexContent(SAMPLE_CONTENT);
});

const png = (file: string) => PNG.sync.read(readFileSync(file));

describe('cards of the sample site', () => {
  it('exist at 1200×630 and 1080×1440 for every published entry, and for nothing else', () => {
    for (const entry of entries) {
      const dir = join(dist, 'cards', entry.kind, entry.id);
      expect(existsSync(dir), `${entry.kind}/${entry.id}`).toBe(isOnWebsite(entry, '2026-11-01'));
      if (!isOnWebsite(entry, '2026-11-01')) continue;
      const og = png(join(dir, 'og.png'));
      const poster = png(join(dir, 'poster.png'));
      expect([og.width, og.height]).toEqual([1200, 630]);
      expect([poster.width, poster.height]).toEqual([1080, 1440]);
    }
    const site = png(join(dist, 'cards/site/og.png'));
    expect([site.width, site.height]).toEqual([1200, 630]);
  });

  it('print a QR code on each poster that opens the entry', () => {
    for (const kind of ['clarifications', 'cases', 'culture'] as const) {
      const entry = entries.find((e) => e.kind === kind && isOnWebsite(e, '2026-11-01'))!;
      const poster = png(join(dist, 'cards', kind, entry.id, 'poster.png'));
      const code = jsQR(new Uint8ClampedArray(poster.data), poster.width, poster.height);
      if (kind === 'clarifications') {
        // A notice's poster opens its verification page, which links back to the notice.
        const page = readFileSync(join(dist, 'clarifications', entry.id, 'index.html'), 'utf8');
        const verificationCode = /data-field="verificationCode">([0-9A-Z]{4}-[0-9A-Z]{4})</.exec(page)?.[1];
        expect(verificationCode).toBeDefined();
        expect(code?.data).toBe(`https://mingjing.test/v/${verificationCode!.toLowerCase()}/`);
      } else {
        expect(code?.data, `${kind}/${entry.id}`).toBe(`https://mingjing.test/${kind}/${entry.id}/`);
      }
    }
  });

  it('are what entry pages announce as og:image, with title, description and twitter:card', () => {
    const entry = entries.find((e) => e.kind === 'cases' && isOnWebsite(e, '2026-11-01'))!;
    const html = readFileSync(join(dist, 'cases', entry.id, 'index.html'), 'utf8');
    expect(html).toContain(`<meta property="og:image" content="https://mingjing.test/cards/cases/${entry.id}/og.png">`);
    expect(html).toContain(`<meta property="og:title" content="${String(entry.data['title'])}">`);
    expect(html).toContain(`<meta property="og:description" content="${String(entry.data['summary'])}">`);
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image">');
    const home = readFileSync(join(dist, 'index.html'), 'utf8');
    expect(home).toContain('<meta property="og:image" content="https://mingjing.test/cards/site/og.png">');
  });

  it('offer the poster for download on every entry page, without JavaScript', () => {
    const entry = entries.find((e) => e.kind === 'culture' && isOnWebsite(e, '2026-11-01'))!;
    const html = readFileSync(join(dist, 'culture', entry.id, 'index.html'), 'utf8');
    expect(html).toMatch(new RegExp(`<a class="button" href="/cards/culture/${entry.id}/poster\\.png" download=`));
  });
});
