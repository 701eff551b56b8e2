import type { Audience, Profile, Severity } from '../../src/model/diagnostic.js';

/** One piece of information a group of people needs before they can apply or attend. */
export interface Requirement {
  /** Stable requirement id (DESIGN.md vocabulary). The same id may have one entry per profile. */
  id: string;
  profiles: readonly Profile[];
  /** What is missing, as the message says it. */
  missing: string;
  /** Who is shut out without it, and the source. */
  why: string;
  /** A ready-to-paste sentence; [square brackets] mark what only the employer knows. What meets the requirement is defined in src/kit/requirements/concepts.ts. */
  sentence: string;
  /** The sentence for a post of this audience, where it differs (routes in for a registered nurse are not “no experience needed”). */
  sentences?: Partial<Record<Audience, string>>;
  /** What to add when the document declines it (“No part-time work”): a gentler suggestion. */
  declined?: string;
  /** What a document that declines it does, as the message says it (“This rules out flexible working”). */
  declines?: string;
  /**
   * How much harm its absence does, at the rule's default severity (error): error when people
   * cannot apply on fair terms without it (pay, closing date, an offer of adjustments), warning
   * when it puts people off, info when it is worth adding. See the README's severity table.
   */
  severity: Severity;
}

export const requirements: readonly Requirement[] = [
  {
    id: 'salary',
    profiles: ['advert'],
    severity: 'error',
    missing: 'No pay in pounds: a band or “competitive salary” does not tell people what the job pays',
    why: 'People outside the NHS do not know what “Band 3” or “AfC” pays, and people who cannot afford to guess (carers, people changing careers, young people) do not apply; hidden pay also disadvantages people less able to negotiate. Source: NHS Employers pay guidance; GLA Workforce Integration Network health toolkit.',
    sentence: 'The pay is £[amount] a year ([hours] hours a week), or £[amount] an hour.',
  },
  {
    id: 'closing-date',
    profiles: ['advert'],
    severity: 'error',
    missing: 'No closing date: say when applications close',
    why: 'Without a date, people who need time to prepare (to arrange care, get help with the form or book support) cannot plan, and some assume the job has gone. Source: Care Inspectorate safer recruitment guidance; NHS Jobs.',
    sentence: 'The closing date is [day date month year] at [time].',
    declined: 'Say how often you read applications, or the date the advert will close, so people who need time to prepare can plan',
    declines: 'This gives no closing date',
  },
  {
    id: 'contact',
    profiles: ['advert'],
    severity: 'warning',
    missing: 'No one to contact: give a name with an email address or a text number',
    why: 'People need someone to ask before they apply: about the job, about adjustments, or for the advert in another format. An email address or text number as well as a phone number lets Deaf people, and people who find phone calls hard, get in touch. Source: GLA Workforce Integration Network health toolkit; RNID.',
    sentence: 'To ask about the job or about support to apply, contact [name] by email at [email address], or by text or phone on [number].',
  },
  {
    id: 'reasonable-adjustments',
    profiles: ['advert'],
    severity: 'error',
    missing: 'No offer of adjustments: say that you will change how people apply or are interviewed if they need it',
    why: 'The Equality Act 2010 requires employers to make reasonable adjustments for disabled applicants. Saying so, and how to ask, tells disabled and neurodivergent people that asking is welcome; many will not apply without it. Source: NHS Providers, race equality resource (NHS Employers guidance); RNID; Disability Confident.',
    sentence: 'Tell us if you need any changes to the way you apply or are interviewed, and we will make them. Contact [name] at [email address].',
  },
  {
    id: 'bsl',
    profiles: ['advert'],
    severity: 'warning',
    missing: 'No offer of a British Sign Language (BSL) interpreter for the interview',
    why: 'Deaf people who use BSL need an interpreter to take part in an interview on equal terms, and need to know they can ask for one. Registered interpreters are booked up early, so say how to ask. Source: RNID, making recruitment accessible; British Sign Language Act 2022.',
    sentence: 'We can book a British Sign Language (BSL) interpreter for your interview. Tell [contact] when you apply.',
  },
  {
    id: 'access-to-work',
    profiles: ['advert'],
    severity: 'info',
    missing: 'No mention of Access to Work, which can pay for support at interview and in the job',
    why: 'Access to Work is a government grant that can pay for a BSL interpreter at interview, and for support, equipment and extra travel costs in the job. Many disabled people do not know it exists or that it covers interviews. Source: GOV.UK, Access to Work; DWP Job Help.',
    sentence: 'Access to Work, a government grant, can pay for support at your interview and in the job, such as a BSL interpreter or a support worker. Find out more at www.gov.uk/access-to-work.',
  },
  {
    id: 'flexible-working',
    profiles: ['advert'],
    severity: 'info',
    missing: 'No word on flexible working: say whether part-time hours, a job share or set shifts are possible',
    why: 'Carers, parents, disabled people and people with long-term conditions often can apply only if the hours can flex. NHS staff have a day-one right to ask for flexible working, and adverts that offer flexibility attract more applicants. Source: NHS Employers, supporting staff to work flexibly; Timewise (#TalkAboutFlex).',
    sentence: 'You can work [part-time, in school hours or on set shifts]. Tell us what hours would work for you.',
    sentences: {
      registered: 'We can offer [part-time hours, set shifts or self-rostering] in this [team]. Tell us what would work for you.',
      experienced: 'We are open to [part-time hours, a job share or compressed hours] in this post. Tell us what would work for you.',
    },
    declined: 'Say why the job must be full-time, and whether anything can flex (start times, set shifts), so people who need flexibility know where they stand',
    declines: 'This rules out flexible working',
  },
  {
    id: 'right-to-work',
    profiles: ['advert'],
    severity: 'info',
    missing: 'No right-to-work or visa sponsorship statement',
    why: 'Migrants and refugees need to know whether they can apply: whether the job can be sponsored, and that everyone’s right to work is checked the same way. Clear, neutral wording saves wasted applications without putting off people who have the right to work. Source: Home Office code of practice on avoiding discrimination in right-to-work checks.',
    sentence: 'You must have the right to work in the UK; we check this for everyone we offer a job. We [can / cannot] sponsor a visa for this job.',
    declined: 'Say also that you check everyone’s right to work in the same way, and where people can find out whether they can apply: www.gov.uk/prove-right-to-work',
    declines: 'This rules out visa sponsorship',
  },
  {
    id: 'entry-routes',
    profiles: ['advert'],
    severity: 'info',
    missing: 'No word on training or routes in: say whether experience is needed, what training you give, and whether overseas qualifications count',
    why: 'Many young people, career changers and people trained abroad think they lack the grades or UK experience, and do not apply. You do not need qualifications to start in adult social care, NHS apprenticeships start from age 16, and overseas qualifications can be compared with UK ones. Source: Skills for Care; NHS Health Careers; UK ENIC.',
    sentence: 'You do not need [experience]: we give you [full, paid training]. We welcome qualifications from outside the UK at the same level.',
    sentences: {
      registered: 'We welcome applications from [nurses] trained outside the UK who are registered, or are working towards registration, with the [NMC], and from newly qualified [nurses], who get [a preceptorship].',
      experienced: 'We welcome [equivalent experience from outside the NHS or from outside the UK], and we support [training or a qualification] in the job.',
    },
  },
  {
    id: 'alternative-formats',
    profiles: ['advert'],
    severity: 'info',
    missing: 'No other formats: say that people can have the advert in large print, Easy Read, audio or BSL, and apply another way',
    why: 'Blind and partially sighted people, people with a learning disability, Deaf BSL users and people without reliable internet may not be able to use the advert or an online form. Disability Confident employers commit to offering information in formats such as large print, Easy Read and audio. Source: Disability Confident level 1 guidance; RNID.',
    sentence: 'You can ask for this advert in [large print, Easy Read, audio or a BSL video], and apply [on paper or by video]. Contact [name] at [email address].',
    declined: 'Say who to contact if someone cannot apply online, and how else they can apply',
    declines: 'This says people can apply online only',
  },
  {
    id: 'quiet-hour',
    profiles: ['event'],
    severity: 'warning',
    missing: 'No quiet hour or quiet space: say when and where people can come when it is calmer',
    why: 'Jobs fairs are noisy, crowded and unpredictable, which shuts out many autistic and other neurodivergent people, and people with anxiety. A quiet hour or a quiet room lets them take part. Source: North East Autism Society jobs fair; AGCAS.',
    sentence: 'The first hour, [time] to [time], is a quiet hour, with no music, lower lights and fewer people. There is a quiet room all day.',
  },
  {
    id: 'location-access',
    profiles: ['event'],
    severity: 'warning',
    missing: 'No access information for the venue: say how to get there and how to get in',
    why: 'Disabled people need to know before they set out whether they can reach the venue and get in: step-free access, lifts, accessible toilets, parking, and the nearest bus stop or station. Without it many will not risk the journey. Source: SCIE, making events accessible; Devon County Council event checklist.',
    sentence: '[Venue], [address and postcode]. The [bus number] stops outside and [station] is [distance] away. There is step-free access from the entrance, a lift to every floor, accessible toilets and Blue Badge parking.',
  },
  {
    id: 'bsl',
    profiles: ['event'],
    severity: 'warning',
    missing: 'No British Sign Language (BSL) interpreter, booked or on request',
    why: 'Deaf people who use BSL cannot take part in a jobs fair without an interpreter, and need to know one will be there or how to ask for one; registered interpreters are booked up early. Source: RNID; SCIE, making events accessible.',
    sentence: 'A British Sign Language (BSL) interpreter will be there from [time] to [time]. If you need one at another time, tell [contact] by [date].',
  },
  {
    id: 'reasonable-adjustments',
    profiles: ['event'],
    severity: 'error',
    missing: 'No offer of adjustments: ask people what they need to take part',
    why: 'Disabled and neurodivergent people need to know they can ask for what they need (a seat, a supporter, extra time, information in advance), and organisers need time to arrange it. Source: SCIE, making events accessible; DWP autism and neurodiversity toolkit.',
    sentence: 'Tell us if you need anything to take part, such as a seat, a quiet place or information in another format. Contact [name] at [email address].',
  },
  {
    id: 'contact',
    profiles: ['event'],
    severity: 'warning',
    missing: 'No one to contact: give a name with an email address or a text number',
    why: 'People need someone to ask about access and what will happen before they come. An email address or text number as well as a phone number lets Deaf people, and people who find phone calls hard, get in touch. Source: SCIE, making events accessible; RNID.',
    sentence: 'Questions, or need something to take part? Contact [name] by email at [email address], or by text or phone on [number].',
  },
  {
    id: 'what-to-bring',
    profiles: ['event'],
    severity: 'info',
    missing: 'Nothing on what to bring: say what people need, or that they need nothing',
    why: 'Knowing exactly what to bring, or that nothing is needed, takes away worry, especially for autistic people and people with anxiety. Source: DWP autism and neurodiversity toolkit; North East Autism Society.',
    sentence: 'You do not need to bring anything. If you like, bring a CV, and a friend or supporter.',
  },
  {
    id: 'reasonable-adjustments',
    profiles: ['interview-invite'],
    severity: 'error',
    missing: 'No offer of adjustments: ask what the person needs for the interview, who to tell and by when',
    why: 'The Equality Act 2010 requires reasonable adjustments at interview. Asking every candidate what they need (extra time, questions in writing, a different room, a break) tells disabled and neurodivergent people that asking is welcome. Source: RNID; NHS Providers (NHS Employers guidance).',
    sentence: 'Tell us if you need any changes to the interview, such as extra time, the questions in writing or a break. Contact [name] at [email address] by [date].',
  },
  {
    id: 'bsl',
    profiles: ['interview-invite'],
    severity: 'warning',
    missing: 'No offer of a British Sign Language (BSL) interpreter or other communication support',
    why: 'Deaf candidates who use BSL need an interpreter at interview, and it must be booked early; Access to Work can pay. Without the offer, Deaf candidates may have to ask, or may not come. Source: RNID, making a job interview accessible; GOV.UK Access to Work.',
    sentence: 'We can book a British Sign Language (BSL) interpreter or a speech-to-text reporter for your interview. Tell [contact] by [date].',
  },
  {
    id: 'interview-info',
    profiles: ['interview-invite'],
    severity: 'warning',
    missing: 'Nothing on what the interview involves: say who will interview, how long it lasts, and whether there is a test',
    why: 'Knowing who will interview you, how long it lasts and whether there is a test or presentation lets people prepare and ask for what they need: Deaf candidates need to know about group exercises, and autistic candidates do best with the questions or topics in advance. Source: RNID; DWP autism and neurodiversity toolkit.',
    sentence: 'Your interview will last about [length]. [Names and job titles] will ask you about [topics]; we will send you the questions [time] before. There is [no test / a short written test].',
  },
  {
    id: 'location-access',
    profiles: ['interview-invite'],
    severity: 'warning',
    missing: 'No access information: say where the interview is, how to get there and how to get in (or how to join online)',
    why: 'Disabled candidates need to know whether they can reach the room and get in (step-free access, lifts, parking, the nearest bus stop), or how to join an online interview. Not knowing adds stress and can make people late or stay away. Source: SCIE, making events accessible; NHS trust interview guidance.',
    sentence: 'The interview is at [address and postcode], [room]. The [bus number] stops outside. There is step-free access, a lift and accessible toilets, and we can pay your travel costs.',
  },
  {
    id: 'what-to-bring',
    profiles: ['interview-invite'],
    severity: 'info',
    missing: 'Nothing on what to bring: list the documents, or say that nothing is needed',
    why: 'Candidates need to know which documents to bring (proof of the right to work, certificates, registration), and people who do not have them need to know there is another way. A clear list takes away worry, especially for autistic candidates. Source: NHS trust interview guidance; Home Office right-to-work code of practice.',
    sentence: 'Please bring [proof of your right to work, such as a passport or share code] and [certificates]. If you cannot, tell us and we will find another way.',
  },
  {
    id: 'contact',
    profiles: ['interview-invite'],
    severity: 'warning',
    missing: 'No one to contact: give a name with an email address or a text number',
    why: 'Candidates need someone to tell about adjustments, or to rearrange if something comes up (carers’ emergencies happen). An email address or text number lets Deaf candidates, and people who find phone calls hard, get in touch. Source: RNID; DWP autism and neurodiversity toolkit.',
    sentence: 'If you need to tell us anything or rearrange, contact [name] by email at [email address], or by text or phone on [number].',
  },
];

/** Every requirement id, once. */
export const requirementIds: readonly string[] = [...new Set(requirements.map((requirement) => requirement.id))];
