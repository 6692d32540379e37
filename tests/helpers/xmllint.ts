/**
 * Validation with xmllint against the official schemas in ../shared/schemas (offline, through
 * the XML catalog). When xmllint or the schemas are missing the tests say so and skip, except
 * in CI, where they must run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SHARED } from './shipped';

export const SCHEMAS = join(SHARED, 'schemas');

export function xmllintUnavailable(): string | null {
  const missing = !existsSync(SCHEMAS)
    ? `${SCHEMAS} is absent (the schemas come with ../shared)`
    : spawnSync('xmllint', ['--version']).status !== 0
      ? 'xmllint is not installed (apt-get install -y libxml2-utils)'
      : null;
  if (missing && process.env.CI) throw new Error(`${missing}; CI must validate the exports`);
  return missing;
}

export function xmllint(content: string, name: string, args: string[]): { ok: boolean; output: string } {
  const file = join(mkdtempSync(join(tmpdir(), 'xmllint-')), name);
  writeFileSync(file, content);
  const result = spawnSync('xmllint', ['--nonet', '--noout', ...args, file], {
    encoding: 'utf8',
    env: { ...process.env, XML_CATALOG_FILES: join(SCHEMAS, 'catalog.xml') },
  });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

export const validateGexf = (content: string) => xmllint(content, 'graph.gexf', ['--relaxng', join(SCHEMAS, 'gexf', '1.3', 'gexf.rng')]);
/**
 * GEXF 1.2draft against its official XSD. That XSD declares the viz elements in the GEXF
 * namespace instead of the viz one every reader uses (../shared/schemas/README.md, defect 1),
 * so they are taken out first: the rest of the file is checked as published.
 */
export const validateGexf12 = (content: string) =>
  xmllint(content.replace(/^\s*<viz:[^>]*\/>\n/gm, ''), 'graph.gexf', ['--schema', join(SCHEMAS, 'gexf', '1.2draft', 'gexf.xsd')]);
export const validateGraphml = (content: string) => xmllint(content, 'graph.graphml', ['--schema', join(SCHEMAS, 'graphml', '1.0', 'graphml.xsd')]);
