import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkOutputFile } from '../../src/privacy/output-check.ts';
import { htmlTextView, imageMetadataText, Origins, outputFileView } from '../../src/privacy/output-views.ts';

const none = { namesFor: () => ({ publicNames: [], notNames: [] }) };
const kinds = (file: string, text: string | Buffer) =>
  checkOutputFile(file, Buffer.isBuffer(text) ? text : Buffer.from(text), none).map((f) => f.kind);

describe('what a reader receives from each output', () => {
  it('joins inline elements as a browser does and separates blocks', () => {
    const { text } = htmlTextView('<p>被举报人<b>蒋</b>文<span>涛</span></p><p>第二段</p><td>王</td><td>建国</td>');
    expect(text).toContain('被举报人蒋文涛');
    expect(text).toMatch(/王\n建国/);
  });

  it('decodes entities and reads ignored regions, hidden text and comments', () => {
    const page =
      '<div data-pagefind-ignore>被举报人<b>&#33931;</b>&#25991;&#28059;，身份证号3301<b></b>06198807214517。</div><!-- 信访人王建国 --><p hidden>x</p>';
    expect(kinds('a/index.html', page)).toEqual(expect.arrayContaining(['name', 'id-card']));
    expect(htmlTextView(page).text).toContain('信访人王建国');
  });

  it('reads every attribute, single-quoted, unquoted, data-* and percent-encoded', () => {
    const { text } = htmlTextView(`<a href='/x?q=%E8%92%8B%E6%96%87%E6%B6%9B' data-x=信访人王建国 title=a>链接</a>`);
    expect(text).toContain('蒋文涛');
    expect(text).toContain('信访人王建国');
    expect(kinds('p/index.html', `<img alt="x" data-id="330106198807214517">`)).toEqual(['id-card']);
  });

  it('reads ruby annotations apart, so the base text reads whole', () => {
    expect(htmlTextView('被举报人蒋<ruby>文<rt>wén</rt></ruby>涛').text).toContain('被举报人蒋文涛');
  });

  it('reads scripts, styles and escaped HTML inside a feed', () => {
    expect(htmlTextView('<style>p::after{content:"信访人王建国"}</style>').text).toContain('信访人王建国');
    const rss =
      '<rss><channel><item><description>&lt;p&gt;被举报人&lt;b&gt;蒋&lt;/b&gt;文涛&lt;/p&gt;</description></item></channel></rss>';
    expect(kinds('rss.xml', rss)).toContain('name');
  });

  it('skips the numbers of SVG drawings but reads their text and metadata', () => {
    const svg =
      '<svg viewBox="0 0 1000 1000"><path d="M138.1234.5678 L330106.1988.0721.4517"/><metadata>信访人王建国</metadata><text x="1">联系电话13812345678</text></svg>';
    expect(kinds('media/x.svg', svg).sort()).toEqual(['mobile', 'name']);
  });

  it('reads every string of a JSON file, escapes decoded', () => {
    expect(kinds('data/x.json', JSON.stringify({ a: ['信访人\u738b\u5efa\u56fd'] }).replace('王建国', '\\u738b\\u5efa\\u56fd'))).toEqual([
      'name',
    ]);
  });

  it('reads the text chunks of a PNG and the comments of a JPEG', () => {
    const chunk = (type: string, data: Buffer) => {
      const head = Buffer.alloc(8);
      head.writeUInt32BE(data.length);
      head.write(type, 4, 'latin1');
      return Buffer.concat([head, data, Buffer.alloc(4)]);
    };
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', Buffer.alloc(13)),
      chunk('zTXt', Buffer.concat([Buffer.from('Comment\0\0'), deflateSync(Buffer.from('身份证号330106198807214517'))])),
      chunk('IEND', Buffer.alloc(0)),
    ]);
    expect(imageMetadataText(png)).toContain('330106198807214517');
    expect(kinds('cards/x/og.png', png)).toEqual(['id-card']);
    const comment = Buffer.from('信访人王建国', 'utf8');
    const length = Buffer.alloc(2);
    length.writeUInt16BE(comment.length + 2);
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xfe]), length, comment, Buffer.from([0xff, 0xd9])]);
    expect(kinds('media/x.jpg', jpeg)).toEqual(['name']);
  });

  it('has no view of scripts, fonts and WebAssembly', () => {
    expect(outputFileView('_astro/x.js', Buffer.from('王建国'))).toBeUndefined();
    expect(outputFileView('pagefind/wasm.zh.pagefind', Buffer.from('x'))).toBeUndefined();
  });
});

describe('where each character of a view came from', () => {
  it('answers as a table of one origin per character would, for runs merged, split and appended', () => {
    const random = (() => {
      let seed = 7;
      return () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    })();
    for (let round = 0; round < 50; round++) {
      const origins = new Origins();
      const table: number[] = [];
      const inner = new Origins();
      const innerTable: number[] = [];
      for (const [target, list] of [
        [origins, table],
        [inner, innerTable],
      ] as const) {
        for (let run = 0; run < 20; run++) {
          const at = Math.floor(random() * 30);
          const count = Math.floor(random() * 4);
          const step = random() < 0.5 ? 0 : 1;
          target.push(at, count, step);
          for (let i = 0; i < count; i++) list.push(at + step * i);
        }
      }
      origins.extend(inner);
      table.push(...innerTable);
      expect(origins.length).toBe(table.length);
      expect(Array.from({ length: table.length + 2 }, (_, i) => origins.at(i - 1))).toEqual([0, ...table, 0]);
    }
  });

  it('names the line and column of a finding in a large open-data file', () => {
    const rows = Array.from({ length: 2_000 }, (_, i) => ({ id: `n-${i}`, title: `关于第${i}号事项的澄清说明` }));
    rows[1_500]!.title = '被举报人身份证号330106198807214517';
    const file = `${JSON.stringify(rows, null, 1)}\n`;
    const [finding] = checkOutputFile('data/clarifications.json', Buffer.from(file), none);
    const line = file.split('\n').findIndex((text) => text.includes('330106198807214517')) + 1;
    expect(finding).toMatchObject({ kind: 'id-card', line });
  });
});
