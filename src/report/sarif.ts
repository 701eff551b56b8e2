import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Diagnostic, FileResult, Severity } from '../model/diagnostic.js';
import { packageRoot } from '../io/package-root.js';
import { docsPath, type RuleMeta } from '../model/rule.js';
import { advice } from './ci.js';
import { defaultDocsUrl, repositoryUrl } from './docs-url.js';
import { reviewText, whole, type StreamingReporter } from './shared.js';

const levels: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };
/** GitHub code scanning's own severity scale for tools that are not security tools. */
const problemSeverity: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'recommendation' };
const sourceRoot = '%SRCROOT%';

/**
 * SARIF 2.1.0, for GitHub code scanning and other SARIF viewers. Paths are relative to the
 * working folder (`%SRCROOT%`, which is left for the viewer to place: code scanning takes it as
 * the repository root). Each rule's help is its documentation page, inline, and `helpUri` is that
 * page on the web (`docsBase`, by default the repository's); the log names no file or folder of
 * the machine that wrote it.
 */
export const sarifWriter: StreamingReporter = (context) => {
  const docsBase = context.docsBase || defaultDocsUrl();
  const rules = [...(context.rules ?? []).map((meta) => describeRule(meta, docsBase)), internalErrorRule(docsBase)];
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  const notifications: Array<Record<string, unknown>> = [];
  const run = {
    tool: {
      driver: {
        name: 'widen',
        version: context.version,
        semanticVersion: context.version,
        informationUri: repositoryUrl(),
        rules,
      },
    },
    ...(context.sarifCategory ? { automationDetails: { id: context.sarifCategory.endsWith('/') ? context.sarifCategory : `${context.sarifCategory}/` } } : {}),
    originalUriBaseIds: { [sourceRoot]: { description: { text: 'The folder widen ran in; run it from the repository root.' } } },
    columnKind: 'utf16CodeUnits',
    results: resultsMarker,
    // After the results: whether the run succeeded is known only at the end.
    invocations: invocationsMarker,
  };
  const skeleton = JSON.stringify({ $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run] }, null, 2);
  const results = skeleton.indexOf(`"results": ${JSON.stringify(resultsMarker)}`);
  const invocations = skeleton.indexOf(`"invocations": ${JSON.stringify(invocationsMarker)}`);
  const keyIndent = ' '.repeat(results - skeleton.lastIndexOf('\n', results) - 1);
  const itemIndent = `\n${keyIndent}  `;
  const head = `${skeleton.slice(0, results)}"results": [`;
  let started = false;
  let count = 0;
  return {
    file: (result) => {
      const start = started ? '' : head;
      started = true;
      if (result.error) notifications.push(fileNotification(result));
      const items = [
        ...result.diagnostics.map((d) => toResult(result, d, index.get(d.ruleId))),
        // What a reviewer set aside (`--review`) is a suppressed result, with the reviewer's reason.
        ...(result.reviewed ?? []).map((d) => ({ ...toResult(result, d, index.get(d.ruleId)), suppressions: [{ kind: 'external', status: 'accepted', justification: reviewText(d.review) }] })),
      ];
      return start + items.map((item) => `${count++ ? ',' : ''}${itemIndent}${JSON.stringify(item, null, 2).replace(/\n/g, itemIndent)}`).join('');
    },
    end: () => {
      const invocation = [{ executionSuccessful: notifications.length === 0, ...(notifications.length ? { toolExecutionNotifications: notifications } : {}) }];
      return [
        started ? '' : head,
        `${count ? `\n${keyIndent}` : ''}],\n${keyIndent}`,
        `"invocations": ${JSON.stringify(invocation, null, 2).replace(/\n/g, `\n${keyIndent}`)}`,
        `${skeleton.slice(invocations + `"invocations": ${JSON.stringify(invocationsMarker)}`.length)}\n`,
      ].join('');
    },
  };
};

/**
 * SARIF 2.1.0, for GitHub code scanning and other SARIF viewers, as one string. Written file by
 * file (sarifWriter), a run over thousands of files never holds the log, which would outgrow the
 * longest string JavaScript can hold (about 512 MB). Either way it is JSON.stringify(log, null, 2).
 */
export const sarif = whole(sarifWriter);

/** Where the results and the invocations go in the log's skeleton. */
const resultsMarker = '\u0000widen results\u0000';
const invocationsMarker = '\u0000widen invocations\u0000';

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  helpUri: string;
  defaultConfiguration: { level: string };
  properties: Record<string, unknown>;
}

/** What a rule that failed on a file is reported as (src/engine/engine.ts), so its results have a rule too. */
function internalErrorRule(docsBase: string): SarifRule {
  const text = 'A rule failed on this file; the other rules still ran. Report it with the file, if you can share it.';
  return {
    id: 'internal-error',
    name: 'InternalError',
    shortDescription: { text: 'A rule failed on this file.' },
    fullDescription: { text },
    help: { text, markdown: text },
    helpUri: `${docsBase}README.md#exit-codes`,
    defaultConfiguration: { level: 'error' },
    properties: { category: 'plain-language', tags: ['widen'] },
  };
}

