import { addToSummary, emptySummary, type FileResult, type Summary } from '../model/diagnostic.js';
import { whole, type StreamingReporter } from './shared.js';

const start = '{\n  "version": 1,\n  "files": [';

/** The stable JSON contract (schemas/widen-output.schema.json, version 1), file by file. */
export const jsonWriter: StreamingReporter = () => {
  const summary = emptySummary();
  return {
    file: (result) => {
      addToSummary(summary, result);
      return `${summary.files === 1 ? `${start}\n` : ',\n'}${indent(JSON.stringify(fileEntry(result), null, 2), '    ')}`;
    },
    end: () => `${summary.files ? '\n  ' : start}],\n  "summary": ${indent(JSON.stringify(summaryEntry(summary), null, 2), '  ').trimStart()}\n}\n`,
  };
};

export const json = whole(jsonWriter);

function fileEntry(result: FileResult): object {
  return {
    path: result.path,
    format: result.format,
    profile: result.profile,
    stats: result.stats,
    diagnostics: result.diagnostics,
    ...(result.requirements ? { requirements: result.requirements } : {}),
    ...(result.keyFacts ? { keyFacts: result.keyFacts } : {}),
    ...(result.error ? { error: result.error } : {}),
    ...(result.note ? { note: result.note } : {}),
    ...(result.reviewed?.length ? { reviewed: result.reviewed } : {}),
    ...(result.warnings?.length ? { warnings: result.warnings } : {}),
  };
}

function summaryEntry(summary: Summary): object {
  const { errors, warnings, infos, files, fileErrors, setAside } = summary;
  return { errors, warnings, infos, files, fileErrors, setAside };
}

/** Indents every line; only "\n" ends a line here (a regex's ^ would also match after U+2028 inside a string). */
function indent(text: string, by: string): string {
  return by + text.split('\n').join(`\n${by}`);
}
