import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Page data is unit-tested with a mocked astro:content (tests/helpers/astro-content.ts).
    alias: { 'astro:content': fileURLToPath(new URL('./tests/helpers/astro-content-stub.ts', import.meta.url)) },
  },
  test: {
    testTimeout: 60_000,
    hookTimeout: 900_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // Every folder of tests/ but the two that build sites, so a new folder cannot be left out.
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/build/**', 'tests/site/**', 'tests/desk/**/*.{browser,build}.test.ts', '**/node_modules/**'],
        },
      },
      {
        // The editorial desk in Chromium: a desk server over a temporary content repository, builds included.
        extends: true,
        test: { name: 'desk', include: ['tests/desk/**/*.{browser,build}.test.ts'] },
      },
      {
        // Builds of small fixture sites: each test runs `astro build` in a child process.
        extends: true,
        test: { name: 'build', include: ['tests/build/**/*.test.ts'] },
      },
      {
        // The bundled sample site, built once, checked in dist/ and in headless Chromium, served by nginx.
        extends: true,
        test: { name: 'site', include: ['tests/site/**/*.test.ts'], globalSetup: ['tests/site/build-sample-site.ts'] },
      },
      {
        // The same browser tests against the sample site built for, and served under, a base path.
        extends: true,
        test: {
          name: 'site-base',
          include: ['tests/site/{browser,search,verify,links,html,nginx}.test.ts'],
          globalSetup: ['tests/site/build-sample-site-base.ts'],
        },
      },
    ],
  },
});