function describeRule(meta: RuleMeta<any>, docsBase: string): SarifRule {
  const path = docsPath(meta.id);
  const doc = readDoc(path);
  const why = section(doc, 'Why');
  const firstParagraph = (why.split(/\n\s*\n/)[0] ?? '').replace(/\s+/g, ' ').trim();
  return {
    id: meta.id,
    name: pascal(meta.id),
    shortDescription: { text: `${meta.description}.` },
    fullDescription: { text: firstParagraph ? plain(firstParagraph) : `${meta.description}.` },
    help: { text: plain(proseOf(why)) || `${meta.description}.`, markdown: helpMarkdown(doc, meta.description) },
    helpUri: `${docsBase}${path}`,
    defaultConfiguration: { level: levels[meta.severity] },
    properties: {
      category: meta.category,
      tags: ['widen', meta.category],
      'problem.severity': problemSeverity[meta.severity],
      profiles: [...meta.profiles],
      fixable: meta.fixable,
    },
  };
}

function toResult(file: FileResult, d: Diagnostic, ruleIndex: number | undefined): Record<string, unknown> {
  const artifactLocation = artifactFor(file.path);
  const { location } = d;
  const documentLevel = d.excerpt === '';
  const physicalLocation: Record<string, unknown> = { artifactLocation };
  const place: Record<string, unknown> = { physicalLocation };
  if (!documentLevel && location.line !== undefined) {
    physicalLocation.region = {
      startLine: location.line,
      startColumn: location.column,
      endLine: location.endLine,
      endColumn: location.endColumn,
      snippet: { text: d.excerpt },
    };
  } else if (!documentLevel && location.block !== undefined) {
    // DOCX: no lines a Word user can see, and character offsets into a zipped file would be false
    // (a SARIF region must have a line or an offset). A logical location (block, heading) and the
    // excerpt in context say where; the physical location is the file.
    const name = `block ${location.block}`;
    place.logicalLocations = [{ name, fullyQualifiedName: location.heading ? `${location.heading} > ${name}` : name, kind: 'element' }];
    place.message = { text: `Block ${location.block}${location.heading ? ` (under “${location.heading}”)` : ''}: ${location.context ?? d.excerpt}` };
  }
  const text = [sentence(d.message), d.note, advice(d) && sentence(advice(d)!), d.review && d.review.decision !== 'disagree' && `Reviewer: ${sentence(reviewText(d.review))}`].filter(Boolean).join(' ');
  return {
    ruleId: d.ruleId,
    ...(ruleIndex !== undefined ? { ruleIndex } : {}),
    level: levels[d.severity],
    message: { text },
    locations: [place],
    partialFingerprints: { 'widen/v1': d.fingerprint },
    properties: { category: d.category, ...(d.excerpt ? { excerpt: d.excerpt } : {}), ...(d.requirement ? { requirement: d.requirement } : {}) },
  };
}

function fileNotification(result: FileResult): Record<string, unknown> {
  return {
    level: 'error',
    message: { text: sentence(`${result.path}: ${result.error}`) },
    locations: [{ physicalLocation: { artifactLocation: artifactFor(result.path) } }],
    descriptor: { id: 'file-error' },
  };
}

const docs = new Map<string, string>();
function readDoc(path: string): string {
  let doc = docs.get(path);
  if (doc === undefined) {
    try {
      doc = readFileSync(join(packageRoot, path), 'utf8');
    } catch {
      doc = '';
    }
    docs.set(path, doc);
  }
  return doc;
}

/** The body of a `## name` section. */
function section(doc: string, name: string): string {
  const start = doc.indexOf(`\n## ${name}\n`);
  if (start === -1) return '';
  const body = doc.slice(start + name.length + 5);
  const end = body.search(/^## /m);
  return (end === -1 ? body : body.slice(0, end)).trim();
}

/** The doc page without its title and generated comment markers, for `help.markdown`. */
function helpMarkdown(doc: string, description: string): string {
  if (!doc) return `${description}.`;
  return doc
    .replace(/^# .*\n+/, '')
    .replace(/^<!-- [a-z]+:(?:start|end)[^>]*-->\n/gm, '')
    .trim();
}

/** The paragraphs of a section, without tables and comments, on one line. */
function proseOf(section: string): string {
  return section
    .split('\n')
    .filter((line) => !/^\s*(\||<!--)/.test(line))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Markdown inline markup dropped, for the plain-text fields. */
function plain(text: string): string {
  return text.replace(/`([^`]*)`/g, '$1').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\*\*?([^*]+)\*\*?/g, '$1');
}

function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function pascal(id: string): string {
  return id.replace(/(?:^|-)([a-z0-9])/g, (_, char: string) => char.toUpperCase());
}

/**
 * A file relative to `%SRCROOT%`, each segment percent-encoded; a file outside the working folder
 * too (`../other/advert.md`), so no absolute path of this machine is written.
 */
function artifactFor(path: string): { uri: string; uriBaseId: string } {
  const local = relative(process.cwd(), resolve(path)).split(sep).join('/');
  const portable = isAbsolute(local) ? local.replace(/^\/+/, '') : local; // another drive on Windows
  return { uri: portable.split('/').map((segment) => encodeURIComponent(wellFormed(segment))).join('/'), uriBaseId: sourceRoot };
}

/** Lone surrogates (which no file name on disk has, but a path given to the API might) as U+FFFD: encodeURIComponent throws on them. */
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}
