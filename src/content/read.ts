/**
 * Reads the content folder once per build: every entry file and data file, each parsed once by
 * the one front-matter parser. Plain files, no Astro, so the pipeline runs the same in the build,
 * in `npm run validate` and in tests on small fixture folders.
 */
import { lstatSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ENTRY_KINDS, type EntryKind } from '../schemas/vocabulary.ts';
import { CONTENT } from '../strings/content.ts';
import { fileNameProblem, readTextFile, refusalProblem, SLUG, symlinksUnder } from './files.ts';
import { parseEntryFile, parseYaml } from './front-matter.ts';
import type { ContentProblem } from './problems.ts';
import type { RememberedEntry, ValidationCache } from './validation-cache.ts';

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
  /**
   * Parsed front matter, or undefined when it is missing or not valid YAML. For a remembered
   * entry, its checked data (the header was not parsed again).
   */
  frontMatter: unknown;
  frontMatterError?: string;
  body: string;
  /** 1-based line of the first body line in the file. */
  bodyLine: number;
  /** The key of these bytes in the validation cache, when one was given. */
  cacheKey?: string;
  /**
   * What a committed build remembered for exactly these bytes under this code: the entry is
   * valid and `frontMatter` is its checked data (validation-cache.ts).
   */
  remembered?: RememberedEntry;
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
  /**
   * Files refused before reading (src/content/files.ts): symlinks anywhere in content/, entry
   * names that are no slug, folders named like entries, files too large or not UTF-8.
   */
  problems: ContentProblem[];
}

function readEntry(kind: EntryKind, absolutePath: string, file: string, id: string, source: string, format: 'md' | 'mdx', cache?: ValidationCache): RawEntry {
  const cacheKey = cache?.keyOf({ kind, id, file, format, source });
  const remembered = cacheKey === undefined ? undefined : cache?.get(cacheKey);
  // The bytes are the ones a committed build checked: its data stands, the header is not parsed.
  if (cacheKey !== undefined && remembered && remembered.bodyStart <= source.length) {
    return { kind, id, file, absolutePath, format, source, frontMatter: remembered.data, body: source.slice(remembered.bodyStart), bodyLine: remembered.bodyLine, cacheKey, remembered };
  }
  const parsed = parseEntryFile(source);
  return {
    kind,
    id,
    file,
    absolutePath,
    format,
    source,
    frontMatter: parsed.data,
    ...(parsed.hasFrontMatter ? (parsed.error !== undefined ? { frontMatterError: parsed.error } : {}) : { frontMatterError: CONTENT.yaml.missingHeader }),
    body: parsed.body,
    bodyLine: parsed.bodyLine,
    ...(cacheKey === undefined ? {} : { cacheKey }),
  };
}

function readDataFile(name: DataFileName, contentDir: string, projectRoot: string, problems: ContentProblem[]): RawDataFile {
  const absolutePath = join(contentDir, `${name}.yaml`);
  const file = relative(projectRoot, absolutePath);
  if (!lstatSync(absolutePath, { throwIfNoEntry: false })) return { name, file, source: '', items: [] };
  const read = readTextFile(absolutePath);
  if (read.refusal) {
    problems.push(refusalProblem(file, read.refusal));
    return { name, file, source: '', items: [] };
  }
  const source = read.text;
  const parsed = parseYaml(source);
  return parsed.error === undefined ? { name, file, source, items: parsed.value ?? [] } : { name, file, source, items: [], parseError: parsed.error };
}

/**
 * Reads every entry (`<kind>/*.md|mdx`) and data file (`organs|glossary|series|stats.yaml`).
 * Symlinks are reported wherever they are in content/ and never followed; an entry is read only
 * when its name is a slug and the file passes `readTextFile`. With `cache`, an entry file whose
 * bytes a committed build already checked is not parsed again (validation-cache.ts); every file
 * is still read, since its bytes are its key.
 */
export function readContentFolder(contentDir: string, projectRoot: string, cache?: ValidationCache): RawContent {
  const problems: ContentProblem[] = symlinksUnder(contentDir, projectRoot).map((file) => refusalProblem(file, { reason: 'symlink' }));
  const entries: RawEntry[] = [];
  for (const kind of ENTRY_KINDS) {
    const dir = join(contentDir, kind);
    if (!lstatSync(dir, { throwIfNoEntry: false })?.isDirectory()) continue;
    for (const child of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const match = /^(.*)\.(mdx?)$/i.exec(child.name);
      // Links were reported above; names of other kinds (images, notes) are not entries.
      if (!match || child.isSymbolicLink()) continue;
      const absolutePath = join(dir, child.name);
      const file = relative(projectRoot, absolutePath);
      const id = match[1]!;
      const extension = match[2]!;
      if (!SLUG.test(id) || extension !== extension.toLowerCase()) {
        problems.push(fileNameProblem(file, id));
        continue;
      }
      const read = readTextFile(absolutePath);
      if (read.refusal) problems.push(refusalProblem(file, read.refusal));
      else entries.push(readEntry(kind, absolutePath, file, id, read.text, extension === 'mdx' ? 'mdx' : 'md', cache));
    }
  }
  const data = Object.fromEntries(DATA_FILES.map((name) => [name, readDataFile(name, contentDir, projectRoot, problems)])) as Record<
    DataFileName,
    RawDataFile
  >;
  // A linked data file is refused by both the walk and readTextFile: report it once.
  const unique = new Map(problems.map((problem) => [`${problem.file}\0${problem.expected}\0${problem.found}`, problem]));
  return { entries, data, problems: [...unique.values()] };
}
