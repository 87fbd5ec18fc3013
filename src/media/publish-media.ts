/**
 * Publishing the images entries reference (a culture poster): only for published entries, so a
 * draft's image never reaches the site, and never as the file was handed in. The file is checked
 * again where it lies (content/image-source.ts: inside content/, no link, its type by its bytes),
 * then a raster image is decoded and encoded anew by sharp, which writes no metadata (EXIF with
 * its camera, place and comments, XMP, ICC text, PNG text chunks), and an SVG is rebuilt from an
 * allow-list (svg.ts). The texts an SVG still shows are returned for the privacy check.
 */
import { closeSync, constants, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import sharp from 'sharp';
import { checkEntryImage, imageFailure, type ImageType } from '../content/image-source.ts';
import type { PublishedEntry } from '../content/model.ts';
import { formatProblem } from '../content/problems.ts';
import { sanitiseSvg, SvgRefused } from './svg.ts';

/** Where an entry's image is published, relative to the site's root. */
export function mediaPath(kind: string, id: string, src: string): string {
  return `media/${kind}/${id}/${basename(src)}`;
}

/** An image that cannot be published; its message names the entry file and `image.src`. */
export class MediaError extends Error {
  override name = 'MediaError';
}

/** Text an SVG shows (or its dropped metadata held), with the entry it came from. */
export interface MediaText {
  /** The entry file, relative to the project root. */
  file: string;
  field: 'image.src';
  /** The published file, relative to the output folder. */
  output: string;
  text: string;
}

export interface PublishedMedia {
  files: number;
  texts: MediaText[];
}

/** Pixels decoded at most (a 8000 × 8000 poster): a small file must not expand to gigabytes. */
const MAX_PIXELS = 64_000_000;

/** Decodes and re-encodes a raster image: pixels only, upright, no metadata of any kind. */
export async function reencodeRaster(bytes: Buffer, type: Exclude<ImageType, 'svg'>): Promise<Buffer> {
  // rotate() applies the EXIF orientation before the EXIF block is dropped, so photos stay upright.
  const image = sharp(bytes, { failOn: 'error', limitInputPixels: MAX_PIXELS }).rotate();
  if (type === 'png') image.png({ compressionLevel: 9 });
  else if (type === 'jpeg') image.jpeg({ quality: 88 });
  else image.webp({ quality: 88 });
  return image.toBuffer();
}

function readImage(path: string): Buffer {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes the images of `entries` into `outDir` at `mediaPath`: raster images re-encoded, SVGs
 * sanitised. Throws a MediaError naming the entry and `image.src` when an image cannot be published.
 */
export async function publishEntryMedia(entries: readonly PublishedEntry[], outDir: string): Promise<PublishedMedia> {
  const published: PublishedMedia = { files: 0, texts: [] };
  for (const entry of entries) {
    if (entry.kind !== 'culture' || !entry.data.image) continue;
    const { src } = entry.data.image;
    const fail = (problem: { expected: string; found: string }) =>
      new MediaError(formatProblem({ file: entry.file, field: 'image.src', ...problem }));
    const image = checkEntryImage(entry.absolutePath, src);
    if (image.problem) throw fail(image.problem);
    const output = mediaPath(entry.kind, entry.id, src);
    const bytes = readImage(image.path);
    let written: Buffer | string;
    if (image.type === 'svg') {
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        throw fail(imageFailure('notUtf8'));
      }
      try {
        const svg = sanitiseSvg(text);
        written = svg.svg;
        for (const shown of svg.texts) published.texts.push({ file: entry.file, field: 'image.src', output, text: shown });
      } catch (error) {
        if (!(error instanceof SvgRefused)) throw error;
        throw fail(imageFailure(error.reason));
      }
    } else {
      try {
        written = await reencodeRaster(bytes, image.type);
      } catch {
        throw fail(imageFailure('undecodable'));
      }
    }
    const target = join(outDir, output);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, written);
    published.files += 1;
  }
  return published;
}
