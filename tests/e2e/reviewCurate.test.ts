/**
 * A curator finishes an article the rules have never seen, entirely in the review page: the
 * fictional partnership announcement (tests/fixtures/ingest/fictional-partnership.txt, 24
 * relations a careful reader finds). Every selection is made by dragging the mouse over the
 * words, every click, key and typed box is counted; the graph after apply is checked against the
 * reader's list, graph-data's git diff is measured, and apply is run twice more.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReviewServer } from '../../src/cli/reviewServer';
import { ARTIFACTS, browserUnavailable, launchBrowser, openPage, screenshot } from '../helpers/browser';
import { runKg } from '../helpers/cli';
import { graphDataCopy } from '../helpers/ingest';
import { Actions, dragSelect, readReviewFile, spanOf } from '../helpers/reviewPage';
import { PARTNERSHIP_ADDED, PARTNERSHIP_ARTICLE, PARTNERSHIP_GOLD, PARTNERSHIP_TITLE, PARTNERSHIP_TITLE_VI } from '../helpers/partnership';
import { refKey } from '../../src/ingest/types';
import { REPO_ROOT } from '../helpers/shipped';

const unavailable = browserUnavailable();
const git = (dir: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: dir, encoding: 'utf8' });

describe.skipIf(unavailable !== null)('a curator finishes an unseen article in the review page', () => {
  let server: { url: string; close: () => Promise<void> } | undefined;
  let browser: Browser | undefined;
  let dataDir = '';
  const text = readFileSync(PARTNERSHIP_ARTICLE, 'utf8');

  beforeAll(async () => {
    dataDir = graphDataCopy();
    git(dataDir, 'init', '-q');
    git(dataDir, 'add', '-A');
    git(dataDir, 'commit', '-qm', 'before');
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

  it('finishes all 24 relations in the page, each added one in at most four actions once its evidence is selected', async () => {
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
    const candidate = (key: string) => page.locator(`li.proposal[data-target="candidate:${key}"]`);
    const relation = (...words: string[]) => words.reduce((l, w) => l.filter({ hasText: w }), page.locator('li.proposal.relation'));
    const chip = (role: 'From' | 'To', name: string) => form.getByRole('group', { name: new RegExp(`^${role}`) }).getByRole('button', { name, exact: true });
    let n = 0;
    const settled = async () => recorded(++n, page);

    // Focus starts on the first undecided card.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-target'))).toMatch(/^reference:/);

    // "hai bên", "thỏa thuận" … mean the memorandum, not the partnership it sets up.
    await act.measure('edit: reference → the memorandum', async () => {
      await act.click(page.locator('li.proposal.reference').first().getByRole('button', { name: 'Change…' }));
      await act.click(page.locator('li.proposal.reference').first().getByRole('button', { name: 'Bản ghi nhớ về Hợp tác An ninh Biển', exact: true }));
      await act.click(page.getByRole('button', { name: 'Save and accept' }));
      await settled();
    });
    await act.click(page.locator('li.proposal.reference').nth(1).getByRole('button', { name: 'Confirm' }));
    await settled();

    // New entities: English names, a category, dates.
    const editCandidate = async (key: string, en: string, extra?: () => Promise<void>) =>
      act.measure(`edit: ${en}`, async () => {
        const card = candidate(key);
        await act.click(card.getByRole('button', { name: 'Edit' }));
        await act.fill(card.getByLabel('English label'), en);
        await extra?.();
        await act.click(card.getByRole('button', { name: 'Save and accept' }));
        await settled();
      });
    await act.click(candidate('oslo').getByRole('button', { name: 'Accept' }));
    await settled();
    await editCandidate('ban-ghi-nho-ve-hop-tac-an-ninh-bien', 'Memorandum of Understanding on Maritime Security Cooperation', async () => {
      const card = candidate('ban-ghi-nho-ve-hop-tac-an-ninh-bien');
      await act.click(card.getByRole('button', { name: 'Add a date' }));
      await act.fill(card.getByLabel('Date (YYYY'), '2025-06-05');
      await act.fill(card.getByLabel('Confirmed aliases'), 'MSC');
    });
    await editCandidate('quan-he-doi-tac-hang-hai-na-uy-viet-nam', 'Norway–Viet Nam Maritime Partnership');
    await editCandidate('co-quan-duyen-hai-na-uy', 'Norwegian Coastal Administration', () => act.select(candidate('co-quan-duyen-hai-na-uy').getByLabel('Category'), 'body'));
    await editCandidate('trung-tam-huan-luyen-tim-kiem-cuu-nan', 'Search and Rescue Training Centre', () => act.select(candidate('trung-tam-huan-luyen-tim-kiem-cuu-nan').getByLabel('Category'), 'organisation'));
    await editCandidate('da-nang', 'Da Nang');
    await editCandidate('doi-thoai-hang-hai-na-uy-viet-nam', 'Norway–Viet Nam Maritime Dialogue', async () => {
      const card = candidate('doi-thoai-hang-hai-na-uy-viet-nam');
      await act.click(card.getByRole('button', { name: 'Add a date' }));
      await act.fill(card.getByLabel('Date (YYYY'), '2025-11');
    });
    await editCandidate('ha-noi', 'Hanoi');
    // A name cut off by the rules is no entity: rejected, and no longer marked as new in the article.
    const junk = page.locator('li.proposal.candidate', { hasText: 'Bản ghi nhớ giữa Vương quốc Na Uy' });
    await act.click(junk.getByRole('button', { name: 'Reject' }));
    await settled();
    await expect.poll(() => page.locator('mark.mark-candidate', { hasText: 'Bản ghi nhớ giữa' }).count()).toBe(0);
    // Edited names show on the article's marks.
    await expect.poll(() => page.locator('mark[title="Norwegian Coastal Administration"]').count()).toBeGreaterThan(0);

    // Proposed relations: the ministers sign the memorandum, not the partnership.
    await act.click(relation('Minister of National Defence', 'signs', 'Memorandum').getByRole('button', { name: 'Accept' }));
    await settled();
    await act.click(relation('Minister of Foreign Affairs', 'signs', 'Memorandum').getByRole('button', { name: 'Accept' }));
    await settled();
    for (const minister of ['Minister of National Defence', 'Minister of Foreign Affairs']) {
      await act.click(relation(minister, 'signs', 'Partnership').getByRole('button', { name: 'Reject' }));
      await settled();
    }
    // "Theo MSC, hai bên …": through the reference, the memorandum covers four domains; accepted in bulk, after a preview that reads them out.
    const domains = page.locator('section.sentence-group', { hasText: 'Theo MSC' });
    await act.click(domains.getByRole('button', { name: 'Accept this sentence…' }));
    await expect.poll(() => domains.locator('.bulk-preview li').allTextContents()).toContain('The Memorandum of Understanding on Maritime Security Cooperation covers maritime security');
    await act.click(domains.getByRole('button', { name: 'Accept these' }));
    n += 4;
    await recorded(n, page);
    await act.click(relation('is grounded in', 'Law of the Sea').getByRole('button', { name: 'Accept' }));
    await settled();
    await act.click(relation('is grounded in', 'International law').getByRole('button', { name: 'Accept' }));
    await settled();
    await act.measure('edit: grounded in → references', async () => {
      const wps = relation('is grounded in', 'Women, Peace and Security');
      await act.click(wps.getByRole('button', { name: 'Edit' }));
      await act.click(wps.getByRole('radio', { name: 'references' }));
      await act.click(wps.getByRole('button', { name: 'Save and accept' }));
      await settled();
    });
    // `a` on an edited proposal keeps the edit.
    await relation('references', 'Women, Peace and Security').click({ position: { x: 5, y: 5 } });
    await act.press(page, 'a');
    await page.waitForTimeout(300);
    expect(decisions().at(-1)).toMatchObject({ action: 'edit', edit: { predicate: 'references' } });
    await act.click(relation('Norwegian Coastal Administration', 'is part of').getByRole('button', { name: 'Reject' }));
    await settled();
    await act.click(relation('Norway', 'is party to').getByRole('button', { name: 'Reject' }));
    await settled();
    for (const sentence of ['Na Uy ủng hộ', 'Na Uy và Việt Nam sẽ cùng tham gia']) {
      const group = page.locator('section.sentence-group', { hasText: sentence });
      await act.click(group.getByRole('button', { name: 'Accept this sentence…' }));
      const open = await group.locator('.bulk-preview li').count();
      await act.click(group.getByRole('button', { name: 'Accept these' }));
      n += open;
      await recorded(n, page);
    }

    // What the rules missed: a new entity, an alias, a mention, and ten relations.
    await dragSelect(page, spanOf(text, 'Cảnh sát biển Việt Nam'));
    await act.measure('add entity: Viet Nam Coast Guard', async () => {
      await act.click(panel.getByRole('button', { name: 'New entity…' }));
      await act.select(form.getByLabel('Category'), 'body');
      await act.fill(form.getByLabel('English label'), 'Viet Nam Coast Guard');
      await act.click(form.getByRole('button', { name: 'Add the entity' }));
      await settled();
    });
    await dragSelect(page, spanOf(text, 'Ngoại trưởng Na Uy'));
    await act.measure('add alias: Ngoại trưởng Na Uy', async () => {
      await act.click(panel.getByRole('button', { name: 'Alias of…' }));
      // Typed without diacritics: the search is blind to them.
      await act.fill(form.getByRole('combobox'), 'bo truong ngoai giao na uy');
      await act.click(form.getByRole('option', { name: /^Minister of Foreign Affairs of Norway/ }));
      await act.click(form.getByRole('button', { name: 'Add the alias' }));
      await settled();
    });
    await dragSelect(page, spanOf(text, 'Bản ghi nhớ', 3));
    await act.measure('add mention: Bản ghi nhớ', async () => {
      await act.click(panel.getByRole('button', { name: 'Mention of…' }));
      await act.click(form.getByRole('option', { name: /^Memorandum of Understanding on Maritime Security Cooperation/ }));
      await act.click(form.getByRole('button', { name: 'Add the mention' }));
      await settled();
    });

    const addRelation = async (name: string, evidence: string, steps: () => Promise<void>, occurrence = 0) => {
      const [source, predicateId, target] = PARTNERSHIP_ADDED[name]!;
      await dragSelect(page, spanOf(text, evidence, occurrence));
      await form.waitFor();
      const count = await act.measure(`add relation: ${name}`, async () => {
        if (!(await panel.locator('form.relation-form').isVisible())) await act.click(panel.getByRole('button', { name: 'Add relation…' }));
        await steps();
        await act.click(form.getByRole('button', { name: 'Add the relation' }));
        await settled();
      });
      const added = decisions().at(-1)!;
      // The evidence is exactly the words dragged over, wherever the marks cut them.
      expect(added.action === 'add' && added.add.type === 'relation' && added.add.evidence).toEqual([spanOf(text, evidence, occurrence)]);
      expect(added.action === 'add' && added.add.type === 'relation' && `${refKey(added.add.source)} ${added.add.predicate} ${refKey(added.add.target)}`, name).toBe(`${source} ${predicateId} ${target}`);
      expect(count, name).toBeLessThanOrEqual(4);
    };
    const predicate = (label: string) => act.click(form.getByRole('radio', { name: label, exact: true }));
    const msc = 'Memorandum of Understanding on Maritime Security Cooperation';
    await addRelation('memorandum signed at Oslo', 'tại Oslo, Bộ trưởng Ngoại giao Na Uy và Bộ trưởng Bộ Quốc phòng Việt Nam đã ký Bản ghi nhớ về Hợp tác An ninh Biển (MSC)', async () => {
      await act.click(chip('From', msc));
      await act.click(chip('To', 'Oslo'));
      await predicate('signed at');
    });
    await addRelation('memorandum establishes the partnership', 'Bản ghi nhớ về Hợp tác An ninh Biển (MSC), chính thức thiết lập Quan hệ Đối tác Hàng hải Na Uy – Việt Nam', () => predicate('establishes'));
    await addRelation('Norway party to the memorandum', 'Na Uy và Việt Nam là hai bên của Bản ghi nhớ', async () => {
      await act.click(chip('To', msc));
      await predicate('is party to');
    });
    await addRelation('Viet Nam party to the memorandum', 'Na Uy và Việt Nam là hai bên của Bản ghi nhớ', async () => {
      await act.click(chip('From', 'Viet Nam'));
      await act.click(chip('To', msc));
      await predicate('is party to');
    });
    await addRelation('coast guard part of the ministry', 'Cảnh sát biển Việt Nam, thuộc Bộ Quốc phòng Việt Nam', async () => {
      await act.click(chip('To', 'Ministry of National Defence of Viet Nam'));
      await predicate('is part of');
    });
    await addRelation('coast guard cooperates with the coastal administration', 'Cảnh sát biển Việt Nam, thuộc Bộ Quốc phòng Việt Nam, sẽ phối hợp với Cơ quan Duyên hải Na Uy', async () => {
      await act.click(chip('To', 'Norwegian Coastal Administration'));
      await predicate('cooperates with');
    });
    await addRelation('memorandum establishes the centre', 'Bản ghi nhớ cũng thành lập Trung tâm Huấn luyện Tìm kiếm Cứu nạn', async () => {
      await act.click(chip('From', msc));
      await act.click(chip('To', 'Search and Rescue Training Centre'));
      await predicate('establishes');
    });
    await addRelation('centre located in Da Nang', 'Trung tâm Huấn luyện Tìm kiếm Cứu nạn đặt tại Đà Nẵng', () => predicate('is located in'));
    // "Bản ghi nhớ" here was marked a mention of the memorandum above: the selection names both ends.
    await addRelation('EU supports the memorandum', 'Liên minh châu Âu (EU) hoan nghênh Bản ghi nhớ', () => predicate('supports'));
    await screenshot(page, 'curate-added');
    // The rules made Norway the subject of "Trung tâm sẽ góp phần…": the centre, made a moment ago, is one click away.
    await act.measure('edit: Norway → the centre contributes to capacity building', async () => {
      const card = relation('Norway', 'contributes to', 'Capacity building');
      await act.click(card.getByRole('button', { name: 'Edit' }));
      await act.click(card.getByRole('group', { name: /^From/ }).getByRole('button', { name: 'Search and Rescue Training Centre', exact: true }));
      await act.click(card.getByRole('button', { name: 'Save and accept' }));
      await settled();
    });

    // Evidence moved to a tighter quote, and a second quote added.
    await dragSelect(page, spanOf(text, 'Văn kiện dựa trên Công ước Liên Hợp Quốc về Luật Biển năm 1982 (UNCLOS)'));
    await act.measure('move evidence', async () => {
      const unclos = relation('is grounded in', 'Law of the Sea');
      // Pointing at a card shows its evidence buttons (a move of the mouse, not an action).
      await unclos.hover();
      await act.click(unclos.getByRole('button', { name: 'Move the evidence to the selection' }));
      await settled();
    });
    expect(decisions().at(-1)).toMatchObject({ action: 'edit', edit: { evidence: [spanOf(text, 'Văn kiện dựa trên Công ước Liên Hợp Quốc về Luật Biển năm 1982 (UNCLOS)')] } });
    await dragSelect(page, spanOf(text, 'an ninh hàng hải là lĩnh vực trọng tâm'));
    await act.measure('second quote', async () => {
      const maritime = page.locator('li.proposal.relation[data-target*="|covers|entity:maritime-security|"]');
      await maritime.hover();
      await act.click(maritime.getByRole('button', { name: 'Add the selection as a second quote' }));
      await settled();
    });
    await act.press(page, 'Escape');

    // Everything decided; apply, and apply again.
    await expect.poll(() => page.locator('.progress span').textContent()).toMatch(/^(\d+) \/ \1 decided$/);
    await act.click(page.getByRole('button', { name: 'Preview the changes' }));
    const plan = page.locator('.apply-panel .plan');
    await plan.waitFor();
    const previewText = (await plan.textContent()) ?? '';
    expect(previewText).toContain('The Memorandum of Understanding on Maritime Security Cooperation was signed at Oslo');
    expect(previewText).not.toMatch(/ban-ghi-nho|candidate:|relation:/);
    await screenshot(page, 'curate-preview');
    await act.click(page.getByRole('button', { name: 'Write to the graph' }));
    await page.getByText(/^Written to the graph\./).waitFor();
    await act.click(page.getByRole('button', { name: 'Preview again' }));
    await page.locator('.apply-panel .plan', { hasText: 'Nothing new since the last write.' }).waitFor();
    await screenshot(page, 'curate-applied');

    // The graph holds every relation the reader found, and validates.
    expect(runKg('validate', '--data', dataDir).code).toBe(0);
    const relations = (JSON.parse(readFileSync(join(dataDir, 'relations.json'), 'utf8')) as { relations: { source: string; predicate: string; target: string; evidence: { source: string; quote: string }[] }[] }).relations;
    const have = new Set(relations.filter((r) => r.evidence.some((e) => e.source === 'partnership')).map((r) => `${r.source} ${r.predicate} ${r.target}`));
    const missing = PARTNERSHIP_GOLD.filter((g) => !have.has(g));
    expect(missing).toEqual([]);
    const extra = [...have].filter((h) => !PARTNERSHIP_GOLD.includes(h));
    expect(extra).toEqual([]);

    // graph-data's diff: new things are added lines; an existing record changes only where it gains something.
    const stat = git(dataDir, 'diff', '--stat');
    const numstat = git(dataDir, 'diff', '--numstat')
      .trim()
      .split('\n')
      .map((l) => l.split('\t'))
      .map(([added, deleted, file]) => ({ file: file!, added: Number(added), deleted: Number(deleted) }));
    // Appending to a JSON list turns the last record's "}" into "},": one line each for entities and relations, and one for the alias list grown.
    for (const f of numstat) expect(f.deleted, f.file).toBeLessThanOrEqual(2);
    // Applying once more changes nothing.
    const again = runKg('apply', 'partnership', '--write', '--data', dataDir);
    expect(again.code).toBe(0);
    expect(git(dataDir, 'diff', '--stat')).toBe(stat);

    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, 'curate-page.json'), `${JSON.stringify({ actions: act.counts, total: act.total, gitDiffStat: stat, numstat, secondApply: again.out }, null, 2)}\n`);
  }
});
