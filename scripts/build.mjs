// The one build: empties dist/, then writes what the package ships.
//
//   dist/src/index.js      the library (src/index.ts), bundled
//   dist/src/cli.js        the command line (bin/widen.js imports it), bundled
//   dist/src/worker.js     the worker thread script, beside the chunks that start it
//   dist/src/*-<hash>.js   chunks shared by those three, and the ones loaded only when used
//                          (mammoth, the HTML parser, the HTML report, the CI reporters)
//   dist/src/index.d.ts    the library's type declarations (with nlcst.d.ts and unist.d.ts,
//                          the types of the Doc model's tree, from @types/nlcst and @types/unist)
//   dist/src/english-words.txt    an-array-of-english-words' list, a word a line, read on first need
//   dist/src/<package>.cjs        wink-nlp and its English model, each bundled alone
//                                 and loaded on first need
//   dist/src/wink-model/*.json    the model's data, read by that bundle (winkModelData below)
//   dist/THIRD-PARTY-LICENSES.md  the licence of every package whose code the bundle carries
//
// Every dependency is bundled (esbuild), so the published package has no runtime dependencies.
// Two kinds of code cannot be followed by a bundler, and are carried here explicitly:
// - importPackageFile('pkg', './file.js') (src/kit/package-data.ts) loads a data file a package
//   does not export, by path at run time: the bundle replaces that module with one that imports
//   each such file statically (the calls are found in the sources, and must use string literals);
// - src/kit/tagger.ts loads packages on first use with createRequire(): each is bundled alone
//   beside the chunks (lazyRequires below); src/kit/word-list.ts becomes a read of
//   dist/src/english-words.txt (wordList below).
//
// `node scripts/build.mjs --no-types` leaves out the declarations (a few seconds less).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'src');
const withTypes = !process.argv.includes('--no-types');

/** A build tool from devDependencies, with a clear message when it is not installed. */
async function tool(name) {
  try {
    return await import(pathToFileURL(createRequire(join(root, 'package.json')).resolve(name)).href);
  } catch {
    throw new Error(`widen's build needs ${name} (a devDependency): run "npm install" first`);
  }
}

