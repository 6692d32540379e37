/**
 * A curator finishes an article the rules have never seen, entirely in the review page: the
 * fictional partnership announcement (tests/fixtures/ingest/fictional-partnership.txt, 24
 * relations a careful reader finds). The curator reads the cards against what the article says
 * (its gold, tests/helpers/partnership.ts), whatever the rules proposed: confirms or changes what
 * "hai bên" … mean, accepts, corrects or rejects each card, and adds what is missing. Every
 * selection is made by dragging the mouse over the words, every click, key and typed box is
 * counted; the graph after apply must be the gold, no more and no less, graph-data's git diff is
 * measured, and apply is run twice more.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReviewServer } from '../../src/cli/reviewServer';
import type { EndRef } from '../../src/ingest/types';
import type { Entity } from '../../src/model/schema';
import { KINDS, PREDICATES } from '../../src/model/vocabulary';
import { foldForSearch } from '../../src/text/fold';
import { ARTIFACTS, browserUnavailable, launchBrowser, openPage, screenshot } from '../helpers/browser';
import { runKg } from '../helpers/cli';
import { differencesFromGold, endByName, gitChanges, judgeRelations, nameOf, predicateByLabel, relationName, underGit, type SeenRelation, type Verdict } from '../helpers/curator';
import { graphDataCopy } from '../helpers/ingest';
import {
  PARTNERSHIP_ALIASES,
  PARTNERSHIP_ARTICLE,
  PARTNERSHIP_ENTITIES,
  PARTNERSHIP_MENTIONS,
  PARTNERSHIP_REFERENCE,
  PARTNERSHIP_TITLE,
  PARTNERSHIP_TITLE_VI,
  type GoldEntity,
  type GoldRelation,
} from '../helpers/partnership';
import { Actions, dragSelect, readReviewFile, spanOf } from '../helpers/reviewPage';
import { REPO_ROOT } from '../helpers/shipped';

const unavailable = browserUnavailable();
describe.skipIf(unavailable !== null)('a curator finishes an unseen article in the review page', () => {
  let server: { url: string; close: () => Promise<void> } | undefined;
  let browser: Browser | undefined;
  let dataDir = '';
  let graph: Entity[] = [];
  const text = readFileSync(PARTNERSHIP_ARTICLE, 'utf8');

  beforeAll(async () => {
    dataDir = underGit(graphDataCopy());
    graph = (JSON.parse(readFileSync(join(dataDir, 'entities.json'), 'utf8')) as { entities: Entity[] }).entities;
    const ingested = runKg('ingest', PARTNERSHIP_ARTICLE, '--id', 'partnership', '--title-en', PARTNERSHIP_TITLE, '--title-vi', PARTNERSHIP_TITLE_VI, '--date', '2025-06', '--data', dataDir);
    if (ingested.code !== 0) throw new Error(ingested.err);
    server = await startReviewServer({ dataDir, distDir: join(REPO_ROOT, 'dist'), port: 0 });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const decisions = () => readReviewFile(dataDir, 'partnership').decisions;
  /** Resolves when the server has recorded `n` decisions in all and the page shows the review they make. */
  const recorded = async (n: number, page?: Page) => {
    await expect.poll(() => decisions().length, { timeout: 10_000 }).toBe(n);
    if (page) await page.locator(`.review-page[data-decisions="${n}"]`).waitFor();
  };

  async function open(page: Page, lang: 'en' | 'vi') {
    await page.goto(`${server!.url}?review=partnership&lang=${lang}`);
    await page.locator('li.proposal').first().waitFor();
  }

  it('shows adding a relation and moving evidence, in both languages, at 1400×900 and 1024×700', async () => {
    for (const [width, height] of [
      [1400, 900],
      [1024, 700],
    ] as const) {
      for (const lang of ['en', 'vi'] as const) {
        const { page, consoleErrors } = await openPage(browser!, server!.url, width, height);
        await open(page, lang);
        const panel = page.locator('.selection-panel');
        await dragSelect(page, spanOf(text, 'tại Oslo, Bộ trưởng Ngoại giao Na Uy và Bộ trưởng Bộ Quốc phòng Việt Nam đã ký Bản ghi nhớ về Hợp tác An ninh Biển (MSC)'));
        await panel.locator('form.relation-form').waitFor();
        await panel.getByRole('group', { name: lang === 'en' ? /^From/ : /^Từ/ }).getByRole('button', { name: 'Bản ghi nhớ về Hợp tác An ninh Biển' }).click();
        await panel.getByRole('group', { name: lang === 'en' ? /^To/ : /^Đến/ }).getByRole('button', { name: 'Oslo' }).click();
        await panel.getByRole('radio', { name: lang === 'en' ? 'signed at' : 'được ký tại' }).check();
        await screenshot(page, `curate-add-relation-${lang}-${width}`);
        // Moving evidence: a tighter quote selected, the proposal's buttons take it.
        await dragSelect(page, spanOf(text, 'Văn kiện dựa trên Công ước Liên Hợp Quốc về Luật Biển năm 1982 (UNCLOS)'));
        const card = page.locator('li.proposal.relation', { hasText: 'UNCLOS' }).first();
        await card.click({ position: { x: 5, y: 5 } });
        await card.locator('.evidence-actions').waitFor();
        await card.scrollIntoViewIfNeeded();
        await screenshot(page, `curate-move-evidence-${lang}-${width}`);
        expect(consoleErrors).toEqual([]);
        await page.context().close();
      }
    }
    // Nothing above was saved.
    expect(decisions()).toEqual([]);
  });

  it('finishes the article in the page as the reader reads it, each added relation in at most four actions once its evidence is selected', async () => {
    const { page, consoleErrors, foreignRequests } = await openPage(browser!, server!.url);
    try {
      await curate(page);
    } catch (error) {
      await screenshot(page, 'curate-failure');
      throw error;
    }
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  async function curate(page: Page) {
    await open(page, 'en');
    const act = new Actions();
    const panel = page.locator('.selection-panel');
    const form = panel.locator('form');
    const card = (target: string) => page.locator(`li.proposal[data-target="${target}"]`);
    const targets = (where: Locator | Page, selector: string) => where.locator(selector).evaluateAll((els) => els.map((e) => e.getAttribute('data-target')!));
    const endOf = endByName(graph);
    const name = (id: string) => nameOf(graph, id);
    let n = 0;
    const settled = async (count = 1) => recorded((n += count), page);
    /** What the reader calls each new entity the review knows, by its key ("candidate:…"). */
    const goldOfKey = new Map<string, string>();
    const asGold = (ref: EndRef) => ('entity' in ref ? ref.entity : goldOfKey.get(`candidate:${ref.candidate}`));

    /** Chooses an entity in a picker: one click on it among the suggestions or hits shown (by either of its names), else its name typed (folded, as a person types it) and the hit clicked. */
    const choose = async (picker: Locator, id: string) => {
      const offered = async (items: Locator, label: string) => (await items.locator(label).allTextContents()).findIndex((t) => endOf(t) === id);
      const chips = picker.locator('.chips');
      const chip = await offered(chips, 'button');
      if (chip >= 0) return act.click(chips.locator('button').nth(chip));
      const hits = picker.getByRole('option');
      let hit = await offered(hits, '.hit-label');
      if (hit < 0) {
        await act.fill(picker.getByRole('combobox'), foldForSearch(nameOf(graph, id, 'vi')));
        await hits.first().waitFor();
        hit = await offered(hits, '.hit-label');
      }
      await act.click(hits.nth(hit));
    };
    /** The entity a picker holds now. */
    const chosen = async (picker: Locator) => ((await picker.locator('.picker-value strong').count()) > 0 ? endOf((await picker.locator('.picker-value strong').textContent())!) : undefined);
    const group = (where: Locator, role: 'From' | 'To' | 'Instrument' | 'Entity') => where.getByRole('group', { name: new RegExp(`^${role}`) });

    // Focus starts on the first undecided card.
    const first = await page.locator('li.proposal').first().getAttribute('data-target');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-target'))).toBe(first);

    // What "hai bên", "thỏa thuận", "văn kiện" … mean: confirmed, or changed to what the reader says.
    for (const target of await targets(page, 'li.proposal.reference.open')) {
      const c = card(target);
      if (endOf((await c.locator('p.summary strong').textContent())!) === PARTNERSHIP_REFERENCE) {
        await act.click(c.getByRole('button', { name: 'Confirm' }));
        await settled();
        continue;
      }
      await act.measure('edit: reference → the memorandum', async () => {
        await act.click(c.getByRole('button', { name: 'Change…' }));
        await choose(group(c, 'Instrument'), PARTNERSHIP_REFERENCE);
        await act.click(c.getByRole('button', { name: 'Save and accept' }));
        await settled();
      });
    }

    // New entities: kept as the reader names and dates them, or rejected.
    const taken = new Set<GoldEntity>();
    const edited: string[] = [];
    for (const target of await targets(page, 'li.proposal.candidate.open')) {
      const c = card(target);
      const summary = c.locator('p.summary').first();
      const vi = (await summary.locator('strong[lang="vi"]').textContent())!;
      const gold = PARTNERSHIP_ENTITIES.find((g) => g.labels.vi === vi && !taken.has(g));
      if (!gold) {
        await act.click(c.getByRole('button', { name: 'Reject' }));
        await settled();
        // A rejected candidate is no longer marked as new in the article.
        await expect.poll(() => page.locator('mark.mark-candidate', { hasText: vi }).count()).toBe(0);
        continue;
      }
      taken.add(gold);
      goldOfKey.set(target, gold.id);
      const kind = (await summary.locator('.kind').textContent())!;
      // A name shown alone is its own English label; one without says so.
      const en = (await summary.locator('.en').count()) > 0 ? (await summary.locator('.en').textContent())!.replace(/^\s*·\s*/u, '') : (await summary.locator('.no-en').count()) > 0 ? '' : vi;
      const acronym = /^ \(([^)]+)\)/u.exec((await summary.textContent())!.split(vi)[1] ?? '')?.[1];
      const aliases = (gold.aliases ?? []).filter((a) => a !== acronym);
      const kindOff = kind !== KINDS[gold.kind].en;
      if (!kindOff && en === gold.labels.en && !gold.category && !gold.dates && aliases.length === 0) {
        await act.click(c.getByRole('button', { name: 'Accept' }));
        await settled();
        continue;
      }
      edited.push(target);
      await act.measure(`edit: ${gold.labels.en}`, async () => {
        await act.click(c.getByRole('button', { name: 'Edit' }));
        await fillEntity(c.locator('form'), gold, { kindOff, en, aliases });
        await act.click(c.getByRole('button', { name: 'Save and accept' }));
        await settled();
      });
      // The edited name shows on the article's marks.
      await expect.poll(() => page.locator(`mark[title*="${gold.labels.en}"]`).count()).toBeGreaterThan(0);
    }
    // `a` on an edited item keeps the edit.
    if (edited[0]) {
      const before = decisions().length;
      await card(edited[0]).click({ position: { x: 5, y: 5 } });
      await act.press(page, 'a');
      await page.waitForTimeout(300);
      expect(decisions()).toHaveLength(before);
      expect(decisions().findLast((d) => d.target === edited[0])).toMatchObject({ action: 'edit' });
    }

    // The entities nobody proposed, made from their words, before the relations that need them.
    for (const gold of PARTNERSHIP_ENTITIES.filter((g) => !taken.has(g))) {
      await dragSelect(page, spanOf(text, gold.labels.vi));
      await act.measure(`add entity: ${gold.labels.en}`, async () => {
        await act.click(panel.getByRole('button', { name: 'New entity…' }));
        const prefilled = await form.getByLabel('English label').inputValue();
        await fillEntity(form, gold, { kindOff: gold.kind !== 'actor', en: prefilled, aliases: gold.aliases ?? [] });
        await act.click(form.getByRole('button', { name: 'Add the entity' }));
        await settled();
      });
      goldOfKey.set(decisions().at(-1)!.target, gold.id);
    }
    // The proposed relations, read off their cards as they stand now (the entities' English names, the references as confirmed).
    const proposed = await targets(page, 'li.proposal.relation.open');
    const seen = await Promise.all(proposed.map((t) => readCard(card(t))));
    const { verdicts, missing } = judgeRelations(seen);
    const verdictOf = new Map(proposed.map((t, i) => [t, verdicts[i]!]));
    for (const section of await page.locator('section.sentence-group').all()) {
      const open = (await targets(section, 'li.proposal.relation.open')).filter((t) => verdictOf.has(t));
      const right = open.flatMap((t) => {
        const verdict = verdictOf.get(t)!;
        return verdict.action === 'accept' ? [verdict.gold] : [];
      });
      // Right as they stand, two or more in one sentence: accepted together, after a preview that reads each out.
      if (open.length > 1 && right.length === open.length) {
        await act.click(section.getByRole('button', { name: 'Accept this sentence…' }));
        const preview = await section.locator('.bulk-preview li').allTextContents();
        expect(preview).toHaveLength(open.length);
        right.forEach((gold, i) => expect(preview[i]).toContain(PREDICATES[gold.predicate].en));
        await act.click(section.getByRole('button', { name: 'Accept these' }));
        await settled(open.length);
        continue;
      }
      for (const target of open) await decideCard(target, verdictOf.get(target)!);
    }

    // What the rules missed: the alias and the mention the reader confirms, relations.
    for (const { entity, alias } of PARTNERSHIP_ALIASES) {
      await dragSelect(page, spanOf(text, alias));
      await act.measure(`add alias: ${alias}`, async () => {
        await act.click(panel.getByRole('button', { name: 'Alias of…' }));
        await choose(group(form, 'Entity'), entity);
        await act.click(form.getByRole('button', { name: 'Add the alias' }));
        await settled();
      });
    }
    for (const m of PARTNERSHIP_MENTIONS) {
      const span = spanOf(text, m.quote, m.occurrence);
      if ((await page.locator(`mark[data-start="${span.start}"][title*="${name(m.entity)}"]`).count()) > 0) continue;
      await dragSelect(page, span);
      await act.measure(`add mention: ${m.quote}`, async () => {
        await act.click(panel.getByRole('button', { name: 'Mention of…' }));
        await choose(group(form, 'Entity'), m.entity);
        await act.click(form.getByRole('button', { name: 'Add the mention' }));
        await settled();
      });
    }
    for (const gold of missing) await addRelation(gold);
    await screenshot(page, 'curate-added');
    await act.press(page, 'Escape');

    // Everything decided; apply, and apply again.
    await expect.poll(() => page.locator('.progress span').textContent()).toMatch(/^(\d+) \/ \1 decided$/);
    await act.click(page.getByRole('button', { name: 'Preview the changes' }));
    const plan = page.locator('.apply-panel .plan');
    await plan.waitFor();
    const previewText = (await plan.textContent()) ?? '';
    expect(previewText).toContain('The Memorandum of Understanding on Maritime Security Cooperation was signed in Oslo');
    expect(previewText).not.toMatch(/ban-ghi-nho|candidate:|relation:/);
    await screenshot(page, 'curate-preview');
    // The review reloads after a write; on a busy machine that takes a while, and a preview asked
    // meanwhile must not be lost when it lands (it was, under CI's load): the reload is held back here.
    await page.route('**/api/review/*', async (route) => {
      if (route.request().method() === 'GET') await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await act.click(page.getByRole('button', { name: 'Write to the graph' }));
    await page.getByText(/^Written to the graph\./).waitFor();
    await act.click(page.getByRole('button', { name: 'Preview again' }));
    await page.locator('.apply-panel .plan', { hasText: 'Nothing new since the last write.' }).waitFor();
    await screenshot(page, 'curate-applied');

    // The graph holds what the reader found, no more and no less, and validates.
    expect(runKg('validate', '--data', dataDir).code).toBe(0);
    expect(differencesFromGold(dataDir, graph, 'partnership')).toEqual([]);

    // graph-data's diff: new things are added lines; an existing record changes only where it gains something.
    const { stat, numstat } = gitChanges(dataDir);
    // Appending to a JSON list turns the last record's "}" into "},": one line each for entities and relations, and one for the alias list grown.
    for (const f of numstat) expect(f.deleted, f.file).toBeLessThanOrEqual(2);
    // Applying once more changes nothing.
    const again = runKg('apply', 'partnership', '--write', '--data', dataDir);
    expect(again.code).toBe(0);
    expect(gitChanges(dataDir).stat).toBe(stat);

    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, 'curate-page.json'), `${JSON.stringify({ actions: act.counts, total: act.total, gitDiffStat: stat, numstat, secondApply: again.out }, null, 2)}\n`);

    /** A relation card as the curator reads it: its two names, its predicate, its quotes. */
    async function readCard(c: Locator): Promise<SeenRelation> {
      const summary = c.locator('p.summary');
      const [source, target] = await summary.locator('strong').allTextContents();
      return { source: endOf(source!), predicate: predicateByLabel((await summary.locator('.predicate').textContent())!), target: endOf(target!), evidence: await c.locator('blockquote').allTextContents() };
    }

    /** The fields of an entity form the reader has to change: kind, English label, category, dates, aliases. */
    async function fillEntity(f: Locator, gold: GoldEntity, shown: { kindOff: boolean; en: string; aliases: string[] }) {
      if (shown.kindOff) await act.select(f.getByLabel('Kind'), gold.kind);
      if (shown.en !== gold.labels.en) await act.fill(f.getByLabel('English label'), gold.labels.en);
      if (gold.category && (await f.getByLabel('Category').inputValue()) !== gold.category) await act.select(f.getByLabel('Category'), gold.category);
      for (const [i, d] of (gold.dates ?? []).entries()) {
        await act.click(f.getByRole('button', { name: 'Add a date' }));
        if ((await f.getByLabel('Date type').nth(i).inputValue()) !== d.type) await act.select(f.getByLabel('Date type').nth(i), d.type);
        await act.fill(f.getByLabel('Date (YYYY').nth(i), d.date);
      }
      if (shown.aliases.length > 0) await act.fill(f.getByLabel('Confirmed aliases'), shown.aliases.join('; '));
    }

    /** One proposal: accepted, rejected, or corrected (its ends or predicate in its form, its evidence from a selection). */
    async function decideCard(target: string, verdict: Verdict) {
      const c = card(target);
      if (verdict.action !== 'edit') {
        await act.click(c.getByRole('button', { name: verdict.action === 'reject' ? 'Reject' : 'Accept' }));
        await settled();
        return;
      }
      const { change, evidence, gold } = verdict;
      const named = relationName(graph, gold);
      if (Object.keys(change).length > 0) {
        await act.measure(`edit: ${named}`, async () => {
          await act.click(c.getByRole('button', { name: 'Edit' }));
          if (change.source) await choose(group(c, 'From'), change.source);
          if (change.target) await choose(group(c, 'To'), change.target);
          if (change.predicate) await act.click(c.getByRole('radio', { name: PREDICATES[change.predicate].en, exact: true }));
          await act.click(c.getByRole('button', { name: 'Save and accept' }));
          await settled();
        });
      }
      // The words that state it, selected: the evidence moved to them, or added as a second quote.
      for (const [i, quote] of (evidence?.add ?? []).entries()) {
        const move = i === 0 && evidence!.keep.length === 0;
        const span = spanOf(text, quote);
        await dragSelect(page, span);
        await act.measure(`${move ? 'move evidence' : 'second quote'}: ${named}`, async () => {
          // Pointing at a card shows its evidence buttons (a move of the mouse, not an action).
          await c.hover();
          await act.click(c.getByRole('button', { name: move ? 'Move the evidence to the selection' : 'Add the selection as a second quote' }));
          await settled();
        });
        const evidenceNow = decisions().at(-1)!;
        expect(evidenceNow.action === 'edit' && evidenceNow.edit.evidence?.some((e) => e.start === span.start && e.end === span.end)).toBe(true);
      }
    }

    /** A relation the rules missed: its words selected, then its ends (as prefilled, swapped, or chosen), its predicate, and the button. */
    async function addRelation(gold: GoldRelation) {
      const named = relationName(graph, gold);
      const [evidence, ...more] = gold.quotes.map((q) => spanOf(text, q));
      await dragSelect(page, evidence!);
      await panel.waitFor();
      const count = await act.measure(`add relation: ${named}`, async () => {
        const relationForm = panel.locator('form.relation-form');
        if (!(await relationForm.isVisible())) await act.click(panel.getByRole('button', { name: 'Add relation…' }));
        const [from, to] = [await chosen(group(relationForm, 'From')), await chosen(group(relationForm, 'To'))];
        if (from === gold.target && to === gold.source) await act.click(relationForm.getByRole('button', { name: 'Swap' }));
        else {
          if (from !== gold.source) await choose(group(relationForm, 'From'), gold.source);
          if (to !== gold.target) await choose(group(relationForm, 'To'), gold.target);
        }
        const predicate = relationForm.getByRole('radio', { name: PREDICATES[gold.predicate].en, exact: true });
        if (!(await predicate.isChecked())) await act.click(predicate);
        await act.click(relationForm.getByRole('button', { name: 'Add the relation' }));
        await settled();
      });
      const added = decisions().at(-1)!;
      // The evidence is exactly the words dragged over, wherever the marks cut them; the ends are the reader's.
      expect(added.action === 'add' && added.add.type === 'relation' && added.add.evidence).toEqual([evidence]);
      expect(added.action === 'add' && added.add.type === 'relation' && `${asGold(added.add.source)} ${added.add.predicate} ${asGold(added.add.target)}`, named).toBe(`${gold.source} ${gold.predicate} ${gold.target}`);
      expect(count, named).toBeLessThanOrEqual(4);
      for (const span of more) {
        await dragSelect(page, span);
        await act.measure(`second quote: ${named}`, async () => {
          await card(added.target).hover();
          await act.click(card(added.target).getByRole('button', { name: 'Add the selection as a second quote' }));
          await settled();
        });
      }
    }
  }
});

