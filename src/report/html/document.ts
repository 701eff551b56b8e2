import { severities, type Diagnostic, type FileResult, type ResultBlock } from '../../model/diagnostic.js';
import { plural, type ReportContext } from '../shared.js';
import { evidenceTargets, renderFacts, type EvidenceTarget } from './requirements.js';
import { categoryWords, docId, escapeHtml, kindMarks, kindWords, readingAgeText, severitySymbols, severityWords, where } from './words.js';

export interface Numbered {
  diagnostic: Diagnostic;
  /** Page-wide element id. */
  id: string;
  /** Number shown to people, within its document. */
  number: number;
}

export interface DocumentOptions {
  context: ReportContext;
  targetAge: number;
  /** Open from the start (a report of one document). */
  open: boolean;
  /** Keep the document's body as text, made into elements when it is first opened (many documents). */
  onDemand: boolean;
}

/**
 * One document: its name and counts, then (collapsed) its key facts and checklist, what a
 * reviewer set aside, the findings about the whole document, and its text with each finding in
 * place as one line that opens to the rest.
 */
export function renderDocument(result: FileResult, index: number, findings: readonly Numbered[], options: DocumentOptions): string {
  const id = docId(index);
  const head = `<section class="document" id="${id}" aria-labelledby="${id}-h"><h2 id="${id}-h"><span class="path">${escapeHtml(result.path)}</span></h2>`;
  if (result.error) return `${head}<p><span class="error-text">widen could not read this document:</span> ${escapeHtml(result.error)}</p></section>`;
  const setAside = result.reviewed?.length ? ` · <span>${escapeHtml(plural(result.reviewed.length, 'finding'))} set aside by a reviewer</span>` : '';
  const line = `<p class="doc-line">${escapeHtml(result.profile)} · ${escapeHtml(plural(result.stats.words, 'word'))} · reading age ${escapeHtml(readingAgeText(result, options.targetAge))} · <span id="${id}-count">${escapeHtml(plural(findings.length, 'finding'))}</span> · <span id="${id}-decided">none decided</span>${setAside}</p>`;
  const body = renderBody(result, index, findings);
  const content = options.onDemand ? onDemand(id, body) : body;
  return `${head}${line}<details class="doc-body" id="${id}-body"${options.open ? ' open' : ''}><summary>The text and its ${escapeHtml(plural(findings.length, 'finding'))}</summary><div class="doc-content" id="${id}-content">${content}</div></details></section>`;
}

/**
 * A document's body as text the browser keeps but does not build (a script block of a type it
 * does not run), made into elements when the document is opened: 300 documents then open as
 * fast as their index. Every piece of a document's text is escaped, so the body has no "<" but
 * the report's own tags, and none of those is a script or a comment.
 */
function onDemand(id: string, body: string): string {
  if (/<\/?script|<!--/i.test(body)) throw new Error('widen: a document body holds a script tag or a comment; it cannot be kept for later');
  return `<script type="text/html" id="${id}-t">${body}</script>`;
}

function renderBody(result: FileResult, index: number, findings: readonly Numbered[]): string {
  const blocks = result.blocks ?? [];
  const evidence = evidenceInBlocks(blocks, evidenceTargets(result, index));
  const parts = [renderFacts(result, index, new Set([...evidence.values()].flat().map((target) => target.id)))];
  if (result.reviewed?.length) parts.push(renderReviewed(result));
  if (result.note) parts.push(`<p>${escapeHtml(result.note)}</p>`);
  const inBlock = new Map<number, Numbered[]>();
  const documentLevel: Numbered[] = [];
  const elsewhere: Numbered[] = [];
  for (const finding of findings) {
    const block = finding.diagnostic.excerpt === '' ? undefined : blockOf(blocks, finding.diagnostic);
    if (block) inBlock.set(block.index, [...(inBlock.get(block.index) ?? []), finding]);
    else (finding.diagnostic.excerpt === '' ? documentLevel : elsewhere).push(finding);
  }
  const id = docId(index);
  if (documentLevel.length > 0) {
    parts.push(`<h3 id="${id}-whole">About the whole document (${documentLevel.length})</h3>`, `<ol class="findings" aria-labelledby="${id}-whole">${documentLevel.map((f) => renderFinding(f, false)).join('')}</ol>`);
  }
  if (blocks.length > 0) {
    parts.push(`<h3 id="${id}-text">The text, with findings in place</h3>`, `<ol class="blocks" aria-labelledby="${id}-text">`);
    for (const block of blocks) parts.push(renderBlock(block, inBlock.get(block.index) ?? [], evidence.get(block.index) ?? []));
    parts.push('</ol>');
  }
  if (elsewhere.length > 0) {
    parts.push(`<h3 id="${id}-other">${blocks.length > 0 ? 'Other findings' : 'Findings'} (${elsewhere.length})</h3>`, `<ol class="findings" aria-labelledby="${id}-other">${elsewhere.map((f) => renderFinding(f, false)).join('')}</ol>`);
  }
  return parts.join('');
}

