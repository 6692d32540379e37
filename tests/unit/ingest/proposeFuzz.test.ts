/**
 * Proposals for text made at random from the pieces the name rules look at: capitalised words,
 * titles, particles, brackets and abbreviations, possessives, numbers, dashes, quotes, Vietnamese
 * syllables that fold like grammar words. Whatever the order, proposing never throws, and every
 * span it gives is where it says.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildKnowledge, propose } from '../../../src/ingest/propose';
import { loadDataset } from '../../../src/cli/corpusFiles';
import { GRAPH_DATA } from '../../helpers/shipped';

const dataset = loadDataset(GRAPH_DATA);
const knowledge = buildKnowledge(dataset.entities, dataset.relations);

const ENGLISH = ['The', 'the', 'Minister', 'State Secretary', 'Ambassador', 'to', 'Viet Nam', 'van', 'Van', 'Da', 'Nang', "People's", 'Navy', 'Region', '3', 'Task Force', 'of', 'and', 'by', 'in', 'at', 'Hague', 'Council', 'European Union', 'Meeting-Plus', '(ADSOM-Plus)', '(EWGs)', '(LoI)', 'letter of intent', '(FADM)', '(EUMAM', 'Mozambique)', 'Treaty', 'Southeast Asia', '(TAC)', 'signed', 'was appointed as', "'s", 'Kröger', 'Anna', 'AU-led', '2025', '–', '2030', 'Roadmap', '"', 'said', ',', '.', '\n'];
const VIETNAMESE = ['Ba', 'Lan', 'Đỗ', 'Xuân', 'Tùng', 'bà', 'ông', 'Cục', 'A05', '(A05)', 'phòng,', 'chống', 'tội phạm', 'an ninh mạng', 'thuộc', 'Kế hoạch', 'giai đoạn', '2025–2027', 'Biên bản', 'Hiệp định', 'về', 'Quy chế', 'cửa khẩu', 'vũ khí', 'giữa', 'Việt Nam', 'và', 'Lào', 'Đại sứ quán', 'đại diện', 'Dự', 'buổi lễ', 'có', 'thứ', 'QĐND Online', '-', 'Ngày', 'trong đó có', 'đều là thành viên của', 'ASEAN', 'cho biết', ',', '.', '\n'];

function text(pieces: string[]) {
  return fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 40 }).map((words) => words.join(' '));
}

function spansHold(article: string): void {
  const p = propose(article, knowledge);
  const spans = [...p.mentions, ...p.references, ...p.candidates.flatMap((c) => c.mentions), ...p.relations.map((r) => r.evidence)];
  for (const s of spans) expect(article.slice(s.start, s.end)).toBe(s.quote);
}

describe('proposals for text made at random from what the name rules look at', () => {
  it('never throw, and put every span where it says, in English', () => {
    fc.assert(fc.property(text(ENGLISH), spansHold), { numRuns: 300 });
  });

  it('never throw, and put every span where it says, in Vietnamese', () => {
    fc.assert(fc.property(text(VIETNAMESE), spansHold), { numRuns: 300 });
  });

  it('never throw, and put every span where it says, in the two languages mixed', () => {
    fc.assert(fc.property(text([...ENGLISH, ...VIETNAMESE]), spansHold), { numRuns: 300 });
  });
});
