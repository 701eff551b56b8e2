import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** A small seeded generator (mulberry32), so every run builds the same corpus. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const titles = ['Healthcare assistant', 'Staff nurse', 'Support worker', 'Occupational therapist', 'Care assistant', 'Domestic assistant', 'Physiotherapist', 'Senior carer', 'Ward clerk', 'Mental health nurse'];
const headings = ['About the role', 'What you will do', 'About you', 'Pay and benefits', 'How to apply', 'About us', 'Training and support', 'Person specification'];
const sentences = [
  'You will help people with washing, dressing and eating.',
  'An exciting opportunity has arisen for a dynamic individual to join our busy acute ward.',
  'The successful candidate will be expected to utilise their skills within the MDT.',
  'We will train you and you will work alongside an experienced colleague for two weeks.',
  'The pay is £24,071 a year for 37.5 hours a week.',
  'You will liaise with colleagues in order to facilitate the delivery of person-centred care to service users.',
  'Applicants must have a clean driving licence and access to their own car.',
  'We welcome applications from people of all backgrounds, including disabled people.',
  'You will check temperature, pulse and breathing and tell a nurse if anything changes.',
  'The postholder will be remunerated on Band 3 of Agenda for Change, pro rata.',
  'Tell us if you need any changes to the way we interview you and we will make them.',
  'You must be a native English speaker with no gaps in employment.',
  'We can book a British Sign Language interpreter for your interview.',
  'Please ensure that all documentation is completed in a timely manner in accordance with Trust policy.',
  'The closing date is Friday 5 March 2027.',
  'You will work as part of a friendly team on a ward for older people, some of whom have dementia.',
  'This post is subject to an enhanced DBS check, which we will pay for.',
  'He will be a strong leader who can work hard and play hard.',
  'Flexible working, such as school-hours shifts, can be discussed at interview.',
  'We are committed to safeguarding and promoting the welfare of children and adults at risk.',
];
const bullets = [
  'Kindness and patience',
  'Good listening skills',
  'NVQ Level 3 or equivalent',
  'Recent graduate or school leaver',
  'Able to work shifts, including nights and weekends',
  'Experience of person-centred care',
  'Enough spoken and written English to talk with patients',
  'Physically fit and able to stand for long periods',
];

/** One advert of about `words` words in Markdown. */
export function advert(next: () => number, words: number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const parts = [`# ${pick(titles)}`, ''];
  let count = 2;
  while (count < words) {
    const heading = pick(headings);
    parts.push(`## ${heading}`, '');
    count += heading.split(' ').length;
    const paragraph: string[] = [];
    for (let i = 0; i < 2 + Math.floor(next() * 4); i++) paragraph.push(pick(sentences));
    parts.push(paragraph.join(' '), '');
    count += paragraph.join(' ').split(' ').length;
    if (next() < 0.5) {
      for (let i = 0; i < 3 + Math.floor(next() * 3); i++) {
        const bullet = pick(bullets);
        parts.push(`- ${bullet}`);
        count += bullet.split(' ').length;
      }
      parts.push('');
    }
  }
  return parts.join('\n');
}

/** Writes `count` generated adverts of 200–2,000 words into `folder` (emptied first); returns their paths. */
export function writeCorpus(folder: string, count: number, seed = 1, wordsRange: [number, number] = [200, 2000]): string[] {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const next = random(seed);
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const words = wordsRange[0] + Math.floor(next() * (wordsRange[1] - wordsRange[0]));
    const path = join(folder, `advert-${String(i).padStart(5, '0')}.md`);
    writeFileSync(path, advert(next, words));
    paths.push(path);
  }
  return paths;
}

/**
 * The real adverts of the corpus (Markdown and HTML), as text: at `$WIDEN_CORPUS/adverts`, or
 * `../shared/corpus/adverts`, found as the tests find it (tests/helpers/corpus.ts). Without the
 * corpus the benchmark runs on generated adverts only, and says so.
 */
export function realAdverts(root: string): Array<{ path: string; text: string }> {
  const base = join(resolve(root, process.env.WIDEN_CORPUS || join('..', 'shared', 'corpus')), 'adverts');
  if (!existsSync(base)) {
    process.stderr.write(`bench: no real adverts at ${base} (set WIDEN_CORPUS to the corpus folder): generated adverts only\n`);
    return [];
  }
  const out: Array<{ path: string; text: string }> = [];
  for (const folder of readdirSync(base)) {
    for (const name of readdirSync(join(base, folder)).sort()) {
      if (/\.(md|html)$/.test(name)) out.push({ path: join(base, folder, name), text: readFileSync(join(base, folder, name), 'utf8') });
    }
  }
  return out;
}
