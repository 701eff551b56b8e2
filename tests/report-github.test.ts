import { describe, expect, test } from 'vitest';
import { rules } from '../rules/index.js';
import type { Diagnostic, FileResult, Severity } from '../src/model/diagnostic.js';
import { annotationsPerKind, github } from '../src/report/github.js';
import type { ReportContext } from '../src/report/shared.js';
import { sampleDiagnostic } from './helpers/sample.js';

const context: ReportContext = { color: false, version: '0.1.0', rules: rules.map((rule) => rule.meta) };

function onLine(severity: Severity, line: number, ruleId = 'simpler-words'): Diagnostic {
  return sampleDiagnostic({ severity, ruleId, location: { line, column: 1, endLine: line, endColumn: 5, offset: line * 10, endOffset: line * 10 + 4 } });
}

function aboutDocument(severity: Severity): Diagnostic {
  return sampleDiagnostic({ severity, ruleId: 'missing-information', excerpt: '', location: { offset: 0, endOffset: 0 }, requirement: 'salary' });
}

function file(path: string, diagnostics: Diagnostic[]): FileResult {
  return { path, format: 'markdown', profile: 'advert', stats: { words: 100, sentences: 5, readingAge: 12 }, diagnostics };
}

/** Each annotation as "kind file[:line] rule". */
function annotations(out: string): string[] {
  return out
    .trimEnd()
    .split('\n')
    .filter((line) => line.startsWith('::'))
    .map((line) => {
      const [, kind, props] = /^::(\w+) ([^:]*)::/.exec(line)!;
      const values = Object.fromEntries(props!.split(',').map((pair) => pair.split('=') as [string, string]));
      return `${kind} ${values.file ?? '-'}${values.line ? `:${values.line}` : ''} ${values.title}`;
    });
}

describe('GitHub annotations: the most important first, within what GitHub shows', () => {
  test('errors, then warnings, then notices; within each, findings on a line before findings about the whole document', () => {
    const out = github([file('a.md', [aboutDocument('warning'), onLine('info', 2), onLine('warning', 9)]), file('b.md', [onLine('error', 30), onLine('warning', 4)])], context);
    expect(annotations(out)).toEqual([
      'error b.md:30 widen(simpler-words)',
      'warning a.md:9 widen(simpler-words)',
      'warning b.md:4 widen(simpler-words)',
      'warning a.md widen(missing-information)',
      'notice a.md:2 widen(simpler-words)',
    ]);
    expect(out.trimEnd().split('\n').at(-1)).toBe('widen: 1 error, 3 warnings, 1 info in 2 files');
  });

  test(`at most ${annotationsPerKind} of each kind; one notice says how many more, and where they all are`, () => {
    const diagnostics = [
      ...Array.from({ length: 3 }, (_, i) => onLine('error', 100 + i)),
      aboutDocument('warning'),
      ...Array.from({ length: 24 }, (_, i) => onLine('warning', 1 + i)),
      ...Array.from({ length: 15 }, (_, i) => onLine('info', 200 + i)),
    ];
    const out = github([file('a.md', diagnostics)], context);
    const shown = annotations(out);
    expect(shown.filter((line) => line.startsWith('error '))).toHaveLength(3);
    // The ten warnings kept are those on lines, in order; the one about the whole document is left for the reports.
    expect(shown.filter((line) => line.startsWith('warning '))).toEqual(Array.from({ length: 10 }, (_, i) => `warning a.md:${1 + i} widen(simpler-words)`));
    const notices = shown.filter((line) => line.startsWith('notice '));
    expect(notices).toHaveLength(annotationsPerKind);
    expect(notices.at(-1)).toBe('notice - widen%3A more findings');
    expect(out).toContain(
      '::notice title=widen%3A more findings::21 more findings (15 warnings, 6 infos) not shown as annotations: GitHub shows 10 of each kind per step. The SARIF report (--format sarif) or the JSON report (--format json) has every finding.',
    );
  });

  test(`exactly ${annotationsPerKind} of a kind: all shown, and no notice about more`, () => {
    const out = github([file('a.md', Array.from({ length: annotationsPerKind }, (_, i) => onLine('info', 1 + i)))], context);
    expect(annotations(out)).toHaveLength(annotationsPerKind);
    expect(out).not.toContain('more findings');
  });

  test('too many warnings only: the last notice place goes to the count, and the info it displaces is counted', () => {
    const out = github([file('a.md', [...Array.from({ length: 11 }, (_, i) => onLine('warning', 1 + i)), ...Array.from({ length: 10 }, (_, i) => onLine('info', 50 + i))])], context);
    expect(annotations(out).filter((line) => line.startsWith('notice a.md'))).toHaveLength(annotationsPerKind - 1);
    expect(out).toContain('::2 more findings (1 warning, 1 info) not shown');
  });
});
