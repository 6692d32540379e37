import { describe, expect, it } from 'vitest';
import { runKg } from '../../helpers/cli';
import { GRAPH_DATA } from '../../helpers/shipped';

const kg = (...args: string[]) => runKg('diff', '--data', GRAPH_DATA, ...args);
const BY_ARTICLE = ['--from-source', 'vn-eu-defence-meeting', '--to-source', 'eu-norway-spd'];

describe('kg diff', () => {
  it('by article: what the 2024 article adds, counted, then listed', () => {
    const { code, out } = kg(...BY_ARTICLE);
    expect(code).toBe(0);
    expect(out).toContain('What article eu-norway-spd adds to article vn-eu-defence-meeting:');
    expect(out).toContain('23 new entities, 39 new relations, new evidence for 1 earlier relation');
    expect(out).toContain('  Norway (Actor)   [norway]');
    expect(out).toContain('European Union — signed → EU–Norway Security and Defence Partnership   [eu:signs:eu-norway-spd; 2024-05-28 (inferred)]');
    expect(out).toMatch(/\[eu-high-representative:part_of:eu; 2019 \(the article's date, inferred\)\]\n {6}eu-norway-spd 393–451: “Đại diện cấp cao của EU/);
  });

  it('by date, in Vietnamese: the same additions plus the 2020 chairmanship, and no English words', () => {
    const { code, out } = kg('--from', '2019', '--to', '2024', '--lang', 'vi');
    expect(code).toBe(0);
    expect(out).toContain('Những gì thay đổi từ 2019 đến 2024');
    expect(out).toContain('23 thực thể mới, 40 quan hệ mới, bằng chứng mới cho 1 quan hệ đã có');
    expect(out).toContain('Thực thể mới (23):');
    expect(out).not.toMatch(/\b(new|relations?|entities|inferred|article's)\b/);
    expect(out).toContain('  Na Uy (Chủ thể)   [norway]');
    expect(out).toContain('Việt Nam — đảm nhiệm vai trò Chủ tịch → ASEAN   [vietnam:chairs:asean; 2020]');
  });

  it('--json prints the same lists for other tools', () => {
    const { code, out } = kg(...BY_ARTICLE, '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out) as { by: string; entities: string[]; relations: string[]; evidence: { relation: string }[] };
    expect(json.by).toBe('source');
    expect(json.entities).toHaveLength(23);
    expect(json.relations).toContain('norway:signs:eu-norway-spd');
    expect(json.evidence.map((e) => e.relation)).toEqual(['eu-high-representative:part_of:eu']);
  });

  it('says what is wrong with the question, with exit code 2', () => {
    const cases: [string[], string][] = [
      [['--from', '2019'], 'give --from DATE and --to DATE, or --from-source ID and --to-source ID'],
      [['--from', '2019', '--to', '2024-13'], '--to: malformed value "2024-13" (expected an ISO date: YYYY, YYYY-MM or YYYY-MM-DD)'],
      [['--from', '2024', '--to', '2019'], '--to 2019 is before --from 2024: give the earlier date first'],
      [['--from', '2019', '--to-source', 'eu-norway-spd'], 'compare two dates (--from, --to) or two articles (--from-source, --to-source), not both'],
      [['--from-source', 'eu-norway-spd'], '--from-source and --to-source go together'],
      [['--from-source', 'eu-norway-spd', '--to-source', 'eu-norway-spd'], 'are the same article (eu-norway-spd)'],
      [['--from-source', 'nope', '--to-source', 'eu-norway-spd'], '--from-source: unknown article "nope" (expected one of eu-norway-spd, vn-eu-defence-meeting)'],
      [['--from', '2019', '--to', '2024', '--lang', 'fr'], '--lang must be vi or en (got fr)'],
    ];
    for (const [args, message] of cases) {
      const { code, err } = kg(...args);
      expect(code, args.join(' ')).toBe(2);
      expect(err, args.join(' ')).toContain(message);
    }
  });
});
