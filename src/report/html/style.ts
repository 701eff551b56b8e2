/**
 * The report's stylesheet, inlined into the page (its hash goes in the Content-Security-Policy).
 * Colours are chosen for at least 4.5:1 contrast in both schemes; severity is also shown by a word,
 * a symbol and the underline style, never by colour alone. Words break only between words: long
 * tokens (paths, addresses) may break anywhere, and only they.
 */
export const style = `
:root {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1b1b1b; --muted: #4a4a4a; --card: #f6f6f4; --line: #767676;
  --link: #1d4f91; --focus: #1d4f91; --button-fg: #ffffff;
  --error: #a4262c; --warning: #7a4b00; --info: #1d5a8a;
  --error-bg: #fde2e1; --warning-bg: #fff1b8; --info-bg: #dcebfa;
  --ok: #1e6b34; --missing: #a4262c;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #121212; --fg: #ececec; --muted: #c4c4c4; --card: #1f1f1f; --line: #9a9a9a;
    --link: #9cc3ff; --focus: #ffd27a; --button-fg: #121212;
    --error: #ffa3a3; --warning: #ffd27a; --info: #9ccaff;
    --error-bg: #5c1a1a; --warning-bg: #4a3900; --info-bg: #16395a;
    --ok: #8fdca4; --missing: #ffa3a3;
  }
}
*, *::before, *::after { box-sizing: border-box; }
html { font-size: 100%; scroll-padding-top: 5rem; }
body {
  margin: 0; background: var(--bg); color: var(--fg);
  font-family: system-ui, "Segoe UI", "Liberation Sans", "DejaVu Sans", Arial, sans-serif;
  line-height: 1.5; overflow-wrap: break-word;
}
.path, code { overflow-wrap: anywhere; }
a { color: var(--link); text-underline-offset: 0.15em; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
[hidden] { display: none !important; }
.vh {
  position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
.skip { position: absolute; left: 0.5rem; top: -10rem; z-index: 20; padding: 0.5rem 1rem; background: var(--bg); }
.skip:focus { top: 0.5rem; }
.bar {
  position: sticky; top: 0; z-index: 10; background: var(--bg); border-bottom: 1px solid var(--line);
  display: flex; flex-wrap: wrap; align-items: center; gap: 0.25rem 1rem; padding: 0.4rem max(1rem, calc((100% - 72rem) / 2 + 1rem));
}
.bar p { margin: 0; }
.bar .progress { font-weight: 700; }
.bar .who { margin-left: auto; color: var(--muted); }
.bar .status { flex-basis: 100%; color: var(--muted); }
@media (max-width: 40rem) {
  .bar { gap: 0.2rem 0.5rem; padding: 0.25rem 0.75rem; }
  .bar .brand { display: none; }
  .bar #export { margin-left: auto; min-height: 2.25rem; padding: 0.2rem 0.75rem; }
  .bar .who { order: 3; flex-basis: 100%; margin-left: 0; font-size: 0.9rem; }
}
.bar .status:empty { display: none; }
main, footer { max-width: 72rem; margin: 0 auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin: 1rem 0 0.25rem; }
h2 { font-size: 1.3rem; margin: 1.5rem 0 0.5rem; }
h3 { font-size: 1.05rem; margin: 1rem 0 0.4rem; }
.lead, .muted { color: var(--muted); }
.lead { margin-top: 0; }
table.index { border-collapse: collapse; width: 100%; }
.index th, .index td { border: 1px solid var(--line); padding: 0.4rem 0.5rem; text-align: left; vertical-align: top; }
.index .label { display: none; }
.count { white-space: nowrap; margin-right: 0.5rem; }
.count.sev-error { color: var(--error); }
.count.sev-warning { color: var(--warning); }
.count.sev-info { color: var(--info); }
@media (max-width: 40rem) {
  table.index, .index thead, .index tbody, .index tr, .index th, .index td { display: block; }
  .index thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  .index tr { border: 1px solid var(--line); border-radius: 0.3rem; margin-bottom: 0.5rem; padding: 0.25rem 0.5rem; }
  .index th, .index td { border: 0; padding: 0.15rem 0; }
  .index .label { display: inline; font-weight: 600; }
}
.checklist { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 0.1rem 1.25rem; }
.met .symbol { color: var(--ok); }
.missing .symbol { color: var(--missing); }
.facts { background: var(--card); border: 1px solid var(--line); border-radius: 0.3rem; padding: 0.1rem 0.75rem 0.5rem; margin: 0.5rem 0; }
.facts h3 { margin-top: 0.4rem; }
.facts-more > summary { color: var(--link); font-weight: 600; padding: 0.35rem 0; }
.facts h4 { margin: 0.75rem 0 0.25rem; }
.stats { display: flex; flex-wrap: wrap; gap: 0.25rem 1.5rem; margin: 0.25rem 0; padding: 0; }
.stats div { display: flex; gap: 0.35rem; }
.stats dt { font-weight: 600; }
.stats dd { margin: 0; }
pre.summary { white-space: pre-wrap; font: inherit; background: var(--bg); border: 1px solid var(--line); padding: 0.5rem; }
.evidence, .to-add { padding-left: 1.25rem; }
.panel { background: var(--card); border: 1px solid var(--line); border-radius: 0.4rem; padding: 0.25rem 1rem 0.75rem; margin: 1rem 0; }
details.panel > summary { font-weight: 600; padding: 0.4rem 0; cursor: pointer; }
.filters h2 { font-size: 1.1rem; margin: 0.5rem 0; }
.controls { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: flex-end; }
.controls > div { display: flex; flex-direction: column; gap: 0.2rem; min-width: min(12rem, 100%); }
.controls > div.check { flex-direction: row; align-items: center; min-height: 2.75rem; min-width: 0; }
.check input { width: 1.25rem; height: 1.25rem; margin: 0 0.4rem 0 0; }
#filter-status { margin: 0.5rem 0 0; }
label { font-weight: 600; }
input, select, textarea, button { font: inherit; color: inherit; }
input[type="text"], input[type="search"], select, textarea {
  background: var(--bg); border: 2px solid var(--line); border-radius: 0.25rem; padding: 0.3rem 0.5rem; max-width: 100%;
}
textarea { width: 100%; min-height: 2.75rem; display: block; }
button {
  display: inline-block; min-height: 2.75rem; padding: 0.4rem 1rem; border-radius: 0.25rem; cursor: pointer;
  background: var(--link); color: var(--button-fg); border: 2px solid var(--link); font-weight: 600;
}
button.secondary { background: transparent; color: var(--link); }
button.small { min-height: 2rem; padding: 0.1rem 0.6rem; }
input[type="file"] { max-width: 100%; }
.document { border-top: 2px solid var(--line); margin-top: 1rem; }
.document h2 { margin: 0.75rem 0 0.1rem; font-size: 1.15rem; }
.doc-line { margin: 0 0 0.25rem; color: var(--muted); }
details > summary { cursor: pointer; }
.doc-body > summary { font-weight: 600; color: var(--link); padding: 0.35rem 0; min-height: 2.75rem; }
.set-aside { border: 1px solid var(--line); border-radius: 0.3rem; padding: 0.25rem 0.75rem; margin: 0.5rem 0; }
.set-aside > summary { font-weight: 600; }
.reviewed { padding-left: 1.25rem; }
.reviewed li { margin-bottom: 0.5rem; }
.blocks, .findings { list-style: none; margin: 0; padding: 0; }
.block { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0.25rem 1rem; padding: 0.4rem 0; border-bottom: 1px solid var(--line); }
@media (min-width: 60rem) {
  .block.has-findings { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); }
  /* A paragraph with many findings stays in view beside them. */
  .block.has-findings .block-text { position: sticky; top: 4.5rem; align-self: start; }
}
.block-text { margin: 0; }
.block-no { color: var(--muted); font-size: 0.85rem; margin-right: 0.5rem; }
.kind { color: var(--muted); font-size: 0.85rem; margin-right: 0.35rem; }
.kind-heading .block-text { font-weight: 700; }
.kind-quote .block-text { border-left: 4px solid var(--line); padding-left: 0.75rem; }
mark { color: var(--fg); padding: 0 0.1em; text-decoration-line: underline; text-decoration-thickness: 2px; text-underline-offset: 0.2em; }
mark.sev-error { background: var(--error-bg); text-decoration-style: solid; text-decoration-color: var(--error); }
mark.sev-warning { background: var(--warning-bg); text-decoration-style: dashed; text-decoration-color: var(--warning); }
mark.sev-info { background: var(--info-bg); text-decoration-style: dotted; text-decoration-color: var(--info); }
mark.multi { font-weight: 700; }
/* The words that give a requirement or a key fact: a green rule under them; the ones a link went to, a green box. */
.ev { border-bottom: 2px solid var(--ok); }
.ev.ev-on { outline: 2px solid var(--ok); outline-offset: 1px; }
mark.dim { background: transparent; text-decoration-line: none; font-weight: inherit; }
.ref {
  display: inline-block; min-width: 1.6rem; margin: 0 0.15rem; padding: 0 0.3rem;
  border: 1px solid currentColor; border-radius: 0.75rem; font-size: 0.85rem; line-height: 1.4rem;
  text-align: center; text-decoration: none; font-weight: 700;
}
.finding { border-left: 5px solid var(--line); padding: 0.1rem 0 0.1rem 0.5rem; margin: 0 0 0.2rem; }
.finding.sev-error { border-left-color: var(--error); border-left-style: solid; }
.finding.sev-warning { border-left-color: var(--warning); border-left-style: double; }
.finding.sev-info { border-left-color: var(--info); border-left-style: dotted; }
.finding > details > summary { padding: 0.15rem 0; }
.finding .more { background: var(--card); border: 1px solid var(--line); border-radius: 0.3rem; padding: 0.25rem 0.75rem 0.5rem; margin: 0.25rem 0 0.5rem; }
.more p { margin: 0.35rem 0; }
.sev { font-weight: 700; white-space: nowrap; }
.sev-error .sev, .sev.sev-error { color: var(--error); }
.sev-warning .sev, .sev.sev-warning { color: var(--warning); }
.sev-info .sev, .sev.sev-info { color: var(--info); }
.num { font-weight: 700; margin-right: 0.1rem; }
.rule { color: var(--muted); font-size: 0.9rem; font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; }
.badge { font-weight: 600; }
.badge:not(:empty)::before { content: "· "; }
.finding blockquote { margin: 0.25rem 0; padding-left: 0.75rem; border-left: 3px solid var(--line); }
code { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 0.9em; }
.decide-label { font-weight: 600; }
.choices { display: flex; flex-wrap: wrap; gap: 0.4rem; margin-bottom: 0.4rem; }
.choice { background: transparent; color: var(--link); }
.choice[aria-pressed="true"] { background: var(--link); color: var(--button-fg); }
.choice[aria-pressed="true"]::before { content: "✓ "; }
.decision { font-style: italic; }
.help h2 { font-size: 1.15rem; }
.rule-help { border-bottom: 1px solid var(--line); padding: 0.3rem 0; }
.rule-help > summary { min-height: 2rem; }
.table-list li { margin-bottom: 0.5rem; }
.error-text { color: var(--error); font-weight: 600; }
dialog { max-width: min(32rem, calc(100% - 2rem)); background: var(--bg); color: var(--fg); border: 2px solid var(--line); border-radius: 0.4rem; padding: 0.5rem 1.25rem 1rem; }
dialog::backdrop { background: rgba(0, 0, 0, 0.5); }
dialog input[type="text"] { width: 100%; margin: 0.25rem 0 0.75rem; }
dialog h2 { margin-top: 0.5rem; }
footer { margin-top: 2rem; padding-bottom: 1.5rem; border-top: 1px solid var(--line); color: var(--muted); }
@media print {
  :root { --bg: #ffffff; --fg: #000000; --muted: #333333; --card: #ffffff; --line: #555555; --link: #000000; }
  body { font-size: 11pt; }
  .skip, .bar, .how, .filters, .decide, .ref-back, .help, dialog { display: none !important; }
  .bar { position: static; }
  .block.has-findings { grid-template-columns: minmax(0, 1fr); }
  .block.has-findings .block-text { position: static; }
  mark, mark.dim { background: transparent; text-decoration-line: underline; }
  a { text-decoration: none; }
}
`;
