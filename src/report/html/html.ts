import { createHash } from 'node:crypto';
import { categories, severities, summarise, type Category, type Diagnostic, type FileResult, type ResultBlock, type Severity } from '../../model/diagnostic.js';
import { plural, type Reporter, type ReportContext } from '../shared.js';
import { renderChecklist, renderRequirements } from './requirements.js';
import { script } from './script.js';
import { style } from './style.js';

const categoryWords: Record<Category, string> = {
  'plain-language': 'Plain language',
  readability: 'Readability',
  'inclusive-language': 'Inclusive language',
  'required-information': 'Required information',
};
const severityWords: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Info' };
/** A symbol for each severity, so it is never told by colour alone. */
const severitySymbols: Record<Severity, string> = { error: '✖', warning: '▲', info: '●' };
const kindWords: Record<ResultBlock['kind'], string> = {
  heading: 'Heading',
  paragraph: 'Paragraph',
  'list-item': 'List item',
  'table-cell': 'Table cell',
  quote: 'Quote',
};
const kindMarks: Record<ResultBlock['kind'], string> = { heading: 'H', paragraph: '', 'list-item': '•', 'table-cell': 'Cell', quote: '“' };

/** Escapes text for HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** JSON that is safe inside a <script> element: no "<", ">", "&" or line separators as themselves. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64');
}

interface Numbered {
  diagnostic: Diagnostic;
  /** Page-wide element id. */
  id: string;
  /** Number shown to people, within its document. */
  number: number;
  /** Element id of its document's section. */
  doc: string;
}

interface PageData {
  reportId: string;
  findings: Array<Pick<Diagnostic, 'ruleId' | 'fingerprint' | 'excerpt' | 'message' | 'requirement' | 'review'> & { id: string; path: string }>;
  /** Decisions carried over from the review file (`--review`), exported again with the new ones. */
  carried: unknown[];
}

/**
 * The co-review report: one self-contained HTML page (inline CSS and script allowed by hash, no
 * other source), with an overview, each document as its blocks with findings in place, filters,
 * and review decisions kept in the browser and exported as a review file.
 */
