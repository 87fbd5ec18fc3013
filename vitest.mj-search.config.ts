import { defineConfig } from 'vitest/config';
export default defineConfig({ test: { testTimeout: 120_000, hookTimeout: 900_000, include: ['tests/site/*.test.ts'], globalSetup: ['/tmp/mj/setup.ts'] } });
