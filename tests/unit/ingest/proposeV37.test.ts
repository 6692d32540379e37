/**
 * Rules version 37: what version 36 left rough — bodies joined by "and", names the press writes in sentence case (a
 * ministry's "vận tải", a project's topic), and the "tải" of a ministry's name read as "tại". The sentences here are written anew.
 */
import { describe, expect, it } from 'vitest';
import { blank, candidate, triples } from '../../helpers/proposals';
import { propose } from '../../../src/ingest/propose';

const of = (text: string) => triples(propose(text, blank));

describe('names (rules version 37)', () => {
  it('reads a body complete with its head and an organisation of one word after "and" as two: "the EU Military Staff and Europol"', () => {
    const p = propose('The workshop brought together the European Union Military Staff and Europol with police officers from Laos.', blank);
    expect(candidate(p, 'European Union Military Staff')).toBeDefined();
    expect(candidate(p, 'Europol')).toBeDefined();
    expect(candidate(p, 'European Union Military Staff and Europol')).toBeUndefined();
    // (A name with an "and" of its own stays whole.)
    expect(candidate(propose('Officers of the Australian Command and Staff College met the Joint Staff and Interpol.', blank), 'Australian Command and Staff College')).toBeDefined();
  });

  it('reads a ministry named with its portfolio in lower case whole, and as its state\'s: "Bộ Giao thông vận tải Philippines"', () => {
    const t = of('Đoàn đã làm việc với Bộ Giao thông vận tải Philippines tại Manila.');
    expect(t).toContain('Bộ Giao thông vận tải Philippines part_of Philippines');
    expect(t).toContain('Bộ Giao thông vận tải Philippines located_in Manila');
    expect(of('Lãnh đạo Bộ Nông nghiệp và Phát triển nông thôn Lào đã tiếp đoàn.')).toContain('Bộ Nông nghiệp và Phát triển nông thôn Lào part_of Lào');
  });

  it('reads a project named in sentence case with its topic: "Dự án Tăng cường năng lực thực thi pháp luật trên biển"', () => {
    expect(of('Hội thảo nhận được sự hỗ trợ của Dự án Tăng cường năng lực thực thi pháp luật trên biển do Nhật Bản tài trợ.')).toContain(
      'Nhật Bản supports Dự án Tăng cường năng lực thực thi pháp luật trên biển',
    );
    expect(of('Hàn Quốc tài trợ cho Dự án Xây dựng năng lực gìn giữ hòa bình do UNDP triển khai.')).toContain('UNDP implements Dự án Xây dựng năng lực gìn giữ hòa bình');
    // (Its place stays in its name, as before.)
    expect(of('Canada viện trợ cho Dự án Khắc phục hậu quả bom mìn tại tỉnh Quảng Bình.')).toContain('Dự án Khắc phục hậu quả bom mìn tại tỉnh Quảng Bình concerns_region Quảng Bình');
  });
});