/** The evidence shown in each block's text, by block index, cut to the block; evidence outside every block is left to the quotes. */
function evidenceInBlocks(blocks: readonly ResultBlock[], targets: readonly EvidenceTarget[]): Map<number, EvidenceTarget[]> {
  const byBlock = new Map<number, EvidenceTarget[]>();
  for (const target of targets) {
    const block = blocks.find((candidate) => target.start >= candidate.start && target.start < candidate.end);
    if (!block || target.end <= target.start) continue;
    byBlock.set(block.index, [...(byBlock.get(block.index) ?? []), { ...target, end: Math.min(target.end, block.end) }]);
  }
  return byBlock;
}

/** The block holding a finding: by offset, or by DOCX block number when offsets do not fall in a block. */
function blockOf(blocks: readonly ResultBlock[], diagnostic: Diagnostic): ResultBlock | undefined {
  const at = diagnostic.location.offset;
  return blocks.find((block) => at >= block.start && at < block.end) ?? blocks.find((block) => block.index === diagnostic.location.block);
}

function renderBlock(block: ResultBlock, findings: readonly Numbered[], evidence: readonly EvidenceTarget[]): string {
  const mark = kindMarks[block.kind];
  const kind = block.kind === 'paragraph' ? '' : `<span class="kind" aria-hidden="true">${escapeHtml(block.kind === 'heading' && block.depth ? `H${block.depth}` : mark)}</span><span class="vh">${kindWords[block.kind]}: </span>`;
  const text = `<p class="block-text"><span class="block-no">¶${block.index}</span>${kind}${highlight(block, findings, evidence)}</p>`;
  const list = findings.length > 0 ? `<ol class="findings">${findings.map((f) => renderFinding(f, true)).join('')}</ol>` : '';
  const ids = findings.length > 0 ? ` data-ids="${findings.map((f) => f.id).join(' ')}"` : '';
  return `<li class="block kind-${block.kind}${findings.length > 0 ? ' has-findings' : ''}"${ids}>${text}${list}</li>`;
}

/**
 * The block's text with each finding's words in a <mark> and a numbered link to the finding after
 * it, and the words that give a requirement or a key fact in a <span class="ev">, the first piece of
 * each carrying the id its checklist link goes to.
 */
function highlight(block: ResultBlock, findings: readonly Numbered[], evidence: readonly EvidenceTarget[]): string {
  const ranges = findings.map((f) => ({
    finding: f,
    start: Math.max(block.start, f.diagnostic.location.offset),
    end: Math.min(block.end, Math.max(f.diagnostic.location.endOffset, f.diagnostic.location.offset + 1)),
  }));
  const cuts = new Set<number>([block.start, block.end]);
  for (const range of [...ranges, ...evidence]) cuts.add(range.start).add(range.end);
  const points = [...cuts].sort((a, b) => a - b);
  let out = '';
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    const text = block.text.slice(from - block.start, to - block.start).replace(/\s+/g, ' ');
    const covering = ranges.filter((range) => range.start <= from && range.end >= to);
    let piece = '';
    if (covering.length === 0) piece = escapeHtml(text);
    else {
      // Spaces at the ends stay outside the highlight, which then starts and ends on a word.
      const core = text.trim();
      const worst = severities.find((severity) => covering.some((range) => range.finding.diagnostic.severity === severity))!;
      const classes = `sev-${worst}${covering.length > 1 ? ' multi' : ''}`;
      piece += text.startsWith(' ') ? ' ' : '';
      if (core) piece += `<mark class="${classes}" data-ids="${covering.map((range) => range.finding.id).join(' ')}">${escapeHtml(core)}</mark>`;
      piece += core && text.endsWith(' ') ? ' ' : '';
    }
    out += evidencePiece(piece, evidence, from, to);
    for (const range of ranges) {
      if (range.end !== to) continue;
      const { id, number, diagnostic } = range.finding;
      out += `<a class="ref" id="ref-${id}" href="#${id}"><span class="vh">Finding </span>${number}<span class="vh">, ${severityWords[diagnostic.severity].toLowerCase()}</span></a>`;
    }
  }
  return out.trim();
}

