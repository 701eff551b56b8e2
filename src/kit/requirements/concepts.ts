import type { Concept } from './concept.js';
import { applying, date, email, money, offering, phone } from './patterns.js';

/** Pay in pounds, with a unit, a range or a word for pay; not a fee, a budget, a bonus or a relocation package. */
const salary: Concept = {
  id: 'salary',
  names: [
    /£\s?\d[\d,]{0,9}(?:\.\d{1,2})?k?\s{0,3}(?:-|–|—|to|and)\s{0,3}£?\s?\d/i,
    /£\s?\d[\d,]{0,9}(?:\.\d{1,2})?k?\s{0,3}(?:a|an|per|each|every)\s(?:year|annum|hour|week|month|session|day|shift|night)\b/i,
    /£\s?\d[\d,]{0,9}(?:\.\d{1,2})?k?\s{0,3}(?:pa|p\.a\.|ph|p\/h|pro[- ]rata|fte|wte|gross|basic)(?![a-z])/i,
    /\b(?:salary|salaries|pay|paid|wages?|rate|earn|earning|starting at|band \d[a-d]?)\b[^.£]{0,40}£\s?\d/i,
    /\b\d{1,3},\d{3}(?:\.\d{2})?\s{0,3}(?:-|–|to)\s{0,3}£?\d{1,3},\d{3}\b/,
    /\b\d{1,3},\d{3}(?:\.\d{2})?\s{0,3}(?:per annum|a year|per year|p\.?a\.?)(?![a-z])/i,
    /\b\d{1,3}\.\d{2}\s{0,3}(?:per hour|an hour|p\/h)\b/i,
  ],
  // Money for something else, next to the amount: “the associated fee of £40”, “£8k relocation”, “a £3000 allowance”.
  unlessNear: [
    /\b(?:fees?|charged?|costs?|deposit|budgets?|turnover|savings?|invest(?:ment|ed)?|relocation(?: package)?|package|grants?|funding|worth|bonus|allowance|reimburse\w*|refund\w*|expenses|donations?|raised|value|fund|loan|bursary) (?:of |is |at |totalling |up to |worth |towards |:\s?)?(?:around |about |over |up to )?£\s?\d/i,
    /£\s?\d[\d,.]{0,9}k?\s(?:[A-Za-z]+\s)?(?:fees?|relocation|allowance|bonus|budget|grant|savings|towards|deposit|loan|bursary|million|bn|billion|m\b)/i,
    /£\s?\d[\d,.]{0,9}\s?(?:m|bn)\b/i,
  ],
  label: /\b(?:salary|pay|wage|rate of pay|hourly rate)\b/i,
  labelValue: money,
};

const closingDate: Concept = {
  id: 'closing-date',
  names: [
    new RegExp(`\\b(?:clos(?:ing date|ing|es|e)|deadline|open until|apply by|apply before|(?:received|submitted|returned|in) (?:by|before))\\b[^.]{0,50}?(?:${date.source})`, 'i'),
    new RegExp(`\\bapply\\b[^.]{0,60}?\\b(?:by|before|until)\\s(?:the\\s)?(?:${date.source})`, 'i'),
    new RegExp(`\\b(?:send|return|submit|post|email)\\b[^.]{0,40}\\b(?:form|application|CV)\\b[^.]{0,20}\\b(?:by|before)\\s(?:the\\s)?(?:${date.source})`, 'i'),
  ],
  unless: [/\b(?:reserve the right|may close|might close|close (?:the (?:vacancy|advert) )?early|closed to|bring forward)\b/i],
  declined: [/\bno closing date\b/i, /\b(?:open|advertised|recruiting) (?:until (?:the post is )?filled|on a rolling basis|all year)\b/i, /\brolling (?:advert|recruitment|basis)\b/i],
  label: /\b(?:closing date|closes|deadline|apply by)\b/i,
  labelValue: date,
};

