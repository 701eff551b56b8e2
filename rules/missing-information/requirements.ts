import type { Profile, Severity } from '../../src/model/diagnostic.js';

/** One piece of information a group of people needs before they can apply or attend. */
export interface Requirement {
  /** Stable requirement id (DESIGN.md vocabulary). The same id may have one entry per profile. */
  id: string;
  profiles: readonly Profile[];
  /** What is missing, as the message says it. */
  missing: string;
  /** Who is shut out without it, and the source. */
  why: string;
  /** Any one of these in the prose satisfies the requirement. Keep them free of nested quantifiers. */
  patterns: readonly RegExp[];
  /** Any one of these in the source (where email addresses and links are kept) also satisfies it. */
  sourcePatterns?: readonly RegExp[];
  /** A ready-to-paste sentence; [square brackets] mark what only the employer knows. */
  sentence: string;
  /**
   * How much harm its absence does, at the rule's default severity (error): error when people
   * cannot apply on fair terms without it (pay, closing date, an offer of adjustments), warning
   * when it puts people off, info when it is worth adding. See the README's severity table.
   */
  severity: Severity;
}

// Bounded so that matching stays linear on long lines (no run of characters is scanned from every start).
const email = /[\w.+-]@[\w-]{1,63}\.[\w-]{2,63}/;
const phone = /(?:\+44\s?\(?0?\)?\s?|\b0)\d{2,4}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}\b/;
const contactPatterns = [/\b(?:text|SMS|WhatsApp)\s{1,3}(?:us|me|[A-Z][a-z]+)\b/i, /\b(?:video|text) relay\b/i, /\bRelay UK\b/i, /\bcontact form\b/i, /\bphone\s{1,3}\d/i];

const adjustmentPatterns = [
  /\badjustments?\b/i,
  /\baccess(?:ibility)? needs\b/i,
  /\bsupport (?:you need )?to apply\b/i,
  /\b(?:let us know|tell us) if you need\b/i,
  /\bwe (?:will|can) make changes\b/i,
  /\bchanges to (?:help|the way)\b/i,
  /\b(?:extra|any) (?:help|support) (?:to|with|at|for) (?:apply|applying|your application|the interview|your interview|interview|the event)\b/i,
];

const bslPatterns = [/\bBSL\b/, /\bBritish Sign Language\b/i, /\bsign language\b/i, /\binterpreters?\b/i];

const accessPatterns = [
  /\bstep[- ]free\b/i,
  /\blevel access\b/i,
  /\bwheelchair (?:accessible|access|users?)\b/i,
  /\b(?:a|the) lifts?\b/i,
  /\baccessible (?:toilets?|entrance|parking|building|venue|route|room)\b/i,
  /\bBlue Badge\b/i,
  /\bground floor\b/i,
  /\bramps?\b/i,
  /\b(?:Microsoft Teams|on Teams|Zoom|Google Meet|video call|online (?:interview|event|jobs fair)|video interview|phone interview)\b/i,
];

const bringPatterns = [/\bbring\b/i, /\bnothing to bring\b/i, /\bwhat to bring\b/i];

