/**
 * Rules version 43: long Vietnamese names of international bodies and projects kept whole, what is fought read with the crime
 * it names, and what a person is said to do across sentences. The sentences here are written anew.
 */
import { describe, expect, it } from 'vitest';
import { blank, candidate, triples } from '../../helpers/proposals';
import { propose } from '../../../src/ingest/propose';

const of = (text: string) => triples(propose(text, blank));

describe('names kept whole (rules version 43)', () => {
  it('keeps an organisation named "Tổ chức …" in lower case after its first words', () => {
    const p = propose('Sáng 9/6, Thứ trưởng Bộ Công an Trần Quốc Bảo tiếp bà Ingrid Sørensen, Phó Tổng Thư ký Tổ chức Cảnh sát hình sự quốc tế (INTERPOL).', blank);
    expect(candidate(p, 'Tổ chức Cảnh sát hình sự quốc tế')?.kind).toBe('actor');
    expect(candidate(p, 'Tổ chức Cảnh sát')).toBeUndefined();
  });

  it('keeps a centre whose name holds a field, its owner and what it is for', () => {
    const p = propose('Đoàn công tác của Trung tâm Điều phối hỗ trợ nhân đạo ASEAN về quản lý thảm họa (Trung tâm AHA) đã đến Huế.', blank);
    expect(candidate(p, 'Trung tâm Điều phối hỗ trợ nhân đạo ASEAN về quản lý thảm họa')?.kind).toBe('actor');
    expect(of('Đoàn công tác của Trung tâm Điều phối hỗ trợ nhân đạo ASEAN về quản lý thảm họa (Trung tâm AHA) đã đến Huế.').some((t) => t.includes(' part_of Trung tâm AHA'))).toBe(false);
  });

  it('keeps the place a project is for inside its name', () => {
    const p = propose('Dự án Rà phá vật liệu nổ vì một Quảng Bình an toàn đã bàn giao bản đồ ô nhiễm cho tỉnh.', blank);
    expect(candidate(p, 'Dự án Rà phá vật liệu nổ vì một Quảng Bình an toàn')?.kind).toBe('framework');
  });
});

describe('what is fought (rules version 43)', () => {
  it('reads "phòng, chống" with the crime after it as one field', () => {
    const p = propose('Hai bên trao đổi về hợp tác phòng, chống tội phạm mạng.', blank);
    expect(candidate(p, 'phòng, chống tội phạm mạng')?.kind).toBe('domain');
    expect(candidate(p, 'phòng, chống tội phạm')).toBeUndefined();
  });
});
