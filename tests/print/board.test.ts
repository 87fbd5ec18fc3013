/** Board packs are grouped by organ and month, oldest notice first; the PDF helpers find pages and count them. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSiteConfig } from '../../src/lib/node/config.ts';
import { boardPacks, monthOf } from '../../src/print/board.ts';
import { pageFile, pdfNameFor, pdfPageCount } from '../../src/print/pdf.ts';
import { daysZh } from '../../src/strings/print.ts';

const notice = (id: string, organ: string, date: string) => ({ id, data: { organ, date } });

describe('boardPacks', () => {
  it('makes one pack per organ and month, months newest first, notices oldest first', () => {
    const packs = boardPacks([
      notice('c', 'city', '2025-05-30'),
      notice('a', 'city', '2025-05-20'),
      notice('b', 'city', '2025-05-27'),
      notice('d', 'city', '2024-06-12'),
      notice('e', 'county', '2025-05-02'),
    ]);
    expect(packs.map((p) => `${p.organ}/${p.month}:${p.notices.map((n) => n.id).join('')}`)).toEqual([
      'city/2025-05:abc',
      'city/2024-06:d',
      'county/2025-05:e',
    ]);
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
