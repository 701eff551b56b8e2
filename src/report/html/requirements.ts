import type { FileResult, KeyFact, KeyFacts, RequirementState } from '../../model/diagnostic.js';
import { requirementName, statusSymbols } from '../checklist.js';
import { escapeHtml } from './html.js';

const factWords: ReadonlyArray<[Exclude<keyof KeyFacts, 'support' | 'summary'>, string]> = [
  ['pay', 'Pay'],
  ['hours', 'Hours'],
  ['contract', 'Contract'],
  ['location', 'Where'],
  ['closingDate', 'Closing date'],
  ['contact', 'Contact'],
];

/** Element id of the evidence of a requirement (or of a key fact: `fact-pay`) in a file's section. */
export function evidenceId(fileIndex: number, id: string): string {
  return `evidence-${fileIndex + 1}-${id}`;
}

/** A piece of evidence: its source range and the element id that shows it. */
export interface EvidenceTarget {
  id: string;
  start: number;
  end: number;
}

/**
 * The source ranges of each piece of evidence (a requirement met or declined, a key fact) and the
 * element id that shows it, for a report that highlights them in the document's text.
 */
export function evidenceTargets(file: FileResult, fileIndex: number): EvidenceTarget[] {
  const targets: EvidenceTarget[] = (file.requirements ?? [])
    .filter((state) => state.evidence && (state.status === 'met' || state.status === 'declined'))
    .map((state) => ({ id: evidenceId(fileIndex, state.id), start: state.evidence!.location.offset, end: state.evidence!.location.endOffset }));
  for (const [key] of factWords) {
    const fact = file.keyFacts?.[key];
    if (fact) targets.push({ id: evidenceId(fileIndex, `fact-${key}`), start: fact.evidence.location.offset, end: fact.evidence.location.endOffset });
  }
  return targets;
}

/**
 * The key facts and the checklist of a file in one short block, from its requirement states (never
 * from the absence of a finding, so it is right with --quiet, a rule off or a requirement ignored);
 * each ✓ and each fact links to the words that give it, highlighted in the text when the text
 * shows them (`inText`, ids of `evidenceTargets`), else quoted in the details below.
 */
export function renderFacts(file: FileResult, fileIndex = 0, inText: ReadonlySet<string> = new Set()): string {
  if (file.error || (!file.requirements?.length && !file.keyFacts)) return '';
  const details = [file.keyFacts ? renderFactDetails(file.keyFacts, fileIndex, inText) : '', renderEvidence(file, fileIndex, inText)].join('');
  return [
    '<div class="facts" data-slot="requirements">',
    file.keyFacts ? `<h3>Key facts</h3>${renderKeyFacts(file.keyFacts, fileIndex)}` : '',
    `<h3>${escapeHtml(checkedText(file.requirements ?? []))}</h3>`,
    renderChecklist(file, fileIndex),
    details ? `<details class="facts-more"><summary>A summary to paste, where each fact comes from, and sentences to add</summary>${details}</details>` : '',
    '</div>',
  ].join('');
}

function checkedText(states: readonly RequirementState[]): string {
  const checked = states.filter((state) => state.status !== 'off' && state.status !== 'not-applicable');
  return `Information people need: ${checked.filter((state) => state.status === 'met').length} of ${checked.length} given`;
}

/** The checklist alone, one item per requirement and state. */
export function renderChecklist(file: FileResult, fileIndex = 0): string {
  const states = file.requirements ?? [];
  if (states.length === 0) return '<p>Nothing to check for this kind of document.</p>';
  const items = states.map((state) => {
    const name = escapeHtml(requirementName(state.id));
    const symbol = `<span class="symbol" aria-hidden="true">${statusSymbols[state.status]}</span>`;
    switch (state.status) {
      case 'met':
        return `<li class="met">${symbol} Given: <a href="#${evidenceId(fileIndex, state.id)}">${name}</a></li>`;
      case 'missing':
        return `<li class="missing">${symbol} Missing: ${name}</li>`;
      case 'declined':
        return `<li class="declined">${symbol} The document says no: <a href="#${evidenceId(fileIndex, state.id)}">${name}</a></li>`;
      case 'off':
        return `<li class="off">${symbol} Not checked (turned off): ${name}</li>`;
      default:
        return `<li class="not-applicable">${symbol} Does not apply to this document: ${name}</li>`;
    }
  });
  return `<ul class="checklist">${items.join('')}</ul>`;
}

