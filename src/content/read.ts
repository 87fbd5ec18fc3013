/**
 * Reads the content folder once per build: every entry file and data file, each parsed once by
 * the one front-matter parser. Plain files, no Astro, so the pipeline runs the same in the build,
 * in `npm run validate` and in tests on small fixture folders.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ENTRY_KINDS, type EntryKind } from '../schemas/vocabulary.ts';
import { CONTENT } from '../strings/content.ts';
import { parseEntryFile, parseYaml } from './front-matter.ts';

export interface RawEntry {
  kind: EntryKind;
  /** File name without extension: the entry's URL segment. */
  id: string;
  /** Path relative to the project root, for messages. */
  file: string;
  absolutePath: string;
  /** `md` or `mdx`: MDX bodies are compiled by @astrojs/mdx, Markdown ones rendered by the loader. */
  format: 'md' | 'mdx';
  /** The whole file, so findings can point at real line numbers. */
  source: string;
  /** Parsed front matter, or undefined when it is missing or not valid YAML. */
  frontMatter: unknown;
  frontMatterError?: string;
  body: string;
  /** 1-based line of the first body line in the file. */
  bodyLine: number;
}

export interface RawDataFile {
  name: DataFileName;
  file: string;
  source: string;
  items: unknown;
  parseError?: string;
}

export const DATA_FILES = ['organs', 'glossary', 'series', 'stats'] as const;
export type DataFileName = (typeof DATA_FILES)[number];

export interface RawContent {
  entries: RawEntry[];
  data: Record<DataFileName, RawDataFile>;
}

function readEntry(kind: EntryKind, absolutePath: string, projectRoot: string, fileName: string): RawEntry {
  const source = readFileSync(absolutePath, 'utf8');
  const parsed = parseEntryFile(source);
  return {
    kind,
    id: fileName.replace(/\.mdx?$/, ''),
    file: relative(projectRoot, absolutePath),
    absolutePath,
    format: fileName.endsWith('.mdx') ? 'mdx' : 'md',
    source,
    frontMatter: parsed.data,
    ...(parsed.hasFrontMatter ? (parsed.error !== undefined ? { frontMatterError: parsed.error } : {}) : { frontMatterError: CONTENT.yaml.missingHeader }),
    body: parsed.body,
    bodyLine: parsed.bodyLine,
  };
}

function readDataFile(name: DataFileName, contentDir: string, projectRoot: string): RawDataFile {
  const absolutePath = join(contentDir, `${name}.yaml`);
  const file = relative(projectRoot, absolutePath);
  if (!existsSync(absolutePath)) return { name, file, source: '', items: [] };
  const source = readFileSync(absolutePath, 'utf8');
  const parsed = parseYaml(source);
  return parsed.error === undefined ? { name, file, source, items: parsed.value ?? [] } : { name, file, source, items: [], parseError: parsed.error };
}

/** Reads every entry (`<kind>/*.md|mdx`) and data file (`organs|glossary|series|stats.yaml`). */
export function readContentFolder(contentDir: string, projectRoot: string): RawContent {
  const entries: RawEntry[] = [];
  for (const kind of ENTRY_KINDS) {
    const dir = join(contentDir, kind);
    if (!existsSync(dir)) continue;
    for (const fileName of readdirSync(dir).sort()) {
      if (!/\.mdx?$/.test(fileName)) continue;
      entries.push(readEntry(kind, join(dir, fileName), projectRoot, fileName));
    }
  }
  const data = Object.fromEntries(DATA_FILES.map((name) => [name, readDataFile(name, contentDir, projectRoot)])) as Record<DataFileName, RawDataFile>;
  return { entries, data };
}
