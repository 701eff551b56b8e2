import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import outputSchema from '../schemas/widen-output.schema.json' with { type: 'json' };
import { requirementIds, requirements } from '../rules/missing-information/requirements.js';
import type { FileResult, RequirementStatus } from '../src/model/diagnostic.js';
import { checklistLines, requirementName, statusSymbols } from '../src/report/checklist.js';
import { renderChecklist } from '../src/report/html/requirements.js';
import { root, runCliInProcess } from './helpers/lint.js';

const validateOutput = new Ajv2020({ strict: false, allErrors: true }).compile(outputSchema);

async function jsonOf(args: string[]): Promise<{ files: FileResult[] }> {
  const { stdout } = await runCliInProcess(['--format', 'json', ...args]);
  const output = JSON.parse(stdout);
  expect(validateOutput(output), JSON.stringify(validateOutput.errors)).toBe(true);
  return output;
}

function statuses(file: FileResult): Record<string, RequirementStatus> {
  return Object.fromEntries((file.requirements ?? []).map((state) => [state.id, state.status]));
}

/** The state the HTML checklist shows for each requirement, read back from its symbols. */
function htmlStatuses(file: FileResult): Record<string, RequirementStatus> {
  const page = renderChecklist(file);
  const bySymbol = Object.fromEntries(Object.entries(statusSymbols).map(([status, symbol]) => [symbol, status as RequirementStatus]));
  const found = [...page.matchAll(/<li class="[^"]+"><span class="symbol" aria-hidden="true">(.)<\/span>/g)].map((match) => bySymbol[match[1]!]!);
  return Object.fromEntries((file.requirements ?? []).map((state, index) => [state.id, found[index]!]));
}

function configFolder(config: object): string {
  const folder = mkdtempSync(join(tmpdir(), 'widen-requirements-'));
  writeFileSync(join(folder, '.widenrc.json'), JSON.stringify(config));
  writeFileSync(join(folder, 'advert.md'), readFileSync(join(root, 'examples', 'good-advert.md'), 'utf8'));
  return folder;
}

describe('requirements and key facts in the output', () => {
  test('every example lists each requirement of its profile once, valid against the schema, with evidence at its place', async () => {
    const { files } = await jsonOf(['examples/good-advert.md', 'examples/good-event.md', 'examples/good-interview-invite.md', 'examples/poor-advert.md']);
    for (const file of files) {
      const expected = [...new Set(requirements.filter((requirement) => requirement.profiles.includes(file.profile)).map((requirement) => requirement.id))];
      expect(file.requirements!.map((state) => state.id)).toEqual(expected);
      const source = readFileSync(join(root, file.path), 'utf8');
      for (const state of file.requirements!) {
        if (state.status === 'missing') expect(state.suggestion, state.id).toBeTruthy();
        if (state.status !== 'met') continue;
        const { offset, endOffset } = state.evidence!.location;
        // The excerpt is the sentence as a reader sees it: its first word is where the location starts.
        expect(source.slice(offset, endOffset).replace(/\s+/g, ' ')).toContain(state.evidence!.excerpt.split(' ')[0]);
      }
    }
    const good = files[0]!;
    expect(Object.values(statuses(good)).every((status) => status === 'met'), JSON.stringify(statuses(good))).toBe(true);
    expect(good.keyFacts).toMatchObject({ pay: { value: '£24,071 a year' }, hours: { value: '37.5 hours a week' }, closingDate: { value: 'Friday 5 March 2027' } });
    expect(good.keyFacts!.summary).toContain('Pay: £24,071 a year');
    expect(good.keyFacts!.summary).toContain('Contract: [permanent or fixed term]');
    const poor = files[3]!;
    expect(statuses(poor)['flexible-working']).toBe('declined');
    expect(poor.keyFacts!.summary).toContain('Pay: [£ amount a year or an hour]');
  });

  test('the schema names exactly the requirement ids widen has', () => {
    const ids = (outputSchema.$defs.requirement.properties.id as { enum: string[] }).enum;
    expect([...ids].sort()).toEqual([...requirementIds].sort());
  });

  test('--quiet hides the findings but not the states, in JSON and in the HTML checklist', async () => {
    const loud = (await jsonOf(['examples/good-advert.md'])).files[0]!;
    const quiet = (await jsonOf(['--quiet', 'examples/good-advert.md'])).files[0]!;
    expect(quiet.requirements).toEqual(loud.requirements);
    const page = (await runCliInProcess(['--quiet', '--format', 'html', 'examples/good-advert.md'])).stdout;
    expect(page).toMatch(/✓<\/span> Given: <a href="#evidence-1-salary">Pay in pounds<\/a>/);
    expect(page).not.toMatch(/Missing: /);
  });

  test('with the rule off every requirement is off, and the HTML checklist says not checked, never given', async () => {
    const file = (await jsonOf(['--rule', 'missing-information=off', 'examples/poor-advert.md'])).files[0]!;
    expect(new Set(Object.values(statuses(file)))).toEqual(new Set(['off']));
    const page = (await runCliInProcess(['--rule', 'missing-information=off', '--format', 'html', 'examples/poor-advert.md'])).stdout;
    expect(page).toMatch(/Not checked \(turned off\): Pay in pounds/);
    expect(page).not.toMatch(/Given: /);
  });

  test('a requirement ignored in the configuration is off; the others keep their state', async () => {
    const folder = configFolder({ rules: { 'missing-information': ['warning', { ignore: ['bsl'] }] } });
    const file = (await jsonOf([join(folder, 'advert.md')])).files[0]!;
    expect(statuses(file).bsl).toBe('off');
    expect(statuses(file).salary).toBe('met');
    const page = (await runCliInProcess(['--format', 'html', join(folder, 'advert.md')])).stdout;
    expect(page).toMatch(/Not checked \(turned off\): Offer of a BSL interpreter/);
    expect(page).toMatch(/Given: <a href="#evidence-1-salary">/);
  });

  test('the terminal checklist and the HTML checklist show the same states', async () => {
    const { files } = await jsonOf(['examples/good-advert.md', 'examples/poor-advert.md', 'examples/good-event.md']);
    for (const file of files) {
      const lines = checklistLines(file, { color: false, width: 100 }).join('\n');
      const terminal = Object.fromEntries(
        file.requirements!.map((state) => {
          const status = (Object.entries(statusSymbols) as Array<[RequirementStatus, string]>).find(([, symbol]) => new RegExp(`(?:^|  )${symbol} ${requirementName(state.id).replace(/[()]/g, '\\$&')}(?:  | \\(|$)`, 'm').test(lines))?.[0];
          return [state.id, status];
        }),
      );
      expect(terminal).toEqual(statuses(file));
      expect(htmlStatuses(file)).toEqual(statuses(file));
    }
    const poor = checklistLines(files[1]!, { color: false, width: 80 });
    expect(poor[0]).toBe('  Information people need: 0 of 10 given');
    expect(poor.some((line) => line.includes('Pay in pounds: add “The pay is £[amount]'))).toBe(true);
    expect(poor.some((line) => line.startsWith('    – Flexible working: “Full time only'))).toBe(true);
    expect(poor.every((line) => line.length <= 80 || line.includes('add “') || line.includes('“'))).toBe(true);
  });
});

