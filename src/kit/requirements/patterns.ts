/** Pieces the requirement concepts share. Each is bounded, so it stays linear on long sentences. */

const month = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}';
/** A date: “5 March 2027”, “5th of March”, “March 5”, “17/11/2020”, “Friday”. */
export const date = new RegExp(
  `\\b\\d{1,2}(?:st|nd|rd|th)?\\s{0,2}(?:of\\s)?${month}\\b|\\b${month}\\s\\d{1,2}(?:st|nd|rd|th)?\\b|\\b\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b|\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|midnight|noon)\\b`,
  'i',
);

/** An amount in pounds: “£24,071”, “£12.60”, “£25k”, “24,000 pounds”. */
export const money = /£\s?\d[\d,]{0,9}(?:\.\d{1,2})?k?\b|\b\d[\d,]{0,9}(?:\.\d{2})?\s?(?:pounds|GBP)\b|\bGBP\s?\d/i;

/** An email address. */
export const email = /[\w.+-]@[\w-]{1,63}\.[\w-]{2,63}/;
/** A UK phone number. */
export const phone = /(?:\+44\s?\(?0?\)?\s?|\b0)\d{2,4}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}\b/;

/** The applicant, or a step of applying: what makes support an offer to the person reading. */
export const applying =
  /\b(?:apply|applying|applications?|applicants?|candidates?|interviews?|interviewed|recruitment|selection|shortlisting|assessments?|assessment centre|to do the job|in the job|in your job|in the role|to take part|at the event|to come|to attend)\b/i;

/** An offer or an invitation to ask. */
export const offering =
  /\b(?:we (?:will|can|are happy to|would be happy to|welcome)|we'll|happy to|please (?:let us know|tell us|contact|ask|get in touch)|let us know|tell us|just ask|ask us|you can (?:ask|request|have)|can be (?:arranged|provided|made|booked)|will be (?:provided|arranged|made|available|there|on hand)|is available|are available|on request|if you need|if you require|if you would like|we offer|offered|provide)\b/i;