/** A piece of the text inside the evidence covering it; the first piece of each piece of evidence takes its id (or an anchor, when two start there). */
function evidencePiece(piece: string, evidence: readonly EvidenceTarget[], from: number, to: number): string {
  const covering = evidence.filter((target) => target.start <= from && target.end >= to);
  if (covering.length === 0) return piece;
  const [first, ...others] = covering.filter((target) => target.start === from);
  const anchors = others.map((target) => `<span class="ev-anchor" id="${target.id}" tabindex="-1"></span>`).join('');
  const id = first ? ` id="${first.id}" tabindex="-1"` : '';
  return `${anchors}<span class="ev"${id} data-ev="${covering.map((target) => target.id).join(' ')}">${piece}</span>`;
}

/** A finding as one line (number, severity, message, rule) that opens to why, what to write instead and the decision. */
function renderFinding(finding: Numbered, inPlace: boolean): string {
  const { diagnostic: d, id, number } = finding;
  const more: string[] = [];
  // A finding beside its text needs no “where”, only the way back to its words.
  if (inPlace) more.push(`<p><a class="ref-back" href="#ref-${id}">Show it in the text</a></p>`);
  else if (d.excerpt !== '') more.push(`<p><strong>Where:</strong> ${escapeHtml(where(d))}</p>`);
  if (d.note) more.push(`<p><strong>Who it affects and why:</strong> ${escapeHtml(d.note)}</p>`);
  if (d.suggestions.length > 0) more.push(`<div><strong>What to write instead:</strong> ${renderSuggestions(d)}</div>`);
  more.push(`<p><a href="#rule-${escapeHtml(d.ruleId)}">What ${escapeHtml(d.ruleId)} checks, and why</a> (${escapeHtml(categoryWords[d.category] ?? d.category)})</p>`);
  // The decision buttons and the decisions so far are added by the page's script when the finding is opened.
  return `<li class="finding sev-${d.severity}" id="${id}"><details><summary><span class="num">${number}</span> <span class="sev"><span aria-hidden="true">${severitySymbols[d.severity]}</span> ${severityWords[d.severity]}:</span> ${escapeHtml(d.message)} <span class="rule">${escapeHtml(d.ruleId)}</span> <span class="badge"></span></summary><div class="more">${more.join('')}</div></details></li>`;
}

function renderSuggestions(d: Diagnostic): string {
  const items = d.suggestions.map((suggestion) => {
    if (d.excerpt === '' && suggestion.replacement) return `${escapeHtml(suggestion.text)}:<blockquote>${escapeHtml(suggestion.replacement)}</blockquote>`;
    return escapeHtml(suggestion.text);
  });
  return items.length === 1 ? items[0]! : `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;
}

/** What a reviewer set aside (`--review`, decision disagree), near the top of the document. */
function renderReviewed(result: FileResult): string {
  const items = (result.reviewed ?? []).map((d) => {
    const { review } = d;
    const comment = review.comment ? `: ${escapeHtml(review.comment)}` : '.';
    return `<li><span class="sev sev-${d.severity}"><span aria-hidden="true">${severitySymbols[d.severity]}</span> ${severityWords[d.severity]}:</span> ${escapeHtml(d.message)} <span class="rule">${escapeHtml(d.ruleId)}</span><br><span class="muted">${escapeHtml(where(d))}</span><br>Set aside: ${escapeHtml(review.reviewer)} disagreed on ${escapeHtml(review.date.slice(0, 10))}${comment}</li>`;
  });
  return `<details class="set-aside"><summary>Set aside by a reviewer (${items.length})</summary><ul class="reviewed">${items.join('')}</ul></details>`;
}
