// npm's `prepare`: builds widen (scripts/build.mjs) when it is installed from git, packed, or
// installed in a clone. The build needs the devDependencies (esbuild, TypeScript, the bundled
// libraries), which npm installs before `prepare` in every case but one:
//
// `npm install -g git+…` runs the git clone's own install in global mode, so nothing lands in
// the clone and the build finds no tools (npm/cli#8440, open). That case is recognised by
// npm_config_global, and the clone's devDependencies are then installed into the clone from its
// lock file (`npm ci`, with npm's global settings taken out of the environment) before building.
// (The first run of this script is in that install; npm runs it again when it packs the clone.)
// The package that results has no runtime dependencies, so the global install needs nothing else.
import { spawnSync } from 'node:child_process';
import { lstatSync, mkdirSync, readFileSync, realpathSync, unlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const requireHere = createRequire(join(root, 'package.json'));
const tools = ['esbuild', 'typescript', 'dts-bundle-generator'];

function missingTools() {
  return tools.filter((name) => {
    try {
      requireHere.resolve(`${name}/package.json`);
      return false;
    } catch {
      return true;
    }
  });
}

// The same npm bug has the clone's global-mode install link the global package folder to the
// clone itself, a temporary folder npm deletes when it is done: the real install is then written
// through that link, and lost (npm/cli#3692). The link is replaced by an empty folder, which the
// real install then fills.
if (process.env.npm_config_global === 'true' && process.env.npm_config_prefix) {
  const { name } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const folder = process.platform === 'win32' ? join(process.env.npm_config_prefix, 'node_modules', name) : join(process.env.npm_config_prefix, 'lib', 'node_modules', name);
  try {
    if (lstatSync(folder).isSymbolicLink() && realpathSync(folder) === realpathSync(root)) {
      unlinkSync(folder);
      mkdirSync(folder);
    }
  } catch {
    // Not there, or not ours: nothing to undo.
  }
}

const missing = missingTools();
if (missing.length) {
  if (process.env.npm_config_global !== 'true') {
    process.stderr.write(`widen: cannot build: ${missing.join(', ')} not installed (devDependencies); run "npm install" in ${root}\n`);
    process.exit(1);
  }
  process.stderr.write(`widen: npm did not install the devDependencies of this global git install (npm/cli#8440); installing them in ${root} to build\n`);
  // Keep the cache and the registry settings; drop what makes npm act globally (global, prefix, location…).
  const kept = /^npm_config_(?:cache|userconfig|registry|offline|prefer_offline|prefer_online|fetch_.*|proxy|https_proxy|noproxy|cafile|ca|strict_ssl)$/i;
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_config_/i.test(key) || kept.test(key)));
  const npm = process.env.npm_execpath;
  const [command, args] = npm ? [process.execPath, [npm]] : ['npm', []];
  // Its output goes to standard error: standard output is npm's (`npm pack` prints the tarball's name there).
  const install = spawnSync(command, [...args, 'ci', '--include=dev', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: root, env, stdio: ['ignore', 2, 2] });
  if (install.status !== 0 || missingTools().length) {
    process.stderr.write(`widen: installing the devDependencies failed (${install.error?.message ?? `exit code ${install.status}`})\n`);
    process.exit(1);
  }
}

await import('./build.mjs');
