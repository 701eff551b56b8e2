import type { Profile } from '../../model/diagnostic.js';

interface Facts {
  pay?: { value: string };
  hours?: { value: string };
  contract?: { value: string };
  location?: { value: string };
  closingDate?: { value: string };
  contact?: { value: string };
  support: ReadonlyArray<{ value: string }>;
}

/**
 * A ready-to-paste summary of the facts an applicant looks for first, one line each, with
 * [brackets] for what the document does not say, so the writer fills in only the gaps.
 */
export function summaryBlock(facts: Facts, profile: Profile): string {
  const line = (label: string, fact: { value: string } | undefined, gap: string): string => `${label}: ${fact ? fact.value : `[${gap}]`}`;
  const support = facts.support.length ? { value: facts.support.map((fact) => fact.value).join('; ') } : undefined;
  const lines =
    profile === 'advert'
      ? [
          line('Pay', facts.pay, '£ amount a year or an hour'),
          line('Hours', facts.hours, 'hours a week'),
          line('Contract', facts.contract, 'permanent or fixed term'),
          line('Where', facts.location, 'place of work'),
          line('Closing date', facts.closingDate, 'date'),
          line('Contact', facts.contact, 'name, email address or text number'),
          line('Support to apply', support, 'changes to how you apply, a BSL interpreter, Access to Work, flexible working, other formats'),
        ]
      : [
          line('Where', facts.location, 'place and postcode, or how to join online'),
          line('Contact', facts.contact, 'name, email address or text number'),
          line('Support', support, profile === 'event' ? 'a quiet hour, step-free access, a BSL interpreter' : 'changes to the interview, a BSL interpreter, step-free access'),
        ];
  return lines.join('\n');
}
