/**
 * The `cacheKey` a route returns from `getStaticPaths()` (Astro's `experimental.incrementalBuild`,
 * ARCHITECTURE.md, "Incremental pages"). Astro copies a page from the last build when its key and
 * its route's code (the module graph of the page) are unchanged; everything else the page shows
 * must be in the key, or the copy is stale. A route states what it reads as named inputs:
 *
 * ```ts
 * cacheKey: pageKey({ entry: entryKey(entry), organ: organs.get(entry.data.organ) })
 * ```
 *
 * and `pageKey` adds the page frame every page shows (the site configuration and the host organ,
 * `siteFrame`). Inputs are plain data: each is serialised with its keys sorted, so the order a
 * route lists them in, or the order a record's fields were written in, never changes the key.
 * When in doubt a route includes more: a stale page is a bug, a page rendered again only a cost.
 */
import { createHash } from 'node:crypto';
import type { SiteConfig } from '../node/config.ts';

/**
 * Part of every key: bump it when what a key covers changes in a way the inputs do not show (a
 * new kind of input read by every page), so every page is rendered again once.
 */
export const CACHE_KEY_VERSION = 'page-key-1';

/** `value` as JSON with every object's keys sorted; `undefined` fields are left out, as JSON does. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (item instanceof Map) return [...item.entries()];
    if (item instanceof Set) return [...item.values()];
    if (item && typeof item === 'object' && !Array.isArray(item)) {
      const sorted: Record<string, unknown> = {};
      for (const key of Object.keys(item).sort()) sorted[key] = (item as Record<string, unknown>)[key];
      return sorted;
    }
    return item;
  });
}

/** A key from named inputs (no frame): the SHA-256 of their stable JSON. */
export function composeKey(inputs: Readonly<Record<string, unknown>>): string {
  return createHash('sha256').update(CACHE_KEY_VERSION).update('\n').update(stableJson(inputs)).digest('base64url');
}

/**
 * What the frame of every page shows, from the configuration: all of it but the build clock
 * (`today`). The clock reaches keyed pages only through the content it decides (which notices are
 * published, a record's state), and those are inputs of the pages that show them; keying every
 * page by the date would render the whole site again every day.
 */
export function configInput(config: SiteConfig): Omit<SiteConfig, 'today'> {
  const { today: _today, ...rest } = config;
  return rest;
}

/** An entry as a key input: its collection, id and the store's digest (see `entryKey`). */
export interface EntryLike {
  id: string;
  collection: string;
  digest?: string | number | undefined;
}

/**
 * An entry as a key input. The loader stores an entry again only when its digest changes, and the
 * digest covers the whole source file (front matter and body), the glossary terms its text uses
 * and the render version (content/loader.ts): whatever the store holds for the entry (its data,
 * body, rendered HTML) is a function of it. An entry without a digest has no stable identity, so
 * the key is made unique: the page is always rendered.
 */
export function entryKey(entry: EntryLike): string {
  return `${entry.collection}/${entry.id}@${entry.digest ?? `undigested-${Math.random()}`}`;
}
