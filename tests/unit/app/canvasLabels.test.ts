import { describe, expect, it } from 'vitest';
import { canvasLabel } from '../../../src/app/canvas/canvasLabels';

describe('canvas labels', () => {
  it('keeps short names', () => {
    expect(canvasLabel('Cyber security', ['cyber'])).toBe('Cyber security');
  });

  it('gives long official names their acronym', () => {
    expect(canvasLabel("Framework Participation Agreement on Viet Nam's participation in EU crisis management operations", ['FPA', 'Hiệp định FPA'])).toBe('FPA');
  });

  it('shortens long names without an acronym at a word boundary', () => {
    const label = canvasLabel('Traditional and non-traditional security challenges', ['non-traditional security']);
    expect(label).toBe('Traditional and non-traditional…');
    expect(label.length).toBeLessThanOrEqual(35);
  });
});
