// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
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
  },
  // Pages ship no client framework and need no dev toolbar; readers get no third-party requests.
  devToolbar: { enabled: false },
  prefetch: false,
  // Never inline a script: the CSP allows only script files from the site itself.
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [mdx(), mingjing(config)],
});
