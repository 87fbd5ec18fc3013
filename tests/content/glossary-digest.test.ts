/**
 * The glossary terms in an entry's digest (content/loader.ts, `glossaryTermsIn`): every term the
 * glossary plugin could link in the entry's text is in it, so a changed term renders that entry
 * (and its pages) again; a term that occurs nowhere in the text is not, so it renders nothing.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { glossaryTermsIn, renderCodeDigest, RENDER_SOURCES } from '../../src/content/loader.ts';
import type { GlossaryTerm } from '../../src/schemas/data.ts';

const term = (id: string, name: string, aliases: string[] = []): GlossaryTerm =>
  ({ id, term: name, aliases, definition: `${name}的释义。`, related: [] }) as unknown as GlossaryTerm;
const TERMS = [term('chengqing', '澄清正名', ['澄清']), term('huifang', '澄清回访'), term('rongcuo', '容错纠错')];
const ids = (source: string) => glossaryTermsIn(source, TERMS).map((t) => t.id);

describe('glossaryTermsIn', () => {
  it('finds a term by its name or an alias, anywhere in the file', () => {
    expect(ids('---\ntitle: 关于某某的澄清说明\n---\n正文。')).toEqual(['chengqing']);
    expect(ids('正文里有澄清回访。')).toEqual(['chengqing', 'huifang']);
    expect(ids('与术语无关的正文。')).toEqual([]);
  });

  it('reads the text as the Markdown parser leaves it: character references and escapes undone', () => {
    expect(ids('正文&#x5bb9;&#38169;纠错。')).toEqual(['rongcuo']);
    expect(ids('正文&#23481;错纠错。')).toEqual(['rongcuo']);
    expect(glossaryTermsIn('a\\-b', [term('ab', 'a-b')]).map((t) => t.id)).toEqual(['ab']);
    // A reference to no character is left as written rather than failing the build.
    expect(ids('&#x110000;&#0;')).toEqual([]);
  });
});

describe('renderCodeDigest', () => {
  it('changes when the code that renders bodies in the content layer changes', () => {
    const root = mkdtempSync(join(tmpdir(), 'mingjing-render-code-'));
    try {
      for (const file of RENDER_SOURCES) cpSync(resolve(import.meta.dirname, '../..', file), join(root, file), { recursive: true });
      const before = renderCodeDigest(root);
      expect(renderCodeDigest(root)).toBe(before);
      const other = mkdtempSync(join(tmpdir(), 'mingjing-render-code-'));
      for (const file of RENDER_SOURCES) cpSync(join(root, file), join(other, file));
      writeFileSync(join(other, 'src/content/sanitize.ts'), '// a changed sanitiser\n', { flag: 'a' });
      expect(renderCodeDigest(other)).not.toBe(before);
      rmSync(other, { recursive: true, force: true });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
