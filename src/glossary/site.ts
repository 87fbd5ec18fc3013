/**
 * The glossary plugin as the site configures it (astro.config.mjs): terms and documents come
 * from the content pipeline's result for this build, which the loaders computed before any
 * Markdown is rendered (shared through the registry on globalThis, see content/pipeline.ts).
 */
import { fileURLToPath } from 'node:url';
import { lastContent } from '../content/pipeline.ts';
import type { SiteConfig } from '../lib/node/config.ts';
import { isPoem } from '../lib/shared/verse.ts';
import { glossaryLinks } from './plugin.ts';

export function siteGlossaryLinks(config: SiteConfig) {
  return glossaryLinks({
    base: config.base,
    terms: () => lastContent()?.model.glossary ?? [],
    documentAt: (fileURL) => {
      if (!fileURL) return undefined;
      const path = fileURLToPath(fileURL);
      const entry = lastContent()?.model.published.find((candidate) => candidate.absolutePath === path);
      if (!entry) return undefined;
      return { key: `${entry.kind}-${entry.id}`, poem: entry.kind === 'culture' && isPoem(entry.data.form) };
    },
  });
}
