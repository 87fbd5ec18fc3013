/**
 * What a reader receives from each file the build writes, as text for the detectors (ARCHITECTURE.md,
 * "Invariants": one definition of what leaves the building). Markup is parsed with htmlparser2, the
 * tokenizer a browser-grade parser uses, never matched with regular expressions:
 *
 * - HTML: the visible text as a browser joins it (inline elements run together, so
 *   王<b>建</b>国 is 王建国; block elements and line breaks separate), ruby annotations apart from
 *   their base, and then every attribute value of every element (`data-*` included, entities and
 *   percent-escapes decoded), every comment, and the text of scripts, styles and regions marked
 *   `data-pagefind-ignore` or `hidden`: a reader of the source, a crawler or a screen reader meets
 *   them all;
 * - XML (feeds, the sitemap, SVG): text, CDATA, attributes and comments; escaped HTML inside a feed
 *   item is read again as HTML;
 * - JSON: every string, keys included, after JSON's own escapes; CSV and plain text as they are;
 * - the Pagefind index: decompressed, split at its binary framing;
 * - raster images: the text of every metadata block (PNG text chunks, JPEG EXIF/XMP/comments, WebP
 *   EXIF/XMP), which a photo tool shows to anyone who downloads the image.
 *
 * Segments are separated by a line break, so nothing from two places is ever read as one word.
 * `origin.at(i)` is the offset in the file's text that produced character `i`, for line and column.
 */
import { inflateSync, gunzipSync } from 'node:zlib';
import { Parser } from 'htmlparser2';

/**
 * Where each character of a view came from, as runs: a text node's characters all point at the
 * node, a plain file's at themselves. One number per character would cost eight bytes a character,
 * hundreds of megabytes for an open-data file at 10,000 entries; the runs cost a few per node.
 */
export class Origins {
  /** View index where each run starts, the origin of its first character, and whether it advances with the text. */
  readonly #starts: number[] = [];
  readonly #ats: number[] = [];
  readonly #steps: (0 | 1)[] = [];
  #length = 0;

  get length(): number {
    return this.#length;
  }

  /** `count` characters from `at` on: all at `at` (step 0) or at `at`, `at + 1`, … (step 1). */
  push(at: number, count: number, step: 0 | 1): void {
    if (count <= 0) return;
    const last = this.#starts.length - 1;
    const continues =
      last >= 0 &&
      this.#steps[last] === step &&
      (step === 0 ? this.#ats[last] === at : this.#ats[last]! + (this.#length - this.#starts[last]!) === at);
    if (!continues) {
      this.#starts.push(this.#length);
      this.#ats.push(at);
      this.#steps.push(step);
    }
    this.#length += count;
  }

  /** The origin of character `index` (0 outside the view). */
  at(index: number): number {
    if (index < 0 || index >= this.#length) return 0;
    let low = 0;
    let high = this.#starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.#starts[middle]! <= index) low = middle;
      else high = middle - 1;
    }
    return this.#ats[low]! + this.#steps[low]! * (index - this.#starts[low]!);
  }

  /** Appends every run of `other`, in order. */
  extend(other: Origins): void {
    for (let run = 0; run < other.#starts.length; run++) {
      const end = run + 1 < other.#starts.length ? other.#starts[run + 1]! : other.#length;
      this.push(other.#ats[run]!, end - other.#starts[run]!, other.#steps[run]!);
    }
  }
}

export interface TextView {
  text: string;
  origin: Origins;
}

/** Elements a browser lays out inline: their text runs on into the text around them. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'label',
  'mark',
  'q',
  'ruby',
  's',
  'samp',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
]);
/**
 * Drawing instructions of SVG (inline or a file): coordinates and sizes, numbers a reader never
 * sees as text, which joined would read as phone or card numbers. Skipped while they hold no letter
 * of any script beyond path commands; a value with Chinese or an `@` in it is read like any other.
 */
const GEOMETRY = new Set([
  'd',
  'points',
  'viewbox',
  'transform',
  'x',
  'y',
  'x1',
  'x2',
  'y1',
  'y2',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'dx',
  'dy',
  'width',
  'height',
  'rotate',
  'offset',
  'stroke-width',
  'stroke-dasharray',
  'font-size',
  'opacity',
  'gradienttransform',
  'patterntransform',
]);
const ONLY_GEOMETRY =
  /^[\d\s.,+\-eEmMlLhHvVcCsSqQtTaAzZ%()]*(?:px|pt|mm|cm|em|rem|rotate|matrix|translate|scale|skew[xy]?)?[\d\s.,+\-()a-z%]*$/u;

/** Ruby annotations are shown above their base: read on their own, not inside the base text. */
const ANNOTATION = new Set(['rt', 'rp']);

class ViewBuilder {
  readonly view: TextView = { text: '', origin: new Origins() };
  /**
   * The view's last character, kept aside: asking the growing string for it would flatten the
   * string on every tag (quadratic in the page's length).
   */
  private last = '';

  add(text: string, at: number): void {
    if (!text) return;
    this.view.origin.push(at, text.length, 0);
    this.view.text += text;
    this.last = text[text.length - 1]!;
  }

  /** A line break, unless the view already ends with one. */
  separate(at: number): void {
    if (this.last !== '' && this.last !== '\n') this.add('\n', at);
  }

  segment(text: string, at: number): void {
    if (!text) return;
    this.separate(at);
    this.add(text, at);
    this.separate(at);
  }

  append(other: TextView): void {
    this.separate(other.origin.at(0));
    this.view.text += other.text;
    this.view.origin.extend(other.origin);
    if (other.text) this.last = other.text[other.text.length - 1]!;
    this.separate(other.origin.at(other.origin.length - 1));
  }
}

/** `%E8%92%8B` → 蒋, sequence by sequence, so a malformed escape never hides the rest. */
export function percentDecoded(value: string): string | undefined {
  if (!/%[0-9a-f]{2}/i.test(value)) return undefined;
  return value.replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
    }
  });
}