/** A team switchboard is not enough: an email address, a text number, or a named person with a number. */
const contact: Concept = {
  id: 'contact',
  names: [
    email,
    /\b(?:text|SMS|WhatsApp)\s(?:us|me|[A-Z][a-z]+)\s(?:on|at)\b/i,
    /\b(?:video|text) relay\b/i,
    /\bRelay UK\b/i,
    /\b(?:contact|enquiry) form\b/i,
  ],
  weakNames: [phone],
  // A person's name after a word of contact: “contact Jo Bloggs”, “speak to Amira”, “please contactLesley Brooker”.
  offer: [
    /\b(?:[Cc]ontact|[Cc]all|[Rr]ing|[Pp]hone|[Tt]elephone|[Ss]peak (?:to|with)|[Tt]alk to|[Aa]sk for|[Ee]mail|[Tt]ouch with)\s{0,2}(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Sister|Matron)\.?\s)?[A-Z][a-z]+(?:\s[A-Z][a-z']+(?:-[A-Z]?[a-z']+)?)?\b(?!\s(?:[Tt]eam|[Dd]epartment|[Oo]ffice|[Ll]ine|[Ss]ervice|[Uu]nit|[Dd]esk|[Hh]ub|[Cc]entre|[Rr]ecruitment))/,
    /\b[A-Z][a-z]+ [A-Z][a-z']+(?:-[A-Z]?[a-z']+)?,? [^.,]{0,40}?\b(?:Manager|Lead|Leader|Director|Sister|Matron|Nurse|Officer|Coordinator|Co-ordinator|Administrator|Consultant|Head|Partner|Practitioner|Advisor|Adviser|Supervisor)\b/,
    /\b[A-Z][a-z]+ [A-Z][a-z']+(?:-[A-Z]?[a-z']+)? (?:on|at|-|–|:)\s?(?:\+44|0)\d/,
    /\bName:?\s(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?\s)?[A-Z][a-z]+ [A-Z]/,
  ],
  withPrevious: true,
  inSource: email,
};

