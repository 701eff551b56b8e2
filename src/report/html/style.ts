/**
 * The report's stylesheet, inlined into the page (its hash goes in the Content-Security-Policy).
 * Colours are chosen for at least 4.5:1 contrast in both schemes; severity is also shown by a word,
 * a symbol and the underline style, never by colour alone.
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
html { font-size: 100%; }
body {
  margin: 0; background: var(--bg); color: var(--fg);
  font-family: system-ui, "Segoe UI", "Liberation Sans", "DejaVu Sans", Arial, sans-serif;
  line-height: 1.5; overflow-wrap: anywhere;
}
@media (prefers-reduced-motion: no-preference) { html { scroll-behavior: smooth; } }
a { color: var(--link); text-underline-offset: 0.15em; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.vh {
  position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
.skip { position: absolute; left: 0.5rem; top: -10rem; z-index: 10; padding: 0.5rem 1rem; background: var(--bg); }
.skip:focus { top: 0.5rem; }
header, main, footer, nav { max-width: 72rem; margin: 0 auto; padding: 0 1rem; }
header { padding-top: 1rem; border-bottom: 1px solid var(--line); }
h1 { font-size: 1.75rem; margin: 0.5rem 0; }
h2 { font-size: 1.4rem; margin: 2rem 0 0.75rem; }
h3 { font-size: 1.15rem; margin: 1.5rem 0 0.5rem; }
h4 { font-size: 1rem; margin: 0 0 0.5rem; }
.lead, .muted { color: var(--muted); }
nav ul { padding-left: 1.25rem; }
nav li { margin: 0.25rem 0; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; font-weight: bold; padding: 0.5rem 0; }
th, td { border: 1px solid var(--line); padding: 0.5rem; text-align: left; vertical-align: top; }
td ul { margin: 0; padding-left: 0; list-style: none; }
.checklist li { margin: 0.1rem 0; }
.met .symbol { color: var(--ok); }
.missing .symbol { color: var(--missing); }
.panel { background: var(--card); border: 1px solid var(--line); border-radius: 0.4rem; padding: 0.25rem 1rem 1rem; margin: 1rem 0; }
.controls { display: flex; flex-wrap: wrap; gap: 0.75rem 1.25rem; align-items: flex-end; }
.controls > div { display: flex; flex-direction: column; gap: 0.25rem; min-width: min(14rem, 100%); }
label { font-weight: 600; }
input, select, textarea, button { font: inherit; color: inherit; }
input[type="text"], input[type="search"], select, textarea {
  background: var(--bg); border: 2px solid var(--line); border-radius: 0.25rem; padding: 0.35rem 0.5rem; max-width: 100%;
}
textarea { width: 100%; min-height: 2.75rem; display: block; }
button, .file-label {
  display: inline-block; min-height: 2.75rem; padding: 0.5rem 1rem; border-radius: 0.25rem; cursor: pointer;
  background: var(--link); color: var(--button-fg); border: 2px solid var(--link); font-weight: 600;
}
button.secondary { background: transparent; color: var(--link); }
input[type="file"] { max-width: 100%; }
.document { border-top: 3px solid var(--line); margin-top: 2.5rem; }
.stats { display: flex; flex-wrap: wrap; gap: 0.25rem 1.5rem; margin: 0.5rem 0; padding: 0; }
.stats div { display: flex; gap: 0.35rem; }
.stats dt { font-weight: 600; }
.stats dd { margin: 0; }
.blocks, .findings { list-style: none; margin: 0; padding: 0; }
.block { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0.75rem; padding: 0.6rem 0; border-bottom: 1px solid var(--line); }
@media (min-width: 60rem) {
  .block.has-findings { grid-template-columns: minmax(0, 5fr) minmax(0, 6fr); }
}
.block-text { margin: 0; }
.block-no { color: var(--muted); font-size: 0.85rem; margin-right: 0.5rem; }
.kind { color: var(--muted); font-size: 0.85rem; margin-right: 0.35rem; }
.kind-heading .block-text { font-weight: 700; font-size: 1.1rem; }
.kind-quote .block-text { border-left: 4px solid var(--line); padding-left: 0.75rem; }
mark { color: var(--fg); padding: 0 0.1em; text-decoration-line: underline; text-decoration-thickness: 2px; text-underline-offset: 0.2em; }
mark.sev-error { background: var(--error-bg); text-decoration-style: solid; text-decoration-color: var(--error); }
mark.sev-warning { background: var(--warning-bg); text-decoration-style: dashed; text-decoration-color: var(--warning); }
mark.sev-info { background: var(--info-bg); text-decoration-style: dotted; text-decoration-color: var(--info); }
mark.multi { font-weight: 700; }
mark.dim { background: transparent; text-decoration-line: none; font-weight: inherit; }
.ref {
  display: inline-block; min-width: 1.6rem; min-height: 1.5rem; margin: 0 0.15rem; padding: 0 0.3rem;
  border: 1px solid currentColor; border-radius: 0.75rem; font-size: 0.85rem; line-height: 1.4rem;
  text-align: center; text-decoration: none; font-weight: 700; vertical-align: baseline;
}
.finding { background: var(--card); border: 1px solid var(--line); border-left-width: 6px; border-radius: 0.3rem; padding: 0.75rem; margin: 0 0 0.75rem; }
.finding.sev-error { border-left-color: var(--error); border-left-style: solid; }
.finding.sev-warning { border-left-color: var(--warning); border-left-style: double; }
.finding.sev-info { border-left-color: var(--info); border-left-style: dotted; }
.sev { font-weight: 700; white-space: nowrap; }
.sev-error .sev { color: var(--error); }
.sev-warning .sev { color: var(--warning); }
.sev-info .sev { color: var(--info); }
.num { font-weight: 700; }
.finding { container-type: inline-size; }
.finding dl { margin: 0.25rem 0 0.5rem; display: grid; grid-template-columns: minmax(0, 1fr); gap: 0 1rem; }
.finding dt { font-weight: 600; margin-top: 0.35rem; }
.finding dd { margin: 0; }
@container (min-width: 32rem) {
  .finding dl { grid-template-columns: 10rem minmax(0, 1fr); }
  .finding dd { margin-top: 0.35rem; }
}
.finding blockquote { margin: 0.25rem 0; padding-left: 0.75rem; border-left: 3px solid var(--line); }
code { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 0.9em; }
fieldset { border: 1px solid var(--line); border-radius: 0.25rem; margin: 0.5rem 0 0; padding: 0.5rem 0.75rem 0.75rem; }
legend { font-weight: 600; padding: 0 0.25rem; }
.choices { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; margin-bottom: 0.5rem; }
.choices label { font-weight: 400; display: inline-flex; align-items: center; gap: 0.35rem; min-height: 2.75rem; }
.choices input { width: 1.25rem; height: 1.25rem; margin: 0; }
.decision { margin: 0.5rem 0 0; font-style: italic; }
.finding[data-decision="agree"] .decision, .finding[data-decision="disagree"] .decision, .finding[data-decision="discuss"] .decision { font-style: normal; font-weight: 600; }
.reviewed li { margin-bottom: 0.75rem; }
.error-text { color: var(--error); font-weight: 600; }
footer { margin-top: 3rem; padding-bottom: 2rem; border-top: 1px solid var(--line); color: var(--muted); }
@media print {
  :root { --bg: #ffffff; --fg: #000000; --muted: #333333; --card: #ffffff; --line: #555555; --link: #000000; }
  body { font-size: 11pt; }
  .skip, nav, .no-print, .filters, .review-panel, fieldset, .ref-back { display: none !important; }
  .finding[hidden], .block[hidden] { display: block !important; }
  .finding { break-inside: avoid; }
  .block.has-findings { grid-template-columns: minmax(0, 1fr); }
  mark, mark.dim { background: transparent; text-decoration-line: underline; }
  a { text-decoration: none; }
}
`;
