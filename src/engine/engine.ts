import { audiences, severities, type Audience, type Diagnostic, type Evidence, type FileResult, type FileStats, type KeyFacts, type Location, type RequirementState, type Severity } from '../model/diagnostic.js';
import { findKeyFacts, judgeRequirements, keyFactIds, requirementUnits, summaryBlock, type FoundFact } from '../kit/requirements/index.js';
import type { DisableDirective, Doc } from '../model/document.js';
import { fingerprintAll } from './fingerprint.js';
import { detectAudience } from '../kit/audience.js';
import { rewriteProblems } from '../kit/rewrite-check.js';
import { readingAge } from '../kit/readability.js';
import { docsPath, type Report, type Rule } from '../model/rule.js';
import type { ResolvedConfig } from '../config/config.js';
import { location } from 'vfile-location';
import { oneLine, timeLimit } from '../io/limits.js';

type Place = ReturnType<typeof location>;

export interface LintDocOptions {
  /** Stop with a LimitError when `performance.now()` passes `at` (checked between rules). */
  deadline?: { at: number; limitMs: number };
  /** Keep the stack trace of a rule that throws on the result's `debug` (`--debug`). */
  debug?: boolean;
  /** Findings kept of each rule (default `maxFindingsPerRule`); `--fix` plans with all of them. */
  maxPerRule?: number;
}

/**
 * Runs the rules of the document's profile under a resolved configuration, and turns what they
 * report into located, de-duplicated findings with fingerprints. A rule that throws, or reports a
 * place outside the document, becomes an `internal-error` finding; the other rules still run.
 */
export function lintDoc(doc: Doc, rules: readonly Rule<any>[], config: ResolvedConfig, options: LintDocOptions = {}): FileResult {
  const { deadline } = options;
  const place = location(doc.source);
  const diagnostics: Diagnostic[] = [];
  const capped: string[] = [];
  const debug: string[] = [];
  // An empty document gets a note, not a list of everything it lacks.
  const rulesToRun = doc.blocks.length === 0 ? [] : rules;
  const audience = audienceOf(doc, config);
  for (const [index, rule] of rulesToRun.entries()) {
    const setting = config.rules.get(rule.meta.id);
    if (!setting || setting.severity === 'off') continue;
    if (!rule.meta.profiles.includes(doc.profile)) continue;
    const found: Diagnostic[] = [];
    try {
      const reports: Report[] = [];
      const cap = options.maxPerRule ?? maxFindingsPerRule;
      // Findings past the cap are counted, not kept: a file of 200,000 "e.g."s holds no more than the cap.
      let over = 0;
      const report = (found: Report): void => {
        if (reports.length < cap) reports.push(found);
        else over++;
      };
      rule.check(doc, { options: setting.options, audience, report });
      if (over > 0) capped.push(`${rule.meta.id}: ${over} more findings not shown (widen shows at most ${cap} per rule in one file)`);
      for (const report of reports) {
        checkPlace(report, doc.source.length);
        found.push(toDiagnostic(doc, place, rule, setting.severity, report));
      }
      diagnostics.push(...found);
    } catch (error) {
      diagnostics.push(internalError(rule.meta.id, error));
      if (options.debug) debug.push(`${rule.meta.id} on ${doc.path}: ${error instanceof Error ? error.stack : String(error)}`);
    }
    if (deadline && performance.now() > deadline.at) {
      throw timeLimit(deadline.limitMs, `while checking it: ${index + 1} of ${rulesToRun.length} rules run`);
    }
  }
  const requirements = requirementStates(doc, place, rules, config, audience);
  const keyFacts = keyFactsOf(doc, place, audience);
  const kept = dedupe(applyDirectives(diagnostics, doc.directives, doc.source).sort(byPosition));
  for (const diagnostic of kept) checkReplacements(doc, diagnostic);
  fingerprintAll(kept).forEach((fingerprint, index) => {
    kept[index]!.fingerprint = fingerprint;
  });
  return {
    path: doc.path,
    format: doc.format,
    profile: doc.profile,
    stats: { ...stats(doc), ...(doc.blocks.length ? { audience } : {}) },
    diagnostics: kept,
    requirements,
    keyFacts,
    ...(doc.blocks.length === 0 ? { note: 'the document has no prose to check' } : capped.length ? { note: capped.join('; ') } : {}),
    ...(debug.length ? { debug } : {}),
  };
}

