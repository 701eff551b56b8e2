import { createHash } from 'node:crypto';
import { categories, severities, summarise, type Category, type Diagnostic, type FileResult } from '../../model/diagnostic.js';
import { plural, type Reporter, type ReportContext } from '../shared.js';
import { renderDocument, type Numbered } from './document.js';
import { renderRuleHelp } from './help.js';
import { checkReportDocuments, maxReportChars, ReportTooLargeError } from './limits.js';
import { reportMarker } from './marker.js';
import { script } from './script.js';
import { style } from './style.js';
import { categoryWords, docId, escapeHtml, readingAgeText, scriptJson, severityCounts, severityWords } from './words.js';

export { escapeHtml, scriptJson } from './words.js';
export { checkReportDocuments, maxReportDocuments, ReportTooLargeError } from './limits.js';

/** Up to this many documents are in the page as they are; past it, each document's body is kept as text until opened. */
export const inlineDocuments = 10;

interface PageData {
  reportId: string;
  /** Each document's path, by its element id. */
  paths: Record<string, string>;
  findings: Array<Pick<Diagnostic, 'ruleId' | 'fingerprint' | 'excerpt' | 'message' | 'category' | 'severity' | 'requirement' | 'review'> & { id: string; doc: string }>;
  /** Decisions carried over from the review file (`--review`), exported again with the new ones. */
  carried: unknown[];
}

/**
 * The co-review report: one self-contained HTML page (inline CSS and script allowed by hash, no
 * other source). A sticky bar with the decision progress and Export; an index of the documents;
 * filters; then each document, collapsed, as its key facts and checklist, then its text with each
 * finding in place as one line that opens to the rest and to the decision buttons. Each rule's
 * explanation is in the page. Decisions stay in the browser until exported as a review file.
 */
