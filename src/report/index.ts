import { whole, type Reporter, type ReportWriter, type StreamingReporter } from './shared.js';

/** Reporter names for `--format`; each is loaded only when it is used. */
export const reporterNames = ['stylish', 'json', 'html', 'sarif', 'github', 'junit', 'markdown'] as const;
export type ReporterName = (typeof reporterNames)[number];

/** The whole report at once, as a string. */
export async function loadReporter(name: ReporterName): Promise<Reporter> {
  return name === 'html' ? (await import('./html/html.js')).html : whole(await loadWriter(name));
}

/**
 * The report written file by file. Every format but HTML keeps no results; the HTML report is
 * one page about every document (the run is refused beforehand when there are too many), so its
 * writer keeps them until the end.
 */
export async function loadWriter(name: ReporterName): Promise<StreamingReporter> {
  switch (name) {
    case 'json':
      return (await import('./json.js')).jsonWriter;
    case 'stylish':
      return (await import('./stylish.js')).stylishWriter;
    case 'sarif':
      return (await import('./sarif.js')).sarifWriter;
    case 'github':
      return (await import('./github.js')).githubWriter;
    case 'junit':
      return (await import('./junit.js')).junitWriter;
    case 'markdown':
      return (await import('./markdown.js')).markdownWriter;
    case 'html': {
      const { html } = await import('./html/html.js');
      return (context): ReportWriter => {
        const results: Parameters<Reporter>[0][number][] = [];
        return {
          file: (result) => {
            results.push(result);
            return '';
          },
          end: (hidden) => html(results, { ...context, ...(hidden ? { hidden } : {}) }),
        };
      };
    }
  }
}
