import { describe, expect, test } from 'vitest';
import { findKeyFacts, judgeRequirements, keyFactIds, summaryBlock } from '../src/kit/requirements/index.js';
import { payValue } from '../src/kit/requirements/key-facts.js';
import type { Profile } from '../src/model/diagnostic.js';
import { toDoc } from '../src/load/prose.js';
import { parseText } from '../src/load/text.js';

function facts(text: string, profile: Profile = 'advert') {
  const doc = toDoc(parseText(text), 'advert.txt', profile);
  return findKeyFacts(doc, judgeRequirements(doc, keyFactIds(profile), { audience: 'new-entrant' }));
}

describe('key facts', () => {
  test.each([
    ['Salary: £24,071 - £25,674 per annum pro rata.', '£24,071 to £25,674 a year, pro rata'],
    ['£12.60 an hour, 30 hours a week.', '£12.60 an hour'],
    ['Rate of pay £9.30ph', '£9.30 an hour'],
    ['Applicants start with a full-time salary of £29,888, with pay steps after 2 years.', '£29,888'],
    ['Pay: £25k–£28k a year', '£25k to £28k a year'],
  ])('pay from “%s” is %s', (sentence, value) => {
    expect(payValue(sentence)).toBe(value);
  });

  test('each fact comes from the sentence that gives it, and not from a fee', () => {
    const found = facts(
      [
        'You will pay the associated fee of £40.00 for your DBS check.',
        'The pay is £24,071 a year for 37.5 hours a week. This is a permanent post, based at Riverside Hospital in Leeds.',
        'The application window opens on 16 October 2026 and closes on 13 November 2026.',
        'For an informal chat please contact Jo Bloggs on 0113 496 0000 or jo.bloggs@example.nhs.uk.',
        'We can book a BSL interpreter for your interview.',
      ].join('\n\n'),
    );
    expect(found.pay?.value).toBe('£24,071 a year');
    expect(found.pay?.unit.text).toContain('The pay is');
    expect(found.hours?.value).toBe('37.5 hours a week');
    expect(found.contract?.value).toBe('permanent');
    expect(found.location?.value).toBe('Riverside Hospital in Leeds');
    expect(found.closingDate?.value).toBe('13 November 2026');
    expect(found.contact?.value).toBe('Jo Bloggs, jo.bloggs@example.nhs.uk, 0113 496 0000');
    expect(found.support.map((fact) => fact.requirement)).toEqual(['bsl']);
  });

  test('the summary fills in what the advert gives and brackets what it does not', () => {
    const summary = summaryBlock(facts('The pay is £12.60 an hour. Apply by 5 March 2027.'), 'advert').split('\n');
    expect(summary).toEqual([
      'Pay: £12.60 an hour',
      'Hours: [hours a week]',
      'Contract: [permanent or fixed term]',
      'Where: [place of work]',
      'Closing date: 5 March 2027',
      'Contact: [name, email address or text number]',
      'Support to apply: [changes to how you apply, a BSL interpreter, Access to Work, flexible working, other formats]',
    ]);
    expect(summaryBlock(facts('Come to the fair at the Civic Hall, AB1 2CD. There is a quiet hour from 10am.', 'event'), 'event')).toBe(
      'Where: AB1 2CD\nContact: [name, email address or text number]\nSupport: A quiet hour or quiet space',
    );
  });
});
