/** Board packs are grouped by posting place and month, oldest notice first; the PDF helpers find pages and count them. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSiteConfig } from '../../src/lib/node/config.ts';
import { boardPacks, monthOf } from '../../src/print/board.ts';
import { pageFile, pdfNameFor, pdfPageCount } from '../../src/print/pdf.ts';
import { daysZh } from '../../src/strings/print.ts';

const place = (id: string) => ({ id, name: `${id}公开栏` });
const notice = (id: string, organ: string, date: string, places: string[]) => ({
  id,
  data: { organ, date, postingPlaces: places.map(place) },
});

describe('boardPacks', () => {
  it('makes one pack per posting place and month, whatever the issuer; months newest first, notices oldest first', () => {
    const packs = boardPacks([
      notice('c', 'city', '2025-05-30', ['east-village']),
      notice('a', 'town', '2025-05-20', ['east-village']),
      notice('b', 'city', '2025-05-27', ['east-village', 'west-village']),
      notice('d', 'city', '2024-06-12', ['east-village']),
      notice('e', 'county', '2025-05-02', ['school']),
    ]);
    expect(packs.map((p) => `${p.place.id}/${p.month}:${p.notices.map((n) => n.id).join('')}`)).toEqual([
      'east-village/2025-05:abc',
      'east-village/2024-06:d',
      'school/2025-05:e',
      'west-village/2025-05:b',
    ]);
    expect(packs[0]!.place.name).toBe('east-village公开栏');
  });

  it('makes no pack for a notice without posting places', () => {
    expect(boardPacks([notice('x', 'city', '2025-05-30', [])])).toEqual([]);
  });

  it('makes no pack at all without notices', () => {
    expect(boardPacks([])).toEqual([]);
    expect(monthOf('2024-06-12')).toBe('2024-06');
  });
});

describe('the posting period', () => {
  it('writes a number of days the way a notice does', () => {
    expect([1, 7, 10, 14, 20, 30, 45].map(daysZh)).toEqual(['一', '七', '十', '十四', '二十', '三十', '四十五']);
  });

  it('refuses a boardPostingDays that is not a positive whole number, naming the file', () => {
    const root = mkdtempSync(join(tmpdir(), 'mingjing-config-'));
    writeFileSync(join(root, 'mingjing.config.json'), JSON.stringify({ boardPostingDays: 0 }));
    expect(() => loadSiteConfig({}, root)).toThrow(/boardPostingDays.*正整数.*mingjing\.config\.json/);
    writeFileSync(join(root, 'mingjing.config.json'), JSON.stringify({}));
    expect(loadSiteConfig({}, root).boardPostingDays).toBe(7);
    rmSync(root, { recursive: true, force: true });
  });
});

describe('PDF helpers', () => {
  const dist = mkdtempSync(join(tmpdir(), 'mingjing-dist-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  mkdirSync(join(dist, 'print/board/city/2025-05'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '');
  writeFileSync(join(dist, 'print/board/city/2025-05/index.html'), '');

  it('finds the file a site path stands for, with or without the base and the slash', () => {
    const pack = join(dist, 'print/board/city/2025-05/index.html');
    expect(pageFile(dist, '/', '/print/board/city/2025-05/')).toBe(pack);
    expect(pageFile(dist, '/', 'print/board/city/2025-05')).toBe(pack);
    expect(pageFile(dist, '/sub/', '/sub/print/board/city/2025-05/')).toBe(pack);
    expect(pageFile(dist, '/', '/')).toBe(join(dist, 'index.html'));
    expect(pageFile(dist, '/', '/print/board/city/2025-06/')).toBeUndefined();
  });

  it('names a PDF after its path and counts a PDF’s pages', () => {
    expect(pdfNameFor('/print/board/city/2025-05/')).toBe('print-board-city-2025-05.pdf');
    expect(pdfNameFor('/')).toBe('index.pdf');
    expect(pdfPageCount(Buffer.from('<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>'))).toBe(2);
  });
});

describe('reserved example domains', () => {
  it('knows the RFC 2606 and RFC 6761 names, and no real domain', async () => {
    const { isReservedExampleHost } = await import('../../src/lib/node/config.ts');
    for (const host of [
      'example.org',
      'mingjing.example.org',
      'www.example.com',
      'a.example.net',
      'site.example',
      'mingjing.test',
      'x.invalid',
      'localhost',
    ])
      expect(isReservedExampleHost(host), host).toBe(true);
    for (const host of ['mingjing.example.gov.cn', 'jw.qinghe.gov.cn', 'example.org.cn', 'testing.gov.cn', 'myexample.org'])
      expect(isReservedExampleHost(host), host).toBe(false);
  });
});
