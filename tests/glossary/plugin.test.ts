/**
 * The glossary step of the Markdown pipeline (a Sätteri hast plugin), run through Sätteri itself:
 * each term's first occurrence only, under its name or an alias, never in a heading, a link,
 * code or a poem, with the definition beside it and unique ids per document.
 */
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { firstOccurrence, insideTitle, termNames, usesTerm } from '../../src/glossary/match.ts';
import { glossaryLinks, type DocumentInfo } from '../../src/glossary/plugin.ts';
import type { GlossaryTerm } from '../../src/schemas/data.ts';

const TERMS: GlossaryTerm[] = [
  { id: 'fault-tolerance', term: '容错纠错', aliases: ['容错'], definition: '对干部失误依规作出认定。', related: [] },
  { id: 'three', term: '三个区分开来', aliases: [], definition: '看待失误的三组界限。', related: [] },
  { id: 'clarify', term: '澄清正名', aliases: ['澄清'], definition: '为受不实举报的干部说明真相。', related: [] },
];

const render = (markdown: string, info: DocumentInfo | undefined = { key: 'cases-x', poem: false }, base = '/') =>
  (markdownToHtml(markdown, { hastPlugins: [glossaryLinks({ base, terms: () => TERMS, documentAt: () => info })] }) as { html: string })
    .html;
const links = (html: string) =>
  [...html.matchAll(/<a href="([^"]+)" class="term-link"><dfn>([^<]+)<\/dfn><\/a>/g)].map((m) => `${m[2]}→${m[1]}`);

describe('the glossary Markdown step', () => {
  it('links the first occurrence of each term, under its name or an alias, and no other', () => {
    const html = render('依规容错，再次容错。\n\n对照三个区分开来和容错纠错。');
    expect(links(html)).toEqual(['容错→/glossary/fault-tolerance/', '三个区分开来→/glossary/three/']);
  });

  it('prefers the longest name at the same place', () => {
    expect(links(render('澄清正名工作与澄清。'))).toEqual(['澄清正名→/glossary/clarify/']);
  });

  it('never links inside a heading, a link or code, and links the next occurrence instead', () => {
    const html = render('## 容错的要求\n\n[容错](/x/) 与 `容错`，以及容错。');
    expect(html).toContain('<h2>容错的要求</h2>');
    expect(html).toContain('<a href="/x/">容错</a>');
    expect(html).toContain('<code>容错</code>');
    expect(links(html)).toEqual(['容错→/glossary/fault-tolerance/']);
    expect(html.indexOf('term-link')).toBeGreaterThan(html.indexOf('<code>'));
  });

  it('links inside emphasis and quotes, which are running text', () => {
    expect(links(render('> 引用中的**三个区分开来**'))).toEqual(['三个区分开来→/glossary/three/']);
  });

  it('never links a term inside a title mark, and links the next occurrence in running text instead', () => {
    const html = render('依照《关于容错纠错的意见》，本案属于容错情形。');
    expect(html).toContain('《关于容错纠错的意见》');
    expect(links(html)).toEqual(['容错→/glossary/fault-tolerance/']);
    expect(html.indexOf('term-link')).toBeGreaterThan(html.indexOf('》'));
  });

  it('leaves a title whole when no occurrence stands outside it, nested titles and titles split by emphasis included', () => {
    expect(links(render('见《关于〈容错纠错〉的说明》。'))).toEqual([]);
    const split = render('见《**关于**容错纠错的意见》。');
    expect(links(split)).toEqual([]);
    expect(split).toContain('容错纠错的意见》');
  });

  it('leaves a poem whole', () => {
    expect(links(render('要容错纠错在人间', { key: 'culture-p', poem: true }))).toEqual([]);
  });

  it('puts the definition beside the term, hidden with its button until a script shows them, and out of the search index', () => {
    const html = render('容错纠错。');
    expect(html).toMatch(
      /<button type="button" class="term-toggle" hidden aria-expanded="false" aria-controls="term-cases-x-fault-tolerance" aria-label="“容错纠错”释义">释义<\/button>/,
    );
    expect(html).toMatch(/<span id="term-cases-x-fault-tolerance" class="term-definition" hidden>对干部失误依规作出认定。<\/span>/);
  });

  it('keys the ids by document, so a page of several notices has no duplicate id', () => {
    const a = render('容错', { key: 'clarifications-a', poem: false });
    const b = render('容错', { key: 'clarifications-b', poem: false });
    expect(a).toContain('term-clarifications-a-fault-tolerance');
    expect(b).toContain('term-clarifications-b-fault-tolerance');
  });

  it('keeps each document’s state to itself', () => {
    expect(links(render('容错'))).toHaveLength(1);
    expect(links(render('容错'))).toHaveLength(1);
  });

  it('writes links under the base path', () => {
    expect(links(render('容错', undefined, '/mingjing/'))).toEqual(['容错→/mingjing/glossary/fault-tolerance/']);
  });
});

describe('term matching', () => {
  it('finds the earliest name of a term not yet linked', () => {
    const names = termNames(TERMS);
    expect(firstOccurrence('先澄清，后容错', names, new Set())?.match.term.id).toBe('clarify');
    expect(firstOccurrence('先澄清，后容错', names, new Set(['clarify']))?.match.term.id).toBe('fault-tolerance');
    expect(usesTerm('本案体现了三个区分开来', TERMS[1]!)).toBe(true);
    expect(usesTerm('本案', TERMS[1]!)).toBe(false);
  });

  it('does not count a name inside a title mark, as the links do', () => {
    const names = termNames(TERMS);
    expect(usesTerm('依照《容错纠错办法》', TERMS[0]!)).toBe(false);
    expect(usesTerm('依照《容错纠错办法》予以容错', TERMS[0]!)).toBe(true);
    expect(firstOccurrence('《澄清正名办法》规定容错', names, new Set())?.match.term.id).toBe('fault-tolerance');
    expect(insideTitle('条例》和')).toEqual([true, true, true, false]);
    expect(insideTitle('见《问》')).toEqual([false, true, true, true]);
  });
});
