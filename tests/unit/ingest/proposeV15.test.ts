/** Rules version 15: sentences written to try the rules, by readers who had not seen the corpus or the rules. */
import { describe, expect, it } from 'vitest';
import { propose } from '../../../src/ingest/propose';
import { blank, labels, run, triples } from '../../helpers/proposals';

describe('names left over from version 14’s probes (rules version 15)', () => {
  it('keeps what a convention is against in its name', () => {
    expect(labels(run('Both countries are parties to the United Nations Convention against Transnational Organized Crime.'))).toContain('framework:United Nations Convention against Transnational Organized Crime');
    expect(labels(propose('They fought against Terrorism and Piracy.', blank)).filter((l) => l.includes('against'))).toEqual([]);
  });
  it('parts a minister’s office from a name said once, after its portfolio', () => {
    expect(triples(run("Vietnam's Minister of National Defence Phan Van Giang received the delegation in Hanoi."))).toContain('Phan Van Giang holds_role vn-defence-minister');
    expect(triples(propose('Minister for Defence Industry Pat Conroy visited Hanoi.', blank))).toContain('Pat Conroy holds_role Minister for Defence Industry');
    expect(triples(propose('US Secretary of State Antony Blinken met Vietnamese leaders.', blank))).toContain('Antony Blinken holds_role US Secretary of State');
  });
  it('reads both sides of "giữa A và B" when the first is a state’s formal name', () => {
    const p = run('Hai bên đã ký Bản ghi nhớ giữa Vương quốc Na Uy và Việt Nam về hợp tác quốc phòng.');
    const mou = 'Bản ghi nhớ giữa Vương quốc Na Uy và Việt Nam về hợp tác quốc phòng';
    expect(triples(p)).toEqual(expect.arrayContaining([`norway party_to ${mou}`, `vietnam party_to ${mou}`]));
  });
  it('reads police forces by their own names', () => {
    expect(labels(propose('Bộ Công an Việt Nam và Cảnh sát Liên bang Australia đã ký thỏa thuận.', blank))).toEqual(expect.arrayContaining(['actor:Bộ Công an Việt Nam', 'actor:Cảnh sát Liên bang Australia']));
    expect(labels(propose('Công an tỉnh Quảng Ninh phối hợp với Công an Việt Nam.', blank))).toEqual(expect.arrayContaining(['actor:Công an tỉnh Quảng Ninh', 'actor:Công an Việt Nam']));
  });
});