export const html: Reporter = (results, context) => {
  const targetAge = context.targetAge ?? 11;
  const data: PageData = { reportId: reportId(results), findings: [], carried: [] };
  const numbered = results.map((result, fileIndex) =>
    result.diagnostics.map((diagnostic, index): Numbered => ({ diagnostic, id: `f${fileIndex + 1}-${index + 1}`, number: index + 1, doc: docId(fileIndex) })),
  );
  results.forEach((result, fileIndex) => {
    for (const { diagnostic, id } of numbered[fileIndex]!) {
      const { ruleId, fingerprint, excerpt, message, requirement, review } = diagnostic;
      data.findings.push({ id, path: result.path, ruleId, fingerprint, excerpt, message, ...(requirement ? { requirement } : {}), ...(review ? { review } : {}) });
    }
    for (const reviewed of result.reviewed ?? []) {
      const { ruleId, fingerprint, excerpt, message, requirement, review } = reviewed;
      data.carried.push({ path: result.path, fingerprint, ruleId, ...(requirement ? { requirement } : {}), excerpt, message, ...review });
    }
  });

  const summary = summarise(results);
  const total = summary.errors + summary.warnings + summary.infos;
  const body = [
    '<a class="skip" href="#main">Skip to the report</a>',
    '<header>',
    '<h1>widen co-review report</h1>',
    `<p class="lead">${escapeHtml(plural(results.length, 'document'))}, ${escapeHtml(plural(total, 'finding'))} (${escapeHtml(plural(summary.errors, 'error'))}, ${escapeHtml(plural(summary.warnings, 'warning'))}, ${escapeHtml(plural(summary.infos, 'info'))}).</p>`,
    '</header>',
    renderContents(results),
    '<main id="main" tabindex="-1">',
    renderOverview(results, context, targetAge),
    renderReviewPanel(),
    renderFilters(results),
    ...results.map((result, index) => renderDocument(result, index, numbered[index]!, context, targetAge)),
    '</main>',
    '<footer>',
    `<p>Made by widen ${escapeHtml(context.version)}. This page is self-contained: it makes no network requests, and your decisions stay in this browser until you export them.</p>`,
    '</footer>',
  ].join('\n');

  const json = scriptJson(data);
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
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(policy)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="widen ${escapeHtml(context.version)}">
<title>widen co-review report: ${escapeHtml(plural(results.length, 'document'))}</title>
<style>${style}</style>
</head>
<body>
${body}
<script type="application/json" id="widen-data">${json}</script>
<script>${script}</script>
</body>
</html>
`;
};

/** Stable across runs over the same documents, so decisions kept in the browser find their report again. */
function reportId(results: readonly FileResult[]): string {
  return createHash('sha256').update(results.map((result) => result.path).join('\n')).digest('hex').slice(0, 16);
}

function docId(index: number): string {
  return `d${index + 1}`;
}

function renderContents(results: readonly FileResult[]): string {
  if (results.length < 2) return '';
  const items = results.map((result, index) => `<li><a href="#${docId(index)}">${escapeHtml(result.path)}</a></li>`);
  return `<nav aria-labelledby="contents-h"><h2 id="contents-h">Documents</h2><ul>${items.join('')}</ul></nav>`;
}

function renderOverview(results: readonly FileResult[], context: ReportContext, targetAge: number): string {
  const rows = results.map((result, index) => {
    const name = `<th scope="row"><a href="#${docId(index)}">${escapeHtml(result.path)}</a></th>`;
    if (result.error) return `<tr>${name}<td colspan="4"><span class="error-text">Could not be read:</span> ${escapeHtml(result.error)}</td></tr>`;
    const bySeverity = severities
      .map((severity) => {
        const count = result.diagnostics.filter((d) => d.severity === severity).length;
        return `<li><span aria-hidden="true">${severitySymbols[severity]}</span> ${escapeHtml(plural(count, severity))}</li>`;
      })
      .join('');
    const byCategory = categories
      .map((category) => `<li>${categoryWords[category]}: ${result.diagnostics.filter((d) => d.category === category).length}</li>`)
      .join('');
    const reviewed = result.reviewed?.length ? `<li>${escapeHtml(plural(result.reviewed.length, 'finding'))} set aside by a reviewer</li>` : '';
    return `<tr>${name}<td><ul>${bySeverity}${reviewed}</ul></td><td><ul>${byCategory}</ul></td><td>${readingAgeText(result, targetAge)}</td><td>${renderChecklist(result, index)}</td></tr>`;
  });
  return `<section aria-labelledby="overview-h">
<h2 id="overview-h">Overview</h2>
<div class="table-wrap" role="region" aria-labelledby="overview-caption" tabindex="0">
<table>
<caption id="overview-caption">Findings, reading age and missing information for each document</caption>
<thead><tr><th scope="col">Document</th><th scope="col">Findings by severity</th><th scope="col">Findings by category</th><th scope="col">Reading age (target ${targetAge})</th><th scope="col">Information people need</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</div>
</section>`;
}

function readingAgeText(result: FileResult, targetAge: number): string {
  const age = result.stats.readingAge;
  if (age === null) return 'Not rated: too few words';
  if (age <= targetAge) return `${age}: within the target of ${targetAge}`;
  return `${age}: ${plural(age - targetAge, 'year')} above the target of ${targetAge}`;
}

function renderReviewPanel(): string {
  return `<section class="panel review-panel" aria-labelledby="review-h">
<h2 id="review-h">Your review</h2>
<p>For each finding, choose <strong>Agree</strong>, <strong>Disagree</strong> or <strong>Needs discussion</strong>, and add a comment if you like. Your decisions are kept in this browser. Export them as a review file to share them, or give the file to widen with <code>--review</code>: findings marked Disagree are then set aside.</p>
<div class="controls">
<div><label for="reviewer">Your name</label><input type="text" id="reviewer" autocomplete="name"></div>
<div><button type="button" id="export">Export decisions</button></div>
<div><label for="import">Import a review file</label><input type="file" id="import" accept=".json,application/json"></div>
</div>
<p id="review-progress" role="status"></p>
<p id="review-status" role="status"></p>
</section>`;
}

function renderFilters(results: readonly FileResult[]): string {
  const all = results.flatMap((result) => result.diagnostics);
  const count = (test: (d: Diagnostic) => boolean): number => all.filter(test).length;
  const option = (value: string, label: string, n: number): string => `<option value="${escapeHtml(value)}">${escapeHtml(label)} (${n})</option>`;
  const ruleIds = [...new Set(all.map((d) => d.ruleId))].sort();
  return `<section class="panel filters" aria-labelledby="filters-h">
<h2 id="filters-h">Filter findings</h2>
<form id="filters" role="search" aria-labelledby="filters-h">
<div class="controls">
<div><label for="filter-category">Category</label><select id="filter-category"><option value="">All categories</option>${categories.map((c) => option(c, categoryWords[c], count((d) => d.category === c))).join('')}</select></div>
<div><label for="filter-severity">Severity</label><select id="filter-severity"><option value="">All severities</option>${severities.map((s) => option(s, severityWords[s], count((d) => d.severity === s))).join('')}</select></div>
<div><label for="filter-rule">Rule</label><select id="filter-rule"><option value="">All rules</option>${ruleIds.map((id) => option(id, id, count((d) => d.ruleId === id))).join('')}</select></div>
<div><label for="filter-decision">Decision</label><select id="filter-decision"><option value="">Any decision</option><option value="undecided">Not decided yet</option><option value="agree">Agree</option><option value="disagree">Disagree</option><option value="discuss">Needs discussion</option></select></div>
<div><label for="filter-text">Search the findings</label><input type="search" id="filter-text"></div>
<div><button type="reset" class="secondary">Clear filters</button></div>
</div>
</form>
<p id="filter-status" role="status">Showing all ${all.length} findings.</p>
</section>`;
}

function renderDocument(result: FileResult, index: number, findings: readonly Numbered[], context: ReportContext, targetAge: number): string {
  const id = docId(index);
  const parts = [`<section class="document" id="${id}" aria-labelledby="${id}-h">`, `<h2 id="${id}-h">${escapeHtml(result.path)}</h2>`];
  if (result.error) {
    parts.push(`<p><span class="error-text">widen could not read this document:</span> ${escapeHtml(result.error)}</p>`, '</section>');
    return parts.join('\n');
  }
  parts.push(
    '<dl class="stats">',
    `<div><dt>Kind of document</dt><dd>${escapeHtml(result.profile)}</dd></div>`,
    `<div><dt>Format</dt><dd>${escapeHtml(result.format)}</dd></div>`,
    `<div><dt>Words</dt><dd>${result.stats.words}</dd></div>`,
    `<div><dt>Reading age</dt><dd>${escapeHtml(readingAgeText(result, targetAge))}</dd></div>`,
    '</dl>',
  );
  if (result.note) parts.push(`<p>${escapeHtml(result.note)}</p>`);
  parts.push(renderRequirements(result, index));
  parts.push(`<p class="muted" id="${id}-shown">${escapeHtml(plural(findings.length, 'finding'))} in this document.</p>`);

  const blocks = result.blocks ?? [];
  const inBlock = new Map<number, Numbered[]>();
  const wholeDocument: Numbered[] = [];
  for (const finding of findings) {
    const block = finding.diagnostic.excerpt === '' ? undefined : blockOf(blocks, finding.diagnostic);
    if (!block) wholeDocument.push(finding);
    else inBlock.set(block.index, [...(inBlock.get(block.index) ?? []), finding]);
  }
  const documentLevel = wholeDocument.filter((f) => f.diagnostic.excerpt === '');
  const elsewhere = wholeDocument.filter((f) => f.diagnostic.excerpt !== '');
  if (documentLevel.length > 0) {
    parts.push(`<h3>About the whole document</h3>`, `<ol class="findings">${documentLevel.map((f) => renderFinding(f, result, context, false)).join('\n')}</ol>`);
  }
  if (blocks.length > 0) {
    parts.push(`<h3>The text, with findings in place</h3>`, '<ol class="blocks">');
    for (const block of blocks) parts.push(renderBlock(block, inBlock.get(block.index) ?? [], result, context));
    parts.push('</ol>');
  }
  if (elsewhere.length > 0) {
    parts.push(
      `<h3>${blocks.length > 0 ? 'Other findings' : 'Findings'}</h3>`,
      `<ol class="findings">${elsewhere.map((f) => renderFinding(f, result, context, false)).join('\n')}</ol>`,
    );
  }
  if (result.reviewed?.length) parts.push(renderReviewed(result, context));
  parts.push('</section>');
  return parts.join('\n');
}

/** The block holding a finding: by offset, or by DOCX block number when offsets do not fall in a block. */
function blockOf(blocks: readonly ResultBlock[], diagnostic: Diagnostic): ResultBlock | undefined {
  const at = diagnostic.location.offset;
  return blocks.find((block) => at >= block.start && at < block.end) ?? blocks.find((block) => block.index === diagnostic.location.block);
}

function renderBlock(block: ResultBlock, findings: readonly Numbered[], result: FileResult, context: ReportContext): string {
  const mark = kindMarks[block.kind];
  const kind = block.kind === 'paragraph' ? '' : `<span class="kind" aria-hidden="true">${escapeHtml(block.kind === 'heading' && block.depth ? `H${block.depth}` : mark)}</span><span class="vh">${kindWords[block.kind]}: </span>`;
  const text = `<p class="block-text"><span class="block-no">¶${block.index}</span>${kind}${highlight(block, findings)}</p>`;
  const list = findings.length > 0 ? `<ol class="findings">${findings.map((f) => renderFinding(f, result, context, true)).join('\n')}</ol>` : '';
  return `<li class="block kind-${block.kind}${findings.length > 0 ? ' has-findings' : ''}">${text}${list}</li>`;
}

/** The block's text with each finding's words in a <mark> and a numbered link to the finding after it. */
function highlight(block: ResultBlock, findings: readonly Numbered[]): string {
  const ranges = findings.map((f) => ({
    finding: f,
    start: Math.max(block.start, f.diagnostic.location.offset),
    end: Math.min(block.end, Math.max(f.diagnostic.location.endOffset, f.diagnostic.location.offset + 1)),
  }));
  const cuts = new Set<number>([block.start, block.end]);
  for (const range of ranges) cuts.add(range.start).add(range.end);
  const points = [...cuts].sort((a, b) => a - b);
  let out = '';
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    const text = block.text.slice(from - block.start, to - block.start).replace(/\s+/g, ' ');
    const covering = ranges.filter((range) => range.start <= from && range.end >= to);
    if (covering.length === 0) out += escapeHtml(text);
    else {
      // Spaces at the ends stay outside the highlight, which then starts and ends on a word.
      const core = text.trim();
      const worst = severities.find((severity) => covering.some((range) => range.finding.diagnostic.severity === severity))!;
      const classes = `sev-${worst}${covering.length > 1 ? ' multi' : ''}`;
      out += text.startsWith(' ') ? ' ' : '';
      if (core) out += `<mark class="${classes}" data-ids="${covering.map((range) => range.finding.id).join(' ')}">${escapeHtml(core)}</mark>`;
      out += core && text.endsWith(' ') ? ' ' : '';
    }
    for (const range of ranges) {
      if (range.end !== to) continue;
      const { id, number, diagnostic } = range.finding;
      out += `<a class="ref" id="ref-${id}" href="#${id}"><span class="vh">Finding </span>${number}<span class="vh">, ${severityWords[diagnostic.severity].toLowerCase()}</span></a>`;
    }
  }
  return out.trim();
}

function renderFinding(finding: Numbered, result: FileResult, context: ReportContext, inPlace: boolean): string {
  const { diagnostic: d, id, number } = finding;
  const details: string[] = [];
  if (d.excerpt !== '') details.push(`<dt>Where</dt><dd>${escapeHtml(where(d))}${inPlace ? ` <a class="ref-back" href="#ref-${id}">Show it in the text</a>` : ''}</dd>`);
  if (d.note) details.push(`<dt>Who it affects and why</dt><dd>${escapeHtml(d.note)}</dd>`);
  if (d.suggestions.length > 0) details.push(`<dt>What to write instead</dt><dd>${renderSuggestions(d)}</dd>`);
  details.push(`<dt>Rule</dt><dd>${ruleLink(d, context)} (${categoryWords[d.category] ?? escapeHtml(d.category)})</dd>`);
  const choices = (['agree', 'disagree', 'discuss'] as const)
    .map((choice) => {
      const label = { agree: 'Agree', disagree: 'Disagree', discuss: 'Needs discussion' }[choice];
      return `<label><input type="radio" name="${id}-decision" id="${id}-${choice}" value="${choice}" data-finding="${id}"> ${label}</label>`;
    })
    .join('');
  return `<li class="finding sev-${d.severity}" id="${id}" tabindex="-1" data-doc="${finding.doc}" data-category="${escapeHtml(d.category)}" data-severity="${d.severity}" data-rule="${escapeHtml(d.ruleId)}">
<article aria-labelledby="${id}-h">
<div class="finding-body">
<h4 id="${id}-h"><span class="num">${number}.</span> <span class="sev"><span aria-hidden="true">${severitySymbols[d.severity]}</span> ${severityWords[d.severity]}:</span> ${escapeHtml(d.message)}</h4>
<dl>${details.join('')}</dl>
</div>
<fieldset>
<legend>Your decision on finding ${number}<span class="vh"> in ${escapeHtml(result.path)}</span></legend>
<div class="choices">${choices}</div>
<label for="${id}-comment">Comment (optional)</label>
<textarea id="${id}-comment" rows="2" data-finding="${id}"></textarea>
</fieldset>
<p class="decision" id="${id}-decision">Not decided yet.</p>
</article>
</li>`;
}

function where(d: Diagnostic): string {
  const { location } = d;
  if (d.excerpt === '') return 'The whole document';
  const excerpt = d.excerpt.replace(/\s+/g, ' ').trim();
  const quoted = `“${excerpt.length > 80 ? `${excerpt.slice(0, 77).trimEnd()}…` : excerpt}”`;
  if (location.line !== undefined) return `Line ${location.line}, column ${location.column ?? 1}: ${quoted}`;
  if (location.block !== undefined) {
    const heading = location.heading ? `, under “${location.heading}”` : '';
    return `Paragraph ${location.block}${heading}: ${location.context && location.context.length <= 120 ? location.context : quoted}`;
  }
  return quoted;
}

function renderSuggestions(d: Diagnostic): string {
  const items = d.suggestions.map((suggestion) => {
    if (d.excerpt === '' && suggestion.replacement) return `${escapeHtml(suggestion.text)}:<blockquote>${escapeHtml(suggestion.replacement)}</blockquote>`;
    return escapeHtml(suggestion.text);
  });
  return items.length === 1 ? items[0]! : `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;
}

function ruleLink(d: Diagnostic, context: ReportContext): string {
  const href = `${context.docsBase ?? ''}${d.docs}`;
  return `<a href="${escapeHtml(href)}">${escapeHtml(d.ruleId)}</a>, or run <code>widen explain ${escapeHtml(d.ruleId)}</code>`;
}

function renderReviewed(result: FileResult, context: ReportContext): string {
  const items = (result.reviewed ?? []).map((d) => {
    const { review } = d;
    const comment = review.comment ? `: ${escapeHtml(review.comment)}` : '.';
    return `<li><span class="sev"><span aria-hidden="true">${severitySymbols[d.severity]}</span> ${severityWords[d.severity]}:</span> ${escapeHtml(d.message)} <span class="muted">(${escapeHtml(where(d))}; ${ruleLink(d, context)})</span><br>Set aside: ${escapeHtml(review.reviewer)} disagreed on ${escapeHtml(review.date.slice(0, 10))}${comment}</li>`;
  });
  return `<h3>Set aside by a reviewer (${items.length})</h3><ul class="reviewed">${items.join('\n')}</ul>`;
}