export const requirements: readonly Requirement[] = [
  {
    id: 'salary',
    profiles: ['advert'],
    severity: 'error',
    missing: 'No pay in pounds: a band or “competitive salary” does not tell people what the job pays',
    why: 'People outside the NHS do not know what “Band 3” or “AfC” pays, and people who cannot afford to guess (carers, people changing careers, young people) do not apply; hidden pay also disadvantages people less able to negotiate. Source: NHS Employers pay guidance; GLA Workforce Integration Network health toolkit.',
    patterns: [
      /£\s?\d[\d,.]{0,12}k?\s{0,3}(?:-|–|to|and)\s{0,3}£?\s?\d/i,
      /£\s?\d[\d,.]{0,12}k?\s{0,3}(?:a|an|per|each)\s{1,3}(?:year|annum|hour|week|month|session|day|shift)\b/i,
      /£\s?\d[\d,.]{0,12}k?\s{0,3}(?:pa|p\.a\.|ph|p\/h|pro[- ]rata|fte|wte)(?![a-z])/i,
      /\b(?:salary|salaries|pay|paid|wages?|rate|earn|earning|starting at)\b[^.£\n]{0,40}£\s?\d/i,
      /\b\d[\d,.]{0,12}\s?(?:pounds|GBP)\b/i,
      /\bGBP\s?\d/,
      /\b\d{1,3},\d{3}(?:\.\d{2})?\s{0,3}(?:per annum|a year|per year|p\.?a\.?)(?![a-z])/i,
      /\b\d{1,2}\.\d{2}\s{0,3}(?:per hour|an hour|p\/h)\b/i,
    ],
    sentence: 'The pay is £[amount] a year ([hours] hours a week), or £[amount] an hour.',
  },
  {
    id: 'closing-date',
    profiles: ['advert'],
    severity: 'error',
    missing: 'No closing date: say when applications close',
    why: 'Without a date, people who need time to prepare (to arrange care, get help with the form or book support) cannot plan, and some assume the job has gone. Source: Care Inspectorate safer recruitment guidance; NHS Jobs.',
    patterns: [
      // A closing date, or a date after words that close applications: “Closing date: 5 March 2027”.
      /\b(?:clos(?:ing date|es|e)|apply by|apply before|deadline|open until|applications? must be (?:in|received) by)\b[^.\n]{0,40}?(?:\b\d{1,2}(?:st|nd|rd|th)?\s{1,3}(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\s{1,3}\d{1,2}\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b(?:midnight|noon|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)/i,
    ],
    sentence: 'The closing date is [day date month year] at [time].',
  },
  {
    id: 'contact',
    profiles: ['advert'],
    severity: 'warning',
    missing: 'No one to contact: give a name with an email address or a text number',
    why: 'People need someone to ask before they apply: about the job, about adjustments, or for the advert in another format. An email address or text number as well as a phone number lets Deaf people, and people who find phone calls hard, get in touch. Source: GLA Workforce Integration Network health toolkit; RNID.',
    patterns: contactPatterns,
    sourcePatterns: [email, phone],
    sentence: 'To ask about the job or about support to apply, contact [name] by email at [email address], or by text or phone on [number].',
  },
  {
    id: 'reasonable-adjustments',
    profiles: ['advert'],
    severity: 'error',
    missing: 'No offer of adjustments: say that you will change how people apply or are interviewed if they need it',
    why: 'The Equality Act 2010 requires employers to make reasonable adjustments for disabled applicants. Saying so, and how to ask, tells disabled and neurodivergent people that asking is welcome; many will not apply without it. Source: NHS Providers, race equality resource (NHS Employers guidance); RNID; Disability Confident.',
    patterns: adjustmentPatterns,
    sentence: 'Tell us if you need any changes to the way you apply or are interviewed, and we will make them. Contact [name] at [email address].',
  },
  {
    id: 'bsl',
    profiles: ['advert'],
    severity: 'warning',
    missing: 'No offer of a British Sign Language (BSL) interpreter for the interview',
    why: 'Deaf people who use BSL need an interpreter to take part in an interview on equal terms, and need to know they can ask for one. Registered interpreters are booked up early, so say how to ask. Source: RNID, making recruitment accessible; British Sign Language Act 2022.',
    patterns: bslPatterns,
    sentence: 'We can book a British Sign Language (BSL) interpreter for your interview. Tell [contact] when you apply.',
  },
  {
    id: 'access-to-work',
    profiles: ['advert'],
    severity: 'info',
    missing: 'No mention of Access to Work, which can pay for support at interview and in the job',
    why: 'Access to Work is a government grant that can pay for a BSL interpreter at interview, and for support, equipment and extra travel costs in the job. Many disabled people do not know it exists or that it covers interviews. Source: GOV.UK, Access to Work; DWP Job Help.',
    patterns: [/\bAccess to Work\b/i],
    sentence: 'Access to Work, a government grant, can pay for support at your interview and in the job, such as a BSL interpreter or a support worker. Find out more at www.gov.uk/access-to-work.',
  },
  {
    id: 'flexible-working',
    profiles: ['advert'],
    severity: 'info',
    missing: 'No word on flexible working: say whether part-time hours, a job share or set shifts are possible',
    why: 'Carers, parents, disabled people and people with long-term conditions often can apply only if the hours can flex. NHS staff have a day-one right to ask for flexible working, and adverts that offer flexibility attract more applicants. Source: NHS Employers, supporting staff to work flexibly; Timewise (#TalkAboutFlex).',
    patterns: [
      /\bflexible (?:working|hours|shifts?|patterns?|rotas?|start)\b/i,
      /\bpart[- ]time\b/i,
      /\bjob[- ]shar(?:e|ing)\b/i,
      /\bcompressed hours\b/i,
      /\bterm[- ]time\b/i,
      /\bself[- ]roster/i,
      /\bannuali[sz]ed hours\b/i,
      /\bschool[- ]hours\b/i,
    ],
    sentence: 'We are happy to talk about flexible working, such as part-time hours, a job share or set shifts. Tell us what would work for you.',
  },
  {
    id: 'right-to-work',
    profiles: ['advert'],
    severity: 'info',
    missing: 'No right-to-work or visa sponsorship statement',
    why: 'Migrants and refugees need to know whether they can apply: whether the job can be sponsored, and that everyone’s right to work is checked the same way. Clear, neutral wording saves wasted applications without putting off people who have the right to work. Source: Home Office code of practice on avoiding discrimination in right-to-work checks.',
    patterns: [/\bright to work\b/i, /\bsponsor/i, /\bvisas?\b/i, /\bshare code\b/i, /\bimmigration\b/i],
    sentence: 'You must have the right to work in the UK; we check this for everyone we offer a job. We [can / cannot] sponsor a visa for this job.',
  },
  {
    id: 'entry-routes',
    profiles: ['advert'],
    severity: 'info',
    missing: 'No word on training or routes in: say whether experience is needed, what training you give, and whether overseas qualifications count',
    why: 'Many young people, career changers and people trained abroad think they lack the grades or UK experience, and do not apply. You do not need qualifications to start in adult social care, NHS apprenticeships start from age 16, and overseas qualifications can be compared with UK ones. Source: Skills for Care; NHS Health Careers; UK ENIC.',
    patterns: [
      /\bno (?:previous |prior )?experience (?:is )?(?:needed|necessary|required)\b/i,
      /\bno qualifications (?:are )?(?:needed|necessary|required)\b/i,
      /\b(?:do not|don['’]t) need (?:any )?(?:previous |prior )?(?:experience|qualifications)\b/i,
      /\bfull(?:,)? (?:paid )?training\b/i,
      /\btraining (?:is |will be )?(?:provided|given)\b/i,
      /\bwe will (?:train|support) you\b/i,
      /\bsupport you to (?:gain|get|achieve|complete|study)\b/i,
      /\bapprentice\b/i,
      /\b(?:an|this|our) apprenticeship\b/i,
      /\bwe (?:also )?offer\b[^.\n]{0,60}\b(?:qualifications?|training)\b/i,
      /\bCare Certificate\b/i,
      /\bpreceptorship\b/i,
      /\bnewly (?:qualified|registered)\b/i,
      /\bor equivalent\b/i,
      /\bovers?eas (?:trained|qualifications?|qualified|nurses?)\b/i,
      /\bUK ENIC\b/i,
      /\b(?:qualified|trained) outside the UK\b/i,
      /\breturn(?:ing)? to practice\b/i,
    ],
    sentence: 'You do not need experience: we give you full, paid training. We welcome qualifications from outside the UK at the same level.',
  },
  {
    id: 'alternative-formats',
    profiles: ['advert'],
    severity: 'info',
    missing: 'No other formats: say that people can have the advert in large print, Easy Read, audio or BSL, and apply another way',
    why: 'Blind and partially sighted people, people with a learning disability, Deaf BSL users and people without reliable internet may not be able to use the advert or an online form. Disability Confident employers commit to offering information in formats such as large print, Easy Read and audio. Source: Disability Confident level 1 guidance; RNID.',
    patterns: [
      /\blarge print\b/i,
      /\beasy read\b/i,
      /\bbraille\b/i,
      /\baudio\b/i,
      /\bBSL video\b/i,
      /\b(?:alternative|other|different|accessible) formats?\b/i,
      /\bpaper (?:application|form|copy)\b/i,
      /\bother ways? (?:to|of) apply/i,
      /\bapply (?:by|in|on) (?:post|person|paper|video)\b/i,
    ],
    sentence: 'You can ask for this advert in large print, Easy Read, audio or a BSL video, and apply on paper or by video. Contact [name] at [email address].',
  },
  {
    id: 'quiet-hour',
    profiles: ['event'],
    severity: 'warning',
    missing: 'No quiet hour or quiet space: say when and where people can come when it is calmer',
    why: 'Jobs fairs are noisy, crowded and unpredictable, which shuts out many autistic and other neurodivergent people, and people with anxiety. A quiet hour or a quiet room lets them take part. Source: North East Autism Society jobs fair; AGCAS.',
    patterns: [
      /\bquiet (?:hour|time|room|space|area|session|period|zone)\b/i,
      /\bquieter (?:hour|time|session|period)\b/i,
      /\bsensory[- ]friendly\b/i,
      /\blow[- ]sensory\b/i,
      /\bcalm (?:hour|space|room|area|session)\b/i,
      /\brelaxed (?:hour|session)\b/i,
    ],
    sentence: 'The first hour, [time] to [time], is a quiet hour, with no music, lower lights and fewer people. There is a quiet room all day.',
  },
  {
    id: 'location-access',
    profiles: ['event'],
    severity: 'warning',
    missing: 'No access information for the venue: say how to get there and how to get in',
    why: 'Disabled people need to know before they set out whether they can reach the venue and get in: step-free access, lifts, accessible toilets, parking, and the nearest bus stop or station. Without it many will not risk the journey. Source: SCIE, making events accessible; Devon County Council event checklist.',
    patterns: accessPatterns,
    sentence: '[Venue], [address and postcode]. The [bus number] stops outside and [station] is [distance] away. There is step-free access from the entrance, a lift to every floor, accessible toilets and Blue Badge parking.',
  },
  {
    id: 'bsl',
    profiles: ['event'],
    severity: 'warning',
    missing: 'No British Sign Language (BSL) interpreter, booked or on request',
    why: 'Deaf people who use BSL cannot take part in a jobs fair without an interpreter, and need to know one will be there or how to ask for one; registered interpreters are booked up early. Source: RNID; SCIE, making events accessible.',
    patterns: bslPatterns,
    sentence: 'A British Sign Language (BSL) interpreter will be there from [time] to [time]. If you need one at another time, tell [contact] by [date].',
  },
  {
    id: 'reasonable-adjustments',
    profiles: ['event'],
    severity: 'error',
    missing: 'No offer of adjustments: ask people what they need to take part',
    why: 'Disabled and neurodivergent people need to know they can ask for what they need (a seat, a supporter, extra time, information in advance), and organisers need time to arrange it. Source: SCIE, making events accessible; DWP autism and neurodiversity toolkit.',
    patterns: adjustmentPatterns,
    sentence: 'Tell us if you need anything to take part, such as a seat, a quiet place or information in another format. Contact [name] at [email address].',
  },
  {
    id: 'contact',
    profiles: ['event'],
    severity: 'warning',
    missing: 'No one to contact: give a name with an email address or a text number',
    why: 'People need someone to ask about access and what will happen before they come. An email address or text number as well as a phone number lets Deaf people, and people who find phone calls hard, get in touch. Source: SCIE, making events accessible; RNID.',
    patterns: contactPatterns,
    sourcePatterns: [email, phone],
    sentence: 'Questions, or need something to take part? Contact [name] by email at [email address], or by text or phone on [number].',
  },
  {
    id: 'what-to-bring',
    profiles: ['event'],
    severity: 'info',
    missing: 'Nothing on what to bring: say what people need, or that they need nothing',
    why: 'Knowing exactly what to bring, or that nothing is needed, takes away worry, especially for autistic people and people with anxiety. Source: DWP autism and neurodiversity toolkit; North East Autism Society.',
    patterns: bringPatterns,
    sentence: 'You do not need to bring anything. If you like, bring a CV, and a friend or supporter.',
  },
  {
    id: 'reasonable-adjustments',
    profiles: ['interview-invite'],
    severity: 'error',
    missing: 'No offer of adjustments: ask what the person needs for the interview, who to tell and by when',
    why: 'The Equality Act 2010 requires reasonable adjustments at interview. Asking every candidate what they need (extra time, questions in writing, a different room, a break) tells disabled and neurodivergent people that asking is welcome. Source: RNID; NHS Providers (NHS Employers guidance).',
    patterns: adjustmentPatterns,
    sentence: 'Tell us if you need any changes to the interview, such as extra time, the questions in writing or a break. Contact [name] at [email address] by [date].',
  },
  {
    id: 'bsl',
    profiles: ['interview-invite'],
    severity: 'warning',
    missing: 'No offer of a British Sign Language (BSL) interpreter or other communication support',
    why: 'Deaf candidates who use BSL need an interpreter at interview, and it must be booked early; Access to Work can pay. Without the offer, Deaf candidates may have to ask, or may not come. Source: RNID, making a job interview accessible; GOV.UK Access to Work.',
    patterns: bslPatterns,
    sentence: 'We can book a British Sign Language (BSL) interpreter or a speech-to-text reporter for your interview. Tell [contact] by [date].',
  },
  {
    id: 'interview-info',
    profiles: ['interview-invite'],
    severity: 'warning',
    missing: 'Nothing on what the interview involves: say who will interview, how long it lasts, and whether there is a test',
    why: 'Knowing who will interview you, how long it lasts and whether there is a test or presentation lets people prepare and ask for what they need: Deaf candidates need to know about group exercises, and autistic candidates do best with the questions or topics in advance. Source: RNID; DWP autism and neurodiversity toolkit.',
    patterns: [
      /\bpanel\b/i,
      /\binterviewers?\b/i,
      /\bpresentation\b/i,
      /\btests?\b/i,
      /\bexercises?\b/i,
      /\bwill last\b/i,
      /\b\d{1,3}\s{0,3}(?:minutes|mins|hours?)\b/i,
      /\bquestions (?:in advance|beforehand|before)\b/i,
      /\binformal (?:chat|conversation)\b/i,
      /\bwe will ask (?:you )?about\b/i,
    ],
    sentence: 'Your interview will last about [length]. [Names and job titles] will ask you about [topics]; we will send you the questions [time] before. There is [no test / a short written test].',
  },
  {
    id: 'location-access',
    profiles: ['interview-invite'],
    severity: 'warning',
    missing: 'No access information: say where the interview is, how to get there and how to get in (or how to join online)',
    why: 'Disabled candidates need to know whether they can reach the room and get in (step-free access, lifts, parking, the nearest bus stop), or how to join an online interview. Not knowing adds stress and can make people late or stay away. Source: SCIE, making events accessible; NHS trust interview guidance.',
    patterns: accessPatterns,
    sentence: 'The interview is at [address and postcode], [room]. The [bus number] stops outside. There is step-free access, a lift and accessible toilets, and we can pay your travel costs.',
  },
  {
    id: 'what-to-bring',
    profiles: ['interview-invite'],
    severity: 'info',
    missing: 'Nothing on what to bring: list the documents, or say that nothing is needed',
    why: 'Candidates need to know which documents to bring (proof of the right to work, certificates, registration), and people who do not have them need to know there is another way. A clear list takes away worry, especially for autistic candidates. Source: NHS trust interview guidance; Home Office right-to-work code of practice.',
    patterns: bringPatterns,
    sentence: 'Please bring [proof of your right to work, such as a passport or share code] and [certificates]. If you cannot, tell us and we will find another way.',
  },
  {
    id: 'contact',
    profiles: ['interview-invite'],
    severity: 'warning',
    missing: 'No one to contact: give a name with an email address or a text number',
    why: 'Candidates need someone to tell about adjustments, or to rearrange if something comes up (carers’ emergencies happen). An email address or text number lets Deaf candidates, and people who find phone calls hard, get in touch. Source: RNID; DWP autism and neurodiversity toolkit.',
    patterns: contactPatterns,
    sourcePatterns: [email, phone],
    sentence: 'If you need to tell us anything or rearrange, contact [name] by email at [email address], or by text or phone on [number].',
  },
];

/** Every requirement id, once. */
export const requirementIds: readonly string[] = [...new Set(requirements.map((requirement) => requirement.id))];
