/**
 * The Export menu's PNG entry: the image's size (twice the canvas unless the user chooses another,
 * each side within what every browser's canvas holds) and the button that saves it.
 */
import { useState } from 'react';
import { PNG_DEFAULT_SCALE, PNG_SIDE, type PngSize } from '../exportImage';
import { t } from '../i18n';
import type { Lang } from '../state/viewState';

type Props = { lang: Lang; busy: boolean; canvasSize: PngSize; onExport: (size: PngSize) => void };

const side = (value: string) => (/^\d+$/.test(value) && Number(value) >= PNG_SIDE.min && Number(value) <= PNG_SIDE.max ? Number(value) : null);

export function PngExport({ lang, busy, canvasSize, onExport }: Props) {
  const [chosen, setChosen] = useState<{ width: string; height: string } | null>(null);
  const shown = chosen ?? {
    width: String(Math.round(canvasSize.width * PNG_DEFAULT_SCALE)),
    height: String(Math.round(canvasSize.height * PNG_DEFAULT_SCALE)),
  };
  const width = side(shown.width);
  const height = side(shown.height);
  const valid = width !== null && height !== null;
  return (
    <li className="png-export">
      <button type="button" disabled={busy || !valid} onClick={() => valid && onExport({ width, height })} data-format="png">
        {t(lang, 'pngExport')}
      </button>
      <div className="png-size" role="group" aria-label={t(lang, 'pngSize')}>
        <label>
          {t(lang, 'pngWidth')}
          <input type="text" inputMode="numeric" value={shown.width} aria-invalid={width === null} onChange={(e) => setChosen({ ...shown, width: e.target.value.trim() })} />
        </label>
        <span aria-hidden="true">×</span>
        <label>
          {t(lang, 'pngHeight')}
          <input type="text" inputMode="numeric" value={shown.height} aria-invalid={height === null} onChange={(e) => setChosen({ ...shown, height: e.target.value.trim() })} />
        </label>
        <span className="muted">px</span>
      </div>
      {!valid && <p className="field-error">{t(lang, 'pngSizeRange').replace('{min}', String(PNG_SIDE.min)).replace('{max}', String(PNG_SIDE.max))}</p>}
    </li>
  );
}
