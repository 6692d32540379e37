/**
 * Every word a user reads exists in both languages. Two checks: the string tables are complete and
 * translated (no empty or English-only entry, no "(s)" glued plurals), and no component writes words
 * of its own into the page (JSX text or a labelling attribute) instead of taking them from the tables.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { COUNTED, STRINGS, tCount } from '../../../src/app/i18n';
import { EXPORT_FORMAT_IDS, EXPORT_FORMAT_LABELS } from '../../../src/io/options';
import { ACTOR_CATEGORIES, ACTOR_CATEGORY_LABELS, DATE_TYPES, KINDS, PREDICATES } from '../../../src/model/vocabulary';
import { REPO_ROOT } from '../../helpers/shipped';
import { IMPORT_STRINGS } from '../../../src/app/i18nImport';
import { PATH_STRINGS } from '../../../src/app/panels/pathStrings';
import { PROFILE_STRINGS } from '../../../src/app/profile/profileStrings';
import { SHELL_STRINGS } from '../../../src/app/shellStrings';
import { STORY_STRINGS } from '../../../src/app/story/storyStrings';
import { TABLE_STRINGS } from '../../../src/app/table/tableStrings';
import { CHANGES_STRINGS, TIMELINE_STRINGS } from '../../../src/app/timeline/strings';

const APP = join(REPO_ROOT, 'src', 'app');
/** Text that is the same in both languages on purpose: symbols, and each language's own name. */
const LANGUAGE_NEUTRAL = /^[\s\d\p{P}\p{S}×−⤢◉▾]*$/u;
/** Each language's own name, and units written the same in both. */
const OWN_NAMES = new Set(['Tiếng Việt', 'English', 'px']);
/** Before the language is known (loading, a crash), a message shows both: "Loading the graph… · Đang tải đồ thị…". */
const BOTH_LANGUAGES = /^[^·]+ · [^·]*[à-ỹđ][^·]*$/u;
const LABELLING_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label']);

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsxFiles(path);
    return entry.name.endsWith('.tsx') ? [path] : [];
  });
}

/** Words a component writes itself: JSX text, and string literals given to labelling attributes. */
function hardCodedWords(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) {
      const text = node.text.trim();
      if (text && !LANGUAGE_NEUTRAL.test(text) && !OWN_NAMES.has(text) && !BOTH_LANGUAGES.test(text)) found.push(text);
    }
    if (ts.isJsxAttribute(node) && LABELLING_ATTRIBUTES.has(node.name.getText())) {
      const init = node.initializer;
      const literal = init && ts.isStringLiteral(init) ? init.text : init && ts.isJsxExpression(init) && init.expression && ts.isStringLiteral(init.expression) ? init.expression.text : null;
      if (literal && !LANGUAGE_NEUTRAL.test(literal)) found.push(`${node.name.getText()}="${literal}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found.map((text) => `${relative(REPO_ROOT, file)}: ${text}`);
}

describe('interface strings', () => {
  it('gives each key one wording: no two string tables define the same key (the later would silently win)', () => {
    const tables = { IMPORT_STRINGS, PATH_STRINGS, PROFILE_STRINGS, SHELL_STRINGS, STORY_STRINGS, TABLE_STRINGS, TIMELINE_STRINGS, CHANGES_STRINGS };
    const owner = new Map<string, string>();
    const twice: string[] = [];
    for (const [table, strings] of Object.entries(tables)) {
      for (const key of Object.keys(strings)) {
        if (owner.has(key)) twice.push(`${key}: ${owner.get(key)} and ${table}`);
        owner.set(key, table);
      }
    }
    expect(twice).toEqual([]);
  });

  it('has every string in both languages, translated, with no glued plural', () => {
    const problems: string[] = [];
    const tables: Record<string, Record<string, { vi: string; en: string }>> = {
      STRINGS,
      KINDS,
      PREDICATES,
      DATE_TYPES,
      ACTOR_CATEGORY_LABELS,
    };
    for (const [table, entries] of Object.entries(tables)) {
      for (const [key, { vi, en }] of Object.entries(entries)) {
        if (!vi?.trim() || !en?.trim()) problems.push(`${table}.${key}: missing in one language`);
        else if (vi === en && !LANGUAGE_NEUTRAL.test(vi)) problems.push(`${table}.${key}: "${vi}" is not translated`);
        if (/\(s\)/.test(en)) problems.push(`${table}.${key}: "${en}" glues a plural; use COUNTED`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('names every export format in the Vietnamese menu (product names such as GEXF aside)', () => {
    expect(EXPORT_FORMAT_IDS.filter((f) => !EXPORT_FORMAT_LABELS[f]?.vi || !EXPORT_FORMAT_LABELS[f]?.en)).toEqual([]);
    expect(EXPORT_FORMAT_LABELS.csv.vi).toBe('CSV: một tệp thực thể và một tệp quan hệ');
  });

  it('labels every actor category in both languages (no "STATE" in the Vietnamese interface)', () => {
    expect(Object.keys(ACTOR_CATEGORY_LABELS).sort()).toEqual([...ACTOR_CATEGORIES].sort());
    expect(ACTOR_CATEGORY_LABELS.state.vi).toBe('Quốc gia');
  });

  it('writes counted sentences with the right English plural, and the count in Vietnamese', () => {
    expect(tCount('en', 'storySteps', 1)).toBe('1 step');
    expect(tCount('en', 'storySteps', 5)).toBe('5 steps');
    expect(tCount('vi', 'storySteps', 5)).toBe('5 bước');
    // Vietnamese has no plural, but "1" may still read differently from "3".
    expect(tCount('vi', 'pathsFound', 1)).toBe('Tìm thấy 1 đường nối:');
    expect(tCount('vi', 'pathsFound', 3)).toBe('Tìm thấy 3 đường nối, ngắn nhất ở trên cùng:');
    for (const [key, forms] of Object.entries(COUNTED)) {
      expect(forms.vi.other, key).toContain('{n}');
      expect(forms.en.other, key).toContain('{n}');
    }
  });

  it('leaves no words in a component that bypass the string tables', () => {
    expect(tsxFiles(APP).flatMap(hardCodedWords)).toEqual([]);
  });
});
