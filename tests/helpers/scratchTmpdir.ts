import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Vitest global setup (and the benches' runner): every temporary file a test makes (scratch stores, exported files, Chromium's
 * profile) goes under one directory of this run, removed when the run ends, so that a thousand runs do
 * not leave a thousand directories each in the machine's /tmp. Workers start after this and inherit
 * TMPDIR, which os.tmpdir() reads. Both projects call it; the first one's directory serves both.
 */
export default function scratchTmpdir(): () => void {
  if (process.env.KG_TEST_TMPDIR) return () => undefined;
  const dir = mkdtempSync(join(tmpdir(), 'kg-tests-'));
  process.env.KG_TEST_TMPDIR = dir;
  process.env.TMPDIR = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
