import type { Profile } from '../index.js';

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
