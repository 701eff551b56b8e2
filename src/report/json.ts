import { summarise } from '../diagnostic.js';
import type { Reporter } from './shared.js';

/** The stable JSON contract (schemas/widen-output.schema.json, version 1). */
export const json: Reporter = (results) => {
  const summary = summarise(results);
  return `${JSON.stringify(
    {
      version: 1,
      files: results.map((result) => ({
        path: result.path,
        format: result.format,
        profile: result.profile,
        stats: result.stats,
        diagnostics: result.diagnostics,
        ...(result.error ? { error: result.error } : {}),
        ...(result.note ? { note: result.note } : {}),
        ...(result.reviewed?.length ? { reviewed: result.reviewed } : {}),
        ...(result.warnings?.length ? { warnings: result.warnings } : {}),
      })),
      summary: {
        errors: summary.errors,
        warnings: summary.warnings,
        infos: summary.infos,
        files: summary.files,
        fileErrors: summary.fileErrors,
      },
    },
    null,
    2,
  )}\n`;
};
