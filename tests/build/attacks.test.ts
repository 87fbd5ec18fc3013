/**
 * The attack suite (issue 18): one small edit per attack, each trying to put an invented name or ID
 * number on the public site past every check. Every attack either
 * - fails the build, names its source file, and leaves no trace of its marker in `dist/`, a staging
 *   release, any cache or the log; or
 * - is neutralised: the build passes and its marker appears nowhere.
 *
 * Attacks are grouped by where they are stopped, one build per group (a build reports every problem
 * of its stage at once): the content checks (gate and validation), the output check over the pages,
 * the check of the cards' texts, and the neutralised ones. Every name here is invented.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outputFileView } from '../../src/privacy/output-views.ts';
import { normalizeWord } from '../../src/privacy/normalize.ts';
import { buildSite, type BuildResult } from '../helpers/build-site.ts';
import { folderFingerprint, listFiles } from '../helpers/site-files.ts';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/site');

/** A valid 18-digit ID number (GB 11643 check digit), different for each `n`. */
function idNumber(n: number): string {
  const birth = new Date(Date.UTC(1980, 0, 1) + n * 37 * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
  const body = `330106${birth}${String(100 + n).slice(-3)}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((total, digit, i) => total + Number(digit) * weights[i]!, 0);
  return body + '10X98765432'[sum % 11]!;
}

const SURNAMES = [...'蒋滕邬贲訾褚戚谢钟邵焦柏'];
const GIVEN = ['文涛', '国梁', '春燕', '立新', '海峰'];
/** Invented three-character names, one per attack. */
const NAMES = SURNAMES.flatMap((surname) => GIVEN.map((given) => surname + given));

const entity = (text: string) => [...text].map((ch) => `&#${ch.codePointAt(0)};`).join('');
const percent = (text: string) => encodeURIComponent(text);

interface Attack {
  /** What is tried, for the test name. */
  what: string;
  /** File under the content folder the attack writes, and its content. */
  file: string;
  source: (marker: Marker) => string;
  /** Other files the attack brings (an image beside the entry), by path under the content folder. */
  files?: (marker: Marker) => Record<string, string>;
  /** Where it is stopped: the content checks, the output check, the card check, or neutralised. */
  stage: 'content' | 'output' | 'cards' | 'neutralised';
  /** The message must name the file (every failing attack) — and for outputs, the source field. */
  names?: string;
}

interface Marker {
  name: string;
  id: string;
}

function notice(
  id: string,
  { title = '关于对某镇干部周某被反映问题的澄清说明', extra = '', body = '经核查，该问题失实，特此澄清。' } = {},
): string {
  return `---
title: ${title}
date: 2026-03-02
organ: test-county
summary: 经核查，反映周某的问题失实，予以澄清。
status: published
docNumber: 测纪澄〔2026〕${id.length}号
subject:
  type: 个人
  alias: 周某
  role: 某镇农业服务中心干部
  tier: 乡镇（街道）所属
allegations:
  - summary: 反映其在补助发放中优亲厚友
    finding: 失实
methods: [会议, 网站]
scope: 在该镇机关干部大会上通报，并在县纪委监委网站发布
consent: true
${extra}---

${body}
`;
}

function poem(lines: string, extra = ''): string {
  return `---
title: 无题
date: 2026-01-05
organ: test-city
summary: 一首测试用的短诗。
status: published
form: 诗词
author:
  name: 于谦
  dynasty: 明
publicNames: [于谦]
${extra}---

${lines}
`;
}

const ATTACKS: Attack[] = [
  // Invisible and separator characters: one normalisation before every detector.
  {
    what: 'a zero-width joiner inside a name',
    stage: 'content',
    file: 'clarifications/a-zwj.md',
    source: (m) => notice('a', { body: `被举报人${m.name[0]}\u200d${m.name.slice(1)}反映的问题失实。` }),
  },
  {
    what: 'a soft hyphen inside an ID number',
    stage: 'content',
    file: 'clarifications/a-shy.md',
    source: (m) => notice('b', { body: `身份证号${m.id.slice(0, 6)}\u00ad${m.id.slice(6)}。` }),
  },
  {
    what: 'an ID number grouped with dots',
    stage: 'content',
    file: 'clarifications/a-dots.md',
    source: (m) => notice('c', { body: `证件号码 ${m.id.slice(0, 4)}.${m.id.slice(4, 8)}.${m.id.slice(8, 12)}.${m.id.slice(12)}。` }),
  },
  {
    what: 'a mobile number grouped with dots',
    stage: 'content',
    file: 'clarifications/a-mobile-dots.md',
    source: () => notice('d', { body: '联系电话 139.5713.2468。' }),
  },
  {
    what: 'a mobile number in Chinese numerals',
    stage: 'content',
    file: 'clarifications/a-numerals.md',
    source: () => notice('e', { body: '手机一三九五七一三二四六八。' }),
  },
  {
    what: 'a full-width ID number',
    stage: 'content',
    file: 'clarifications/a-fullwidth.md',
    source: (m) => notice('f', { body: `身份证号${m.id.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))}。` }),
  },
  {
    what: 'a name in Traditional characters',
    stage: 'content',
    file: 'clarifications/a-traditional.md',
    source: () => notice('g', { body: '被舉報人蔣國樑反映的問題失實。' }),
  },
  {
    what: 'a word joiner inside an e-mail address',
    stage: 'content',
    file: 'clarifications/a-email.md',
    source: () => notice('h', { body: '来信邮箱 tengguo\u2060liang@example.org。' }),
  },
  {
    what: 'a byte-order mark inside a name in the title',
    stage: 'content',
    file: 'clarifications/a-bom-title.md',
    source: (m) => notice('i', { title: `关于被举报人${m.name.slice(0, 2)}\ufeff${m.name.slice(2)}的澄清` }),
  },
  {
    what: 'a variation selector inside a name',
    stage: 'content',
    file: 'clarifications/a-vs.md',
    source: (m) => notice('j', { body: `被举报人${m.name[0]}\ufe0f${m.name.slice(1)}多次反映。` }),
  },
  // Bypasses by convention: whitelists and the internal note.
  {
    what: 'a body line that starts with internalNote:',
    stage: 'content',
    file: 'clarifications/a-note-line.md',
    source: (m) => notice('k', { body: `internalNote: 被举报人${m.name}，身份证号${m.id}。` }),
  },
  {
    what: 'an internalNote key outside followUps',
    stage: 'content',
    file: 'clarifications/a-note-key.md',
    source: (m) => notice('l', { extra: `internalNote: 被举报人${m.name}\n` }),
  },
  {
    what: 'a surname alone in publicNames',
    stage: 'content',
    file: 'clarifications/a-public-surname.md',
    source: (m) => notice('m', { extra: `publicNames: [${m.name[0]}]\n`, body: `被举报人${m.name}反映的问题失实。` }),
  },
  {
    what: 'a public name that is only the start of the leaked name',
    stage: 'content',
    file: 'clarifications/a-public-prefix.md',
    source: (m) => notice('n', { extra: `publicNames: [${m.name.slice(0, 2)}]\n`, body: `被举报人${m.name}反映的问题失实。` }),
  },
  {
    what: 'a not-a-name word that is only the start of the leaked name',
    stage: 'content',
    file: 'clarifications/a-notname-prefix.md',
    source: (m) => notice('o', { extra: `notNames: [${m.name.slice(0, 2)}]\n`, body: `被举报人${m.name}反映的问题失实。` }),
  },
  {
    what: 'a contemporary author made public by the author field',
    stage: 'content',
    file: 'culture/a-author.md',
    source: (m) => poem(`致${m.name}同志\n清风两袖。`).replace('name: 于谦\n  dynasty: 明', `name: ${m.name}\n  dynasty: 当代`),
  },
  // Content that is code: MDX, images from elsewhere, markup in YAML.
  {
    what: 'an MDX entry computing a name in an expression',
    stage: 'content',
    file: 'clarifications/a-mdx.mdx',
    source: (m) => notice('p', { body: `被举报人{'${m.name[0]}' + '${m.name.slice(1)}'}反映的问题失实。` }),
  },
  {
    what: 'an image in the body from outside the content folder',
    stage: 'content',
    file: 'clarifications/a-body-image.md',
    source: () => notice('q', { body: '![证件](../../../../../tmp/secret.jpg)' }),
  },
  {
    what: 'a YAML alias bomb',
    stage: 'content',
    file: 'clarifications/a-yaml-bomb.md',
    source: (m) =>
      notice('r', {
        extra: `x0: &a0 [${m.name}, ${m.name}]\n${Array.from({ length: 12 }, (_, i) => `x${i + 1}: &a${i + 1} [*a${i}, *a${i}]`).join('\n')}\n`,
      }),
  },
  {
    what: 'a control character in a tag',
    stage: 'content',
    file: 'clarifications/a-control.md',
    source: () => notice('s', { extra: 'tags: ["澄清\\u0007正名"]\n' }),
  },
  {
    what: 'a name used as an unknown key',
    stage: 'content',
    file: 'clarifications/a-key.md',
    source: (m) => notice('t', { extra: `${m.name}: 举报人\n` }),
  },
  {
    what: 'a title of a megabyte',
    stage: 'content',
    file: 'clarifications/a-huge.md',
    source: () => notice('u', { title: '澄清'.repeat(6_000) }),
  },
  {
    what: 'a name in a YAML comment',
    stage: 'content',
    file: 'clarifications/a-comment.md',
    source: (m) => notice('v', { extra: `# 被举报人${m.name}\n` }),
  },
  {
    what: 'a name in a tag',
    stage: 'content',
    file: 'clarifications/a-tag.md',
    source: (m) => notice('w', { extra: `tags: [被举报人${m.name}]\n` }),
  },
  // Markup that renders differently from its source: the output check reads it as a browser does.
  {
    what: 'a name and ID split by inline tags and entities in an ignored region (the issue example)',
    stage: 'output',
    names: 'clarifications/o-split.md',
    file: 'clarifications/o-split.md',
    source: (m) =>
      notice('x', {
        body: `<div data-pagefind-ignore>被举报人<b>${entity(m.name[0]!)}</b>${entity(m.name.slice(1))}，身份证号${m.id.slice(0, 4)}<b></b>${m.id.slice(4)}。</div>`,
      }),
  },
  {
    what: 'a name in hexadecimal entities',
    stage: 'output',
    names: 'clarifications/o-hex.md',
    file: 'clarifications/o-hex.md',
    source: (m) =>
      notice('y', { body: `被举报人${[...m.name].map((ch) => `&#x${ch.codePointAt(0)!.toString(16)};`).join('')}反映的问题失实。` }),
  },
  {
    what: 'a name split by Markdown emphasis',
    stage: 'output',
    names: 'clarifications/o-emphasis.md',
    file: 'clarifications/o-emphasis.md',
    source: (m) => notice('z', { body: `被举报人${m.name[0]}*${m.name[1]}*${m.name[2]}反映的问题失实。` }),
  },
  {
    what: 'a name split by a span',
    stage: 'output',
    names: 'clarifications/o-span.md',
    file: 'clarifications/o-span.md',
    source: (m) => notice('aa', { body: `被举报人${m.name[0]}<span>${m.name[1]}</span>${m.name[2]}反映的问题失实。` }),
  },
  {
    what: 'a name spelt with ruby annotations',
    stage: 'output',
    names: 'clarifications/o-ruby.md',
    file: 'clarifications/o-ruby.md',
    source: (m) => notice('bb', { body: `被举报人${m.name[0]}<ruby>${m.name[1]}<rt>pin</rt></ruby>${m.name[2]}反映的问题失实。` }),
  },
  {
    what: 'an ID number percent-encoded in a link',
    stage: 'output',
    names: 'clarifications/o-href.md',
    file: 'clarifications/o-href.md',
    source: (m) => notice('cc', { body: `[材料](https://example.org/?doc=${percent(`身份证号${m.id.slice(0, 9)}`)}${m.id.slice(9)})` }),
  },
  {
    what: 'an ID number in a single-quoted href',
    stage: 'output',
    names: 'clarifications/o-quote.md',
    file: 'clarifications/o-quote.md',
    source: (m) => notice('dd', { body: `<a href='https://example.org/${entity(m.id)}'>材料</a>` }),
  },
  {
    what: 'a name hidden from view in an entity-encoded paragraph',
    stage: 'output',
    names: 'clarifications/o-hidden.md',
    file: 'clarifications/o-hidden.md',
    source: (m) => notice('ee', { body: `<p hidden>被举报人${entity(m.name)}反映的问题失实。</p>` }),
  },
  {
    what: 'a name in the text and the metadata of an SVG poster',
    stage: 'output',
    names: 'culture/o-poster.md',
    file: 'culture/o-poster.md',
    files: (m) => ({
      'culture/images/o-poster.svg': `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><metadata>作者${m.name}</metadata><text x="1" y="50">信访人${m.name}</text></svg>`,
    }),
    source: () =>
      poem('海报正文。')
        .replace('form: 诗词', 'form: 海报\nimage:\n  src: images/o-poster.svg\n  alt: 一张海报')
        .replace('author:\n  name: 于谦\n  dynasty: 明\npublicNames: [于谦]\n', ''),
  },
  // The card draws what the templates make of the fields: its texts are checked before satori runs.
  {
    what: 'a poem line whose emphasis marks the card strips',
    stage: 'cards',
    names: 'culture/c-verse.md',
    file: 'culture/c-verse.md',
    source: (m) => poem(`赠${m.name[0]}_${m.name[1]}_${m.name[2]}同志\n清风两袖去。`),
  },
  // Neutralised: what the sanitiser drops, and what never leaves the building.
  {
    what: 'a meta refresh to another site',
    stage: 'neutralised',
    file: 'clarifications/n-meta.md',
    source: () => notice('ff', { body: '<meta http-equiv="refresh" content="0;url=https://attacker.example/">正文。' }),
  },
  {
    what: 'a script',
    stage: 'neutralised',
    file: 'clarifications/n-script.md',
    source: (m) => notice('gg', { body: `<script>document.write('${entity(m.name)}')</script>正文。` }),
  },
  {
    what: 'a style rule with generated content',
    stage: 'neutralised',
    file: 'clarifications/n-style.md',
    source: (m) =>
      notice('hh', {
        body: `<style>p::after{content:"${[...m.name].map((ch) => `\\${ch.codePointAt(0)!.toString(16)}`).join('')}"}</style>正文。`,
      }),
  },
  {
    what: 'an iframe, a form, a base and an object',
    stage: 'neutralised',
    file: 'clarifications/n-embeds.md',
    source: () =>
      notice('ii', {
        body: '<iframe src="https://attacker.example/"></iframe><form action="https://attacker.example/"><input name="q"></form><base href="https://attacker.example/"><object data="https://attacker.example/x"></object>正文。',
      }),
  },
  {
    what: 'an event handler and a javascript: link',
    stage: 'neutralised',
    file: 'clarifications/n-handler.md',
    source: () =>
      notice('jj', {
        body: '<b onmouseover="location=\'https://attacker.example/\'">正文</b> [点此](javascript:alert(1)) <a href="data:text/html,x">附件</a>',
      }),
  },
  {
    what: 'an entity-encoded name in a data attribute',
    stage: 'neutralised',
    file: 'clarifications/n-data.md',
    source: (m) => notice('kk', { body: `<span data-who="${entity(m.name)}" data-pagefind-filter="who:${entity(m.name)}">正文</span>` }),
  },
  {
    what: 'an entity-encoded name in an HTML comment',
    stage: 'neutralised',
    file: 'clarifications/n-comment.md',
    source: (m) => notice('ll', { body: `<!-- ${entity(`被举报人${m.name}`)} -->正文。` }),
  },
  {
    what: 'an entity-encoded name in a title attribute',
    stage: 'neutralised',
    file: 'clarifications/n-title.md',
    source: (m) => notice('mm', { body: `<abbr title="${entity(`被举报人${m.name}`)}">正文</abbr>` }),
  },
  {
    what: 'a name and ID in a follow-up visit internal note',
    stage: 'neutralised',
    file: 'clarifications/n-internal.md',
    source: (m) =>
      notice('nn', {
        extra: `followUps:\n  - date: 2026-04-01\n    method: 谈心谈话\n    internalNote: 被举报人${m.name}，身份证号${m.id}\n`,
      }),
  },
  {
    what: 'a name and ID in a draft',
    stage: 'neutralised',
    file: 'clarifications/n-draft.md',
    source: (m) => notice('oo', { body: `被举报人${m.name}，身份证号${m.id}。` }).replace('status: published', 'status: draft'),
  },
];

const markerOf = (index: number): Marker => ({ name: NAMES[index]!, id: idNumber(index) });

/** Every way a marker may be written into a file: as it is, as JSON escapes, as entities. */
function spellings(marker: Marker): string[] {
  const json = (text: string) => [...text].map((ch) => `\\u${ch.codePointAt(0)!.toString(16).padStart(4, '0')}`).join('');
  return [marker.name, marker.id, json(marker.name), entity(marker.name), percent(marker.name)];
}

/** Files under `dir` (following no links) whose bytes, decompressed where gzip, hold `needle`. */
function filesHolding(dir: string, needles: readonly string[]): string[] {
  if (!existsSync(dir)) return [];
  return listFiles(dir).filter((file) => {
    // A replaced release is removed in the background after the swap (atomic-output.ts): a file
    // gone since the listing holds nothing.
    if (!existsSync(join(dir, file))) return false;
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(dir, file));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw error;
    }
    const text = (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8').replace(/\u200b/g, '');
    return needles.some((needle) => text.includes(needle));
  });
}

/** Files of the built site whose text, as a reader receives it, holds the marker. */
function outputsShowing(dist: string, marker: Marker): string[] {
  return listFiles(dist).filter((file) => {
    const view = outputFileView(file, readFileSync(join(dist, file)));
    const text = view ? normalizeWord(view.text) : '';
    return text.includes(marker.name) || text.includes(marker.id);
  });
}

let work: string;
let base: string;
let dist: string;
let cache: string;
let goodFingerprint: string;
const results = new Map<Attack['stage'], BuildResult>();

/** Builds the fixture with the attacks of one stage added, then removes them again. */
function buildStage(stage: Attack['stage']): BuildResult {
  const contentDir = join(work, `content-${stage}`);
  cpSync(base, contentDir, { recursive: true });
  ATTACKS.forEach((attack, index) => {
    if (attack.stage !== stage) return;
    const files = { [attack.file]: attack.source(markerOf(index)), ...attack.files?.(markerOf(index)) };
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(join(contentDir, file, '..'), { recursive: true });
      writeFileSync(join(contentDir, file), text);
    }
  });
  return buildSite({ contentDir, outDir: dist });
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'mingjing-attacks-'));
  base = join(work, 'content');
  dist = join(work, 'dist');
  cache = `${dist}.cache`;
  cpSync(FIXTURE, base, { recursive: true });
  const first = buildSite({ contentDir: base, outDir: dist });
  if (first.status !== 0) throw new Error(first.output);
  goodFingerprint = folderFingerprint(dist);
  for (const stage of ['content', 'output', 'cards'] as const) {
    results.set(stage, buildStage(stage));
    // Each failing build must leave the site as it was; checked here, before the next build runs.
    if (folderFingerprint(dist) !== goodFingerprint) throw new Error(`the ${stage} attacks changed dist/`);
  }
  results.set('neutralised', buildStage('neutralised'));
}, 900_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the attack suite', () => {
  it('has at least forty attacks across every class', () => {
    expect(ATTACKS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(ATTACKS.map((attack) => attack.stage))).toEqual(new Set(['content', 'output', 'cards', 'neutralised']));
  });

  for (const stage of ['content', 'output', 'cards'] as const) {
    it(`fails the build on every ${stage} attack`, () => {
      expect(results.get(stage)!.status).not.toBe(0);
    });
  }

  it('leaves no staging release behind after the failed builds', () => {
    const releases = readdirSync(`${dist}.releases`);
    expect(releases.filter((name) => !name.startsWith('release-'))).toEqual([]);
  });

  ATTACKS.forEach((attack, index) => {
    const marker = markerOf(index);
    it(`${attack.stage === 'neutralised' ? 'neutralises' : 'stops'} ${attack.what}`, () => {
      const result = results.get(attack.stage)!;
      if (attack.stage === 'neutralised') {
        expect(result.status, result.output).toBe(0);
        expect(outputsShowing(dist, marker)).toEqual([]);
      } else {
        // The report names the source file (and for an output, the field that produced it).
        expect(result.output).toContain(attack.names ?? attack.file);
        if (attack.stage === 'output') expect(result.output).toMatch(new RegExp(`来源：[^\\n]*${attack.file.replace('.', '\\.')}`));
      }
      // No trace anywhere: the log, the site, any staging release, any cache.
      const needles = spellings(marker);
      for (const needle of needles) expect(result.output).not.toContain(needle);
      expect(filesHolding(dist, needles)).toEqual([]);
      expect(filesHolding(`${dist}.releases`, needles)).toEqual([]);
      expect(filesHolding(cache, needles)).toEqual([]);
    });
  });

  it('serves no meta refresh, script, frame, form, handler or javascript: URL from a body', () => {
    for (const id of ['n-meta', 'n-script', 'n-embeds', 'n-handler', 'n-style']) {
      const html = readFileSync(join(dist, `clarifications/${id}/index.html`), 'utf8');
      // The body as rendered: sanitised bodies hold no <div>, so the first </div> closes it.
      const start = html.indexOf('data-field="body"');
      expect(start, id).toBeGreaterThan(0);
      const body = html.slice(start, html.indexOf('</div>', start));
      expect(body, id).toContain('正文');
      expect(body, id).not.toMatch(
        /<meta|http-equiv|<script|<style|<iframe|<form|<base|<object|onmouseover|javascript:|data:text|attacker\.example/i,
      );
    }
  });

  it('refuses a symlinked content file the way it refuses everything else: no stack trace', () => {
    // A link to a file outside the content folder (a deny-list, a private draft) is not content.
    const contentDir = join(work, 'content-link');
    cpSync(base, contentDir, { recursive: true });
    const outside = join(work, 'outside.md');
    writeFileSync(outside, notice('link', { body: `被举报人${NAMES[59]}反映的问题失实。` }));
    symlinkSync(outside, join(contentDir, 'clarifications', 'linked.md'));
    const result = buildSite({ contentDir, outDir: join(work, 'dist-link') });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('linked.md');
    expect(result.output).not.toContain(NAMES[59]);
  });
});