/** HTML as a reader meets it; see the module comment. `offset` shifts origins (HTML inside a feed). */
export function htmlTextView(html: string, options: { xml?: boolean; offset?: number } = {}): TextView {
  const offset = options.offset ?? 0;
  const flow = new ViewBuilder();
  const extra = new ViewBuilder();
  const embedded: TextView[] = [];
  /** Depth inside rt/rp, and the annotation text collected there. */
  let annotationDepth = 0;
  let annotation = '';
  let annotationAt = 0;
  // Text of the current XML element, gathered across entity boundaries: escaped markup in a feed
  // item or a data file is HTML to whoever renders it, so it is read again as HTML.
  let markup = '';
  let markupAt = 0;
  const flushMarkup = () => {
    if (markup.includes('<')) embedded.push(htmlTextView(markup, { offset: markupAt }));
    markup = '';
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const at = offset + parser.startIndex;
        flushMarkup();
        if (!options.xml && !INLINE.has(name) && !ANNOTATION.has(name)) flow.separate(at);
        if (options.xml) flow.separate(at);
        if (ANNOTATION.has(name)) {
          if (annotationDepth === 0) annotationAt = at;
          annotationDepth += 1;
        }
        for (const [attribute, value] of Object.entries(attributes)) {
          if (GEOMETRY.has(attribute.toLowerCase()) && ONLY_GEOMETRY.test(value)) continue;
          extra.segment(value, at);
          const decoded = percentDecoded(value);
          if (decoded !== undefined) extra.segment(decoded, at);
        }
      },
      onclosetag(name) {
        const at = offset + parser.startIndex;
        flushMarkup();
        if (ANNOTATION.has(name) && annotationDepth > 0) {
          annotationDepth -= 1;
          if (annotationDepth === 0) {
            extra.segment(annotation, annotationAt);
            annotation = '';
          }
        }
        if (options.xml || (!INLINE.has(name) && !ANNOTATION.has(name))) flow.separate(at);
      },
      ontext(text) {
        const at = offset + parser.startIndex;
        if (annotationDepth > 0) {
          annotation += text;
          return;
        }
        flow.add(text, at);
        if (options.xml) {
          if (!markup) markupAt = at;
          markup += text;
        }
      },
      oncomment(text) {
        extra.segment(text, offset + parser.startIndex);
      },
    },
    { xmlMode: options.xml ?? false, decodeEntities: true, recognizeCDATA: true },
  );
  parser.end(html);
  flushMarkup();
  const builder = new ViewBuilder();
  builder.append(flow.view);
  builder.append(extra.view);
  for (const view of embedded) builder.append(view);
  return builder.view;
}

function plainView(text: string): TextView {
  const origin = new Origins();
  origin.push(0, text.length, 1);
  return { text, origin };
}

/** Every string of a JSON document, keys included; a string holding markup is read as HTML too. */
function jsonView(text: string): TextView {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return plainView(text);
  }
  const builder = new ViewBuilder();
  // Where a string stands in the file, for line and column (0 where the file escapes it differently).
  const at = (node: string) => Math.max(0, text.indexOf(JSON.stringify(node).slice(1, -1)));
  const visit = (node: unknown) => {
    if (typeof node === 'string') {
      builder.segment(node, at(node));
      if (node.includes('<')) builder.append(htmlTextView(node, { offset: at(node) }));
    } else if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      for (const [key, inner] of Object.entries(node)) {
        builder.segment(key, at(key));
        visit(inner);
      }
    }
  };
  visit(value);
  return builder.view;
}

