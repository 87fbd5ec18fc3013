/**
 * A poster or bookmark image for a 廉洁文化 entry, placed from the desk into
 * `content/culture/images/`. The upload is read in memory and never written as it came: a raster
 * image is decoded and encoded anew by sharp (no EXIF, XMP or text chunks: `reencodeRaster`), an
 * SVG is rebuilt from the allow-list (`sanitiseSvg`) and every text it still shows passes the
 * privacy gate first. The build publishes the file again the same way (media/publish-media.ts);
 * this only makes sure that what lies in `content/` is already clean, since drafts' files there are
 * committed with the entry when it is signed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_IMAGE_BYTES, sniffImageType, type ImageType } from '../../content/image-source.ts';
import { reencodeRaster } from '../../media/publish-media.ts';
import { sanitiseSvg, SvgRefused } from '../../media/svg.ts';
import { scanText } from '../../privacy/index.ts';
import { FOUND } from '../../strings/content.ts';
import { DESK } from '../../strings/desk.ts';

const EXTENSION: Record<ImageType, string> = { png: 'png', jpeg: 'jpg', webp: 'webp', svg: 'svg' };

export type PlacedImage = { src: string; file: string } | { refused: string };

/**
 * Checks, cleans and writes `bytes` as `content/culture/images/<slug>-<digest>.<ext>`. Returns the
 * `image.src` to write, or why the image was refused.
 */
export async function placeEntryImage(contentDir: string, slug: string, bytes: Buffer): Promise<PlacedImage> {
  if (bytes.length > MAX_IMAGE_BYTES) return { refused: DESK.image.tooLarge(Math.ceil(MAX_IMAGE_BYTES / 1024 / 1024)) };
  const type = sniffImageType(bytes.subarray(0, 4096));
  if (!type) return { refused: DESK.image.badType };
  let clean: Buffer;
  if (type === 'svg') {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return { refused: DESK.image.badType };
    }
    try {
      const svg = sanitiseSvg(text);
      // What the poster shows is published text: the gate reads it as it reads a body.
      const findings = svg.texts.flatMap((shown) => scanText(shown, 'image'));
      if (findings.length > 0) return { refused: DESK.image.personal(findings.map((finding) => finding.excerpt).join('、')) };
      clean = Buffer.from(svg.svg);
    } catch (error) {
      if (error instanceof SvgRefused) return { refused: FOUND.svgRefused[error.reason] };
      throw error;
    }
  } else {
    try {
      clean = await reencodeRaster(bytes, type);
    } catch {
      return { refused: DESK.image.badType };
    }
  }
  // Named by its content: a published entry under revision keeps its own image file (and the site
  // its picture) until the revision is signed.
  const src = `images/${slug}-${createHash('sha256').update(clean).digest('hex').slice(0, 8)}.${EXTENSION[type]}`;
  const file = join(contentDir, 'culture', src);
  mkdirSync(join(contentDir, 'culture', 'images'), { recursive: true });
  // Written whole or not at all: a reader of content/ never sees half a file.
  const staging = `${file}.desk-${process.pid}`;
  writeFileSync(staging, clean);
  renameSync(staging, file);
  return { src, file };
}
