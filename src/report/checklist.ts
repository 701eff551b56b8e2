import type { FileResult, RequirementState, RequirementStatus } from '../model/diagnostic.js';
import { printable } from './shared.js';

/** The requirement ids (DESIGN.md vocabulary) in words, for the checklists. */
export const requirementWords: Readonly<Record<string, string>> = {
  salary: 'Pay in pounds',
  'closing-date': 'Closing date',
  contact: 'Someone to contact',
  'reasonable-adjustments': 'Offer of reasonable adjustments',
  bsl: 'Offer of a BSL interpreter',
  'access-to-work': 'Access to Work',
  'flexible-working': 'Flexible working',
  'right-to-work': 'Right to work',
  'entry-routes': 'Routes in',
  'alternative-formats': 'Other formats (large print, Easy Read)',
  'quiet-hour': 'A quiet hour or quiet space',
  'location-access': 'How to get there, and step-free access',
  'what-to-bring': 'What to bring',
  'interview-info': 'What happens at the interview',
};

/** A symbol for each state, so it is never told by colour alone. */
export const statusSymbols: Readonly<Record<RequirementStatus, string>> = { met: '✓', missing: '✗', declined: '–', off: '○', 'not-applicable': '·' };

export function requirementName(id: string): string {
  return requirementWords[id] ?? id.replace(/-/g, ' ');
}

const colours: Partial<Record<RequirementStatus, [number, number]>> = { met: [32, 39], missing: [33, 39], declined: [34, 39], off: [2, 22], 'not-applicable': [2, 22] };

/**
 * The compact terminal checklist of one file: each requirement with its state (✓ met, ✗ missing,
 * – declined; ○ not checked, · does not apply), wrapped to `width`, then the sentences to paste
 * for the missing ones and what to add for the declined ones, once each. Reads the states, never
 * the findings, so it is the same with --quiet or a rule off. Empty when the file has none.
 */
export function checklistLines(file: FileResult, options: { color: boolean; width: number }): string[] {
  const { states, advice } = checklistParts(file, options);
  return [...states, ...advice];
}

/**
 * The checklist in its two parts: the states (the heading and the ✓ ✗ – items), which the
 * terminal's summary shows at the top, and the advice (sentences to paste, what to add to a no).
 */
export function checklistParts(file: FileResult, options: { color: boolean; width: number }): { states: string[]; advice: string[] } {
  const states = printable(file.requirements ?? []);
  if (states.length === 0) return { states: [], advice: [] };
  const paint = (status: RequirementStatus, text: string): string => {
    const code = colours[status];
    return options.color && code ? `\u001b[${code[0]}m${text}\u001b[${code[1]}m` : text;
  };
  const bold = (text: string): string => (options.color ? `\u001b[1m${text}\u001b[22m` : text);
  const checked = states.filter((state) => state.status !== 'off' && state.status !== 'not-applicable');
  const met = checked.filter((state) => state.status === 'met').length;
  const items = states.map((state) => paint(state.status, `${statusSymbols[state.status]} ${requirementName(state.id)}${suffix(state)}`));
  const advice: string[] = [];
  for (const state of states) {
    if (state.status === 'missing' && state.suggestion) advice.push(`    ${paint('missing', statusSymbols.missing)} ${requirementName(state.id)}: add “${state.suggestion}”`);
    if (state.status === 'declined') advice.push(`    ${paint('declined', statusSymbols.declined)} ${requirementName(state.id)}: “${state.evidence?.excerpt ?? ''}”${state.suggestion ? ` ${state.suggestion}` : ''}`);
  }
  return { states: [`  ${bold('Information people need')}: ${met} of ${checked.length} given`, ...wrap(items, Math.max(40, options.width), '    ')], advice };
}

function suffix(state: RequirementState): string {
  if (state.status === 'declined') return ' (the document says no)';
  if (state.status === 'off') return ' (not checked)';
  if (state.status === 'not-applicable') return ' (does not apply)';
  return '';
}

/** Items joined with two spaces, in lines no wider than `width` (counting characters, not colour codes). */
function wrap(items: readonly string[], width: number, indent: string): string[] {
  const lines: string[] = [];
  let line = '';
  let shown = 0;
  for (const item of items) {
    const length = item.replace(/\u001b\[\d+m/g, '').length;
    if (line && indent.length + shown + 2 + length > width) {
      lines.push(indent + line);
      line = '';
      shown = 0;
    }
    line += line ? `  ${item}` : item;
    shown += (shown ? 2 : 0) + length;
  }
  if (line) lines.push(indent + line);
  return lines;
}
