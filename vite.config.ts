import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { availableParallelism } from 'node:os';

/**
 * The built page may load nothing from outside its own origin, and no script but its own:
 * imported files can carry hostile labels, which must stay text. (Not in dev, where the React
 * refresh preamble is an inline script.)
 */
const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'none'";

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

// The graph bundle written by `kg build` is served as a static file beside the app
// (graph-data/dist/graph.json → /graph.json), so the page needs nothing beyond its own origin.
export default defineConfig({
  base: './',
  publicDir: 'graph-data/dist',
  plugins: [react(), contentSecurityPolicy()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1000 },
  test: {
    // Vitest's default (one worker fewer than the cores) runs one file at a time on a two-core machine,
    // and the browser tests spend much of their time waiting on Chromium: two files at once halve the run
    // (measured: three gain nothing). Unit files share the modules they import (isolate: false), which
    // they only read, so the rules and the word lists load once per worker.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    globalSetup: ['tests/helpers/scratchTmpdir.ts'],
    projects: [
      // Some unit tests read the whole development corpus; with Chromium busy beside them on two cores they can pass
      // Vitest's 5 s default. The timeout only guards against a hang: speed is measured by `npm run bench`.
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', isolate: false, testTimeout: 30_000 } },
      {
        extends: true,
        test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 120_000 },
      },
    ],
  },
});
