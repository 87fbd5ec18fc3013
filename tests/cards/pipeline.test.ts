import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findMissingGlyphs, loadCardFonts, type FontRole, type LoadedFonts } from '../../src/cards/fonts.ts';
import { findCardGlyphProblems, MissingGlyphError } from '../../src/cards/glyphs.ts';
import { renderAllCards } from '../../src/cards/pipeline.ts';
import { renderCard } from '../../src/cards/render.ts';
import type { CardInput } from '../../src/cards/types.ts';
import { caseInput, noticeInput, pngSize, poemInput, siteInput } from './fixtures.ts';

let fonts: LoadedFonts;
let root: string;
beforeAll(async () => {
  fonts = await loadCardFonts();
  root = mkdtempSync(join(tmpdir(), 'mingjing-cards-'));
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('glyph coverage', () => {
  it('has the rare surnames 仉 亓 蒯 訾 in every typeface, WenKai included', () => {
    expect(fonts.kaiSlices.length).toBeGreaterThan(90); // the sliced web font was read from its CSS
    for (const role of ['sans', 'serif', 'kai'] as const satisfies readonly FontRole[]) {
      expect(findMissingGlyphs('仉亓蒯訾', fonts, role), role).toEqual([]);
    }
  });

  it('reports each missing character once, ignoring whitespace', () => {
    expect(findMissingGlyphs('王\uE000某 \uE000\n', fonts, 'sans')).toEqual(['\uE000']);
    // In Noto but not in LXGW WenKai: the check follows the typeface of the text.
    expect(findMissingGlyphs('丒', fonts, 'sans')).toEqual([]);
    expect(findMissingGlyphs('丒', fonts, 'kai')).toEqual(['丒']);
  });

  it('names entry, field, character and code point', () => {
    const problems = findCardGlyphProblems({ ...poemInput, lines: ['千锤万凿出深山丒'] }, fonts);
    expect(problems).toEqual([{ entry: 'culture/shihui-yin', field: 'lines[0]', role: 'kai', char: '丒', codePoint: 'U+4E12' }]);
  });
});

describe('renderAllCards', () => {
  const inputs: CardInput[] = [noticeInput, caseInput, siteInput];

  it('fails before writing anything when a character has no glyph, listing every problem', async () => {
    const outDir = join(root, 'bad-out');
    const bad: CardInput[] = [
      ...inputs,
      { ...noticeInput, id: 'bad-1', title: '关于为王某某澄清正名的通报\uE000' },
      { ...poemInput, id: 'bad-2', author: { name: '丒某', dynasty: '明' } },
    ];
    const error = await renderAllCards(bad, { outDir, cacheDir: join(root, 'bad-cache') }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MissingGlyphError);
    const message = (error as MissingGlyphError).message;
    expect(message).toContain('clarifications/bad-1');
    expect(message).toContain('title');
    expect(message).toContain('U+E000');
    expect(message).toContain('culture/bad-2');
    expect(message).toContain('「丒」（U+4E12）');
    expect((error as MissingGlyphError).problems).toHaveLength(2);
    expect(existsSync(outDir)).toBe(false);
  });

  it('starts a second worker only for more than eight cards to draw', async () => {
    const many: CardInput[] = [0, 1, 2, 3, 4].map((n) => ({ ...noticeInput, id: `2024-10${n}` }));
    const result = await renderAllCards(many, { outDir: join(root, 'many-out'), cacheDir: join(root, 'many-cache'), concurrency: 2 });
    expect(result).toMatchObject({ rendered: 10, mode: 'workers', workers: 2 });
  });

  it('renders on workers, then serves an unchanged run from the cache, then re-renders only what changed', async () => {
    const outDir = join(root, 'out');
    const cacheDir = join(root, 'cache');
    const progress: number[] = [];

    const cold = await renderAllCards(inputs, { outDir, cacheDir, concurrency: 2, onProgress: (done) => progress.push(done) });
    // Six cards: one worker (a second would cost more to start than it saves).
    expect(cold).toMatchObject({ rendered: 6, cached: 0, mode: 'workers', workers: 1 });
    expect(progress).toEqual([1, 2, 3, 4, 5, 6]);
    expect(cold.files).toContain(join(outDir, 'cards', 'clarifications', '2024-003', 'og.png'));
    expect(cold.files).toContain(join(outDir, 'cards', 'cases', 'case-05', 'poster.png'));
    expect(cold.files).toContain(join(outDir, 'cards', 'site', 'og.png'));
    expect(cold.peakRssBytes).toBeGreaterThan(50 * 1024 * 1024);
    for (const file of cold.files) expect(pngSize(readFileSync(file)).width).toBeGreaterThan(1000);

    // A worker's PNG is byte-identical to one rendered here: rendering is deterministic.
    const posterPath = join(outDir, 'cards', 'clarifications', '2024-003', 'poster.png');
    expect(readFileSync(posterPath).equals(await renderCard(noticeInput, 'poster', fonts))).toBe(true);

    // Nothing enters the cache until the build commits (a failed build leaves nothing behind).
    cold.discardPending();
    expect(readdirSync(cacheDir)).toEqual([]);
    rmSync(outDir, { recursive: true });
    const committed = await renderAllCards(inputs, { outDir, cacheDir, concurrency: 2 });
    expect(committed).toMatchObject({ rendered: 6, cached: 0 });
    committed.commitCache();
    expect(readdirSync(cacheDir)).toHaveLength(6);

    rmSync(outDir, { recursive: true });
    const warm = await renderAllCards(inputs, { outDir, cacheDir, concurrency: 2 });
    expect(warm).toMatchObject({ rendered: 0, cached: 6, workers: 0 });
    expect(readFileSync(posterPath).equals(await renderCard(noticeInput, 'poster', fonts))).toBe(true);

    const changed = [noticeInput, { ...caseInput, decision: '从轻问责' }, siteInput];
    const partial = await renderAllCards(changed, { outDir, cacheDir, concurrency: 2 });
    expect(partial).toMatchObject({ rendered: 2, cached: 4 });
    partial.commitCache();
  });

  it('checks the exact texts of every card before drawing any, and stops on a finding', async () => {
    const outDir = join(root, 'checked-out');
    const seen: string[] = [];
    const error = await renderAllCards([caseInput, { ...poemInput, lines: ['千锤蒋文涛'] }], {
      outDir,
      cacheDir: join(root, 'checked-cache'),
      checkTexts: (input, texts) => {
        for (const { text } of texts()) seen.push(text);
        if (texts().some(({ text }) => text.includes('蒋文涛'))) throw new Error(`leak in ${input.id}`);
      },
    }).catch((caught: unknown) => caught);
    expect(String(error)).toContain('leak in shihui-yin');
    expect(seen).toContain(caseInput.title);
    expect(existsSync(outDir)).toBe(false);
    expect(existsSync(join(root, 'checked-cache'))).toBe(false);
  });

  it('can render on the calling thread and says so', async () => {
    const result = await renderAllCards([{ ...poemInput, id: 'in-process' }], {
      outDir: join(root, 'inproc'),
      cacheDir: join(root, 'inproc-cache'),
      inProcess: true,
    });
    expect(result).toMatchObject({ rendered: 2, mode: 'in-process', workers: 0 });
    expect(result.fallbackReason).toBeTruthy();
  });

  it('falls back to the calling thread when a worker cannot start', async () => {
    const broken = join(root, 'broken-worker.mjs');
    writeFileSync(broken, "throw new Error('kaputt');\n");
    const result = await renderAllCards([{ ...caseInput, id: 'fallback' }], {
      outDir: join(root, 'fallback'),
      cacheDir: join(root, 'fallback-cache'),
      workerFile: broken,
    });
    expect(result).toMatchObject({ rendered: 2, cached: 0, mode: 'in-process', workers: 0 });
    expect(result.fallbackReason).toContain('kaputt');
    expect(existsSync(join(root, 'fallback', 'cards', 'cases', 'fallback', 'poster.png'))).toBe(true);
  });

  it('refuses two entries that would write the same file, and ids that are not file names', async () => {
    const options = { outDir: join(root, 'dup'), cacheDir: join(root, 'dup-cache') };
    await expect(renderAllCards([caseInput, caseInput], options)).rejects.toThrow(/同一文件/);
    await expect(renderAllCards([{ ...caseInput, id: '../escape' }], options)).rejects.toThrow(/id/);
  });
});
