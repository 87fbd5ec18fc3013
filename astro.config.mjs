// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { inSitemap } from './src/feeds/rss.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { siteGlossaryLinks } from './src/glossary/site.ts';
import { loadSiteConfig } from './src/lib/node/config.ts';
import { mingjing } from './src/integrations/mingjing.ts';

const config = loadSiteConfig();

export default defineConfig({
  site: config.site,
  base: config.base,
  output: 'static',
  cacheDir: config.cacheDir,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // External stylesheets keep the Content-Security-Policy strict (no 'unsafe-inline').
    inlineStylesheets: 'never',
    // Pages render while earlier ones are still being written: one at a time, a third of the
    // render phase was the main thread waiting on the file system (a CPU profile of a warm build).
    concurrency: 4,
  },
  // Pages ship no client framework and need no dev toolbar; readers get no third-party requests.
  devToolbar: { enabled: false },
  prefetch: false,
  // Never inline a script: the CSP allows only script files from the site itself.
  vite: { build: { assetsInlineLimit: 0 } },
  // Pages whose cacheKey and code are unchanged are copied from the last build (ARCHITECTURE.md,
  // "Incremental pages"; keys: src/lib/page/cache-key.ts; the cache in a failed build:
  // src/integrations/incremental-cache.ts). MINGJING_INCREMENTAL=0 renders every page (benchmarks
  // of the full render, or to rule the cache out).
  experimental: { incrementalBuild: process.env['MINGJING_INCREMENTAL'] !== '0' },
  // Sätteri renders the Markdown (Astro 7's own engine); the glossary step is a Sätteri hast plugin.
  markdown: { processor: satteri({ hastPlugins: [siteGlossaryLinks(config)] }) },
  // mingjing() last: its build:done checks every file the others wrote (the sitemap included)
  // in the staging folder, then swaps it into place.
  // No MDX: entries are Markdown only, as MDX runs code the privacy gate cannot read (README, "Privacy").
  integrations: [sitemap({ filter: (page) => inSitemap(page, config.base) }), mingjing(config)],
});
