import { summarise, type FileResult, type Summary } from '../model/diagnostic.js';
import type { Reporter } from './shared.js';

/**
 * The stable JSON contract (schemas/widen-output.schema.json, version 1), written in parts so a
 * run over thousands of files can stream it file by file (`jsonParts`) and keep no results.
 */
export const jsonParts = {
  start: (): string => '{\n  "version": 1,\n  "files": [',
  file: (result: FileResult, first: boolean): string =>
    `${first ? '\n' : ',\n'}${indent(JSON.stringify(fileEntry(result), null, 2), '    ')}`,
  end: (summary: Summary, anyFile: boolean): string =>
    `${anyFile ? '\n  ' : ''}],\n  "summary": ${indent(JSON.stringify(summaryEntry(summary), null, 2), '  ').trimStart()}\n}\n`,
};

export const json: Reporter = (results) =>
  jsonParts.start() + results.map((result, index) => jsonParts.file(result, index === 0)).join('') + jsonParts.end(summarise(results), results.length > 0);

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
