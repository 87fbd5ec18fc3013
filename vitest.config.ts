import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 900_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/{schemas,privacy,cards,content,lib,search,feeds,names,strings}/**/*.test.ts'] },
      },
      {
        // Builds of small fixture sites: each test runs `astro build` in a child process.
        extends: true,
        test: { name: 'build', include: ['tests/build/**/*.test.ts'] },
      },
      {
        // The bundled sample site, built once, checked in dist/ and in headless Chromium.
        extends: true,
        test: { name: 'site', include: ['tests/site/**/*.test.ts'], globalSetup: ['tests/site/build-sample-site.ts'] },
      },
    ],
  },
});