/** An offer to change how people apply, are interviewed or do the job; not adjustments to the workplace in general. */
const reasonableAdjustments: Concept = {
  id: 'reasonable-adjustments',
  names: [
    /\b(?:make|making|provide|offer|consider|arrange) (?:any )?(?:reasonable )?(?:adjustments|changes) (?:you need |to help |for you|to support )/i,
    /\b(?:tell us|let us know|ask us|talk to us)\b[^.]{0,40}\b(?:adjustments|changes|support|help|access needs|anything)\b/i,
    /\b(?:anything|something|support|help) (?:else )?(?:to help you|you need to) (?:apply|come|attend|take part|with your application)\b/i,
    /\b(?:we will|we'll|we can|happy to) make (?:any |the )?changes\b/i,
    /\baccess(?:ibility)? needs\b/i,
    /\b(?:support|help) (?:with|for|during|at|to complete) (?:your |the |an )?(?:application|interview|recruitment process|selection process|assessment)\b/i,
  ],
  weakNames: [/\badjustments?\b/i],
  offer: [applying],
  unless: [/\b(?:patients?|service users?|clients|residents|children|pupils)\b/i, /\b(?:you will|you'll|post ?holder will|the successful candidate will|responsib\w+ for)\b[^.]{0,40}\b(?:adjustments|support)\b/i],
};

/** An interpreter offered to the applicant; not interpreters who are staff of the service, nor BSL skills asked of the applicant. */
const bsl: Concept = {
  id: 'bsl',
  names: [],
  weakNames: [/\bBSL\b/, /\bBritish Sign Language\b/i, /\bsign language\b/i, /\binterpreters?\b/i, /\bspeech[- ]to[- ]text\b/i, /\bcommunication support\b/i],
  offer: [
    /\b(?:book|arrange|provide|request|ask for|offer)\b[^.]{0,40}\b(?:interpreter|BSL|sign language|speech[- ]to[- ]text|communication support)/i,
    /\b(?:interpreter|BSL|sign language|communication support)\b[^.]{0,60}\b(?:for (?:you|your|the) (?:interview|assessment|event|day)|at (?:your |the )?(?:interview|assessment|event)|(?:will be|is|are) (?:there|available|provided|on hand|booked)|on request|if you need|can be (?:booked|arranged|provided))/i,
    /\b(?:we can|we will|we'll|happy to)\b[^.]{0,40}\b(?:interpreter|BSL|sign language)/i,
  ],
  unless: [
    /\bour (?:\w+ ){0,3}interpreters\b/i,
    /\bBSL\/English\b/i,
    /\b(?:fluent|fluency|skills?|level \d|qualified|registered|NRCPD|proficien\w+|ability to use|knowledge of)\b[^.]{0,30}\b(?:BSL|sign language)\b/i,
    /\b(?:BSL|sign language)\b[^.]{0,30}\b(?:skills?|desirable|essential|qualification|level \d|users in our|training for staff)\b/i,
    /\b(?:patients?|service users?|clients|families|residents|children|pupils)\b/i,
  ],
};

const accessToWork: Concept = {
  id: 'access-to-work',
  names: [/\bAccess to Work\b/i],
  unless: [/\baccess to work(?:place)? (?:email|systems?|laptops?|IT|premises|buildings?)\b/i],
};

/** Hours the applicant can choose or change; not flexibility demanded of staff. */
const flexibleWorking: Concept = {
  id: 'flexible-working',
  names: [
    /\bflexible (?:working|hours|shifts?|patterns?|rotas?|start(?: times?)?|contracts?|arrangements?)\b/i,
    /\bpart[- ]time\b/i,
    /\bjob[- ]shar(?:e|ing|ers?)\b/i,
    /\bcompressed (?:hours|weeks?)\b/i,
    /\bterm[- ]time\b/i,
    /\bself[- ]roster/i,
    /\bannuali[sz]ed hours\b/i,
    /\bschool[- ]hours\b/i,
    /\bless than full[- ]time\b/i,
    /\b(?:alternative|reduced|varied|different) (?:working )?hours (?:will|can|may|could) be (?:considered|discussed|offered|agreed)\b/i,
    /\b(?:choose|pick|decide) (?:from |your |when |the )(?:\w+ ){0,6}(?:hours|shifts|days)\b/i,
    /\b(?:fit|work) (?:your |the )?(?:shifts|hours|work) around\b/i,
    /\bwork around (?:your |them|school|caring|family|childcare)/i,
    /\bhours to suit\b/i,
    /\bin control (?:of|over) when\b/i,
    /\b(?:would|will|can|could|happy to|also|may) (?:also )?consider\b[^.]{0,40}\b(?:\d{1,2}(?:\.\d{1,2})? hours|part[- ]time|fewer hours|reduced hours|job[- ]shar\w*|less than full[- ]time|flexible)/i,
    // Part-time hours given as a number: “22 hours per week”.
    /(?<![\d.,])\b(?:[1-9]|[12]\d)(?:\.\d{1,2})? (?:hours|hrs) (?:a|per|each) week\b/i,
  ],
  unless: [
    /\b(?:must|need to|needs to|required to|requirement to|expected to|expectation to|willing(?:ness)? to|prepared to|will be required|post ?holder will)\b[^.]{0,40}\b(?:flexib\w+|part[- ]time)/i,
    /\b(?:you|candidates?|applicants?|staff|the successful candidate) (?:will|must|should)\b[^.]{0,30}\bflexib/i,
    /\b(?:ability|able) to (?:work|be) flexib/i,
    /\bto (?:meet|suit) (?:the )?(?:needs|demands|requirements) of the (?:service|department|team|ward|business)\b/i,
    /\bi\.e\.\s/i,
    /\bpro[- ]rata (?:for|if|when) (?:you work )?part[- ]time\b/i,
  ],
  declined: [
    /\bno (?:part[- ]time|job[- ]shar\w*|flexible working)\b/i,
    /\bnot (?:suitable|available|open|possible) (?:for|to|as) (?:a |an )?(?:part[- ]time|job[- ]shar\w*|flexible)/i,
    /\b(?:cannot|can't|unable to|not able to|do not|don't|will not|won't) (?:offer|consider|accommodate|accept) (?:\w+ ){0,2}(?:part[- ]time|job[- ]shar\w*|flexible|reduced hours)/i,
    /\bfull[- ]time only\b|\bonly (?:available )?(?:on a )?full[- ]time\b/i,
  ],
};

const rightToWork: Concept = {
  id: 'right-to-work',
  names: [/\bright to work\b(?! (?:flexibly|from home|part[- ]time))/i, /\bsponsor(?:ship|ed|s)?\b/i, /\bvisas?\b/i, /\bshare code\b/i, /\bimmigration (?:status|rules|skills charge)\b/i, /\bskilled worker\b/i, /\bcertificate of sponsorship\b/i, /\bwork permit\b/i, /\bTier 2\b/],
  unless: [/\bsponsor(?:ship|ed|s)? (?:by|of) (?:the )?(?:trust|charity|event|company)\b/i, /\b(?:immigration|visa) (?:advice|advisers?|service|team|cases?)\b/i],
  declined: [
    /\b(?:cannot|can't|unable to|not able to|do not|don't|will not|won't|are not able to) (?:offer |provide |give )?(?:visa )?sponsor/i,
    /\bno (?:visa )?sponsorship\b/i,
    /\bnot (?:eligible|suitable|open) (?:for|to) (?:visa )?sponsorship\b/i,
    /\bdoes not (?:meet|qualify for) (?:the )?(?:requirements for )?(?:visa )?sponsorship\b/i,
  ],
};

/** Training, no experience needed, newly qualified or overseas-trained applicants welcome; not training the applicant will give. */
const entryRoutes: Concept = {
  id: 'entry-routes',
  names: [
    /\bno (?:previous |prior |formal )?(?:experience|qualifications?) (?:is |are )?(?:needed|necessary|required|essential)\b/i,
    /\b(?:do not|don't|doesn't|does not) need (?:any )?(?:previous |prior |formal )?(?:experience|qualifications)\b/i,
    /\bwithout (?:any )?(?:previous |prior )?experience\b/i,
    /\bno requirement (?:to have|for) (?:any )?(?:previous |prior )?(?:\w+ )?experience\b/i,
    /\byou will (?:have|get|receive|be given) (?:the |full |all the )?training\b/i,
    /\bfull(?:,| and)? (?:paid )?training\b/i,
    /\b(?:paid|on[- ]the[- ]job|full|comprehensive) (?:induction|training)\b/i,
    /\btraining (?:is |will be |can be )?(?:provided|given|offered)\b/i,
    /\b(?:a period of|an) induction and training\b/i,
    /\bwe will (?:train|support) you\b/i,
    /\bsupport you to (?:gain|get|achieve|complete|study|train|become)\b/i,
    /\bapprentice\b/i,
    /\b(?:an|this|our) apprenticeship\b/i,
    /\bwe (?:also )?offer\b[^.]{0,60}\b(?:qualifications?|training|apprenticeships?)\b/i,
    /\bCare Certificate\b/i,
    /\bprecept(?:orship|ee)\b/i,
    /\bnewly (?:qualified|registered)\b/i,
    /\bor equivalent\b/i,
    /\bovers?eas (?:trained|qualifications?|qualified|nurses?|applicants?)\b/i,
    /\bUK ENIC\b/i,
    /\b(?:qualified|trained) (?:outside|abroad|overseas)\b/i,
    /\breturn(?:ing|ers?)? to (?:practice|nursing)\b/i,
    /\b(?:this is an?|our|a paid) (?:trainee|training) (?:post|role|position|programme)\b/i,
    /\btrainee (?:post|role|position|programme)\b/i,
    // The post is itself a training post: “Applications are invited for … training programme”.
    /\b(?:applications (?:are )?invited for|apply for|recruiting to|recruitment to) [^.]{0,100}\b(?:training (?:programme|post|scheme)|specialty training)\b/i,
    /\bexperience\b[^.]{0,40}\b(?:desirable but not essential|not essential|is not required|isn't essential|is not needed)\b/i,
  ],
  unless: [/\b(?:expected to|required to|must|will need to|responsible for) (?:maintain|keep|deliver|provide|organise)\b/i, /\b(?:deliver|delivering|provide|providing|facilitate|facilitating|lead|leading|teach|teaching|supervise|supervising|mentor|mentoring|train|training) (?:\w+ ){0,2}(?:training|staff|students|others|colleagues|apprentices|learners|newly qualified)\b(?![^.]{0,20}\byou\b)/i],
};

const alternativeFormats: Concept = {
  id: 'alternative-formats',
  names: [
    /\blarge print\b/i,
    /\beasy read\b/i,
    /\bbraille\b/i,
    /\bBSL video\b/i,
    /\b(?:alternative|other|different|accessible|another) formats?\b/i,
    /\bother ways? (?:to|of) apply/i,
    /\bapply (?:by|in|on) (?:post|person|paper|video|the phone|phone)\b/i,
    /\b(?:instead of|rather than) (?:a |an )?(?:written|online) (?:application|form)\b/i,
  ],
  weakNames: [/\baudio\b/i, /\bpaper (?:application|form|copy|copies)\b/i, /\bprinted copy\b/i],
  offer: [applying, offering, /\b(?:advert|job description|this)\b/i],
  unless: [/\b(?:patients?|service users?|clients|families|residents|children|leaflets|you will (?:produce|create|develop))\b/i],
  declined: [/\b(?:do not|don't|cannot|can't|will not|won't) accept (?:paper|postal|hard copy|printed)\b/i, /\bno (?:paper|postal) applications\b/i, /\bapplications (?:must|can only) be (?:made|submitted) online\b/i],
};

/** A calm time or place at an event. */
const quietHour: Concept = {
  id: 'quiet-hour',
  names: [
    /\bquiet (?:hour|time|room|space|area|session|period|zone|corner)\b/i,
    /\bquieter (?:hour|time|session|period)\b/i,
    /\bsensory[- ]friendly\b/i,
    /\blow[- ]sensory\b/i,
    /\bcalm (?:hour|space|room|area|session)\b/i,
    /\brelaxed (?:hour|session)\b/i,
  ],
  applies: (_doc, units) => !onlineOnly(units),
};

const online = /\b(?:online|virtual|Microsoft Teams|on Teams|Zoom|Google Meet|video call|webinar)\b/i;
const venue = /\b(?:hall|centre|center|venue|room|hotel|library|stadium|street|road|floor|entrance|building|postcode|[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2})\b/;

/** An event with no place but online: no venue to be noisy, nothing to get into. */
function onlineOnly(units: readonly { text: string }[]): boolean {
  return units.some((unit) => online.test(unit.text)) && !units.some((unit) => venue.test(unit.text));
}

const locationAccess: Concept = {
  id: 'location-access',
  names: [
    /\bstep[- ]free\b/i,
    /\blevel access\b/i,
    /\bwheelchair (?:accessible|access|users?)\b/i,
    /\b(?:a|the) lifts?\b/i,
    /\baccessible (?:toilets?|entrance|parking|building|venue|route|room)\b/i,
    /\bBlue Badge\b/i,
    /\bground floor\b/i,
    /\bramps?\b/i,
    /\b(?:Microsoft Teams|on Teams|Zoom|Google Meet|video call|online (?:interview|event|jobs fair)|video interview|phone interview|join (?:us )?online)\b/i,
  ],
};

/** What to bring to an event or interview; not the skills or enthusiasm a job asks people to “bring”. */
const whatToBring: Concept = {
  id: 'what-to-bring',
  names: [/\b(?:nothing|anything) to bring\b/i, /\bwhat to bring\b/i, /\b(?:please|you can|you may|you might|you could|feel free to|remember to|forget to|need to|needs to|asked to|ask you to|like to|welcome to|must|should|will need to) bring\b/i, /^bring\b/i],
  unlessNear: [/\bbring(?:s|ing)? (?:your |a |an |the |with you |along )?(?:\w+ ){0,2}(?:experience|skills|enthusiasm|passion|knowledge|ideas|energy|expertise|commitment|approach|flair|personality|creativity|talents?|values)\b/i, /\bbring(?:s|ing)? (?:about|together|forward|in|out)\b/i],
};

/** What happens at the interview: who, how long, what it involves; not any number of minutes (“2 minutes' walk”). */
const interviewInfo: Concept = {
  id: 'interview-info',
  names: [
    /\bpanel\b/i,
    /\binterviewers?\b/i,
    /\bpresentation\b/i,
    /\b(?:written|short|skills?|numeracy|literacy|maths|English|practical|no) tests?\b/i,
    /\b(?:group|role[- ]play|written|practical) (?:exercises?|tasks?|activit(?:y|ies))\b/i,
    /\b(?:interview|it|this) (?:will |should |usually )?(?:last|take)s? (?:about |around |up to |no more than )?(?:\d|an? |half)/i,
    /\bquestions\b[^.]{0,20}\b(?:in advance|beforehand|before)\b/i,
    /\binformal (?:chat|conversation)\b/i,
    /\bwe will ask (?:you )?(?:about|to)\b/i,
    /\b(?:will|we'll) (?:interview|meet) you\b/i,
  ],
};

/** Every concept, by requirement id. */
export const concepts: ReadonlyMap<string, Concept> = new Map(
  [salary, closingDate, contact, reasonableAdjustments, bsl, accessToWork, flexibleWorking, rightToWork, entryRoutes, alternativeFormats, quietHour, locationAccess, whatToBring, interviewInfo].map((concept) => [concept.id, concept]),
);
