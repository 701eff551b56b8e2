import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Diagnostic } from '../src/model/diagnostic.js';
import { html } from '../src/report/html/html.js';
import { root, runCliInProcess } from './helpers/lint.js';
import { htmlContext, manyResults } from './helpers/many-results.js';

/** Debian's Chromium, never a downloaded browser. CI installs it (.ci/run); locally the tests skip without it. */
const executablePath = '/usr/bin/chromium';
const haveBrowser = existsSync(executablePath);
if (!haveBrowser && !process.env.CI) {
  console.warn(`\n  SKIPPED the HTML report browser tests: no browser at ${executablePath} (install it with "apt-get install chromium").\n`);
}

const artefacts = join(root, 'tests', '.artefacts');
const hostileFolder = join(root, 'tests', '.hostile');
const axeSource = readFileSync(join(root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
/** A tenth of the height the report of the examples had before it was made compact (65,551 px at 1280 px). */
const heightTarget = 6555;

let browser: Browser;

/** Opens a report file with every request and any CSP violation, page error or dialog recorded. */
async function open(path: string, options: { width?: number; height?: number; colorScheme?: 'light' | 'dark' } = {}) {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: options.height ?? 900 }, acceptDownloads: true, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  const dialogs: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  if (options.colorScheme) await page.emulateMedia({ colorScheme: options.colorScheme });
  await page.goto(pathToFileURL(path).href);
  await page.waitForLoadState('load');
  return { page, context, requests, problems, dialogs };
}

async function axe(page: Page) {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown }> }> }> } }).axe.run(document);
    return result.violations.map((violation) => ({ id: violation.id, help: violation.help, nodes: violation.nodes.slice(0, 3).map((node) => node.target) }));
  });
}

/** Presses Tab (or Shift+Tab) until the focused element matches, as a keyboard user would. */
async function tabTo(page: Page, selector: string, options: { back?: boolean; limit?: number } = {}): Promise<number> {
  for (let presses = 1; presses <= (options.limit ?? 400); presses++) {
    await page.keyboard.press(options.back ? 'Shift+Tab' : 'Tab');
    if (await page.evaluate((css) => document.activeElement?.matches(css) ?? false, selector)) return presses;
  }
  throw new Error(`could not reach ${selector} with the keyboard`);
}

/** The page's data block: each finding with its document's path. */
async function findings(page: Page): Promise<Array<{ id: string; doc: string; path: string; fingerprint: string; ruleId: string; excerpt: string }>> {
  return page.evaluate(() => {
    const data = JSON.parse(document.getElementById('widen-data')!.textContent!);
    return data.findings.map((f: { doc: string }) => ({ ...f, path: data.paths[f.doc] }));
  });
}

/** Opens the document with this path and returns its element id. */
async function openDocument(page: Page, path: string): Promise<string> {
  const id = (await page.locator('section.document', { has: page.locator('h2', { hasText: path }) }).getAttribute('id'))!;
  await page.locator(`#${id}-body > summary`).click();
  await expect.poll(() => page.locator(`#${id} li.block`).count()).toBeGreaterThan(3);
  return id;
}

/** Words of the page's text split across two lines: a word of at most 30 letters drawn on more than one line box. */
async function brokenWords(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((css) => {
    const broken: string[] = [];
    for (const root of document.querySelectorAll(css)) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        // Text hidden from sight but kept for screen readers (1 px wide, clipped) is not drawn.
        if (node.parentElement!.getBoundingClientRect().width <= 1) continue;
        for (const match of text.matchAll(/[\p{L}\p{N}]{2,30}/gu)) {
          const range = document.createRange();
          range.setStart(node, match.index!);
          range.setEnd(node, match.index! + match[0].length);
          const tops = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
          if (tops.size > 1) broken.push(match[0]);
        }
      }
    }
    return broken;
  }, selector);
}

