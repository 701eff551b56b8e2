import type { Diagnostic } from '../model/diagnostic.js';
import { advice, atLeast, repoPath } from './ci.js';
import { reviewText, setAsideText, whole, type StreamingReporter } from './shared.js';
import { position } from './stylish.js';

/**
 * JUnit XML for CI test-report views: one test case per file, one `<failure>` per finding at
 * or above `--fail-on` (errors, by default), so the test report fails exactly when the findings
 * do. Findings below it are listed in the test case's `<system-out>`; a file that could not be
 * read is an `<error>`.
 */
export const junitWriter: StreamingReporter = (context) => {
  const threshold = context.failOn ?? 'error';
  let tests = 0;
  let failing = 0;
  let errors = 0;
  const counts = (): string => `tests="${tests}" failures="${failing}" errors="${errors}"`;
  return {
    head: () => ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="widen" ${counts()}>`, `  <testsuite name="widen" ${counts()} skipped="0">`, ''].join('\n'),
    file: (result) => {
      tests++;
      const name = repoPath(result.path);
      const body: string[] = [];
      if (result.error) {
        errors++;
        body.push(`      <error message="${attribute(result.error)}" type="file-error">${text(`${result.path}: ${result.error}`)}</error>`);
      } else {
        const failures = result.diagnostics.filter((d) => atLeast(d.severity, threshold));
        const others = result.diagnostics.filter((d) => !atLeast(d.severity, threshold));
        if (failures.length) failing++;
        for (const d of failures) {
          body.push(`      <failure message="${attribute(`${position(d)} ${d.message}`)}" type="${attribute(d.ruleId)}">${text(details(d))}</failure>`);
        }
        const setAside = setAsideText(result);
        const out = [...others.map((d) => `${position(d)}  ${d.severity}  ${d.message}  ${d.ruleId}${d.review ? `\n  ↳ ${reviewText(d.review)}` : ''}`), ...(setAside ? [setAside] : [])];
        if (out.length) body.push(`      <system-out>${text(out.join('\n'))}</system-out>`);
      }
      const open = `    <testcase classname="widen" name="${attribute(name)}"`;
      return `${body.length ? `${open}>\n${body.join('\n')}\n    </testcase>` : `${open}/>`}\n`;
    },
    end: () => '  </testsuite>\n</testsuites>\n',
  };
};

export const junit = whole(junitWriter);

function details(d: Diagnostic): string {
  const suggestion = advice(d);
  return [
    `${d.severity}: ${d.message}`,
    `at ${position(d)}`,
    `rule: ${d.ruleId} (${d.category}), ${d.docs}`,
    ...(d.note ? [d.note] : []),
    ...(suggestion ? [`→ ${suggestion}`] : []),
    ...(d.review ? [`↳ ${reviewText(d.review)}`] : []),
  ].join('\n');
}

/** Characters XML 1.0 cannot hold at all, even escaped (control characters, lone surrogates, U+FFFE/U+FFFF). */
const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Element text. CR and the Unicode line ends (which XML 1.1 parsers turn into LF) as character references. */
export function text(value: string): string {
  return value
    .replace(forbidden, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\r\u0085\u2028\u2029]/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * A double-quoted attribute value; line breaks and tabs kept as character references, so
 * attribute-value normalisation cannot turn them into spaces.
 */
export function attribute(value: string): string {
  return text(value)
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/[\n\t]/g, (char) => `&#${char.charCodeAt(0)};`);
}
