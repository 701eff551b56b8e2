import { createInterface } from 'node:readline';
import { profiles, type Profile } from '../index.js';

export const starterName = 'widen.config.json';

/**
 * The configuration `widen init` writes: the profile, the schema for editors, and the settings
 * people change first, each with a comment (widen reads comments in its configuration files).
 */
export function starter(profile: Profile): string {
  return `{
  // Lets your editor check this file and complete its keys.
  "$schema": "./node_modules/widen/schemas/widen.config.schema.json",

  // What the documents are: "advert", "event" or "interview-invite".
  // A document's front matter ("widen-profile: event") wins.
  "profile": "${profile}",

  // A rule's severity: "off", "info", "warning" or "error", or [severity, options].
  // "widen rules" lists them; "widen explain <rule>" says what each checks and why.
  "rules": {
    // "reading-age": ["warning", { "targetAge": 11 }],
    // "passive-voice": "off"
  },

  // Files and folders not to lint, relative to this file.
  "ignore": ["drafts/**"]
}
`;
}

/**
 * On a terminal, asks what the documents are (Enter keeps "advert"), again until the answer is one
 * of the profiles; `null` when the input ends first (Ctrl+D). Not on a terminal, widen asks
 * nothing (see `writeStarter`).
 */
export async function askProfile(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<Profile | null> {
  const prompt = `What are the documents: ${profiles.join(', ')}? (advert) `;
  // Line by line rather than question(): lines typed ahead are kept, and the end of the input ends the loop.
  const lines = createInterface({ input, terminal: false });
  output.write(prompt);
  for await (const line of lines) {
    const answer = line.trim().toLowerCase();
    if (answer === '') return 'advert';
    const profile = profiles.find((candidate) => candidate === answer || candidate.startsWith(answer));
    if (profile) return profile;
    output.write(`widen: "${answer}" is not one of them\n${prompt}`);
  }
  return null;
}