describe.skipIf(!haveBrowser && !process.env.CI)('HTML report in a real browser', () => {
  const report = join(artefacts, 'report.html');

  beforeAll(async () => {
    mkdirSync(artefacts, { recursive: true });
    const { code, stderr } = await runCliInProcess(['--format', 'html', '--output', report, 'examples/']);
    expect(stderr).toBe('');
    expect([0, 1]).toContain(code);
    browser = await chromium.launch({
      executablePath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('opens compact, with no network requests, no CSP violation and no script error; the bar stays in view', async () => {
    const { page, context, requests, problems } = await open(report);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    console.info(`  the report of the examples, collapsed, is ${height} px tall at 1280 px`);
    expect(height).toBeLessThan(heightTarget);
    expect(await page.locator('#review-progress').textContent()).toMatch(/^0 of \d+ decided$/);
    expect(await page.locator('#filter-status').textContent()).toMatch(/^Showing all \d+ findings\.$/);
    // The index comes first: a row a document, with its findings and decisions so far.
    expect(await page.locator('table.index tbody tr').count()).toBe(7);
    expect(await page.locator('table.index').textContent()).toMatch(/poor-advert\.md.*▲ \d+ warnings.*0 of \d+/s);

    const id = await openDocument(page, 'examples/poor-advert.md');
    // Key facts and checklist first, then the text; each finding one closed line.
    const order = await page.evaluate((doc) => [...document.querySelectorAll(`#${doc}-content > *`)].map((element) => element.className || element.tagName), id);
    expect(order[0]).toBe('facts');
    const cards = page.locator(`#${id} li.finding`);
    expect(await cards.count()).toBeGreaterThan(20);
    const tallest = await page.evaluate((doc) => Math.max(...[...document.querySelectorAll(`#${doc} li.finding`)].map((li) => li.getBoundingClientRect().height)), id);
    expect(tallest).toBeLessThan(80);
    expect(await page.locator(`#${id} li.finding button`).count()).toBe(0);
    // Opened, a finding shows why, what to write instead and the decision buttons.
    const card = cards.filter({ hasText: '“utilise”' }).first();
    await card.locator('summary').click();
    await expect.poll(() => card.locator('button[data-decide]').count()).toBe(3);
    expect(await card.textContent()).toMatch(/Who it affects and why.*What to write instead/s);

    // Scrolled far down, the bar with the progress and Export is still at the top.
    await page.mouse.wheel(0, 3000);
    await page.waitForTimeout(100);
    const bar = await page.locator('header.bar').boundingBox();
    expect(bar!.y).toBe(0);
    expect(await page.locator('#export').isVisible()).toBe(true);
    expect(requests).toEqual([pathToFileURL(report).href]);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('each ✓ of the checklist and each key fact goes to its words, highlighted in the text', async () => {
    const { page, context, problems } = await open(report);
    const id = await openDocument(page, 'examples/good-advert.md');
    // The key facts and the checklist are in view at once, in the first block.
    const facts = page.locator(`#${id} .facts`);
    expect(await facts.locator('dl.stats').textContent()).toMatch(/Pay.*£/s);
    const given = facts.locator('.checklist li.met a');
    expect(await given.count()).toBeGreaterThan(3);
    for (const link of await given.all()) {
      const target = (await link.getAttribute('href'))!.slice(1);
      await link.click();
      // The words are in the document's text (not in a list beside it), outlined, and focused.
      const focused = await page.evaluate(() => ({ id: document.activeElement?.id, inText: !!document.activeElement?.closest('li.block') }));
      expect(focused).toEqual({ id: target, inText: true });
      const outlined = await page.evaluate(() => [...document.querySelectorAll('.ev-on')].map((el) => el.textContent).join(''));
      expect(outlined.length).toBeGreaterThan(10);
      const box = await page.locator(`[id="${target}"]`).boundingBox();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y).toBeLessThan(900);
    }
    const pay = facts.locator('dl.stats a').first();
    await pay.click();
    expect(await page.evaluate(() => document.activeElement?.closest('li.block') !== null)).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('screenshots at 1280 and 390 px (the README’s, with WIDEN_UPDATE_SCREENSHOT=1)', async () => {
    for (const width of [1280, 390]) {
      const { page, context } = await open(report, { width, height: width > 500 ? 900 : 844 });
      const id = await openDocument(page, 'examples/poor-advert.md');
      const card = page.locator(`#${id} li.finding`).filter({ hasText: '“utilise”' }).first();
      await card.locator('summary').click();
      await page.locator('#change-name').click();
      await page.locator('#reviewer').fill('Amira, Deaf-led partner');
      await page.keyboard.press('Enter');
      await card.locator('button[data-decide="discuss"]').click();
      await card.locator('textarea').fill('Is this word in our style guide?');
      await card.evaluate((element) => element.scrollIntoView({ block: 'center' }));
      await page.waitForTimeout(100);
      const path = process.env.WIDEN_UPDATE_SCREENSHOT ? join(root, 'docs', `report-${width}.png`) : join(artefacts, `report-${width}.png`);
      await page.screenshot({ path });
      await context.close();
    }
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe-core finds no violations (${colorScheme})`, async () => {
      const { page, context } = await open(report, { colorScheme });
      expect(await axe(page)).toEqual([]);
      // Also with a document and a finding open, a decision made and a filter applied.
      const id = await openDocument(page, 'examples/poor-advert.html');
      await page.locator(`#${id} li.finding summary`).first().click();
      await page.locator(`#${id} button[data-decide="agree"]`).first().click();
      expect(await axe(page)).toEqual([]);
      await page.locator('#reviewer').fill('Ola');
      await page.keyboard.press('Enter');
      await page.locator('#filter-category').selectOption('plain-language');
      await page.waitForTimeout(50);
      expect(await axe(page)).toEqual([]);
      await context.close();
    });
  }

  test('at 390 px the index is a list, and no word breaks; at 320 px nothing scrolls sideways', async () => {
    const { page, context } = await open(report, { width: 390, height: 844 });
    expect(await page.locator('table.index tr').first().evaluate((row) => getComputedStyle(row).display)).toBe('block');
    expect(await page.locator('table.index thead').evaluate((head) => head.getBoundingClientRect().height)).toBeLessThanOrEqual(1);
    expect(await page.locator('table.index tbody tr').first().textContent()).toMatch(/Findings: .*Decided: /);
    await openDocument(page, 'examples/poor-advert.md');
    expect(await brokenWords(page, 'header.bar, h1, .lead, table.index, .filters, .document h2, .doc-line, .facts, li.finding summary')).toEqual([]);
    await page.setViewportSize({ width: 320, height: 640 });
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    await context.close();
  });

  test('filters shorten the page: only blocks and documents with matching findings, counts updated, the whole text on request', async () => {
    const { page, context } = await open(report);
    const total = (await findings(page)).length;
    const id = await openDocument(page, 'examples/poor-advert.md');
    const blocks = await page.locator(`#${id} li.block`).count();
    const tall = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.locator('#filter-rule').selectOption('simpler-words');
    const simpler = (await findings(page)).filter((f) => f.ruleId === 'simpler-words');
    const documents = new Set(simpler.map((f) => f.doc)).size;
    await expect.poll(() => page.locator('#filter-status').textContent()).toBe(`Showing ${simpler.length} of ${total} findings, in ${documents} of 7 documents.`);
    const shownBlocks = await page.locator(`#${id} li.block:visible`).count();
    expect(shownBlocks).toBeGreaterThan(0);
    expect(shownBlocks).toBeLessThan(blocks / 2);
    expect(await page.locator(`#${id} li.finding:visible`).count()).toBe(simpler.filter((f) => f.doc === id).length);
    expect(await page.locator(`#${id}-count`).textContent()).toMatch(/^\d+ of \d+ findings match$/);
    // Documents and index rows with nothing matching are gone; the page is much shorter.
    expect(await page.locator('section.document:visible').count()).toBe(documents);
    expect(await page.locator('table.index tbody tr:visible').count()).toBe(documents);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(tall * 0.7);
    // The whole text comes back on request, with only the matching findings.
    await page.locator('#filter-whole').check();
    await expect.poll(() => page.locator(`#${id} li.block:visible`).count()).toBe(blocks);
    expect(await page.locator(`#${id} li.finding:visible`).count()).toBe(simpler.filter((f) => f.doc === id).length);
    await page.locator('#filter-whole').uncheck();
    await page.locator('#filter-text').fill('“utilise”');
    await expect.poll(() => page.locator('#filter-status').textContent()).toMatch(/^Showing [1-9]\d* of /);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => page.locator(`#${id} li.block:visible`).count()).toBe(blocks);
    // A rule and a severity it never has: nothing matches, and no document is left.
    await page.locator('#filter-rule').selectOption('simpler-words');
    await page.locator('#filter-severity').selectOption('error');
    await expect.poll(() => page.locator('#filter-status').textContent()).toBe(`Showing 0 of ${total} findings, in 0 of 7 documents.`);
    expect(await page.locator('section.document:visible').count()).toBe(0);
    await context.close();
  });

  test('keyboard only: the name is asked before the first decision; the export is named for the reviewer and the day, and says what to do', async () => {
    const { page, context, problems } = await open(report);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the report');
    // Open a document, then a finding, with the keyboard.
    await tabTo(page, 'section.document:has(li.finding) details.doc-body > summary');
    await page.keyboard.press('Enter');
    await tabTo(page, 'li.finding summary');
    await page.keyboard.press('Enter');
    const first = (await page.evaluate(() => document.activeElement!.closest('li.finding')!.id))!;
    await tabTo(page, 'button[data-decide="disagree"]');
    await page.keyboard.press('Enter');
    // No name yet: the decision waits for one.
    expect(await page.locator('#name-dialog').evaluate((dialog: HTMLDialogElement) => dialog.open)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('reviewer');
    expect(await page.locator('#review-progress').textContent()).toMatch(/^0 of /);
    await page.keyboard.type('Ama (keyboard)');
    await page.keyboard.press('Enter');
    expect(await page.locator('#name-dialog').evaluate((dialog: HTMLDialogElement) => dialog.open)).toBe(false);
    expect(await page.locator(`#${first} button[data-decide="disagree"]`).getAttribute('aria-pressed')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-decide'))).toBe('disagree');
    expect(await page.locator('#who').textContent()).toBe('Deciding as Ama (keyboard)');
    await tabTo(page, 'textarea[data-finding]');
    await page.keyboard.type('We say this on purpose <img src=x onerror=alert(1)>');
    expect(await page.locator(`#${first}-decision`).textContent()).toMatch(/^Ama \(keyboard\): Disagree, .+: We say this on purpose <img/);
    expect(await page.locator(`#${first} .badge`).textContent()).toBe('Disagree (Ama (keyboard))');
    // Two more: the next findings, agree and disagree.
    const decided = [first];
    for (const choice of ['agree', 'disagree']) {
      await tabTo(page, 'li.finding summary');
      await page.keyboard.press('Enter');
      decided.push(await page.evaluate(() => document.activeElement!.closest('li.finding')!.id));
      await tabTo(page, `button[data-decide="${choice}"]`);
      await page.keyboard.press('Space');
    }
    expect(new Set(decided).size).toBe(3);
    expect(await page.locator('#review-progress').textContent()).toMatch(/^3 of \d+ decided$/);
    const doc = decided[0]!.replace(/^f(\d+)-.*/, 'd$1');
    expect(await page.locator(`#${doc}-idx-decided`).textContent()).toMatch(/^3 of \d+$/);

    // Back up to Export in the bar; the file is named for the reviewer and the day.
    await tabTo(page, '#export', { back: true });
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const day = await page.evaluate(() => new Date().toLocaleDateString('en-CA'));
    expect(download.suggestedFilename()).toBe(`widen-review-ama-keyboard-${day}.json`);
    const reviewPath = join(artefacts, 'review.json');
    await download.saveAs(reviewPath);
    const review = JSON.parse(readFileSync(reviewPath, 'utf8'));
    expect(review.decisions.map((d: { decision: string }) => d.decision)).toEqual(['disagree', 'agree', 'disagree']);
    expect(review.decisions[0].reviewer).toBe('Ama (keyboard)');
    expect(await page.locator('#export-dialog').evaluate((dialog: HTMLDialogElement) => dialog.open)).toBe(true);
    expect(await page.locator('#export-dialog').textContent()).toContain(`widen-review-ama-keyboard-${day}.json`);
    expect(await page.locator('#export-dialog').textContent()).toContain('Send this file to the person who sent you the report');
    await page.keyboard.press('Escape');
    expect(problems).toEqual([]);

    // Decisions are kept in the browser: a reload shows them again.
    await page.reload();
    await page.locator(`#${doc}-body > summary`).click();
    await page.locator(`#${first} summary`).click();
    expect(await page.locator(`#${first} button[data-decide="disagree"]`).getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator(`#${first}-comment`).inputValue()).toBe('We say this on purpose <img src=x onerror=alert(1)>');
    await context.close();

    // Feed the exported file back to the CLI.
    const before = JSON.parse((await runCliInProcess(['--format', 'json', 'examples/'])).stdout);
    const after = JSON.parse((await runCliInProcess(['--format', 'json', '--review', reviewPath, 'examples/'])).stdout);
    const disagreed = review.decisions.filter((d: { decision: string }) => d.decision === 'disagree').map((d: { path: string; fingerprint: string }) => `${d.path} ${d.fingerprint}`);
    const keys = (files: Array<{ path: string; diagnostics: Diagnostic[] }>) => files.flatMap((file) => file.diagnostics.map((d) => `${file.path} ${d.fingerprint}`));
    expect(keys(after.files)).toEqual(keys(before.files).filter((key) => !disagreed.includes(key)));
    expect(after.files.flatMap((file: { path: string; reviewed?: Diagnostic[] }) => (file.reviewed ?? []).map((d) => `${file.path} ${d.fingerprint}`))).toEqual(disagreed);
  });

  test('importing two reviewers’ files merges them and shows who decided what, as text', async () => {
    const { page, context, dialogs, problems } = await open(report);
    const all = await findings(page);
    const [a, b] = [all[1]!, all[2]!];
    const entry = (f: typeof a, decision: string, reviewer: string, comment: string) => ({ path: f.path, fingerprint: f.fingerprint, ruleId: f.ruleId, excerpt: f.excerpt, decision, comment, reviewer, date: '2030-01-01T00:00:00.000Z' });
    const amira = join(artefacts, 'widen-review-amira.json');
    const sam = join(artefacts, 'widen-review-sam.json');
    writeFileSync(amira, JSON.stringify({ version: 1, decisions: [entry(a, 'disagree', 'Amira', '<img src=x onerror="window.__widenPwned=1">'), { ...entry(a, 'agree', 'Amira', ''), fingerprint: '0000000000000000' }] }));
    writeFileSync(sam, JSON.stringify({ version: 1, decisions: [entry(a, 'agree', '</script><script>window.__widenPwned=2</script>', 'Fine by me'), entry(b, 'discuss', 'Sam', 'Is this a quoted title?')] }));
    await page.locator('#import').setInputFiles([amira, sam]);
    await expect.poll(() => page.locator('#review-status').textContent()).toBe(
      'Imported 1 decision from widen-review-amira.json; 1 did not match a finding in this report. Imported 2 decisions from widen-review-sam.json.',
    );
    expect(await page.locator('#review-progress').textContent()).toMatch(/^2 of /);
    expect(await page.locator('#reviewers').textContent()).toBe('Decisions so far: </script><script>window.__widenPwned=2</script> (1), Amira (1), Sam (1).');
    await page.locator(`#${a.doc}-body > summary`).click();
    await page.locator(`#${a.id} summary`).click();
    const shown = await page.locator(`#${a.id}-decision`).textContent();
    expect(shown).toContain('Amira: Disagree, 1 January 2030: <img src=x onerror="window.__widenPwned=1">');
    expect(shown).toContain('</script><script>window.__widenPwned=2</script>: Agree, 1 January 2030: Fine by me');
    await page.locator(`#${b.id} summary`).click();
    expect(await page.locator(`#${b.id}-decision`).textContent()).toBe('Sam: Needs discussion, 1 January 2030: Is this a quoted title?');
    // The merged file has every reviewer's decisions.
    await page.locator('#change-name').click();
    await page.locator('#reviewer').fill('Sender');
    await page.keyboard.press('Enter');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export').click()]);
    const merged = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(merged.decisions.map((d: { reviewer: string; decision: string }) => `${d.reviewer}: ${d.decision}`).sort()).toEqual(
      ['</script><script>window.__widenPwned=2</script>: agree', 'Amira: disagree', 'Sam: discuss'].sort(),
    );
    expect(await page.evaluate(() => (window as unknown as { __widenPwned?: unknown }).__widenPwned)).toBeUndefined();
    expect(await page.locator('#main img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('prints every document, with the decisions and without the controls', async () => {
    const { page, context } = await open(report);
    const id = await openDocument(page, 'examples/poor-advert.md');
    await page.locator(`#${id} li.finding summary`).first().click();
    await page.locator(`#${id} button[data-decide="agree"]`).first().click();
    await page.locator('#reviewer').fill('Ola');
    await page.keyboard.press('Enter');
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate((doc) => ({
      open: [...document.querySelectorAll('details.doc-body')].every((details) => (details as HTMLDetailsElement).open),
      controls: [...document.querySelectorAll('.decide, header.bar, .filters')].filter((element) => getComputedStyle(element).display !== 'none').length,
      badge: document.querySelector(`#${doc} li.finding .badge`)!.textContent,
    }), id);
    expect(printed).toEqual({ open: true, controls: 0, badge: 'Agree (Ola)' });
    await context.close();
  });

  test('a hostile document runs no script: no payload flag set, no dialog, no injected element', async () => {
    rmSync(hostileFolder, { recursive: true, force: true });
    mkdirSync(hostileFolder, { recursive: true });
    // A hostile file name too (in a git-ignored folder, so the files are named one by one).
    const named = join(hostileFolder, `<img src=x onerror="window.__widenPwned='name'">.txt`);
    copyFileSync(join(root, 'tests', 'fixtures', 'hostile', 'hostile.txt'), named);
    const fixtures = ['hostile.txt', 'hostile.md'].map((name) => join('tests', 'fixtures', 'hostile', name));
    // In the page as it is (3 documents), and kept for later (12 documents, each opened).
    for (const copies of [1, 4]) {
      const hostileReport = join(artefacts, `hostile-report-${copies}.html`);
      const inputs = Array.from({ length: copies }, () => [...fixtures, named]).flat();
      const copied = copies === 1 ? inputs : inputs.map((input, index) => {
        const path = join(hostileFolder, `${index}-${input.split('/').pop()}`);
        copyFileSync(input.startsWith('/') ? input : join(root, input), path);
        return path;
      });
      expect((await runCliInProcess(['--format', 'html', '--output', hostileReport, ...copied])).stderr).toBe('');
      const { page, context, dialogs, problems } = await open(hostileReport);
      for (const summary of await page.locator('details.doc-body > summary').all()) await summary.click();
      for (const summary of (await page.locator('li.finding summary').all()).slice(0, 60)) await summary.click();
      await page.mouse.move(200, 300);
      for (const element of (await page.locator('mark').all()).slice(0, 30)) await element.hover();
      await page.waitForTimeout(200);
      expect(await page.evaluate(() => (window as unknown as { __widenPwned?: unknown }).__widenPwned)).toBeUndefined();
      expect(dialogs).toEqual([]);
      expect(problems).toEqual([]);
      const injected = await page.evaluate(() => ({
        scripts: [...document.scripts].filter((script) => script.type !== 'text/html').length,
        styles: document.querySelectorAll('style').length,
        elements: document.querySelectorAll('img, svg, iframe, [onerror], [onload], [onmouseover], a[href^="javascript:"]').length,
        bodyShown: getComputedStyle(document.body).display,
      }));
      expect(injected).toEqual({ scripts: 2, styles: 1, elements: 0, bodyShown: 'block' });
      expect(await page.locator('main').textContent()).toContain("<script>window.__widenPwned = 'script'");
      expect(await page.locator('li.finding').count()).toBeGreaterThan(5 * copies);
      await context.close();
    }
  });

  // How fast it opens is measured in the benchmark (npm run bench: the report step), not asserted here.
  test('300 documents: the page holds the index and no document body until one is opened from it', async () => {
    const many = join(artefacts, 'report-300.html');
    const page300 = html(await manyResults(300), htmlContext);
    writeFileSync(many, page300);
    const { page, context, problems } = await open(many);
    const opened = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd);
    console.info(`  300 documents: ${(page300.length / 1024 / 1024).toFixed(1)} MB, open in ${Math.round(opened)} ms`);
    expect(await page.locator('table.index tbody tr').count()).toBe(300);
    // Only the opened document's body is in the page.
    expect(await page.locator('li.block').count()).toBe(0);
    await page.locator('table.index a[href="#d250"]').click();
    await expect.poll(() => page.locator('#d250 li.block').count()).toBeGreaterThan(3);
    expect(await page.locator('#d250-body').evaluate((details: HTMLDetailsElement) => details.open)).toBe(true);
    expect(await page.locator('li.block').count()).toBe(await page.locator('#d250 li.block').count());
    expect(problems).toEqual([]);
    await context.close();
  });
});
