import type { Reporter } from './shared.js';

/** Reporter names for `--format`; each is loaded only when it is used. */
export const reporterNames = ['stylish', 'json', 'html', 'sarif', 'github', 'junit', 'markdown'] as const;
export type ReporterName = (typeof reporterNames)[number];

export async function loadReporter(name: ReporterName): Promise<Reporter> {
  switch (name) {
    case 'json':
      return (await import('./json.js')).json;
    case 'html':
      return (await import('./html/html.js')).html;
    case 'stylish':
      return (await import('./stylish.js')).stylish;
    case 'sarif':
      return (await import('./sarif.js')).sarif;
    case 'github':
      return (await import('./github.js')).github;
    case 'junit':
      return (await import('./junit.js')).junit;
    case 'markdown':
      return (await import('./markdown.js')).markdown;
  }
}

/** A reporter that gives its text in pieces: SARIF's results one by one (a large log outgrows one string), the others whole. */
export type PartsReporter = (...args: Parameters<Reporter>) => Iterable<string>;

export async function loadReporterParts(name: ReporterName): Promise<PartsReporter> {
  if (name === 'sarif') return (await import('./sarif.js')).sarifParts;
  const reporter = await loadReporter(name);
  return (results, context) => [reporter(results, context)];
}
