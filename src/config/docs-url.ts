import { join, resolve } from 'node:path';
import { rules } from '../../rules/index.js';
import { defaultDocsUrl, normaliseDocsUrl } from '../report/docs-url.js';
import { ConfigLoader } from './config.js';

/**
 * The docs URL of a run: `--docs-url`, else `docsUrl` in the configuration given with `--config`
 * or found for the working folder, else the default.
 */
export function docsUrlFor(option: string | undefined, configPath: string | undefined, cwd = process.cwd()): string {
  if (option !== undefined) return normaliseDocsUrl(option, '--docs-url');
  let configured: { path: string; url?: string } | undefined;
  try {
    const loader = new ConfigLoader(rules);
    const config = configPath ? loader.load(resolve(cwd, configPath)) : loader.find(join(cwd, 'report'));
    if (config) configured = { path: config.path, ...(config.config.docsUrl ? { url: config.config.docsUrl } : {}) };
  } catch {
    // A configuration that cannot be read is reported for the files it governs; links keep the default.
  }
  return configured?.url ? normaliseDocsUrl(configured.url, configured.path) : defaultDocsUrl();
}

