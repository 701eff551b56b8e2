/**
 * No document text or file name can break out of its escaping, in any report format: fast-check
 * builds results from hostile strings (markup, quotes, control characters, lone surrogates, line
 * breaks, workflow-command and Markdown punctuation) and each report is parsed back.
 */
import { DOMParser } from '@xmldom/xmldom';
import fc from 'fast-check';
import { parse as parseHtml, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, test } from 'vitest';
import { rules } from '../rules/index.js';
import type { Diagnostic, FileResult } from '../src/model/diagnostic.js';
import { requirements } from '../src/index.js';
import { repoPath } from '../src/report/ci.js';
import { github } from '../src/report/github.js';
import { html } from '../src/report/html/html.js';
import { json } from '../src/report/json.js';
import { junit } from '../src/report/junit.js';
import { markdown } from '../src/report/markdown.js';
import { sarif } from '../src/report/sarif.js';
import type { ReportContext } from '../src/report/shared.js';
import { stylish } from '../src/report/stylish.js';

const context: ReportContext = { color: false, version: '0.1.0', requirements, docsBase: '', failOn: 'info', rules: rules.map((rule) => rule.meta) };
const runs = { numRuns: 150 };

/** Pieces that have broken reports before, somewhere. */
const nasty = [
  '<', '>', '&', '"', "'", '`', '|', '\\', '%', ':', ',', '@', '*', '_', '[', ']', '~', '#', '!', '(', ')',
  '\r', '\n', '\r\n', '\t', '\u0000', '\u0007', '\u001b[31m', '\u007f', '\u0085', '\u2028', '\u2029', '\u202e', '\u200b', '\ufeff', '\ufffe', '\uffff',
  '\ud800', '\udc00', '😀', 'e\u0301', 'שלום',
  '</script>', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<!--', '-->', ']]>', '<![CDATA[', '&amp;', '&#0;', '&#x1F;',
  '::error::', '::add-mask::', '%0A', '%25', '${{ secrets.X }}', 'javascript:alert(1)', '@everyone', '<br>', '| --- |', '```',
];
const piece = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...nasty) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) });
/** A hostile string, never empty. */
const hostile = fc
  .array(piece, { minLength: 1, maxLength: 8 })
  .map((parts) => parts.join(''))
  .filter((text) => text.length > 0);
