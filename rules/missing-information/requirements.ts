import type { Profile } from '../../src/diagnostic.js';

/** One piece of information a group of people needs before they can apply or attend. */
export interface Requirement {
  /** Stable requirement id (DESIGN.md vocabulary). */
  id: string;
  profiles: readonly Profile[];
  /** What is missing, as the message says it. */
  missing: string;
  /** Who is shut out without it, and the source. */
  why: string;
  /** Any one of these in the prose satisfies the requirement. Keep them free of nested quantifiers. */
  patterns: readonly RegExp[];
  /** A ready-to-paste sentence; [square brackets] mark what only the employer knows. */
  sentence: string;
}

export const requirements: readonly Requirement[] = [
  {
    id: 'salary',
    profiles: ['advert'],
    missing: 'No pay in pounds: a band or “competitive salary” does not tell people what the job pays',
    why: 'People outside the NHS do not know what “Band 3” or “AfC” pays, and people who cannot afford to guess (carers, people changing careers, young people) do not apply. Source: NHS Employers pay guidance; ACAS advice on pay transparency.',
    patterns: [/£\s?\d/, /\b\d[\d,.]*\s?(?:pounds|GBP)\b/i, /\bGBP\s?\d/],
    sentence: 'The pay is £[amount] a year ([hours] hours a week), or £[amount] an hour.',
  },
  {
    id: 'closing-date',
    profiles: ['advert'],
    missing: 'No closing date: say when applications close',
    why: 'Without a date, people who need time to prepare (to arrange care, get help with the form or book support) cannot plan, and some assume the job has gone. Source: NHS Jobs advert guidance.',
    patterns: [
      /\bclosing\s+date\b/i,
      /\bclos(?:es|ing)\s+(?:on|at)\b/i,
      /\bapplications?\s+(?:close|must\s+be\s+(?:in|received))\b/i,
      /\bapply\s+(?:by|before)\b/i,
      /\bdeadline\b/i,
      /\bopen\s+until\b/i,
    ],
    sentence: 'The closing date is [day date month year] at [time].',
  },
];
