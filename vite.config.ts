import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The graph bundle written by `kg build` is served as a static file beside the app
// (graph-data/dist/graph.json → /graph.json), so the page needs nothing beyond its own origin.
export default defineConfig({
  base: './',
  publicDir: 'graph-data/dist',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1000 },
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        extends: true,
        test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 120_000, fileParallelism: false },
      },
    ],
  },
});