export const html: Reporter = (results, context) => {
  checkReportDocuments(results.length);
  const targetAge = context.targetAge ?? 11;
  const data: PageData = { reportId: reportId(results), paths: {}, findings: [], carried: [] };
  const numbered = results.map((result, fileIndex) =>
    result.diagnostics.map((diagnostic, index): Numbered => ({ diagnostic, id: `f${fileIndex + 1}-${index + 1}`, number: index + 1 })),
  );
  results.forEach((result, fileIndex) => {
    data.paths[docId(fileIndex)] = result.path;
    for (const { diagnostic, id } of numbered[fileIndex]!) {
      const { ruleId, fingerprint, excerpt, message, category, severity, requirement, review } = diagnostic;
      data.findings.push({ id, doc: docId(fileIndex), ruleId, fingerprint, excerpt, message, category, severity, ...(requirement ? { requirement } : {}), ...(review ? { review } : {}) });
    }
    for (const reviewed of result.reviewed ?? []) {
      const { ruleId, fingerprint, excerpt, message, requirement, review } = reviewed;
      data.carried.push({ path: result.path, fingerprint, ruleId, ...(requirement ? { requirement } : {}), excerpt, message, ...review });
    }
  });

  const summary = summarise(results);
  const total = summary.errors + summary.warnings + summary.infos;
  const setAside = results.reduce((sum, result) => sum + (result.reviewed?.length ?? 0), 0);
  const onDemand = results.length > inlineDocuments;
  const parts: string[] = [
    '<a class="skip" href="#main">Skip to the report</a>',
    renderBar(total),
    '<main id="main" tabindex="-1">',
    '<h1>widen co-review report</h1>',
    `<p class="lead">${escapeHtml(plural(results.length, 'document'))}, ${escapeHtml(plural(total, 'finding'))} (${escapeHtml(plural(summary.errors, 'error'))}, ${escapeHtml(plural(summary.warnings, 'warning'))}, ${escapeHtml(plural(summary.infos, 'info'))})${setAside ? `; ${escapeHtml(plural(setAside, 'finding'))} set aside by a reviewer` : ''}.</p>`,
    renderHowTo(),
    renderIndex(results, context, targetAge),
    renderFilters(results),
  ];
  let size = parts.reduce((sum, part) => sum + part.length, 0);
  results.forEach((result, index) => {
    const part = renderDocument(result, index, numbered[index]!, { context, targetAge, open: results.length === 1, onDemand });
    size += part.length;
    if (size > maxReportChars) {
      throw new ReportTooLargeError(
        `the HTML report would be more than ${Math.round(maxReportChars / 1024 / 1024)} MB by document ${index + 1} of ${results.length}; lint the documents in parts, a folder at a time or with --shard, each with its own --output (--format json has no limit)`,
      );
    }
    parts.push(part);
  });
  const used = new Map<string, Category>();
  for (const result of results) for (const d of [...result.diagnostics, ...(result.reviewed ?? [])]) used.set(d.ruleId, d.category);
  parts.push(
    renderRuleHelp([...used].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, category]) => ({ id, category })), context.docsBase),
    '</main>',
    renderDialogs(),
    '<footer>',
    `<p>Made by widen ${escapeHtml(context.version)}. This page is self-contained: it makes no network requests, and your decisions stay in this browser until you export them.</p>`,
    '</footer>',
  );

  const policy = [
    "default-src 'none'",
    `style-src 'sha256-${sha256(style)}'`,
    `script-src 'sha256-${sha256(script)}'`,
    "img-src 'none'",
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
${reportMarker(context.version)}
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(policy)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>widen co-review report: ${escapeHtml(plural(results.length, 'document'))}</title>
<style>${style}</style>
</head>
<body>
${parts.join('\n')}
<script type="application/json" id="widen-data">${scriptJson(data)}</script>
<script>${script}</script>
</body>
</html>
`;
};

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64');
}

/** Stable across runs over the same documents, so decisions kept in the browser find their report again. */
function reportId(results: readonly FileResult[]): string {
  return createHash('sha256').update(results.map((result) => result.path).join('\n')).digest('hex').slice(0, 16);
}

/** The bar that stays in view: progress, who is deciding, and Export. */
function renderBar(total: number): string {
  return `<header class="bar">
<p class="brand"><strong>widen</strong> co-review</p>
<p class="progress" id="review-progress" aria-live="polite">0 of ${total} decided</p>
<p class="who"><span id="who">No name yet</span> <button type="button" class="secondary small" id="change-name">Your name</button></p>
<button type="button" id="export">Export decisions</button>
<p class="status" id="review-status" role="status"></p>
</header>`;
}

function renderHowTo(): string {
  return `<details class="panel how" id="how"><summary>How to review, and importing reviewers’ files</summary>
<p>Open a document below, then open a finding to read why it matters and what to write instead. Choose <strong>Agree</strong>, <strong>Disagree</strong> or <strong>Needs discussion</strong>, and add a comment if you like. Your decisions are kept in this browser.</p>
<p>When you have finished, press <strong>Export decisions</strong> at the top, and send the file it saves to the person who sent you this report.</p>
<p>If you sent the report: import the files your reviewers sent back to see who decided what (you can choose several at once), then give a file to widen with <code>--review</code>. Findings marked Disagree are then set aside.</p>
<div class="controls"><div><label for="import">Import review files</label><input type="file" id="import" multiple accept=".json,application/json"></div></div>
<p id="reviewers" aria-live="polite"></p>
</details>`;
}

/** The index: one row a document, with its findings by severity, decisions so far, reading age and missing information. */
function renderIndex(results: readonly FileResult[], context: ReportContext, targetAge: number): string {
  const rows = results.map((result, index) => {
    const id = docId(index);
    const name = `<th scope="row" role="rowheader"><a href="#${id}" class="path">${escapeHtml(result.path)}</a></th>`;
    if (result.error) return `<tr role="row" data-doc="${id}">${name}<td role="cell" colspan="4"><span class="error-text">Could not be read:</span> ${escapeHtml(result.error)}</td></tr>`;
    const setAside = result.reviewed?.length ? `<br>${escapeHtml(plural(result.reviewed.length, 'finding'))} set aside` : '';
    const checked = (result.requirements ?? []).filter((state) => state.status !== 'off' && state.status !== 'not-applicable');
    const required = checked.length;
    const missing = checked.filter((state) => state.status === 'missing').length;
    const cell = (label: string, content: string, cellId?: string): string =>
      `<td role="cell"${cellId ? ` id="${cellId}"` : ''}><span class="label" aria-hidden="true">${label}: </span>${content}</td>`;
    return `<tr role="row" data-doc="${id}">${name}${cell('Findings', `<span id="${id}-idx-count">${severityCounts(result.diagnostics)}</span>${setAside}`)}${cell('Decided', `<span id="${id}-idx-decided">0 of ${result.diagnostics.length}</span>`)}${cell('Reading age', escapeHtml(readingAgeText(result, targetAge)))}${cell('Information missing', required || missing ? `${missing} of ${Math.max(required, missing)}` : 'Nothing to check')}</tr>`;
  });
  return `<section aria-labelledby="index-h">
<h2 id="index-h">Documents</h2>
<table class="index" role="table" aria-labelledby="index-h">
<thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader">Document</th><th scope="col" role="columnheader">Findings</th><th scope="col" role="columnheader">Decided</th><th scope="col" role="columnheader">Reading age (target ${targetAge})</th><th scope="col" role="columnheader">Information missing</th></tr></thead>
<tbody role="rowgroup">
${rows.join('\n')}
</tbody>
</table>
</section>`;
}

function renderFilters(results: readonly FileResult[]): string {
  const all = results.flatMap((result) => result.diagnostics);
  const count = (test: (d: Diagnostic) => boolean): number => all.filter(test).length;
  const option = (value: string, label: string, n: number): string => `<option value="${escapeHtml(value)}">${escapeHtml(label)} (${n})</option>`;
  const ruleIds = [...new Set(all.map((d) => d.ruleId))].sort();
  return `<section class="panel filters" aria-labelledby="filters-h">
<h2 id="filters-h">Show only some findings</h2>
<form id="filters" role="search" aria-labelledby="filters-h">
<div class="controls">
<div><label for="filter-category">Category</label><select id="filter-category"><option value="">All categories</option>${categories.map((c) => option(c, categoryWords[c], count((d) => d.category === c))).join('')}</select></div>
<div><label for="filter-severity">Severity</label><select id="filter-severity"><option value="">All severities</option>${severities.map((s) => option(s, severityWords[s], count((d) => d.severity === s))).join('')}</select></div>
<div><label for="filter-rule">Rule</label><select id="filter-rule"><option value="">All rules</option>${ruleIds.map((id) => option(id, id, count((d) => d.ruleId === id))).join('')}</select></div>
<div><label for="filter-decision">Decision</label><select id="filter-decision"><option value="">Any decision</option><option value="undecided">Not decided yet</option><option value="agree">Agree</option><option value="disagree">Disagree</option><option value="discuss">Needs discussion</option></select></div>
<div><label for="filter-text">Search the findings</label><input type="search" id="filter-text"></div>
<div class="check"><input type="checkbox" id="filter-whole"><label for="filter-whole">Show the whole text</label></div>
<div><button type="reset" class="secondary">Clear filters</button></div>
</div>
</form>
<p id="filter-status" aria-live="polite">Showing all ${all.length} findings.</p>
</section>`;
}

function renderDialogs(): string {
  return `<dialog id="name-dialog" aria-labelledby="name-h">
<form id="name-form">
<h2 id="name-h">Your name</h2>
<p>Your decisions carry your name, so the person who sent you this report knows who made them.</p>
<label for="reviewer">Your name, or your organisation’s</label>
<input type="text" id="reviewer" autocomplete="name" maxlength="200" required>
<div class="controls"><button type="submit">Save my name</button><button type="button" class="secondary" id="name-cancel">Cancel</button></div>
</form>
</dialog>
<dialog id="export-dialog" aria-labelledby="export-h">
<h2 id="export-h">Your decisions are saved</h2>
<p id="export-what"></p>
<p><strong>Send this file to the person who sent you the report</strong>, by email or however you share files. If you cannot find it, look in your Downloads folder.</p>
<p class="muted">If you sent the report: give the file to widen with <code>--review</code>.</p>
<button type="button" id="export-close">Close</button>
</dialog>`;
}
