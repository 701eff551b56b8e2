import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { sampleDiagnostic } from './helpers/sample.js';
import { describe, expect, test } from 'vitest';
import outputSchema from '../schemas/widen-output.schema.json' with { type: 'json' };
import reviewSchema from '../schemas/widen-review.schema.json' with { type: 'json' };
import type { Diagnostic, FileResult } from '../src/model/diagnostic.js';
import { Linter, requirements } from '../src/index.js';
import { escapeHtml, html, scriptJson } from '../src/report/html/html.js';
import { applyReview, parseReview, ReviewError, type ReviewEntry, type ReviewFile } from '../src/suppress/review.js';
import { root, runCliInProcess } from './helpers/lint.js';
import { rules } from '../rules/index.js';

const validateOutput = new Ajv2020({ strict: false }).compile(outputSchema);
const validateReview = new Ajv2020({ strict: false }).compile(reviewSchema);
const context = { color: false, version: '0.0.0-test', requirements, docsBase: '' };

/** The page's embedded data block, parsed. */
function pageData(page: string): { reportId: string; paths: Record<string, string>; findings: Array<Record<string, unknown>>; carried: unknown[] } {
  const match = /<script type="application\/json" id="widen-data">([\s\S]*?)<\/script>/.exec(page);
  return JSON.parse(match![1]!);
}

function diagnostic(overrides: Partial<Diagnostic> = {}): Diagnostic {
  return sampleDiagnostic({
    location: { line: 1, column: 10, endLine: 1, endColumn: 17, offset: 9, endOffset: 16 },
    fingerprint: '0123456789abcdef',
    ...overrides,
  });
}

function result(overrides: Partial<FileResult> = {}): FileResult {
  return { path: 'advert.md', format: 'markdown', profile: 'advert', stats: { words: 40, sentences: 3, readingAge: 13 }, diagnostics: [], ...overrides };
}

