import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../io/package-root.js';

/**
 * Where reports link widen's pages. package.json's `repository` is the one place the repository's
 * address is written; everything here is derived from it. A rule's page is
 * `<docs URL>rules/<id>/<id>.md`, and the docs URL defaults to the repository's files at `main`
 * (there is no release tag yet), so links work wherever the report is read: code scanning, a
 * browser, an email. A report never links a file on the machine that wrote it.
 */
export function repositoryUrl(manifest: { repository?: string | { url?: string } } = readManifest()): string {
  const raw = typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url;
  if (!raw) throw new Error('widen: package.json has no repository');
  const url = raw.replace(/^git\+/, '').replace(/\.git$/, '').replace(/^github:/, 'https://github.com/');
  return /^[\w.-]+\/[\w.-]+$/.test(url) ? `https://github.com/${url}` : url;
}

/** The default docs URL: the repository's files at main, ending in "/". */
export function defaultDocsUrl(): string {
  return `${repositoryUrl()}/blob/main/`;
}

/** A docs URL as given (`--docs-url`, or the configuration's `docsUrl`), checked, ending in "/". */
export function normaliseDocsUrl(url: string, from: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`${from}: "${url}" is not a URL; give the web address rule pages are under, such as ${defaultDocsUrl()}`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error(`${from}: "${url}" is not a web address (http or https)`);
  return parsed.href.endsWith('/') ? parsed.href : `${parsed.href}/`;
}

function readManifest(): { repository?: string | { url?: string } } {
  return JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { repository?: string | { url?: string } };
}