rmSync(join(root, 'dist'), { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const { build } = await tool('esbuild');
const result = await build({
  absWorkingDir: root,
  entryPoints: { index: 'src/index.ts', cli: 'src/cli/main.ts', worker: 'src/run/worker.ts' },
  outdir: out,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: '[name]-[hash]',
  logLevel: 'warning',
  metafile: true,
  legalComments: 'none',
  // CommonJS dependencies bundled into ES modules still call require() for Node's built-ins.
  banner: { js: "import { createRequire as __widenCreateRequire } from 'node:module'; const require = __widenCreateRequire(import.meta.url);" },
  plugins: [packageFiles(), lazyRequires(), wordList()],
});

const lazy = await build({
  absWorkingDir: root,
  entryPoints: Object.fromEntries(lazyPackages().map((name) => [name, createRequire(join(root, 'package.json')).resolve(name)])),
  outdir: out,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  metafile: true,
  legalComments: 'none',
  plugins: [winkModelData()],
});
writeFileSync(join(out, 'english-words.txt'), englishWordLines());
for (const file of readdirSync(out)) if (/\.c?js$/.test(file)) writeFileSync(join(out, file), asciiOnly(readFileSync(join(out, file), 'utf8')));
writeFileSync(join(root, 'dist', 'THIRD-PARTY-LICENSES.md'), thirdPartyLicences({ inputs: { ...result.metafile.inputs, ...lazy.metafile.inputs } }));

if (withTypes) {
  const { execFileSync } = await import('node:child_process');
  const requireHere = createRequire(join(root, 'package.json'));
  const types = join(out, 'index.d.ts');
  execFileSync(process.execPath, [requireHere.resolve('dts-bundle-generator/dist/bin/dts-bundle-generator.js'), '--silent', '--no-banner', '--no-check', '--project', 'tsconfig.build.json', '-o', types, 'src/index.ts'], {
    cwd: root,
    stdio: 'inherit',
  });
  // The Doc model's tree is nlcst's, whose types are @types/nlcst (over @types/unist): the two
  // declaration files are shipped beside ours, so a consumer needs no @types package.
  const vendored = { nlcst: '@types/nlcst/index.d.ts', unist: '@types/unist/index.d.ts' };
  const retarget = (text) => text.replace(/(from\s+)(['"])(nlcst|unist)\2/g, (_, from, quote, name) => `${from}${quote}./${name}.js${quote}`);
  for (const [name, file] of Object.entries(vendored)) writeFileSync(join(out, `${name}.d.ts`), retarget(readFileSync(requireHere.resolve(file), 'utf8')));
  const declarations = readFileSync(types, 'utf8');
  const rewritten = retarget(declarations);
  const leftover = [...rewritten.matchAll(/from\s+['"]([^./][^'"]*)['"]/g)].map((match) => match[1]);
  if (leftover.length) throw new Error(`build: the type declarations import ${leftover.join(', ')}, which a consumer would not have`);
  writeFileSync(types, rewritten);
  // The declarations must stand alone: no @types, no skipped library check.
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const check = mkdtempSync(join(tmpdir(), 'widen-types-'));
  const compilerOptions = { noEmit: true, strict: true, skipLibCheck: false, types: [], module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022' };
  writeFileSync(join(check, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: [types] }));
  try {
    execFileSync(process.execPath, [requireHere.resolve('typescript/bin/tsc'), '-p', join(check, 'tsconfig.json')], { cwd: check, stdio: 'inherit' });
  } finally {
    rmSync(check, { recursive: true, force: true });
  }
}

/** The `importPackageFile('pkg', './file')` calls in the sources, as [specifier, relative path]. */
function packageFileCalls() {
  const calls = [];
  let sites = 0;
  for (const file of sourceFiles(['src', 'rules'])) {
    if (file.endsWith(join('kit', 'package-data.ts'))) continue;
    const text = readFileSync(file, 'utf8');
    sites += [...text.matchAll(/\bimportPackageFile\s*(?:<[\s\S]*?>)?\(/g)].length;
    for (const match of text.matchAll(/\bimportPackageFile\s*(?:<[\s\S]*?>)?\(\s*(['"])([^'"]+)\1\s*,\s*(['"])([^'"]+)\3\s*,?\s*\)/g)) calls.push([match[2], match[4]]);
  }
  if (calls.length !== sites) throw new Error(`build: ${sites - calls.length} importPackageFile() call(s) do not name the package and file as string literals, so the bundle cannot carry them`);
  return calls;
}

function sourceFiles(folders) {
  const files = [];
  const walk = (directory) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) files.push(path);
    }
  };
  for (const folder of folders) walk(join(root, folder));
  return files;
}

/** src/kit/package-data.ts, bundled: every file the sources ask for, imported statically. */
function packageFiles() {
  return {
    name: 'widen-package-files',
    setup(builder) {
      builder.onLoad({ filter: /[\\/]src[\\/]kit[\\/]package-data\.ts$/ }, () => {
        const calls = packageFileCalls();
        const requireHere = createRequire(join(root, 'package.json'));
        const imports = calls.map(([specifier, path], i) => {
          const file = fileURLToPath(new URL(path, pathToFileURL(requireHere.resolve(specifier))));
          if (!existsSync(file)) throw new Error(`build: ${specifier} has no ${path}`);
          return `import * as file${i} from ${JSON.stringify(file)};`;
        });
        const entries = calls.map(([specifier, path], i) => `[${JSON.stringify(`${specifier}\0${path}`)}, file${i}]`);
        return {
          loader: 'js',
          resolveDir: root,
          contents: `${imports.join('\n')}
const files = new Map([${entries.join(', ')}]);
export async function importPackageFile(specifier, relativePath) {
  const file = files.get(specifier + '\\0' + relativePath);
  if (!file) throw new Error('widen: ' + specifier + ' ' + relativePath + ' is not in the bundle');
  return file;
}
`,
        };
      });
    },
  };
}

/**
 * The packages src/kit/tagger.ts loads on first use with createRequire(import.meta.url)('<package>'),
 * which a bundler cannot follow. Each is bundled alone into dist/src/<package>.cjs (lazyPackages),
 * and the call loads that file, so its megabytes (wink's model is 3.9 MB of JavaScript) are
 * compiled only by a run that tags, not by every start (the CLI's, each worker's).
 */
function lazyLoads() {
  return {
    'tagger.ts': { 'wink-nlp': './wink-nlp.cjs', 'wink-eng-lite-web-model': './wink-eng-lite-web-model.cjs' },
  };
}

/**
 * wink's English model is 3 MB of JSON. Bundled, it would be a JavaScript literal whose source
 * every thread keeps (7.8 MB, as V8 holds it) beside the object, and wink deep-copies that object
 * on loading, so each thread that tags would hold the model three times. Instead each JSON file is
 * copied to dist/src/wink-model/ and parsed when it is required, and wink's reader parses the core
 * model afresh instead of copying it (the parsed copy is then the only one).
 */
function winkModelData() {
  const models = join('wink-eng-lite-web-model', 'dist');
  const copy = (path) => {
    mkdirSync(join(out, 'wink-model'), { recursive: true });
    writeFileSync(join(out, 'wink-model', path.split(/[\\/]/).pop()), readFileSync(path));
  };
  const read = (name) => `JSON.parse(require('node:fs').readFileSync(require('node:path').join(__dirname, 'wink-model', ${JSON.stringify(name)}), 'utf8'))`;
  return {
    name: 'widen-wink-model-data',
    setup(builder) {
      builder.onLoad({ filter: /wink-eng-lite-web-model[\\/]dist[\\/]languages[\\/].+\.json$/ }, (args) => {
        copy(args.path);
        return { loader: 'js', contents: `module.exports = ${read(args.path.split(/[\\/]/).pop())};` };
      });
      builder.onLoad({ filter: /wink-eng-lite-web-model[\\/]dist[\\/]read-core-model\.js$/ }, (args) => {
        const source = readFileSync(args.path, 'utf8');
        const original = 'originalModel=require("./languages/cur/models/eng-core-web-model.json"),';
        const deepCopy = 'JSON.parse(JSON.stringify(originalModel))';
        // wink decodes its packed lexicon with atob() and a loop over the characters (about 15 %
        // of loading its model, in a CPU profile); Buffer decodes base64 natively.
        const decode = 'new Uint32Array(bufferFromBase64(';
        if (source.split(original).length !== 2 || source.split(deepCopy).length !== 2 || source.split(decode).length !== 3) throw new Error(`build: ${models}/read-core-model.js no longer reads its model as scripts/build.mjs expects; update winkModelData`);
        copy(join(dirname(args.path), 'languages', 'cur', 'models', 'eng-core-web-model.json'));
        const nativeDecode = 'const widenFromBase64=(data)=>{const bytes=Buffer.from(data,"base64");return bytes.buffer.slice(bytes.byteOffset,bytes.byteOffset+bytes.byteLength)};';
        return { loader: 'js', contents: nativeDecode + source.replace(original, '').replace(deepCopy, read('eng-core-web-model.json')).replaceAll(decode, 'new Uint32Array(widenFromBase64(') };
      });
    },
  };
}

/**
 * The bundle with every character outside ASCII written as an escape (`\u2019`). V8 holds a
 * script's source for as long as the script lives, in two bytes a character when any character
 * needs more than one: one curly quote in a comment doubles the memory each thread spends on the
 * source. esbuild escapes strings already, but not comments or regular expressions. In a regular
 * expression, an identity escape (`\–`) becomes the plain escape (`\u2013`).
 */
function asciiOnly(source) {
  return source.replace(/(\\*)([^\x00-\x7F])/g, (_, slashes, char) => {
    const escaped = char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    return `${slashes.length % 2 ? slashes.slice(1) : slashes}\\u${escaped}`;
  });
}

/** The packages bundled alone. */
function lazyPackages() {
  return Object.values(lazyLoads()).flatMap((loads) => Object.keys(loads));
}

function lazyRequires() {
  return {
    name: 'widen-lazy-requires',
    setup(builder) {
      builder.onLoad({ filter: /[\\/]src[\\/]kit[\\/]tagger\.ts$/ }, (args) => {
        let source = readFileSync(args.path, 'utf8');
        const file = args.path.split(/[\\/]/).pop();
        for (const [name, target] of Object.entries(lazyLoads()[file])) {
          const call = `createRequire(import.meta.url)('${name}')`;
          if (source.split(call).length !== 2) throw new Error(`build: src/kit/${file} no longer loads ${name} with one ${call}; update scripts/build.mjs`);
          source = source.replace(call, `createRequire(import.meta.url)('${target}')`);
        }
        const left = /createRequire\(import\.meta\.url\)\('(?!\.\/)/.exec(source);
        if (left) throw new Error(`build: src/kit/${file} loads a package with createRequire() that scripts/build.mjs does not carry`);
        return { loader: 'ts', contents: source };
      });
    },
  };
}

/**
 * an-array-of-english-words as src/kit/word-list.ts gives it (a word a line, between newlines),
 * checked to be sorted as the binary search of src/kit/english.ts compares.
 */
function englishWordLines() {
  const words = JSON.parse(readFileSync(createRequire(join(root, 'package.json')).resolve('an-array-of-english-words'), 'utf8'));
  for (let i = 1; i < words.length; i++) if (!(words[i - 1] < words[i]) || words[i].includes('\n')) throw new Error(`build: an-array-of-english-words is not sorted at ${words[i]}`);
  return `\n${words.join('\n')}\n`;
}

/** src/kit/word-list.ts, bundled: the word list read from dist/src/english-words.txt, beside the chunks. */
function wordList() {
  return {
    name: 'widen-word-list',
    setup(builder) {
      builder.onLoad({ filter: /[\\/]src[\\/]kit[\\/]word-list\.ts$/ }, () => ({
        loader: 'js',
        contents: `import { readFileSync } from 'node:fs';
export function englishWordLines() {
  return readFileSync(new URL('./english-words.txt', import.meta.url), 'utf8');
}
`,
      }));
    },
  };
}

/** Each bundled package's name, version and licence text, from esbuild's list of inputs. */
function thirdPartyLicences(metafile) {
  const packages = new Map();
  for (const input of Object.keys(metafile.inputs)) {
    const parts = input.split(/[\\/]/);
    const at = parts.lastIndexOf('node_modules');
    if (at === -1) continue;
    const name = parts[at + 1].startsWith('@') ? `${parts[at + 1]}/${parts[at + 2]}` : parts[at + 1];
    const folder = join(root, ...parts.slice(0, at + 1), ...name.split('/'));
    if (!packages.has(folder)) packages.set(folder, name);
  }
  // The word list is shipped as a data file, nlcst's and unist's types beside widen's own, and the
  // participle table (src/kit/lexicon/participles.ts) is made from wink-lemmatizer and its lexicon.
  for (const name of ['an-array-of-english-words', '@types/nlcst', '@types/unist', 'wink-lemmatizer', 'wink-lexicon']) packages.set(dirname(createRequire(join(root, 'package.json')).resolve(`${name}/package.json`)), name);
  const sections = [...packages]
    .map(([folder, name]) => {
      const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
      const licence = manifest.license ?? manifest.licenses?.map((entry) => entry.type).join(' OR ') ?? 'not stated';
      const files = readdirSync(folder).filter((file) => statSync(join(folder, file)).isFile());
      const licenceFile = files.find((file) => /^(?:licen[cs]e|copying)(?:[-.][\w.-]+)?$/i.test(file));
      const readme = files.find((file) => /^readme(?:\.\w+)?$/i.test(file));
      // A package without a licence file states it in its README's License section.
      const section = readme ? /^(?:#+ *licen[cs]e\b.*|licen[cs]e\n[=-]+)\n([\s\S]*?)(?=^#|^\S.*\n[=-]{3,}|(?![\s\S]))/im.exec(readFileSync(join(folder, readme), 'utf8'))?.[1]?.trim() : undefined;
      const author = typeof manifest.author === 'string' ? manifest.author : manifest.author?.name;
      const text = licenceFile
        ? readFileSync(join(folder, licenceFile), 'utf8').trim()
        : [`${licence}${author ? `, by ${author}` : ''} (from its package.json; the package has no licence file)`, section].filter(Boolean).join('\n\n');
      return { name, heading: `## ${name} ${manifest.version} (${licence})`, text };
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return [
    '# Third-party licences',
    '',
    `widen's built code (\`dist/src/\`) carries code and data from these ${sections.length} packages, each under its own licence.`,
    '',
    ...sections.flatMap((section) => [section.heading, '', '```text', section.text, '```', '']),
  ].join('\n');
}
