/** The presenter beside the canvas, wired to the URL (step, language, leaving) and to the offline export. */
import { useCallback, useEffect, useMemo, useState, type RefObject } from 'react';
import type { FoundPath } from '../../query/paths';
import { useData } from '../data';
import type { UpdateView } from '../state/useViewState';
import type { DataIndex, ViewState } from '../state/viewState';
import { Presenter } from './Presenter';
import type { Renderer } from './stepCamera';
import { stepEvidence } from './stepEvidence';
import { storyToParams } from './storyParams';
import type { Presented, Stage } from './usePresentation';

type Props = {
  view: ViewState;
  presented: Presented;
  shown: ViewState;
  chosenPath: FoundPath | null;
  sigmaRef: RefObject<Renderer | null>;
  index: DataIndex;
  update: UpdateView;
  onStage: (stage: Stage | null) => void;
  saveOffline: boolean;
  onSaveOfflineStarted: () => void;
  onExit: () => void;
};

export function PresentationPanel({ view, presented, shown, chosenPath, sigmaRef, index, update, onStage, saveOffline, onSaveOfflineStarted, onExit }: Props) {
  const { graph, sources } = useData();
  const lang = shown.lang;
  const [exporting, setExporting] = useState<string | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const ready = presented.status === 'ready' ? presented : null;
  const evidence = useMemo(() => (ready ? stepEvidence(graph, sources, ready.view, chosenPath, lang) : []), [graph, sources, ready, chosenPath, lang]);
  const story = view.story;
  const stepLink = story ? `${window.location.origin}${window.location.pathname}?${new URLSearchParams([['lang', lang], ...storyToParams({ ...story, step: ready?.step ?? story.step })]).toString()}` : '';

  const runExport = useCallback(async () => {
    const sigma = sigmaRef.current;
    if (!ready || !sigma) return;
    try {
      const { saveStoryOffline } = await import('./exportOffline');
      setExportError(null);
      await saveStoryOffline({ story: ready.story, sigma, graph, sources, data: index, lang, stage: onStage, progress: setExporting });
    } catch (error) {
      setExportError(error instanceof Error ? error.message : String(error));
    } finally {
      setExporting(null);
    }
  }, [ready, sigmaRef, graph, sources, index, lang, onStage]);

  // "Save for offline reading" from the story maker: once the story is open, picture it.
  useEffect(() => {
    if (!saveOffline || !ready) return;
    const timer = setTimeout(() => {
      onSaveOfflineStarted();
      void runExport();
    });
    return () => clearTimeout(timer);
  }, [saveOffline, ready, onSaveOfflineStarted, runExport]);

  return (
    <Presenter
      lang={lang}
      presented={presented}
      evidence={evidence}
      stepLink={stepLink}
      exporting={exporting}
      exportError={exportError}
      onStep={(step) => story && update({ story: { ...story, step } })}
      onLang={(l) => update({ lang: l })}
      onExit={onExit}
      onExport={() => void runExport()}
    />
  );
}
