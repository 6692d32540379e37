/**
 * Making stories in the explorer: the corpus's stories (present, or edit a copy) and one's own
 * drafts, kept in this browser. A draft's steps are views taken from the explorer ("Add this
 * view as a step"), each with a caption in both languages; steps are reordered, replaced,
 * shown, deleted. A finished story is presented, shared as a link, downloaded as a story file
 * for graph-data/stories/, or saved as one offline HTML file.
 */
import { useEffect, useState } from 'react';
import './story.css';
import type { StepViewSpec, Story } from '../../query/story';
import { saveBlob } from '../download';
import { t, tCount } from '../i18n';
import type { Lang } from '../state/viewState';
import { draftProblems, newDraft, storyIdFrom, useDrafts, type Draft, type DraftProblem } from './drafts';
import { ShareLink } from './ShareLink';
import { StepCard } from './StepCard';
import { shippedStories } from './storyLibrary';
import { encodeStory } from './storyLink';
import { storyToParams, type StoryRef } from './storyParams';

type Props = {
  lang: Lang;
  /** The view on screen as a step, camera included. */
  currentStep: () => StepViewSpec;
  onShowStep: (spec: StepViewSpec) => void;
  /** Presents a story from a step; `saveOffline` then pictures it into the offline file. */
  onPresent: (ref: StoryRef, step: number, saveOffline?: boolean) => void;
};

const titleOf = (story: Story, lang: Lang) => story.title[lang].trim() || story.title[lang === 'vi' ? 'en' : 'vi'].trim();

function describeProblem(lang: Lang, problem: DraftProblem): string {
  return problem.key === 'needCaption' ? t(lang, 'needCaption').replace('{n}', String(problem.step)) : t(lang, problem.key);
}

/** A link that opens the story (carried whole in it) at its first step. */
async function storyLink(story: Story, lang: Lang): Promise<string> {
  const params = new URLSearchParams([['lang', lang], ...storyToParams({ ref: { data: await encodeStory(story) }, step: 0 })]);
  return `${window.location.origin}${window.location.pathname}?${params.toString()}`;
}

function downloadStory(story: Story): void {
  const file = { $schema: '../schema/story.schema.json', id: story.id, title: story.title, steps: story.steps };
  saveBlob(new Blob([`${JSON.stringify(file, null, 2)}\n`], { type: 'application/json;charset=utf-8' }), `${story.id}.json`);
}

function StoryList({ lang, drafts, onEdit, onCopy, onNew, onDelete, onPresent }: {
  lang: Lang;
  drafts: Draft[];
  onEdit: (key: string) => void;
  onCopy: (story: Story) => void;
  onNew: () => void;
  onDelete: (key: string) => void;
  onPresent: Props['onPresent'];
}) {
  const [shipped, setShipped] = useState<Story[] | 'failed' | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    shippedStories().then(
      (stories) => live && setShipped(stories),
      () => live && setShipped('failed'),
    );
    return () => {
      live = false;
    };
  }, []);
  return (
    <>
      <p className="hint">{t(lang, 'storiesIntro')}</p>
      <h3>{t(lang, 'shippedStories')}</h3>
      {shipped === 'failed' && <p className="muted">{t(lang, 'storiesUnavailable')}</p>}
      {Array.isArray(shipped) && shipped.length === 0 && <p className="muted">{t(lang, 'noShippedStories')}</p>}
      <ul className="plain story-list">
        {Array.isArray(shipped) &&
          shipped.map((story) => (
            <li key={story.id}>
              <span className="story-name">{titleOf(story, lang)}</span> <span className="muted">{tCount(lang, 'storySteps', story.steps.length)}</span>
              <span className="story-actions">
                <button type="button" className="button primary" onClick={() => onPresent({ id: story.id }, 0)}>
                  {t(lang, 'present')}
                </button>
                <button type="button" className="link-button" onClick={() => onCopy(story)}>
                  {t(lang, 'editCopy')}
                </button>
              </span>
            </li>
          ))}
      </ul>
      <h3>{t(lang, 'myStories')}</h3>
      {drafts.length === 0 && <p className="muted">{t(lang, 'noDrafts')}</p>}
      <ul className="plain story-list">
        {drafts.map(({ key, story }) => (
          <li key={key}>
            <span className="story-name">{titleOf(story, lang) || t(lang, 'untitled')}</span> <span className="muted">{tCount(lang, 'storySteps', story.steps.length)}</span>
            <span className="story-actions">
              <button type="button" className="button" onClick={() => onEdit(key)}>
                {t(lang, 'editStory')}
              </button>
              <button
                type="button"
                className="link-button"
                disabled={draftProblems(story).length > 0}
                onClick={() => void encodeStory(story).then((data) => onPresent({ data }, 0))}
              >
                {t(lang, 'present')}
              </button>
              <button type="button" className="link-button danger" onClick={() => (deleting === key ? onDelete(key) : setDeleting(key))}>
                {deleting === key ? t(lang, 'confirmDelete') : t(lang, 'deleteStory')}
              </button>
            </span>
          </li>
        ))}
      </ul>
      <button type="button" className="button" onClick={onNew}>
        {t(lang, 'newStory')}
      </button>
    </>
  );
}