function renderKeyFacts(facts: KeyFacts, fileIndex: number): string {
  const rows = factWords.map(([key, words]) => {
    const fact = facts[key];
    return `<div><dt>${words}</dt><dd>${fact ? factValue(fact, evidenceId(fileIndex, `fact-${key}`)) : '<span class="muted">Not given</span>'}</dd></div>`;
  });
  const support = facts.support.length
    ? facts.support.map((fact) => `<a href="#${evidenceId(fileIndex, fact.requirement)}">${escapeHtml(fact.value)}</a>`).join(', ')
    : '<span class="muted">None offered</span>';
  rows.push(`<div><dt>Support offered</dt><dd>${support}</dd></div>`);
  return `<dl class="stats">${rows.join('')}</dl>`;
}

/** The summary to paste, and the words each key fact comes from where the text does not show them. */
function renderFactDetails(facts: KeyFacts, fileIndex: number, inText: ReadonlySet<string>): string {
  const quotes = factWords
    .filter(([key]) => facts[key] && !inText.has(evidenceId(fileIndex, `fact-${key}`)))
    .map(([key, words]) => `<li id="${evidenceId(fileIndex, `fact-${key}`)}" tabindex="-1">${words}: ${quote(facts[key]!)}</li>`);
  return [
    '<h4>A summary to paste</h4>',
    '<p>Built from the document; fill in the parts in [square brackets].</p>',
    `<pre class="summary">${escapeHtml(facts.summary)}</pre>`,
    quotes.length ? `<h4>Where the key facts come from</h4><ul class="evidence">${quotes.join('')}</ul>` : '',
  ].join('');
}

function factValue(fact: KeyFact, id: string): string {
  return `${escapeHtml(fact.value)} <a href="#${id}" class="muted">(where)</a>`;
}

function quote(fact: { evidence: NonNullable<RequirementState['evidence']> }): string {
  const { excerpt, location } = fact.evidence;
  const place = location.block !== undefined ? `paragraph ${location.block}` : `line ${location.line}`;
  return `<mark>${escapeHtml(excerpt)}</mark> <span class="muted">(${place})</span>`;
}

/** The words that meet or decline each requirement, where the text does not show them, each the target of its checklist link; and the sentences to add. */
function renderEvidence(file: FileResult, fileIndex: number, inText: ReadonlySet<string>): string {
  // A declined one stays for its gentler suggestion, even when the text shows its words.
  const given = (file.requirements ?? []).filter((state) => state.evidence && (state.status === 'declined' || (state.status === 'met' && !inText.has(evidenceId(fileIndex, state.id)))));
  const missing = (file.requirements ?? []).filter((state) => state.status === 'missing' && state.suggestion);
  const parts: string[] = [];
  if (given.length) {
    const items = given.map((state) => `<li${inText.has(evidenceId(fileIndex, state.id)) ? '' : ` id="${evidenceId(fileIndex, state.id)}" tabindex="-1"`}>${escapeHtml(requirementName(state.id))}: ${quote({ evidence: state.evidence! })}${state.status === 'declined' && state.suggestion ? ` ${escapeHtml(state.suggestion)}` : ''}</li>`);
    parts.push('<h4>What the document says</h4>', `<ul class="evidence">${items.join('')}</ul>`);
  }
  if (missing.length) {
    const items = missing.map((state) => `<li>${escapeHtml(requirementName(state.id))}:<blockquote>${escapeHtml(state.suggestion!)}</blockquote></li>`);
    parts.push('<h4>Sentences to add</h4>', `<ul class="to-add">${items.join('')}</ul>`);
  }
  return parts.join('\n');
}