/**
 * Every requirement of the profile and its state, from the rules that judge requirements: asked
 * even of a rule that is off (its requirements are then `off`), so that every report shows the
 * truth, never the absence of a finding.
 */
function requirementStates(doc: Doc, place: Place, rules: readonly Rule<any>[], config: ResolvedConfig, audience: Audience): RequirementState[] {
  const states: RequirementState[] = [];
  for (const rule of rules) {
    if (!rule.requirements || !rule.meta.profiles.includes(doc.profile)) continue;
    const setting = config.rules.get(rule.meta.id);
    const off = !setting || setting.severity === 'off';
    const reports = rule.requirements(doc, { options: setting?.options ?? rule.meta.defaultOptions, audience, report: () => {} });
    for (const report of reports) {
      if (off) {
        states.push({ id: report.id, status: 'off' });
        continue;
      }
      const evidence = report.start !== undefined && report.end !== undefined ? evidenceAt(doc, place, report.start, report.end, report.excerpt) : undefined;
      states.push({ id: report.id, status: report.status, ...(evidence ? { evidence } : {}), ...(report.suggestion ? { suggestion: report.suggestion } : {}) });
    }
  }
  return states;
}

/** The facts an applicant looks for first, from the sentences that give them, whatever the rule settings. */
function keyFactsOf(doc: Doc, place: Place, audience: Audience): KeyFacts {
  const units = requirementUnits(doc);
  const found = findKeyFacts(doc, judgeRequirements(doc, keyFactIds(doc.profile), { audience }), units);
  const fact = (f: FoundFact | undefined) => (f ? { value: f.value, evidence: evidenceAt(doc, place, f.unit.start, f.unit.end, f.unit.text) } : undefined);
  const facts: Omit<KeyFacts, 'summary'> = {
    support: found.support.map((f) => ({ requirement: f.requirement, ...fact(f)! })),
  };
  for (const key of ['pay', 'hours', 'contract', 'location', 'closingDate', 'contact'] as const) {
    const value = fact(found[key]);
    if (value) facts[key] = value;
  }
  return { ...facts, summary: summaryBlock(facts, doc.profile) };
}

/** The longest evidence excerpt shown; the location still covers the whole sentence. */
const excerptLimit = 300;

function evidenceAt(doc: Doc, place: Place, start: number, end: number, text?: string): Evidence {
  const from = place.toPoint(start);
  const excerpt = (text ?? doc.slice(start, end)).replace(/\s+/g, ' ').trim();
  return {
    excerpt: excerpt.length > excerptLimit ? `${excerpt.slice(0, excerptLimit - 1).trimEnd()}…` : excerpt,
    location: {
      line: from?.line ?? 1,
      column: from?.column ?? 1,
      offset: start,
      endOffset: end,
      ...(doc.format === 'docx' ? { block: doc.blockAt(start)?.index ?? 0 } : {}),
    },
  };
}

/**
 * A document that repeats one problem thousands of times (a megabyte of “e.g.”) would otherwise
 * give a report too large to read or hold in memory; past this, a note says how many were left out.
 */
export const maxFindingsPerRule = 1000;

/** A report's offsets must be whole numbers inside the document, start before end. */
function checkPlace(report: Report, length: number): void {
  if (report.start === undefined && report.end === undefined) return;
  const { start, end } = report;
  const valid = Number.isInteger(start) && Number.isInteger(end) && 0 <= start! && start! <= end! && end! <= length;
  if (!valid) throw new Error(`it reported a place outside the document (${start}–${end} of ${length} characters)`);
}

function toDiagnostic(doc: Doc, place: Place, rule: Rule<any>, severity: Diagnostic['severity'], report: Report): Diagnostic {
  const documentLevel = report.start === undefined || report.end === undefined;
  const start = report.start ?? 0;
  const end = documentLevel ? start : report.end!;
  const diagnostic: Diagnostic = {
    ruleId: rule.meta.id,
    category: rule.meta.category,
    severity: report.informational ? 'info' : report.severity ? shifted(severity, rule.meta.severity, report.severity) : severity,
    message: report.message,
    ...(report.note ? { note: report.note } : {}),
    excerpt: documentLevel ? '' : doc.slice(start, end),
    location: locate(doc, place, start, end, documentLevel),
    suggestions: report.suggestions ?? [],
    ...(report.requirement ? { requirement: report.requirement } : {}),
    docs: docsPath(rule.meta.id),
    fingerprint: '',
  };
  return diagnostic;
}

