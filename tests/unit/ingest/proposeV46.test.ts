/**
 * Rules version 46: a body named on its own by a short name and, inside an office's name, with its owner; … The sentences
 * here are written anew.
 */
import { describe, expect, it } from 'vitest';
import { blank, triples } from '../../helpers/proposals';
import { propose } from '../../../src/ingest/propose';


describe('a body named alone and inside an office (rules version 46)', () => {
  it('reads the body an office heads as the one named alone by its shorter name, and gives it the owner the office names', () => {
    const p = propose('Đoàn cảm ơn Bộ Ngoại giao Lào, Vụ Lễ tân và các đơn vị liên quan. Dự buổi làm việc có ông Khamphao Sitthideth, Vụ trưởng Vụ Lễ tân Bộ Ngoại giao Lào.', blank);
    expect(p.candidates.filter((c) => c.label.startsWith('Vụ Lễ tân')).map((c) => c.label)).toEqual(['Vụ Lễ tân']);
    const t = triples(p);
    expect(t).toContain('Vụ trưởng Vụ Lễ tân Bộ Ngoại giao Lào heads Vụ Lễ tân');
    expect(t).toContain('Vụ Lễ tân part_of Bộ Ngoại giao Lào');
  });

  it('keeps the longer body apart when what follows the short name inside the office is no owner', () => {
    const p = propose('Đoàn thăm Cục Quân y. Tiếp đoàn có Thiếu tướng Lê Văn Hòa, Cục trưởng Cục Quân y Dã chiến Miền Trung.', blank);
    expect(p.candidates.some((c) => c.label === 'Cục Quân y Dã chiến Miền Trung')).toBe(true);
  });
});
