/**
 * What a content folder says about itself, read independently of the code under test: each
 * entry's kind, id, raw status and publicUntil, straight from its front matter.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';

export interface IndexedEntry {
  kind: 'clarifications' | 'cases' | 'culture';
  id: string;
  status: string;
  publicUntil?: string;
  data: Record<string, unknown>;
}

export function indexContent(contentDir: string): IndexedEntry[] {
  const out: IndexedEntry[] = [];
  for (const kind of ['clarifications', 'cases', 'culture'] as const) {
    for (const file of readdirSync(join(contentDir, kind)).filter((f) => /\.mdx?$/.test(f))) {
      const source = readFileSync(join(contentDir, kind, file), 'utf8');
      const data = yaml.load(source.split(/^---$/m)[1] ?? '') as Record<string, unknown>;
      const publicUntil = data['publicUntil'];
      out.push({
        kind,
        id: file.replace(/\.mdx?$/, ''),
        status: String(data['status'] ?? 'draft'),
        ...(publicUntil ? { publicUntil: publicUntil instanceof Date ? publicUntil.toISOString().slice(0, 10) : String(publicUntil) } : {}),
        data,
      });
    }
  }
  return out;
}

/** Published on `today`: status published and not past publicUntil. */
export function isLive(entry: IndexedEntry, today: string): boolean {
  return entry.status === 'published' && !(entry.publicUntil && entry.publicUntil < today);
}

/** On the website on `today`: live, and for a notice, with 网站 among its methods (channels follow the notice). */
export function isOnWebsite(entry: IndexedEntry, today: string): boolean {
  return isLive(entry, today) && (entry.kind !== 'clarifications' || (entry.data['methods'] as string[]).includes('网站'));
}

/** In its posting places' board packs on `today`: a live notice with 公开栏 among its methods. */
export function isOnBoard(entry: IndexedEntry, today: string): boolean {
  return entry.kind === 'clarifications' && isLive(entry, today) && (entry.data['methods'] as string[]).includes('公开栏');
}
