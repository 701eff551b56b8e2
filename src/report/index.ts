import type { Reporter } from './shared.js';

/** Reporter names for `--format`; each is loaded only when it is used. */
export const reporterNames = ['stylish', 'json'] as const;
export type ReporterName = (typeof reporterNames)[number];

export async function loadReporter(name: ReporterName): Promise<Reporter> {
  switch (name) {
    case 'json':
      return (await import('./json.js')).json;
    case 'stylish':
      return (await import('./stylish.js')).stylish;
  }
}