/**
 * Readable text of a Pagefind file: decompressed, split into its strings (CBOR length bytes and
 * other control bytes become breaks), and without the zero-width spaces between segmented words.
 */
function searchIndexView(bytes: Buffer): TextView {
  const data = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
  // eslint-disable-next-line no-control-regex -- the control bytes of the binary index are exactly what is split on
  return plainView(data.toString('utf8').replace(/[\u0000-\u001f\u007f-\u009f\ufffd]/gu, '\n'));
}

/** Printable text inside a binary block: UTF-8 runs and UTF-16 (EXIF XP* tags) runs. */
function textInBinary(block: Buffer): string {
  // eslint-disable-next-line no-control-regex -- binary framing bytes separate the strings
  const utf8 = block.toString('utf8').replace(/[\u0000-\u001f\u007f-\u009f\ufffd]+/gu, '\n');
  const even = block.subarray(0, block.length - (block.length % 2));
  // eslint-disable-next-line no-control-regex -- as above
  const utf16 = even.toString('utf16le').replace(/[\u0000-\u001f\u007f-\u009f\ufffd\ud800-\udfff]+/gu, '\n');
  return `${utf8}\n${utf16}`;
}

/** The metadata blocks of a PNG, JPEG, WebP or GIF file, as text; pixels are not text. */
export function imageMetadataText(bytes: Buffer): string {
  const parts: string[] = [];
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) {
    for (let at = 8; at + 8 <= bytes.length;) {
      const length = bytes.readUInt32BE(at);
      const type = bytes.toString('latin1', at + 4, at + 8);
      const data = bytes.subarray(at + 8, Math.min(bytes.length, at + 8 + length));
      if (type === 'tEXt' || type === 'iTXt' || type === 'eXIf') parts.push(textInBinary(data));
      if (type === 'zTXt' || (type === 'iTXt' && data.includes(0))) {
        const keyEnd = data.indexOf(0);
        try {
          parts.push(textInBinary(inflateSync(data.subarray(keyEnd + 2))));
        } catch {
          // Not compressed, or not valid: its raw text was read above.
        }
      }
      at += 12 + length;
    }
  } else if (bytes[0] === 0xff && bytes[1] === 0xd8) {
    for (let at = 2; at + 4 <= bytes.length && bytes[at] === 0xff;) {
      const marker = bytes[at + 1]!;
      if (marker === 0xda || marker === 0xd9) break;
      const length = bytes.readUInt16BE(at + 2);
      // APP0–APP15 (EXIF, XMP, IPTC …) and COM.
      if ((marker >= 0xe0 && marker <= 0xef) || marker === 0xfe) parts.push(textInBinary(bytes.subarray(at + 4, at + 2 + length)));
      at += 2 + length;
    }
  } else if (bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP') {
    for (let at = 12; at + 8 <= bytes.length;) {
      const type = bytes.toString('latin1', at, at + 4);
      const length = bytes.readUInt32LE(at + 4);
      if (type === 'EXIF' || type === 'XMP ') parts.push(textInBinary(bytes.subarray(at + 8, at + 8 + length)));
      at += 8 + length + (length % 2);
    }
  } else if (bytes.toString('latin1', 0, 3) === 'GIF') {
    // GIF comment and application extensions: read every printable run.
    parts.push(textInBinary(bytes));
  }
  return parts.join('\n');
}

/** The kinds of file the output check reads, by name. */
export const TEXT_FILE = /\.(?:html?|xml|rss|svg|json|webmanifest|csv|txt|pf_fragment|pf_index|pf_filter|pf_meta)$/u;
export const IMAGE_FILE = /\.(?:png|jpe?g|webp|gif)$/u;

/** The text view of one output file, or undefined for a file that holds no text (scripts, fonts, wasm). */
export function outputFileView(file: string, bytes: Buffer): TextView | undefined {
  if (/\.pf_(?:fragment|index|filter|meta)$/u.test(file)) return searchIndexView(bytes);
  if (IMAGE_FILE.test(file)) return plainView(imageMetadataText(bytes));
  if (!TEXT_FILE.test(file)) return undefined;
  const text = bytes.toString('utf8');
  if (/\.html?$/u.test(file)) return htmlTextView(text);
  if (/\.(?:xml|rss|svg)$/u.test(file)) return htmlTextView(text, { xml: true });
  if (/\.(?:json|webmanifest)$/u.test(file)) return jsonView(text);
  if (file.endsWith('.csv')) return plainView(text.replace(/""/g, '"\u200b'));
  return plainView(text);
}
