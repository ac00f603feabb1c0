import { defineConfig } from 'vitest/config';

// CI runs on 2 shared cores: generous per-test timeouts (tests are never timed assertions; `npm run bench` measures speed).
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    include: ['test/**/*.test.ts'],
    exclude: ['test/.tmp/**', 'node_modules/**'],
  },
});