/** A hostile file name: folders, spaces, colons, commas, percent signs, line breaks, markup. */
const hostilePath = fc.tuple(fc.array(hostile, { maxLength: 2 }), hostile, fc.constantFrom('.md', '.txt', '.html', '.docx')).map(([folders, name, extension]) =>
  [...folders, `${name.replace(/[/\\]/g, '-')}${extension}`].map((part) => part.replace(/\//g, '-')).join('/'),
);

const results = fc
  .record({ path: hostilePath, message: hostile, note: hostile, excerpt: hostile, text: hostile, replacement: hostile, heading: hostile, context: hostile, error: hostile, errorPath: hostilePath, docx: fc.boolean() })
  .map(({ path, message, note, excerpt, text, replacement, heading, context, error, errorPath, docx }): FileResult[] => {
    const location = docx
      ? { offset: 0, endOffset: excerpt.length, block: 3, heading, context }
      : { line: 2, column: 3, endLine: 2, endColumn: 3 + excerpt.length, offset: 10, endOffset: 10 + excerpt.length };
    const finding = (severity: Diagnostic['severity'], ruleId: string): Diagnostic => ({
      ruleId,
      category: 'plain-language',
      severity,
      message,
      note,
      excerpt,
      location,
      suggestions: [{ text, replacement, safe: false }],
      docs: `rules/${ruleId}/${ruleId}.md`,
      fingerprint: '0123456789abcdef',
    });
    const documentLevel: Diagnostic = { ...finding('info', 'missing-information'), excerpt: '', location: { offset: 0, endOffset: 0 }, requirement: 'salary' };
    return [
      {
        path,
        format: docx ? 'docx' : 'markdown',
        profile: 'advert',
        stats: { words: 40, sentences: 3, readingAge: 12 },
        diagnostics: [documentLevel, finding('error', 'simpler-words'), finding('warning', 'health-jargon')],
        note,
        ...(docx ? {} : { blocks: [{ kind: 'paragraph' as const, index: 1, start: 10, end: 10 + excerpt.length, text: excerpt }] }),
      },
      { path: errorPath, format: 'text', profile: 'advert', stats: { words: 0, sentences: 0, readingAge: null }, diagnostics: [], error },
    ];
  });

/** Characters XML 1.0 cannot hold, even escaped. */
const notXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const xmlSafe = (text: string): string => text.replace(new RegExp(notXml.source, 'g'), '\uFFFD');

describe('report escaping', () => {
  test('JSON: always valid, and every string comes back exactly', () => {
    fc.assert(
      fc.property(results, (input) => {
        const output = JSON.parse(json(input, context)) as { files: FileResult[] };
        expect(output.files.map((file) => file.path)).toEqual(input.map((file) => file.path));
        expect(output.files[0]!.diagnostics).toEqual(input[0]!.diagnostics);
        expect(output.files[1]!.error).toBe(input[1]!.error);
      }),
      runs,
    );
  });

  test('SARIF: always valid JSON, with URIs made only of URI characters and the text intact', () => {
    fc.assert(
      fc.property(results, (input) => {
        const log = JSON.parse(sarif(input, context)) as { runs: Array<{ results: Array<Record<string, any>>; invocations: Array<Record<string, any>> }> };
        const [run] = log.runs;
        for (const result of run!.results) {
          const uri = result.locations[0].physicalLocation.artifactLocation.uri as string;
          expect(uri).toMatch(/^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+$/);
          expect(result.message.text).toContain(input[0]!.diagnostics[0]!.message);
        }
        const excerpts = run!.results.map((result) => result.properties.excerpt).filter(Boolean);
        expect(excerpts).toEqual([input[0]!.diagnostics[1]!.excerpt, input[0]!.diagnostics[1]!.excerpt]);
        expect(run!.invocations[0]!.toolExecutionNotifications[0].message.text).toContain(input[1]!.error);
      }),
      runs,
    );
  });

  test('JUnit: well-formed XML 1.0, whose attributes and text read back as the findings say', () => {
    fc.assert(
      fc.property(results, (input) => {
        const xml = junit(input, context);
        expect(xml).not.toMatch(notXml);
        const problems: string[] = [];
        const document = new DOMParser({
          errorHandler: { warning: () => {}, error: (message: string) => problems.push(message), fatalError: (message: string) => problems.push(message) },
        }).parseFromString(xml, 'text/xml');
        expect(problems).toEqual([]);
        const cases = Array.from(document.getElementsByTagName('testcase'));
        expect(cases.map((element) => element.getAttribute('name'))).toEqual(input.map((file) => xmlSafe(repoPath(file.path))));
        const failures = Array.from(document.getElementsByTagName('failure'));
        expect(failures).toHaveLength(3);
        for (const failure of failures) {
          expect(failure.getAttribute('message')).toContain(xmlSafe(input[0]!.diagnostics[0]!.message));
          expect(failure.textContent).toContain(xmlSafe(input[0]!.diagnostics[0]!.note!));
        }
        expect(document.getElementsByTagName('error')[0]!.getAttribute('message')).toBe(xmlSafe(input[1]!.error!));
      }),
      runs,
    );
  });

  test('GitHub commands: one line each; properties and messages unescape to what was meant', () => {
    const unescape = (text: string): string => text.replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
    fc.assert(
      fc.property(results, (input) => {
        const lines = github(input, context).split('\n');
        expect(lines.pop()).toBe('');
        expect(lines).toHaveLength(1 + 3 + 1);
        for (const line of lines.slice(0, -1)) {
          const command = /^::(error|warning|notice) ([^:]*)::(.*)$/s.exec(line);
          expect(command, line).not.toBeNull();
          expect(command![3]).not.toMatch(/[\r\n]/);
          // The runner splits properties at "," and each at its first "=": escaping keeps both out of values.
          const properties = Object.fromEntries(command![2]!.split(',').map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]));
          const file = unescape(properties.file!);
          expect([repoPath(input[0]!.path), repoPath(input[1]!.path)]).toContain(file);
        }
        const messages = lines.slice(0, -1).map((line) => unescape(/::(.*)$/s.exec(line.slice(2))![1]!));
        // The file not read first, then by severity: the error, the warning, the document-level info.
        expect(messages[0]).toContain(input[1]!.error);
        expect(messages[1]).toContain(input[0]!.diagnostics[1]!.message);
      }),
      runs,
    );
  });

  test('Markdown: each row stays one row of the right number of cells, with no markup, mention or code from the text', () => {
    fc.assert(
      fc.property(results, (input) => {
        const report = markdown(input, context);
        const lines = report.split('\n');
        const rows = lines.filter((line) => line.startsWith('| ') && !line.startsWith('| File'));
        expect(rows).toHaveLength(2 + 3);
        for (const row of rows) {
          // Unescaped pipes delimit cells: 4 columns in the counts table, 5 in the findings table.
          const cells = row.split(/(?<!\\)\|/).length - 2;
          expect([4, 5]).toContain(cells);
          const text = row.replace(/<br>/g, '');
          expect(text).not.toMatch(/[<>@\r]/);
          expect(text).not.toMatch(/(?<!\\)`/);
        }
        const outside = lines.filter((line) => !line.startsWith('| '));
        for (const line of outside) expect(line).not.toMatch(/onerror|<script|<img/);
      }),
      runs,
    );
  });

  test('HTML: no element, attribute or script from the text; the embedded data reads back exactly', () => {
    const elements = (page: string): DefaultTreeAdapterMap['element'][] => {
      const found: DefaultTreeAdapterMap['element'][] = [];
      const stack: DefaultTreeAdapterMap['node'][] = [parseHtml(page)];
      while (stack.length > 0) {
        const node = stack.pop()!;
        if ('tagName' in node) found.push(node);
        if ('childNodes' in node) stack.push(...node.childNodes);
        if (node.nodeName === 'template') stack.push(...(node as DefaultTreeAdapterMap['template']).content.childNodes);
        // A document kept for later (past 10 documents) is markup in a text/html script block, made into elements when opened.
        if (node.nodeName === 'script' && (node as DefaultTreeAdapterMap['element']).attrs.some((attribute) => attribute.name === 'type' && attribute.value === 'text/html')) {
          const text = (node as DefaultTreeAdapterMap['element']).childNodes.map((child) => ('value' in child ? child.value : '')).join('');
          stack.push(...parseFragment(text).childNodes);
        }
      }
      return found;
    };
    /** The same results in plain words: the page may use no tag that this one does not. */
    const calm = (input: FileResult[]): FileResult[] =>
      JSON.parse(JSON.stringify(input, (key, value: unknown) => (typeof value === 'string' && value !== '' && ['path', 'message', 'note', 'excerpt', 'text', 'replacement', 'heading', 'context', 'error'].includes(key) ? (key === 'path' ? 'plain.md' : 'plain words') : value)));
    fc.assert(
      fc.property(results, fc.boolean(), (given, many) => {
        // Many documents (past 10) keep their bodies for later: those are checked too.
        const input = many ? Array.from({ length: 6 }, () => given).flat() : given;
        const page = html(input, context);
        const found = elements(page);
        const allowedTags = new Set([...elements(html(calm(input), context)).map((element) => element.tagName), 'mark']);
        expect(found.filter((element) => element.tagName === 'script' && !element.attrs.some((attribute) => attribute.value === 'text/html'))).toHaveLength(2);
        for (const element of found) {
          expect(allowedTags, element.tagName).toContain(element.tagName);
          for (const attribute of element.attrs) {
            expect(attribute.name).not.toMatch(/^on/);
            if (attribute.name === 'href') expect(attribute.value).not.toMatch(/^\s*javascript:/i);
          }
        }
        const data = /<script type="application\/json" id="widen-data">([\s\S]*?)<\/script>/.exec(page);
        const parsed = JSON.parse(data![1]!) as { paths: Record<string, string>; findings: Array<{ excerpt: string; doc: string }> };
        expect(parsed.findings.some((finding) => finding.excerpt === input[0]!.diagnostics[1]!.excerpt && parsed.paths[finding.doc] === input[0]!.path)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  test('terminal: no escape sequence, control character or extra line from a file name or the text reaches it', () => {
    /**
     * The same results with every control character replaced by a letter: the layout must not
     * change. A file's error is the one exception: by contract each of its lines is one mistake
     * (a configuration's, each with its place), and whoever writes it escapes what it quotes.
     */
    const tame = (value: unknown, key?: string): unknown =>
      typeof value === 'string'
        ? value.replace(key === 'error' ? /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g : /[\u0000-\u001F\u007F-\u009F]/g, 'x')
        : Array.isArray(value)
          ? value.map((inner) => tame(inner))
          : value && typeof value === 'object'
            ? Object.fromEntries(Object.entries(value).map(([name, inner]) => [name, tame(inner, name)]))
            : value;
    fc.assert(
      fc.property(results, fc.boolean(), (input, color) => {
        const output = stylish(input, { ...context, color });
        const withoutColour = output.replace(/\u001b\[\d+m/g, '');
        expect(withoutColour).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
        expect(output.split('\n')).toHaveLength(stylish(tame(input) as FileResult[], { ...context, color }).split('\n').length);
      }),
      runs,
    );
  });
});
