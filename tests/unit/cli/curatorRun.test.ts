/**
 * The same curator's run as the review page's (tests/e2e/reviewCurate.test.ts), entirely on the
 * command line: the fictional partnership announcement finished with `kg review` flags, items named
 * by their number in the listing, entities by their names, every command counted. The graph after
 * apply must hold the 24 relations a careful reader finds, and apply must run twice more.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS } from '../../helpers/browser';
import { runKg } from '../../helpers/cli';
import { graphDataCopy } from '../../helpers/ingest';
import { PARTNERSHIP_ARTICLE, PARTNERSHIP_GOLD, PARTNERSHIP_TITLE, PARTNERSHIP_TITLE_VI } from '../../helpers/partnership';
import { spanOf } from '../../helpers/reviewPage';

const git = (dir: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: dir, encoding: 'utf8' });

describe('a curator finishes the partnership article on the command line', () => {
  it('with one command per edited proposal and per added relation', () => {
    const dir = graphDataCopy();
    git(dir, 'init', '-q');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'before');
    expect(runKg('ingest', PARTNERSHIP_ARTICLE, '--id', 'partnership', '--title-en', PARTNERSHIP_TITLE, '--title-vi', PARTNERSHIP_TITLE_VI, '--date', '2025-06', '--data', dir).code).toBe(0);
    const text = readFileSync(PARTNERSHIP_ARTICLE, 'utf8');
    const at = (quote: string, occurrence = 0) => {
      const s = spanOf(text, quote, occurrence);
      return `${s.start}-${s.end}`;
    };
    const counts: Record<string, number> = {};
    let commands = 0;
    const kg = (name: string, ...args: string[]) => {
      const result = runKg('review', 'partnership', '--data', dir, ...args);
      expect(result.code, `${name}: ${result.err}`).toBe(0);
      commands++;
      counts[name] = (counts[name] ?? 0) + 1;
      return result;
    };
    /** The listing's number of the item whose line holds all the words (what a curator reads off `kg review ID`). */
    const number = (...words: string[]) => {
      const lines = runKg('review', 'partnership', '--data', dir).out.split('\n');
      const found = lines.filter((l) => words.every((w) => l.includes(w)));
      expect(found, words.join(' ')).toHaveLength(1);
      return found[0]!.trim().split(/\s+/)[0]!;
    };
    const msc = 'Bản ghi nhớ về Hợp tác An ninh Biển';

    kg('edit: reference → the memorandum', '--edit', number('mean', 'Quan hệ Đối tác Hàng hải Na Uy – Việt Nam'), '--instrument', msc);
    kg('accept', '--accept', [number('[open', 'mean', `“${msc}”`), number('new place: “Oslo”')].join(','));
    kg('edit: memorandum', '--edit', number(`new agreement: “${msc}”`), '--label-en', 'Memorandum of Understanding on Maritime Security Cooperation', '--alias', 'MSC', '--date', 'signed:2025-06-05');
    kg('edit: partnership', '--edit', number('new partnership'), '--label-en', 'Norway–Viet Nam Maritime Partnership');
    kg('edit: coastal administration', '--edit', number('new actor: “Cơ quan Duyên hải Na Uy”'), '--label-en', 'Norwegian Coastal Administration', '--category', 'body');
    kg('edit: centre', '--edit', number('new actor: “Trung tâm'), '--label-en', 'Search and Rescue Training Centre', '--category', 'organisation');
    kg('edit: Da Nang', '--edit', number('new place: “Đà Nẵng”'), '--label-en', 'Da Nang');
    kg('edit: dialogue', '--edit', number('new event'), '--label-en', 'Norway–Viet Nam Maritime Dialogue', '--date', 'held:2025-11');
    kg('edit: Hanoi', '--edit', number('new place: “Hà Nội”'), '--label-en', 'Hanoi');
    kg('reject', '--reject', [number('“Bản ghi nhớ giữa Vương quốc Na Uy”', 'new agreement'), number('Partnership', 'signs', 'Minister of National Defence'), number('Partnership', 'signs', 'Minister of Foreign Affairs'), number('is part of Norway'), number('Norway is party to')].join(','));
    kg('edit: grounded in → references', '--edit', number('is grounded in', 'Women, Peace and Security'), '--predicate', 'references');
    // The rest of the proposals are right (but the one whose subject comes later): accepted in one command.
    const right = runKg('review', 'partnership', '--data', dir)
      .out.split('\n')
      .filter((l) => l.includes('[open') && !l.includes('contributes to'))
      .map((l) => l.trim().split(/\s+/)[0]!);
    kg('accept', '--accept', right.join(','));

    kg('add entity: coast guard', '--add-entity', '--kind', 'actor', '--category', 'body', '--label-vi', 'Cảnh sát biển Việt Nam', '--label-en', 'Viet Nam Coast Guard', '--span', at('Cảnh sát biển Việt Nam'));
    kg('add alias', '--add-alias', 'Minister of Foreign Affairs of Norway', '--name', 'Ngoại trưởng Na Uy');
    kg('add mention', '--add-mention', msc, '--span', at('Bản ghi nhớ', 3));
    const add = (name: string, ...args: string[]) => kg(`add relation: ${name}`, '--add-relation', ...args);
    add('memorandum signed at Oslo', msc, 'signed_at', 'Oslo');
    add('memorandum establishes the partnership', msc, 'establishes', 'Norway–Viet Nam Maritime Partnership');
    add('Norway party to the memorandum', 'Na Uy', 'party_to', msc, '--evidence', at('Na Uy và Việt Nam là hai bên của Bản ghi nhớ'));
    add('Viet Nam party to the memorandum', 'Việt Nam', 'party_to', msc, '--evidence', at('Na Uy và Việt Nam là hai bên của Bản ghi nhớ'));
    add('coast guard part of the ministry', 'Viet Nam Coast Guard', 'part_of', 'vn-ministry-of-defence');
    add('coast guard cooperates with the coastal administration', 'Viet Nam Coast Guard', 'cooperates_with', 'Norwegian Coastal Administration');
    add('memorandum establishes the centre', msc, 'establishes', 'Search and Rescue Training Centre', '--evidence', at('Bản ghi nhớ cũng thành lập Trung tâm Huấn luyện Tìm kiếm Cứu nạn'));
    add('centre located in Da Nang', 'Search and Rescue Training Centre', 'located_in', 'Da Nang');
    add('EU supports the memorandum', 'EU', 'supports', msc, '--evidence', at('Liên minh châu Âu (EU) hoan nghênh Bản ghi nhớ'));
    kg('edit: Norway → the centre contributes', '--edit', number('Norway contributes to'), '--source', 'Search and Rescue Training Centre');
    kg('move evidence', '--edit', number('is grounded in', 'Law of the Sea'), '--evidence', at('Văn kiện dựa trên Công ước Liên Hợp Quốc về Luật Biển năm 1982 (UNCLOS)'));
    kg('second quote', '--edit', number(`covers Maritime security`), '--evidence', at('Theo MSC, hai bên sẽ hợp tác trong các lĩnh vực an ninh hàng hải, tìm kiếm cứu nạn, chống cướp biển và bảo vệ cơ sở hạ tầng dưới nước'), '--evidence', at('an ninh hàng hải là lĩnh vực trọng tâm'));

    const listing = runKg('review', 'partnership', '--data', dir).out;
    expect(listing).not.toContain('[open');
    const first = runKg('apply', 'partnership', '--write', '--data', dir);
    expect(first.code, first.err).toBe(0);
    const stat = git(dir, 'diff', '--stat');
    const numstat = git(dir, 'diff', '--numstat');
    const second = runKg('apply', 'partnership', '--write', '--data', dir);
    expect(second.code).toBe(0);
    expect(second.out).toMatch(/nothing new/);
    expect(git(dir, 'diff', '--stat')).toBe(stat);
    expect(runKg('validate', '--data', dir).code).toBe(0);

    const relations = (JSON.parse(readFileSync(join(dir, 'relations.json'), 'utf8')) as { relations: { source: string; predicate: string; target: string; evidence: { source: string }[] }[] }).relations;
    const have = new Set(relations.filter((r) => r.evidence.some((e) => e.source === 'partnership')).map((r) => `${r.source} ${r.predicate} ${r.target}`));
    expect(PARTNERSHIP_GOLD.filter((g) => !have.has(g))).toEqual([]);
    expect([...have].filter((h) => !PARTNERSHIP_GOLD.includes(h))).toEqual([]);
    for (const [name, count] of Object.entries(counts)) if (name.startsWith('add relation') || name.startsWith('edit')) expect(count, name).toBe(1);

    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, 'curate-cli.json'), `${JSON.stringify({ commands, counts, gitDiffStat: stat, numstat, firstApply: first.out, secondApply: second.out }, null, 2)}\n`);
  }, 60_000);
});
