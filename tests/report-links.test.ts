import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { rules } from '../rules/index.js';
import { repositoryUrl } from '../src/report/docs-url.js';
import { root, runCliInProcess } from './helpers/lint.js';

/**
 * Links that work where a report is read, and reports that say nothing of the machine that wrote
 * them: no `file:` URI, and no absolute path but one the user gave.
 */
const formats = ['stylish', 'json', 'html', 'sarif', 'github', 'junit', 'markdown'] as const;
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { repository: { url: string } };
const repository = 'https://github.com/widen-lint/widen';

/** A working folder with an advert, another folder beside it with one more, and a folder for reports. */
function folders() {
  const top = realpathSync(mkdtempSync(join(tmpdir(), 'widen-links-')));
  const work = join(top, 'work');
  for (const folder of [work, join(top, 'other'), join(top, 'reports')]) mkdirSync(folder);
  const advert = readFileSync(join(root, 'examples', 'poor-advert.md'), 'utf8');
  writeFileSync(join(work, 'advert.md'), advert);
  writeFileSync(join(top, 'other', 'outside.md'), advert);
  return { top, work };
}

/** What no report may contain: a file URI, the temporary folders, widen's own folder, the home folder. */
function expectNothingOfTheMachine(report: string, top: string, format: string): void {
  expect(report, format).not.toMatch(/file:/i);
  for (const path of [top, root, realpathSync(root), process.env.HOME ?? '/nonexistent-home']) expect(report.includes(path), `${format} names ${path}`).toBe(false);
}

