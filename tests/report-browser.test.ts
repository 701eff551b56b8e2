import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Diagnostic } from '../src/model/diagnostic.js';
import { root, runCli } from './helpers/lint.js';

/** Debian's Chromium, never a downloaded browser. CI installs it (.ci/run); locally the tests skip without it. */
const executablePath = '/usr/bin/chromium';
const haveBrowser = existsSync(executablePath);
if (!haveBrowser && !process.env.CI) {
  console.warn(`\n  SKIPPED the HTML report browser tests: no browser at ${executablePath} (install it with "apt-get install chromium").\n`);
}

const artefacts = join(root, 'tests', '.artefacts');
const hostileFolder = join(root, 'tests', '.hostile');
const axeSource = readFileSync(join(root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

let browser: Browser;

/** Opens a report file with every request and any CSP violation, page error or dialog recorded. */
async function open(path: string, options: { width?: number; colorScheme?: 'light' | 'dark' } = {}) {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1100, height: 900 }, acceptDownloads: true, reducedMotion: 'reduce' });
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

describe.skipIf(!haveBrowser && !process.env.CI)('HTML report in a real browser', () => {
  const report = join(artefacts, 'report.html');

  beforeAll(async () => {
    mkdirSync(artefacts, { recursive: true });
    const { code, stderr } = runCli(['--format', 'html', '--output', report, 'examples/']);
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

  test('opens with no network requests, no CSP violation and no script error', async () => {
    const { page, context, requests, problems } = await open(report);
    expect(await page.locator('li.finding').count()).toBeGreaterThan(10);
    expect(await page.locator('#filter-status').textContent()).toMatch(/^Showing all \d+ findings\.$/);
    expect(requests).toEqual([pathToFileURL(report).href]);
    expect(problems).toEqual([]);
    await page.screenshot({ path: join(artefacts, 'report.png') });
    if (process.env.WIDEN_UPDATE_SCREENSHOT) {
      // The README's copy: a paragraph with its findings beside it, one already decided.
      await page.setViewportSize({ width: 960, height: 640 });
      await page.locator('#reviewer').fill('Amira, Deaf-led partner');
      const paragraph = page.locator('.block.has-findings').filter({ hasText: 'utilise' }).first();
      await paragraph.locator('input[value="disagree"]').first().check();
      await paragraph.locator('textarea').first().fill('Long, but every clause matters to the ward.');
      await paragraph.evaluate((element) => element.scrollIntoView());
      await page.screenshot({ path: join(root, 'docs', 'report-screenshot.png') });
    }
    await context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe-core finds no violations (${colorScheme})`, async () => {
      const { page, context } = await open(report, { colorScheme });
      expect(await axe(page)).toEqual([]);
      // Also with a decision made and a filter applied, when more of the page's states are showing.
      await page.locator('input[value="discuss"]').first().check();
      await page.locator('#filter-category').selectOption('plain-language');
      await page.waitForTimeout(50);
      expect(await axe(page)).toEqual([]);
      await context.close();
    });
  }

  test('reflows at 320 CSS pixels wide (400% zoom) with no sideways scrolling of the page', async () => {
    const { page, context } = await open(report, { width: 320 });
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    await context.close();
  });

  test('filters by category, severity, rule and search, and the counts update', async () => {
    const { page, context } = await open(report);
    const total = await page.locator('li.finding').count();
    await page.locator('#filter-rule').selectOption('simpler-words');
    const simpler = await page.locator('li.finding[data-rule="simpler-words"]').count();
    await expect.poll(() => page.locator('li.finding:visible').count()).toBe(simpler);
    expect(await page.locator('#filter-status').textContent()).toBe(`Showing ${simpler} of ${total} findings.`);
    await page.locator('#filter-text').fill('“utilise”');
    const matching = await page.locator('li.finding[data-rule="simpler-words"] .finding-body', { hasText: '“utilise”' }).count();
    expect(matching).toBeGreaterThan(0);
    await expect.poll(() => page.locator('li.finding:visible').count()).toBe(matching);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => page.locator('li.finding:visible').count()).toBe(total);
    await page.locator('#filter-severity').selectOption('error');
    await expect.poll(() => page.locator('#filter-status').textContent()).toBe(`Showing 0 of ${total} findings.`);
    await context.close();
  });

  test('keyboard-only review: name, decide, comment, export; the CLI then suppresses exactly the disagreed findings', async () => {
    const { page, context, problems } = await open(report);
    // The skip link comes first and moves focus to the main content.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the report');
    await tabTo(page, '#reviewer');
    await page.keyboard.type('Ama (keyboard)');
    // Tab to the first finding's decision, choose Disagree with the arrow keys, and write a comment.
    await tabTo(page, 'input[type="radio"][data-finding]');
    const first = (await page.evaluate(() => document.activeElement!.getAttribute('data-finding')))!;
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    expect(await page.locator(`#${first}-disagree`).isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`${first}-comment`);
    await page.keyboard.type('We say this on purpose <img src=x onerror=alert(1)>');
    // The focus indicator is visible on the control.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe('solid');
    // Two more decisions: one agree, one disagree, by keyboard on the next findings.
    await tabTo(page, 'input[type="radio"][data-finding]');
    const second = (await page.evaluate(() => document.activeElement!.getAttribute('data-finding')))!;
    await page.keyboard.press('Space');
    await tabTo(page, 'input[type="radio"][data-finding]');
    const third = (await page.evaluate(() => document.activeElement!.getAttribute('data-finding')))!;
    await page.keyboard.press('ArrowRight');
    expect(new Set([first, second, third]).size).toBe(3);
    expect(await page.locator(`#${first}-decision`).textContent()).toMatch(/^Decision: Disagree \(Ama \(keyboard\), .+\): We say this on purpose <img/);
    expect(await page.locator('#review-progress').textContent()).toMatch(/^3 of \d+ findings decided\.$/);

    // Back up to the export button and press Enter; the download is the review file.
    await tabTo(page, '#export', { back: true });
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('widen-review.json');
    const reviewPath = join(artefacts, 'review.json');
    await download.saveAs(reviewPath);
    const review = JSON.parse(readFileSync(reviewPath, 'utf8'));
    expect(review.decisions.map((d: { decision: string }) => d.decision)).toEqual(['disagree', 'agree', 'disagree']);
    expect(review.decisions[0].reviewer).toBe('Ama (keyboard)');
    expect(await page.locator('#review-status').textContent()).toBe('Exported 3 decisions to widen-review.json.');
    expect(problems).toEqual([]);

    // Decisions are kept in the browser: a reload shows them again.
    await page.reload();
    expect(await page.locator(`#${first}-disagree`).isChecked()).toBe(true);
    expect(await page.locator(`#${first}-comment`).inputValue()).toBe('We say this on purpose <img src=x onerror=alert(1)>');
    await context.close();

    // Feed the exported file back to the CLI.
    const before = JSON.parse(runCli(['--format', 'json', 'examples/']).stdout);
    const after = JSON.parse(runCli(['--format', 'json', '--review', reviewPath, 'examples/']).stdout);
    const disagreed = review.decisions.filter((d: { decision: string }) => d.decision === 'disagree').map((d: { path: string; fingerprint: string }) => `${d.path} ${d.fingerprint}`);
    const keys = (files: Array<{ path: string; diagnostics: Diagnostic[] }>) => files.flatMap((file) => file.diagnostics.map((d) => `${file.path} ${d.fingerprint}`));
    expect(keys(after.files)).toEqual(keys(before.files).filter((key) => !disagreed.includes(key)));
    expect(after.files.flatMap((file: { path: string; reviewed?: Diagnostic[] }) => (file.reviewed ?? []).map((d) => `${file.path} ${d.fingerprint}`))).toEqual(disagreed);
  });

  test('importing a review file shows its decisions, as text', async () => {
    const { page, context, dialogs, problems } = await open(report);
    const data = await page.evaluate(() => JSON.parse(document.getElementById('widen-data')!.textContent!));
    const finding = data.findings[1];
    const reviewPath = join(artefacts, 'import-review.json');
    const decision = { path: finding.path, fingerprint: finding.fingerprint, ruleId: finding.ruleId, excerpt: finding.excerpt, decision: 'discuss', comment: '<img src=x onerror="window.__widenPwned=1">', reviewer: '</script><script>window.__widenPwned=2</script>', date: '2030-01-01T00:00:00.000Z' };
    const stranger = { ...decision, fingerprint: '0000000000000000' };
    writeFileSync(reviewPath, JSON.stringify({ version: 1, decisions: [decision, stranger] }));
    await page.locator('#import').setInputFiles(reviewPath);
    await expect.poll(() => page.locator('#review-status').textContent()).toBe('Imported 1 decision from import-review.json; 1 did not match a finding in this report.');
    expect(await page.locator(`#${finding.id}-discuss`).isChecked()).toBe(true);
    expect(await page.locator(`#${finding.id}-decision`).textContent()).toContain(decision.comment);
    expect(await page.evaluate(() => (window as unknown as { __widenPwned?: unknown }).__widenPwned)).toBeUndefined();
    expect(await page.locator('#main img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('prints the findings and decisions, without the controls', async () => {
    const { page, context } = await open(report);
    await page.locator('input[value="agree"]').first().check();
    await page.locator('#filter-severity').selectOption('error');
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => ({
      findings: [...document.querySelectorAll('li.finding')].filter((element) => getComputedStyle(element).display !== 'none').length,
      all: document.querySelectorAll('li.finding').length,
      fieldsets: [...document.querySelectorAll('fieldset')].filter((element) => getComputedStyle(element).display !== 'none').length,
      decision: getComputedStyle(document.querySelector('.decision')!).display,
    }));
    expect(printed.findings).toBe(printed.all);
    expect(printed.fieldsets).toBe(0);
    expect(printed.decision).not.toBe('none');
    await context.close();
  });

  test('a hostile document runs no script: no payload flag set, no dialog, no injected element', async () => {
    rmSync(hostileFolder, { recursive: true, force: true });
    mkdirSync(hostileFolder, { recursive: true });
    // A hostile file name too (in a git-ignored folder, so the files are named one by one).
    const named = join(hostileFolder, `<img src=x onerror="window.__widenPwned='name'">.txt`);
    copyFileSync(join(root, 'tests', 'fixtures', 'hostile', 'hostile.txt'), named);
    const hostileReport = join(artefacts, 'hostile-report.html');
    const fixtures = ['hostile.txt', 'hostile.md'].map((name) => join('tests', 'fixtures', 'hostile', name));
    expect(runCli(['--format', 'html', '--output', hostileReport, ...fixtures, named]).stderr).toBe('');
    const { page, context, dialogs, problems } = await open(hostileReport);
    await page.mouse.move(200, 300);
    for (const element of await page.locator('mark').all()) await element.hover();
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { __widenPwned?: unknown }).__widenPwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
    const injected = await page.evaluate(() => ({
      scripts: document.scripts.length,
      styles: document.querySelectorAll('style').length,
      elements: document.querySelectorAll('img, svg, iframe, [onerror], [onload], [onmouseover], a[href^="javascript:"]').length,
      bodyShown: getComputedStyle(document.body).display,
    }));
    expect(injected).toEqual({ scripts: 2, styles: 1, elements: 0, bodyShown: 'block' });
    expect(await page.locator('main').textContent()).toContain("<script>window.__widenPwned = 'script'");
    expect(await page.locator('li.finding').count()).toBeGreaterThan(5);
    await context.close();
  });
});