describe('HTML report', () => {
  test('is self-contained: one inline style and script, allowed by hash in a strict Content-Security-Policy', async () => {
    const { stdout, code } = await runCliInProcess(['--format', 'html', 'examples/']);
    expect([0, 1]).toContain(code);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(stdout)![1]!.replace(/&#39;/g, "'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    const style = /<style>([\s\S]*?)<\/style>/.exec(stdout)![1]!;
    const script = /<script>([\s\S]*?)<\/script>/.exec(stdout)![1]!;
    const hash = (text: string) => createHash('sha256').update(text).digest('base64');
    expect(csp).toContain(`style-src 'sha256-${hash(style)}'`);
    expect(csp).toContain(`script-src 'sha256-${hash(script)}'`);
    // Nothing is fetched: no external stylesheet, script, image, frame or font.
    expect(stdout).not.toMatch(/<(?:link|img|iframe|object|embed)\b/i);
    expect(stdout).not.toMatch(/\ssrc=/i);
    expect(stdout).not.toMatch(/style="/i);
    expect(stdout.match(/<script/g)).toHaveLength(2);
    // Keep the page's script small and plain (documents on demand, filters, names, export, merging: about 18,000 characters).
    expect(script.length).toBeLessThan(20_000);
  });

  test('shows each document as its blocks, with findings in place and document-level findings first', async () => {
    const page = (await runCliInProcess(['--format', 'html', 'examples/poor-advert.md'])).stdout;
    expect(page).toContain('<h2 id="d1-h"><span class="path">examples/poor-advert.md</span></h2>');
    expect(page.indexOf('About the whole document')).toBeLessThan(page.indexOf('The text, with findings in place'));
    expect(page).toMatch(/<mark class="sev-info[^"]*" data-ids="[^"]+">utilise<\/mark>/);
    expect(page).toContain('Who it affects and why');
    // Help is in the page, addressed to people without a terminal; the only links out are public web pages.
    expect(page).not.toContain('widen explain');
    expect(page).toMatch(/<details class="rule-help" id="rule-simpler-words">[\s\S]*?Formal words such as “utilise”/);
    expect(page).toContain('href="#rule-simpler-words"');
    expect(page).toContain('href="https://github.com/widen-lint/widen/blob/main/rules/simpler-words/simpler-words.md"');
    for (const [, href] of page.matchAll(/href="([^"]*)"/g)) expect(href, href).toMatch(/^(?:#[\w-]+|https:\/\/)/);
    // The index: findings by severity, decided so far, reading age against the target; the checklist slot in words and symbols.
    expect(page).toMatch(/Reading age \(target 11\)/);
    expect(page).toMatch(/<td role="cell"><span class="label" aria-hidden="true">Findings: <\/span><span id="d1-idx-count"><span class="count sev-error"><span aria-hidden="true">✖<\/span> \d+ errors<\/span> <span class="count sev-warning"><span aria-hidden="true">▲<\/span> \d+ warnings<\/span>/);
    expect(page).toMatch(/<div class="facts" data-slot="requirements">[\s\S]*?✗<\/span> Missing: Pay in pounds/);
    // One document: open from the start, its body in the page.
    expect(page).toContain('<details class="doc-body" id="d1-body" open>');
    const data = pageData(page);
    expect(data.findings.length).toBeGreaterThan(5);
    expect(data.paths).toEqual({ d1: 'examples/poor-advert.md' });
    expect(data.findings[0]).toMatchObject({ doc: 'd1', ruleId: 'missing-information', category: 'required-information' });
  });

  test('the checklist reads the requirement states, not the findings', () => {
    const evidence = { excerpt: 'The pay is £12.60 an hour.', location: { line: 3, column: 1, offset: 20, endOffset: 46 } };
    const requirements = [
      { id: 'salary', status: 'met' as const, evidence },
      { id: 'closing-date', status: 'missing' as const, suggestion: 'The closing date is [date].' },
      { id: 'bsl', status: 'off' as const },
    ];
    // A finding naming the pay does not make it missing: the state says it is met.
    const page = html([result({ requirements, diagnostics: [diagnostic({ ruleId: 'missing-information', category: 'required-information', excerpt: '', requirement: 'salary', location: { offset: 0, endOffset: 0 } })] })], context);
    expect(page).toMatch(/✓<\/span> Given: <a href="#evidence-1-salary">Pay in pounds<\/a>/);
    expect(page).toMatch(/✗<\/span> Missing: Closing date/);
    expect(page).toMatch(/○<\/span> Not checked \(turned off\): Offer of a BSL interpreter/);
    expect(page).toMatch(/<li id="evidence-1-salary"[^>]*>Pay in pounds: <mark>The pay is £12.60 an hour.<\/mark>/);
  });

  test('escapes every piece of document text, and embeds JSON that cannot close its script element', () => {
    const hostile = '</script><script>alert(1)</script><img src=x onerror=alert(2)></style><a href="javascript:alert(3)">x</a>\u2028';
    const page = html(
      [
        result({
          path: `${hostile}.md`,
          note: hostile,
          diagnostics: [diagnostic({ message: hostile, note: hostile, excerpt: hostile, location: { line: 1, column: 1, offset: 0, endOffset: hostile.length }, suggestions: [{ text: hostile, replacement: hostile, safe: false }] })],
          blocks: [{ kind: 'paragraph', index: 1, start: 0, end: hostile.length, text: hostile }],
          reviewed: [{ ...diagnostic({ excerpt: hostile }), review: { decision: 'disagree', reviewer: hostile, comment: hostile, date: '2025-01-01T00:00:00Z' } }],
        }),
      ],
      context,
    );
    expect(page.match(/<script/g)).toHaveLength(2);
    expect(page.match(/<\/script>/g)).toHaveLength(2);
    expect(page.match(/<\/style>/g)).toHaveLength(1);
    // Every "<" in the page starts one of the report's own tags: none has an event handler or a javascript: link.
    expect(page).not.toMatch(/<img|<[^>]*\son\w+=|<a href="javascript/i);
    expect(/id="widen-data">([^<]*)/.exec(page)![1]).not.toMatch(/[\u2028\u2029]/);
    const data = pageData(page);
    expect(data.findings[0]!.excerpt).toBe(hostile);
    expect(data.paths.d1).toBe(`${hostile}.md`);
    expect(data.carried[0]).toMatchObject({ reviewer: hostile, comment: hostile, decision: 'disagree' });
    expect(escapeHtml(`<a b="c" d='e'>&`)).toBe('&#60;a b=&#34;c&#34; d=&#39;e&#39;&#62;&#38;');
    expect(scriptJson({ a: '</script>' })).toBe('{"a":"\\u003c/script\\u003e"}');
  });

  test('the hostile fixtures give a page with no markup from the documents', async () => {
    const page = (await runCliInProcess(['--format', 'html', 'tests/fixtures/hostile/'])).stdout;
    expect(page.match(/<script/g)).toHaveLength(2);
    expect(page).not.toMatch(/<img|<svg|<iframe|<textarea>|<[^>]*\son\w+=|href="javascript/i);
    expect(page).toContain('&#60;script&#62;');
  });

  test('DOCX results (block, heading and context instead of lines) are shown with their blocks, or without', () => {
    const source = 'Care worker\n\nYou will utilise the hoist.';
    const docx = result({
      path: 'advert.docx',
      format: 'docx',
      diagnostics: [diagnostic({ location: { offset: 22, endOffset: 29, block: 2, heading: 'Care worker', context: 'You will utilise the hoist.' } })],
      blocks: [
        { kind: 'heading', index: 1, start: 0, end: 11, text: source.slice(0, 11), heading: 'Care worker', depth: 1 },
        { kind: 'paragraph', index: 2, start: 13, end: source.length, text: source.slice(13), heading: 'Care worker' },
      ],
    });
    const page = html([docx], context);
    // Beside its text, a finding needs no “where”: it links back to its words instead.
    expect(page).toContain('<a class="ref-back" href="#ref-f1-1">Show it in the text</a>');
    expect(page).toMatch(/You will <mark class="sev-warning" data-ids="f1-1">utilise<\/mark><a class="ref" id="ref-f1-1"/);
    expect(page).toContain('<span class="block-no">¶1</span><span class="kind" aria-hidden="true">H1</span>');
    const bare = html([{ ...docx, blocks: undefined }], context);
    expect(bare).toContain('Paragraph 2, under “Care worker”');
    expect(bare).not.toContain('The text, with findings in place');
  });

  test('a file that could not be read is shown with its reason', () => {
    const page = html([result({ path: 'missing.md', error: 'no such file or folder', diagnostics: [] })], context);
    expect(page).toContain('Could not be read:</span> no such file or folder');
  });
});

describe('review files', () => {
  const entry: ReviewEntry = { path: 'advert.md', fingerprint: '0123456789abcdef', ruleId: 'simpler-words', excerpt: 'utilise', decision: 'disagree', comment: 'We mean it', reviewer: 'Sam', date: '2025-05-01T10:00:00.000Z' };

  test('the schema and the reader agree on a valid file, and errors name the key', () => {
    const file = { version: 1, decisions: [entry] };
    expect(validateReview(file)).toBe(true);
    expect(parseReview(JSON.stringify(file)).decisions).toHaveLength(1);
    expect(() => parseReview('{', 'r.json')).toThrow(/^r\.json: the review file is not valid JSON/);
    expect(() => parseReview(JSON.stringify({ version: 1, decisions: [{ ...entry, decision: 'maybe' }] }), 'r.json')).toThrow(
      new ReviewError('r.json: decisions.0.decision: expected one of "agree", "disagree", "discuss"'),
    );
    expect(() => parseReview(JSON.stringify({ version: 1, decisions: [], extra: 1 }), 'r.json')).toThrow(/unknown key "extra"/);
  });

  test('disagree suppresses the finding and lists it as reviewed; agree and discuss stay; the latest decision wins', () => {
    const findings = [diagnostic(), diagnostic({ fingerprint: 'fedcba9876543210' }), diagnostic({ fingerprint: '1111111111111111' })];
    const review: ReviewFile = {
      version: 1,
      decisions: [
        { ...entry, decision: 'disagree' },
        { ...entry, fingerprint: 'fedcba9876543210', decision: 'disagree', date: '2025-05-02T00:00:00Z' },
        { ...entry, fingerprint: 'fedcba9876543210', decision: 'discuss', date: '2025-05-03T00:00:00Z' },
        { ...entry, fingerprint: '2222222222222222' },
        { ...entry, path: 'other.md' },
      ],
    };
    const { results, unmatched } = applyReview([result({ diagnostics: findings })], review);
    const [file] = results;
    expect(file!.diagnostics.map((d) => d.fingerprint)).toEqual(['fedcba9876543210', '1111111111111111']);
    expect(file!.diagnostics[0]!.review).toMatchObject({ decision: 'discuss' });
    expect(file!.reviewed).toEqual([{ ...findings[0], review: { decision: 'disagree', reviewer: 'Sam', comment: 'We mean it', date: entry.date } }]);
    // A decision about a linted file whose finding has gone is reported; one about another file is not.
    expect(unmatched.map((e) => e.fingerprint)).toEqual(['2222222222222222']);
  });

  test('widen --review suppresses exactly the disagreed findings; JSON lists them as reviewed and validates', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'widen-review-'));
    const before = JSON.parse((await runCliInProcess(['--format', 'json', 'examples/poor-advert.md'])).stdout);
    const diagnostics = before.files[0].diagnostics as Diagnostic[];
    const [first, second, third] = diagnostics;
    const decide = (d: Diagnostic, decision: string) => ({ path: 'examples/poor-advert.md', fingerprint: d.fingerprint, ruleId: d.ruleId, excerpt: d.excerpt, decision, comment: `on ${d.ruleId}`, reviewer: 'Ola', date: '2025-05-01T00:00:00Z' });
    const reviewPath = join(folder, 'review.json');
    writeFileSync(reviewPath, JSON.stringify({ version: 1, decisions: [decide(first!, 'disagree'), decide(second!, 'agree'), decide(third!, 'disagree')] }));

    const { stdout, stderr } = await runCliInProcess(['--format', 'json', '--review', reviewPath, 'examples/poor-advert.md']);
    expect(stderr).toBe('');
    const after = JSON.parse(stdout);
    expect(validateOutput(after), JSON.stringify(validateOutput.errors)).toBe(true);
    const file = after.files[0];
    expect(file.diagnostics.map((d: Diagnostic) => d.fingerprint)).toEqual(diagnostics.slice(1).filter((d) => d !== third).map((d) => d.fingerprint));
    expect(file.reviewed.map((d: Diagnostic) => d.fingerprint)).toEqual([first!.fingerprint, third!.fingerprint]);
    expect(file.diagnostics[0].review).toMatchObject({ decision: 'agree', reviewer: 'Ola' });
    const count = (summary: { errors: number; warnings: number; infos: number }) => summary.errors + summary.warnings + summary.infos;
    expect(count(after.summary)).toBe(count(before.summary) - 2);
    expect([before.summary.setAside, after.summary.setAside]).toEqual([0, 2]);

    // Every format shows how many were set aside, and each decision next to its finding.
    const agreed = `Agreed (Ola, 2025-05-01): on ${second!.ruleId}`;
    const stylish = (await runCliInProcess(['--review', reviewPath, 'examples/poor-advert.md'])).stdout;
    expect(stylish).toMatch(/^ {2}reviewed {2}2 findings set aside by a reviewer \(Ola disagreed\) \(--format html shows them\)$/m);
    // The terminal wraps its lines: read it with white space collapsed.
    const flat = stylish.replace(/\s+/g, ' ');
    expect(flat).toContain(`${second!.message} ${second!.ruleId} `);
    const afterSecond = flat.split(`${second!.message} ${second!.ruleId} `)[1]!;
    expect(afterSecond.slice(0, afterSecond.indexOf('↳') + agreed.length + 2)).toMatch(/^(?:→ [^↳]*)?↳ /);
    expect(afterSecond).toContain(`↳ ${agreed}`);
    const github = (await runCliInProcess(['--format', 'github', '--review', reviewPath, 'examples/poor-advert.md'])).stdout;
    expect(github).toContain('2 findings set aside by a reviewer');
    // (GitHub shows 10 annotations of a kind: the agreed finding, a document-level warning, is not among them.)
    const markdown = (await runCliInProcess(['--format', 'markdown', '--review', reviewPath, 'examples/poor-advert.md'])).stdout;
    expect(markdown).toContain('- examples/poor-advert.md: 2 findings set aside by a reviewer (Ola disagreed)');
    expect(markdown).toContain(`<br>↳ ${agreed}`);
    const junit = (await runCliInProcess(['--format', 'junit', '--fail-on', 'info', '--review', reviewPath, 'examples/poor-advert.md'])).stdout;
    expect(junit).toContain(`↳ ${agreed}`);
    const sarif = JSON.parse((await runCliInProcess(['--format', 'sarif', '--review', reviewPath, 'examples/poor-advert.md'])).stdout).runs[0].results;
    const suppressed = sarif.filter((r: { suppressions?: unknown[] }) => r.suppressions);
    expect(suppressed.map((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints['widen/v1'])).toEqual([first!.fingerprint, third!.fingerprint]);
    expect(suppressed[0].suppressions).toEqual([{ kind: 'external', status: 'accepted', justification: `Disagreed (Ola, 2025-05-01): on ${first!.ruleId}` }]);
    expect(sarif.find((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints['widen/v1'] === second!.fingerprint).message.text).toContain(`Reviewer: ${agreed}`);

    const page = (await runCliInProcess(['--format', 'html', '--review', reviewPath, 'examples/poor-advert.md'])).stdout;
    expect(page).toContain('Set aside by a reviewer (2)');
    expect(page).toContain('Ola disagreed on 2025-05-01: on missing-information');
    expect(pageData(page).carried).toHaveLength(2);
    // Agreed findings come with their decision, so the page shows it already made.
    expect(pageData(page).findings[0]).toMatchObject({ fingerprint: second!.fingerprint, review: { decision: 'agree', reviewer: 'Ola' } });
  });

  test('a bad review file is a usage error (exit 2) naming the file', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'widen-review-'));
    const path = join(folder, 'review.json');
    writeFileSync(path, JSON.stringify({ version: 2, decisions: [] }));
    const bad = await runCliInProcess(['--review', path, 'examples/poor-advert.md']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(`widen: ${path}: version: must be equal to constant\n`);
    expect((await runCliInProcess(['--review', join(folder, 'none.json'), 'examples/poor-advert.md'])).stderr).toMatch(/cannot read the review file \(ENOENT\)/);
  });

  test('blocks are only on results when asked for', async () => {
    const text = '# Job\n\nYou will utilise the hoist at https://example.org.\n';
    const lean = await new Linter({ configPath: join(root, 'tests', 'fixtures', 'empty.widenrc.json') }).lintText(text, 'a.md');
    expect(lean.blocks).toBeUndefined();
    const full = await new Linter({ configPath: join(root, 'tests', 'fixtures', 'empty.widenrc.json'), includeBlocks: true }).lintText(text, 'a.md');
    expect(full.blocks!.map((b) => [b.kind, b.index, b.text.replace(/\s+/g, ' ').trim()])).toEqual([
      ['heading', 1, 'Job'],
      ['paragraph', 2, 'You will utilise the hoist at https://example.org.'],
    ]);
    for (const block of full.blocks!) expect(block.text.length).toBe(block.end - block.start);
    expect(readFileSync(join(root, 'schemas', 'widen-review.schema.json'), 'utf8')).toContain('"disagree"');
  });
});

describe('help inside the report', () => {
  test('a rule page’s Markdown becomes plain HTML; relative links keep their words and lose their address', async () => {
    const { markdownToHtml, publicUrl } = await import('../src/report/html/help.js');
    const out = markdownToHtml(
      'See [Audience](../../README.md#audience), [GOV.UK](https://www.gov.uk/guidance/style-guide) and [a file](file:///home/me/x.md).\n\n- **Age**: `young team` <img src=x>\n- two\n  lines\n\n| Requirement | Why |\n|---|---|\n| `salary` | Pay \\| matters |',
    );
    expect(out).toBe(
      '<p>See Audience, <a href="https://www.gov.uk/guidance/style-guide">GOV.UK</a> and a file.</p>' +
        '<ul><li><strong>Age</strong>: <code>young team</code> &#60;img src=x&#62;</li><li>two lines</li></ul>' +
        '<ul class="table-list"><li><strong>Requirement:</strong> <code>salary</code><br><strong>Why:</strong> Pay | matters</li></ul>',
    );
    expect(publicUrl('rules/x/x.md')).toBeUndefined();
    expect(publicUrl('file:///etc/passwd')).toBeUndefined();
    expect(publicUrl('https://example.org/a')).toBe('https://example.org/a');
  });

  test('every rule’s explanation is in the page of a run that uses it, with no link into the disk', () => {
    const page = html(
      [result({ diagnostics: rules.map((rule, index) => diagnostic({ ruleId: rule.meta.id, category: rule.meta.category, fingerprint: index.toString(16).padStart(16, '0') })) })],
      { ...context, docsBase: '' },
    );
    for (const rule of rules) expect(page).toMatch(new RegExp(`<details class="rule-help" id="rule-${rule.meta.id}"><summary>[\\s\\S]*?<p>[^<]{20,}`));
    // With no web address for the rule pages, the report links none.
    for (const [, href] of page.matchAll(/href="([^"]*)"/g)) expect(href, href).toMatch(/^#[\w-]+$/);
  });
});