function StoryEditor({ lang, story, onChange, onBack, currentStep, onShowStep, onPresent }: {
  lang: Lang;
  story: Story;
  onChange: (story: Story) => void;
  onBack: () => void;
} & Omit<Props, 'lang'>) {
  const problems = draftProblems(story);
  const ready = problems.length === 0;
  const setTitle = (which: Lang, value: string) => {
    const title = { ...story.title, [which]: value };
    // The file name follows the title until someone writes their own.
    const following = story.id === storyIdFrom(story.title.en || story.title.vi) || story.id === 'story';
    onChange({ ...story, title, id: following ? storyIdFrom(title.en || title.vi) : story.id });
  };
  const steps = story.steps;
  const setSteps = (next: Story['steps']) => onChange({ ...story, steps: next });
  const move = (from: number, to: number) => {
    const next = [...steps];
    const [moved] = next.splice(from, 1);
    if (moved) next.splice(to, 0, moved);
    setSteps(next);
  };
  const present = (step: number, saveOffline = false) => void encodeStory(story).then((data) => onPresent({ data }, step, saveOffline));
  return (
    <div className="story-editor">
      <button type="button" className="link-button" onClick={onBack}>
        {t(lang, 'backToList')}
      </button>
      <label className="field">
        <span>{t(lang, 'titleVi')}</span>
        <input type="text" lang="vi" value={story.title.vi} onChange={(e) => setTitle('vi', e.target.value)} />
      </label>
      <label className="field">
        <span>{t(lang, 'titleEn')}</span>
        <input type="text" lang="en" value={story.title.en} onChange={(e) => setTitle('en', e.target.value)} />
      </label>
      <label className="field">
        <span>{t(lang, 'storyId')}</span>
        <input type="text" value={story.id} spellCheck={false} onChange={(e) => onChange({ ...story, id: e.target.value.trim() })} />
      </label>
      <button type="button" className="button primary add-step" onClick={() => setSteps([...steps, { caption: { vi: '', en: '' }, view: currentStep() }])}>
        + {t(lang, 'addStep')}
      </button>
      {steps.length === 0 && <p className="muted">{t(lang, 'noSteps')}</p>}
      <ol className="plain story-steps">
        {steps.map((step, i) => (
          <StepCard
            key={i}
            lang={lang}
            index={i}
            count={steps.length}
            step={step}
            onChange={(changed) => setSteps(steps.map((s, j) => (j === i ? changed : s)))}
            onMove={(to) => move(i, to)}
            onDelete={() => setSteps(steps.filter((_, j) => j !== i))}
            onShow={() => onShowStep(step.view)}
            onReplace={() => setSteps(steps.map((s, j) => (j === i ? { ...s, view: currentStep() } : s)))}
            onPresent={ready ? () => present(i) : null}
          />
        ))}
      </ol>
      {!ready && (
        <div className="notice story-problems" role="status">
          <strong>{t(lang, 'storyToFix')}</strong>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>{describeProblem(lang, p)}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="story-share">
        <button type="button" className="button primary" disabled={!ready} onClick={() => present(0)}>
          ▶ {t(lang, 'present')}
        </button>
        {ready && <ShareLink lang={lang} label={t(lang, 'copyStoryLink')} link={() => storyLink(story, lang)} />}
        <button type="button" className="link-button" disabled={!ready} onClick={() => downloadStory(story)} title={t(lang, 'downloadStoryHelp')}>
          {t(lang, 'downloadStory')}
        </button>
        <button type="button" className="link-button" disabled={!ready} onClick={() => present(0, true)}>
          {t(lang, 'saveOffline')}
        </button>
      </div>
    </div>
  );
}

export function StoryMaker({ lang, currentStep, onShowStep, onPresent }: Props) {
  const [drafts, setDrafts] = useDrafts();
  const [editing, setEditing] = useState<string | null>(null);
  const draft = drafts.find((d) => d.key === editing);
  const open = (d: Draft) => {
    setDrafts([...drafts, d]);
    setEditing(d.key);
  };
  return (
    <section className="story-maker" aria-labelledby="story-maker-title">
      <h2 id="story-maker-title">{t(lang, 'stories')}</h2>
      {draft ? (
        <StoryEditor
          lang={lang}
          story={draft.story}
          onChange={(story) => setDrafts(drafts.map((d) => (d.key === draft.key ? { ...d, story } : d)))}
          onBack={() => setEditing(null)}
          currentStep={currentStep}
          onShowStep={onShowStep}
          onPresent={onPresent}
        />
      ) : (
        <StoryList
          lang={lang}
          drafts={drafts}
          onEdit={setEditing}
          onCopy={(story) => open({ ...newDraft(), story: structuredClone(story) })}
          onNew={() => open(newDraft())}
          onDelete={(key) => setDrafts(drafts.filter((d) => d.key !== key))}
          onPresent={onPresent}
        />
      )}
    </section>
  );
}
