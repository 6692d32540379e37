/**
 * A copy of graph-data grown by many synthetic entities (Vietnamese names made of common parts, so
 * a search has many near misses), each tied to a shipped article by a mention so the copy validates.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { graphDataCopy } from './ingest';

const KINDS = ['actor', 'agreement', 'partnership', 'framework', 'domain', 'event', 'place'] as const;
const HEADS = ['Cơ quan', 'Hội đồng', 'Trung tâm', 'Viện', 'Ủy ban', 'Cục', 'Học viện', 'Quỹ'];
const FIELDS = ['Hàng hải', 'An ninh', 'Quốc phòng', 'Hợp tác', 'Đối ngoại', 'Biển', 'Không gian mạng', 'Phát triển'];
const PLACES = ['Đà Lạt', 'Huế', 'Cần Thơ', 'Hải Phòng', 'Nha Trang', 'Vinh', 'Quy Nhơn', 'Đồng Hới'];

/** The synthetic entity number `i`'s Vietnamese name: "Trung tâm Biển Cần Thơ 1234". */
export const syntheticName = (i: number) => `${HEADS[i % 8]} ${FIELDS[(i >> 3) % 8]} ${PLACES[(i >> 6) % 8]} ${i}`;

export function bigGraphDataCopy(count: number): string {
  const dir = graphDataCopy();
  // A quote the validator already accepts: the first relation's evidence.
  const relations = JSON.parse(readFileSync(join(dir, 'relations.json'), 'utf8')) as { relations: { evidence: { source: string; quote: string; start: number; end: number }[] }[] };
  const { source, quote, start, end } = relations.relations[0]!.evidence[0]!;
  const mention = { source, quote, start, end };
  const file = join(dir, 'entities.json');
  const data = JSON.parse(readFileSync(file, 'utf8')) as { entities: unknown[] };
  for (let i = 0; i < count; i++) {
    data.entities.push({
      id: `synthetic-${i}`,
      kind: KINDS[i % KINDS.length],
      labels: { vi: syntheticName(i), en: `Synthetic body ${i}` },
      aliases: [],
      description: { vi: 'Thực thể thử.', en: 'A synthetic entity.' },
      mentions: [mention],
    });
  }
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  return dir;
}
