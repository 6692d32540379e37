/** The import under way: the file, its stage on a progress bar, and Cancel. */
import { t, type StringKey } from '../i18n';
import type { Lang } from '../state/viewState';
import { IMPORT_STAGES } from './importProtocol';
import type { Importing } from './useImport';

const STAGE_TEXT: Record<Importing['stage'], StringKey> = {
  read: 'importStageRead',
  parse: 'importStageParse',
  build: 'importStageBuild',
  communities: 'importStageCommunities',
  layout: 'importStageLayout',
  send: 'importStageSend',
  draw: 'importStageDraw',
};

export function ImportProgress({ lang, importing, onCancel }: { lang: Lang; importing: Importing; onCancel: () => void }) {
  const step = IMPORT_STAGES.indexOf(importing.stage);
  return (
    <div className="notice import-progress" role="status" aria-live="polite">
      <span>
        {t(lang, 'importOpening')} <strong>{importing.name}</strong> — {t(lang, STAGE_TEXT[importing.stage])}
      </span>
      <progress max={IMPORT_STAGES.length} value={step + 1} aria-label={t(lang, STAGE_TEXT[importing.stage])} />
      <button type="button" onClick={onCancel} disabled={importing.stage === 'draw'}>
        {t(lang, 'cancel')}
      </button>
    </div>
  );
}