/** A finding's severity moved as far from the configured one as its own is from the rule's default. */
function shifted(configured: Severity, ruleDefault: Severity, own: Severity): Severity {
  const step = severities.indexOf(own) - severities.indexOf(ruleDefault);
  return severities[Math.min(severities.length - 1, Math.max(0, severities.indexOf(configured) + step))]!;
}

function locate(doc: Doc, place: Place, start: number, end: number, documentLevel: boolean): Location {
  if (doc.format === 'docx') {
    if (documentLevel) return { offset: start, endOffset: end };
    const block = doc.blockAt(start);
    return {
      offset: start,
      endOffset: end,
      ...(block ? { block: block.index } : {}),
      ...(block?.heading ? { heading: block.heading } : {}),
      context: contextAround(doc.source, start, end),
    };
  }
  if (documentLevel) return { line: 1, column: 1, endLine: 1, endColumn: 1, offset: start, endOffset: end };
  const from = place.toPoint(start);
  const to = place.toPoint(end);
  return {
    line: from?.line ?? 1,
    column: from?.column ?? 1,
    endLine: to?.line ?? from?.line ?? 1,
    endColumn: to?.column ?? from?.column ?? 1,
    offset: start,
    endOffset: end,
  };
}

/** The excerpt with a few words either side, for formats without lines. */
export function contextAround(source: string, start: number, end: number, words = 4): string {
  const before = source.slice(Math.max(0, start - 80), start).split(/\n\n/).pop() ?? '';
  const after = source.slice(end, end + 80).split(/\n\n/)[0] ?? '';
  const head = before.split(/\s+/).slice(-words - 1).join(' ');
  const tail = after.split(/\s+/).slice(0, words + 1).join(' ');
  const text = `${head}${source.slice(start, end)}${tail}`.replace(/\s+/g, ' ').trim();
  const open = before.length > head.length ? '…' : '';
  const close = after.length > tail.length ? '…' : '';
  return `${open}${text}${close}`;
}

function internalError(ruleId: string, error: unknown): Diagnostic {
  const cause = oneLine(error);
  return {
    ruleId: 'internal-error',
    category: 'plain-language',
    severity: 'error',
    message: `Rule ${ruleId} failed on this file: ${cause}`,
    excerpt: '',
    location: { offset: 0, endOffset: 0 },
    suggestions: [],
    docs: 'README.md#exit-codes',
    fingerprint: '',
  };
}

/** Drops findings inside `widen-disable` regions and on the line after `widen-disable-next-line`. */
function applyDirectives(diagnostics: Diagnostic[], directives: readonly DisableDirective[], source: string): Diagnostic[] {
  if (directives.length === 0) return diagnostics;
  const sorted = [...directives].sort((a, b) => a.offset - b.offset);
  return diagnostics.filter((diagnostic) => {
    const at = diagnostic.location.offset;
    const documentLevel = diagnostic.excerpt === '';
    let disabledAll = false;
    const disabled = new Set<string>();
    for (const directive of sorted) {
      if (directive.offset > at && !documentLevel) break;
      if (directive.kind === 'disable-next-line') {
        if (documentLevel) continue;
        const [from, to] = nextLine(source, directive.offset);
        if (at >= from && at < to && matches(directive, diagnostic.ruleId)) return false;
        continue;
      }
      if (directive.kind === 'disable') {
        if (directive.rules.length === 0) disabledAll = true;
        else for (const id of directive.rules) disabled.add(id);
      } else if (directive.rules.length === 0) {
        disabledAll = false;
        disabled.clear();
      } else {
        for (const id of directive.rules) disabled.delete(id);
      }
    }
    return !(disabledAll || disabled.has(diagnostic.ruleId));
  });
}

function matches(directive: DisableDirective, ruleId: string): boolean {
  return directive.rules.length === 0 || directive.rules.includes(ruleId);
}

/** The range of the first non-blank line after an offset. */
function nextLine(source: string, offset: number): [number, number] {
  let start = source.indexOf('\n', offset);
  if (start === -1) return [source.length, source.length];
  start++;
  for (;;) {
    let end = source.indexOf('\n', start);
    if (end === -1) end = source.length;
    if (source.slice(start, end).trim() || end === source.length) return [start, end];
    start = end + 1;
  }
}