describe('no report names the machine that wrote it', () => {
  test.each(formats)('%s: files inside and outside the working folder, report on standard output and in another folder', async (format) => {
    const { top, work } = folders();
    const out = await runCliInProcess(['--format', format, 'advert.md', '../other/outside.md'], { cwd: work });
    expect(out.code, out.stderr).toBe(1); // the poor advert's errors; 2 would be a failure to report
    expect(out.stdout.length).toBeGreaterThan(100);
    expectNothingOfTheMachine(out.stdout, top, format);
    const written = await runCliInProcess(['--format', format, '--output', '../reports/report', 'advert.md', '../other/outside.md'], { cwd: work });
    expect(written.code, written.stderr).toBe(1);
    expectNothingOfTheMachine(readFileSync(join(top, 'reports', 'report'), 'utf8'), top, format);
  });

  test.each(formats)('%s: an absolute path the user gave is named as given, and only it', async (format) => {
    const { top, work } = folders();
    const given = join(top, 'other', 'outside.md');
    const out = await runCliInProcess(['--format', format, given], { cwd: work });
    expect(out.code, out.stderr).toBe(1); // the poor advert's errors; 2 would be a failure to report
    expect(out.stdout).not.toMatch(/file:/i);
    // Escaped as each format escapes it (SARIF percent-encodes; GitHub escapes : and ,), the path appears; nothing else of the machine does.
    const rest = out.stdout.split(given).join('').split(encodeURIComponent(given)).join('').split(given.replace(/\//g, '%2F')).join('');
    expectNothingOfTheMachine(rest, top, format);
  });
});

describe('rule pages are linked on the web', () => {
  test('package.json’s repository is the one address, and the links derive from it', () => {
    expect(repositoryUrl(manifest)).toBe(repository);
    expect(repositoryUrl({ repository: 'github:someone/fork' })).toBe('https://github.com/someone/fork');
    expect(repositoryUrl({ repository: 'someone/fork' })).toBe('https://github.com/someone/fork');
  });

  test('SARIF: informationUri is the repository, each rule’s helpUri its page at main, and the page exists', async () => {
    const log = JSON.parse((await runCliInProcess(['--format', 'sarif', 'examples/poor-advert.md'])).stdout);
    const driver = log.runs[0].tool.driver;
    expect(driver.informationUri).toBe(repository);
    // Every rule, and the descriptor a rule's failure on a file is reported under.
    expect(driver.rules.length).toBe(rules.length + 1);
    const internal = driver.rules.pop();
    expect(internal.id).toBe('internal-error');
    expect(internal.helpUri).toBe(`${repository}/blob/main/README.md#exit-codes`);
    for (const rule of driver.rules as Array<{ id: string; helpUri: string; help: { markdown: string } }>) {
      expect(rule.helpUri).toBe(`${repository}/blob/main/rules/${rule.id}/${rule.id}.md`);
      expect(existsSync(join(root, 'rules', rule.id, `${rule.id}.md`))).toBe(true);
      // The page's text is inline too, which is what code scanning shows.
      expect(rule.help.markdown.length).toBeGreaterThan(200);
    }
    expect(log.runs[0].originalUriBaseIds['%SRCROOT%'].uri).toBeUndefined();
  });

  test('--docs-url moves every link (SARIF and HTML); a configuration’s docsUrl does too, and --docs-url wins', async () => {
    const sarifHelp = async (args: string[], cwd = root) => {
      const out = await runCliInProcess(['--format', 'sarif', ...args, 'advert.md'], { cwd });
      expect(out.code, out.stderr).toBe(1); // the poor advert's errors; 2 would be a failure to report
      return JSON.parse(out.stdout).runs[0].tool.driver.rules[0].helpUri as string;
    };
    const { work } = folders();
    const first = rules[0]!.meta.id;
    expect(await sarifHelp(['--docs-url', 'https://docs.example.org/widen/v1'], work)).toBe(`https://docs.example.org/widen/v1/rules/${first}/${first}.md`);
    writeFileSync(join(work, '.widenrc.json'), '{ "docsUrl": "https://intranet.example.org/widen/" }\n');
    expect(await sarifHelp([], work)).toBe(`https://intranet.example.org/widen/rules/${first}/${first}.md`);
    expect(await sarifHelp(['--docs-url', 'https://docs.example.org/'], work)).toBe(`https://docs.example.org/rules/${first}/${first}.md`);
    const page = (await runCliInProcess(['--format', 'html', 'advert.md'], { cwd: work })).stdout;
    expect(page).toContain('href="https://intranet.example.org/widen/rules/simpler-words/simpler-words.md"');
  });

  test('a docs URL that is not a web address is refused', async () => {
    const file = await runCliInProcess(['--format', 'sarif', '--docs-url', 'file:///home/me/widen/', 'examples/poor-advert.md']);
    expect(file.code).toBe(2);
    expect(file.stderr).toMatch(/^widen: --docs-url: "file:\/\/\/home\/me\/widen\/" is not a web address/m);
    const { work } = folders();
    writeFileSync(join(work, '.widenrc.json'), '{ "docsUrl": "rules/" }\n');
    const bad = await runCliInProcess(['advert.md'], { cwd: work });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/docsUrl/);
  });
});

describe('the repository’s address', () => {
  test('the README names only the address in package.json (and npm’s issues it cites)', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const addresses = [...readme.matchAll(/https:\/\/github\.com\/([\w.-]+\/[\w.-]+?)(?:\.git)?(?=[/#\s)`]|$)/g)].map((match) => match[1]);
    expect(addresses.length).toBeGreaterThan(3);
    for (const address of addresses) if (address !== 'npm/cli') expect(`https://github.com/${address}`).toBe(repository);
    for (const match of readme.matchAll(/uses: ([\w.-]+\/widen)@/g)) expect(`https://github.com/${match[1]}`).toBe(repository);
  });

  test('no other file of ours writes it: code derives it from package.json', () => {
    for (const path of ['action.yml', '.pre-commit-hooks.yaml', 'src/report/sarif.ts', 'src/report/docs-url.ts', 'src/cli/main.ts', 'scripts/build.mjs']) {
      expect(readFileSync(join(root, path), 'utf8'), path).not.toContain('widen-lint');
    }
  });
});