/**
 * Drops repeats: a finding inside a longer one from the same rule (“timely” inside “in a timely
 * manner”), a second finding of the same category on exactly the same words, and a finding whose
 * words another finding's replacement already rewrites (“undertaken” inside “A DBS check will be
 * undertaken” → “We will do a DBS check”): one problem, one finding. Expects findings sorted by
 * position.
 */
function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  let open: Diagnostic[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.excerpt === '') {
      out.push(diagnostic);
      continue;
    }
    const { offset, endOffset } = diagnostic.location;
    open = open.filter((other) => other.location.endOffset > offset);
    const repeated = open.some((other) => {
      const contains = other.location.offset <= offset && other.location.endOffset >= endOffset;
      const same = other.location.offset === offset && other.location.endOffset === endOffset;
      return (contains && other.ruleId === diagnostic.ruleId) || (same && other.category === diagnostic.category) || (contains && rewrites(other, diagnostic));
    });
    if (repeated) continue;
    open.push(diagnostic);
    out.push(diagnostic);
  }
  return out;
}

/**
 * Offers a replacement only when the sentence still reads as English with it put in (see
 * src/kit/rewrite-check.ts); otherwise the suggestion stays as advice.
 */
function checkReplacements(doc: Doc, diagnostic: Diagnostic): void {
  if (diagnostic.excerpt === '' || !diagnostic.suggestions.some((suggestion) => suggestion.replacement)) return;
  const { offset, endOffset } = diagnostic.location;
  // The sentence around the words, at most 300 characters either side, so a huge sentence stays cheap.
  const [sentenceFrom, sentenceTo] = around(doc, offset, endOffset);
  const from = Math.max(sentenceFrom, offset - 300);
  const to = Math.min(sentenceTo, endOffset + 300);
  const before = doc.slice(from, to);
  diagnostic.suggestions = diagnostic.suggestions.map((suggestion) => {
    if (!suggestion.replacement) return suggestion;
    const after = doc.slice(from, offset) + suggestion.replacement + doc.slice(endOffset, to);
    const problems = rewriteProblems(before, after, { rewordsADemand: diagnostic.category === 'inclusive-language' });
    return problems.length === 0 ? suggestion : { ...suggestion, replacement: null, safe: false };
  });
}

/** The sentences a source range lies in, as a range. */
function around(doc: Doc, start: number, end: number): [number, number] {
  const sentences = doc.sentences();
  let low = 0;
  let high = sentences.length - 1;
  let first = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (sentences[mid]!.end <= start) low = mid + 1;
    else {
      first = mid;
      high = mid - 1;
    }
  }
  if (first === -1) return [start, end];
  let last = first;
  while (last + 1 < sentences.length && sentences[last + 1]!.start < end) last++;
  return [Math.min(start, sentences[first]!.start), Math.max(end, sentences[last]!.end)];
}

/** Whether `outer`'s replacement leaves out `inner`'s words, so taking it fixes `inner` too. */
function rewrites(outer: Diagnostic, inner: Diagnostic): boolean {
  let lower = lowered.get(outer);
  if (lower === undefined) {
    const replacement = outer.suggestions[0]?.replacement;
    lowered.set(outer, (lower = replacement ? replacement.toLowerCase() : null));
  }
  return lower !== null && !lower.includes(inner.excerpt.toLowerCase());
}

/** Replacements in lower case, worked out once per finding: a long sentence may hold many findings. */
const lowered = new WeakMap<Diagnostic, string | null>();

function byPosition(a: Diagnostic, b: Diagnostic): number {
  const aDoc = a.excerpt === '' ? 0 : 1;
  const bDoc = b.excerpt === '' ? 0 : 1;
  return aDoc - bDoc || a.location.offset - b.location.offset || b.location.endOffset - a.location.endOffset || a.ruleId.localeCompare(b.ruleId);
}

/** The document's own word (front matter `widen-audience:`) wins, then the configuration, then what the document shows. */
function audienceOf(doc: Doc, config: ResolvedConfig): Audience {
  const declared = doc.frontMatter?.['widen-audience'];
  if (typeof declared === 'string' && (audiences as readonly string[]).includes(declared)) return declared as Audience;
  return config.audience ?? detectAudience(doc).audience;
}

function stats(doc: Doc): FileStats {
  const words = doc.words().length;
  const sentences = doc.sentences().length;
  return { words, sentences, readingAge: readingAge(doc) };
}
