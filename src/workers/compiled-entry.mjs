/**
 * TypeScript entry points (the commands in scripts/, the workers, the Astro integration)
 * compiled once to plain JavaScript and reused until their sources change. Plain
 * JavaScript itself, because the commands' launcher (scripts/run.mjs) runs it before
 * anything can read TypeScript.
 *
 * Each entry is bundled with esbuild into the project's node_modules/.cache/planverk/,
 * beside a record of what it was built from: every project file esbuild read, plus
 * tsconfig.json, package.json and package-lock.json, and the names in each folder that
 * holds one of them (a new file can change what an import resolves to). A start re-hashes
 * those files (about 120 for `npm run pdf`, 35–50 ms of CPU time on a busy machine); any difference, or a file
 * gone, rebuilds. So an edit never runs old code, and an unchanged tree never loads esbuild.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Bumped when the bundling below changes in a way the recorded inputs do not show. */
const FORMAT = 1;
/** Files outside the import graph that still change what esbuild makes of it (the lock file: inlined packages). */
const SETTINGS_FILES = ['tsconfig.json', 'package.json', 'package-lock.json'];
/** Folder entries that can take part in resolving an import; other files coming and going do not matter. */
const RESOLVABLE = /\.(?:[cm]?[jt]sx?|json)$/;
const LOADERS = /** @type {const} */ ({ '.ts': 'ts', '.mts': 'ts', '.cts': 'ts', '.tsx': 'tsx', '.js': 'js', '.mjs': 'js', '.cjs': 'js', '.json': 'json' });
const IN_PACKAGE = `${path.sep}node_modules${path.sep}`;

/** @param {string} projectRoot */
export function cacheDir(projectRoot) {
  return path.join(projectRoot, 'node_modules', '.cache', 'planverk');
}

/**
 * An entry whose sources did not compile. `message` is esbuild's first error with its
 * place (`scripts/x.ts:3:7: …`), for the one line a command prints about it.
 */
export class CompileError extends Error {
  name = 'CompileError';
}

/**
 * @typedef {{ inlinePackages?: boolean }} CompileOptions
 * @typedef {{ format: number, entry: string, bundle: string, chunks: string[], key: string, inputs: string[], folders: string[] }} EntryRecord
 */

/** @type {Map<string, Promise<string>>} */
const compiled = new Map();

/**
 * The compiled file for `entry` (an absolute path to a .ts file), built when missing or
 * stale; checked once per process. `projectRoot` holds the node_modules the bundle's bare
 * imports resolve from. `inlinePackages`: carry the plain-JavaScript packages of INLINED
 * inside the bundle (for a command; not for code that shares packages with Astro).
 * @param {string} entry
 * @param {string} projectRoot
 * @param {CompileOptions} [options]
 * @returns {Promise<string>}
 */
export function compiledEntry(entry, projectRoot, options = {}) {
  const id = `${entry}\0${Boolean(options.inlinePackages)}`;
  let file = compiled.get(id);
  if (!file) {
    file = freshBundle(entry, projectRoot, options);
    compiled.set(id, file);
    file.catch(() => compiled.delete(id));
  }
  return file;
}

/**
 * The recorded bundle when it is still what the sources make, else a new one.
 * @param {string} entry @param {string} projectRoot @param {CompileOptions} options
 */
async function freshBundle(entry, projectRoot, options) {
  const relative = path.relative(projectRoot, entry);
  // The bundle names its sources by absolute path (import.meta.url): a copy of the project
  // elsewhere sharing this node_modules (the bench's snapshot) has bundles of its own.
  const id = createHash('sha256').update(`${projectRoot}\0${relative}\0${Boolean(options.inlinePackages)}`).digest('hex').slice(0, 8);
  const recordFile = path.join(cacheDir(projectRoot), 'entries', `${path.basename(entry, path.extname(entry))}-${id}.json`);
  try {
    /** @type {EntryRecord} */
    const record = JSON.parse(await readFile(recordFile, 'utf8'));
    if (record.format === FORMAT && record.entry === relative
      && [record.bundle, ...record.chunks].every((output) => existsSync(path.join(cacheDir(projectRoot), output)))
      && inputKey(projectRoot, record.inputs, record.folders) === record.key) return path.join(cacheDir(projectRoot), record.bundle);
  } catch {
    // No record yet, or an unreadable one: build.
  }
  return build(entry, projectRoot, options, recordFile);
}

/**
 * The hash of what a bundle is built from; undefined when a file is gone. `read` gives a
 * file's content (by default, as it is on disk now).
 * @param {string} projectRoot @param {string[]} inputs @param {string[]} folders
 * @param {(input: string) => Uint8Array} [read]
 */
function inputKey(projectRoot, inputs, folders, read = (input) => readFileSync(path.join(projectRoot, input))) {
  const hash = createHash('sha256').update(`${FORMAT}\0${esbuildVersion(projectRoot)}\0${projectRoot}\0`);
  try {
    for (const input of inputs) hash.update(`${input}\0`).update(read(input)).update('\0');
    for (const folder of folders) {
      const names = readdirSync(path.join(projectRoot, folder), { withFileTypes: true })
        .filter((dirent) => dirent.isDirectory() || RESOLVABLE.test(dirent.name))
        .map((dirent) => dirent.name)
        .sort();
      hash.update(`${folder}/\0${names.join('\0')}\0`);
    }
  } catch {
    return undefined;
  }
  return hash.digest('hex');
}

/** @param {string} projectRoot */
function esbuildVersion(projectRoot) {
  try {
    return JSON.parse(readFileSync(path.join(projectRoot, 'node_modules', 'esbuild', 'package.json'), 'utf8')).version;
  } catch {
    return '?';
  }
}

/**
 * Reads every project file for esbuild and keeps what it read (`seen`, by absolute path),
 * so the recorded key is that of the very text compiled: a file saved while esbuild ran
 * makes the next start rebuild. In TypeScript, `import.meta.url` keeps naming the source
 * file, not the bundle in node_modules/.cache: modules find the project's folders relative
 * to themselves. Files of packages are left to esbuild (the lock file stands for them).
 * @param {Map<string, Uint8Array>} seen
 * @returns {import('esbuild').Plugin}
 */
function projectFiles(seen) {
  return {
    name: 'project-files',
    setup(esbuild) {
      esbuild.onLoad({ filter: /\.(?:[cm]?[jt]sx?|json)$/ }, async ({ path: file }) => {
        if (file.includes(IN_PACKAGE)) return undefined;
        const bytes = await readFile(file);
        seen.set(file, bytes);
        const loader = LOADERS[/** @type {keyof typeof LOADERS} */ (path.extname(file))] ?? 'js';
        const source = bytes.toString('utf8');
        const typescript = loader === 'ts' || loader === 'tsx';
        const contents = typescript && source.includes('import.meta.url') ? source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(file).href)) : source;
        return { contents, loader };
      });
    },
  };
}

/**
 * Packages a command carries inside its own file rather than loading from node_modules:
 * plain JavaScript that reads no file of its own. Resolving and linking their hundreds of
 * small modules took about 0,25 s of CPU time at every start of `npm run pdf` (zod alone
 * is 99 files). Every other package (pdfkit, fontkit, svgo, pagefind, astro …) stays
 * external: several read data files relative to themselves. A package missing from this
 * list only loads more slowly.
 */
const INLINED = /^(?:zod|yaml|js-yaml|unified|bail|trough|extend|is-plain-obj|devlop|vfile(?:-[a-z-]+)?|unist-util-[a-z-]+|mdast-util-[a-z-]+|hast-util-[a-z-]+|micromark(?:-[a-z-]+)?|remark-[a-z-]+|rehype-[a-z-]+|decode-named-character-reference|character-entities(?:-[a-z-]+)?|character-reference-invalid|ccount|markdown-table|longest-streak|zwitch|escape-string-regexp|property-information|space-separated-tokens|comma-separated-tokens|html-void-elements|stringify-entities|web-namespaces|hastscript|trim-lines|fastest-levenshtein|github-slugger)$/;

const packageName = (/** @type {string} */ specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

/** @type {import('esbuild').Plugin} */
const inlineSomePackages = {
  name: 'inline-some-packages',
  setup(esbuild) {
    // Bare specifiers only: not relative paths, and not a package's own `#imports`.
    esbuild.onResolve({ filter: /^[^./#]/ }, ({ path: specifier }) => (INLINED.test(packageName(specifier)) ? undefined : { path: specifier, external: true }));
  },
};

/** An inlined CommonJS package (extend) asks for Node's built-ins through `require`. */
const REQUIRE_BANNER = "import { createRequire as __planverkCreateRequire } from 'node:module'; const require = __planverkCreateRequire(import.meta.url);";

/** Written whole under another name first, so a concurrent reader sees no file or the whole one. */
async function writeWhole(/** @type {string} */ file, /** @type {Uint8Array | string} */ data) {
  const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(temp, data);
  await rename(temp, file);
}

/** @param {string} entry @param {string} projectRoot @param {CompileOptions} options @param {string} recordFile */
async function build(entry, projectRoot, options, recordFile) {
  // Loaded only here: a start with an up-to-date bundle never pays for esbuild.
  const esbuild = await import('esbuild');
  /** @type {Map<string, Uint8Array>} */
  const seen = new Map();
  for (const file of SETTINGS_FILES) {
    const full = path.join(projectRoot, file);
    if (existsSync(full)) seen.set(full, readFileSync(full));
  }
  const outdir = cacheDir(projectRoot);
  let result;
  try {
    result = await esbuild.build({
      entryPoints: [entry],
      absWorkingDir: projectRoot,
      tsconfig: path.join(projectRoot, 'tsconfig.json'),
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node22',
      plugins: options.inlinePackages ? [projectFiles(seen), inlineSomePackages] : [projectFiles(seen)],
      ...(options.inlinePackages ? { banner: { js: REQUIRE_BANNER } } : { packages: 'external' }),
      // A module imported with import() stays a file of its own, loaded only when asked for:
      // in one file its packages would load at every start (svgo, for SVG figures alone,
      // about 470 files; `npm run build` loads the PDF code only after the check).
      splitting: true,
      outdir,
      entryNames: '[name]-[hash]',
      chunkNames: 'chunks/[name]-[hash]',
      outExtension: { '.js': '.mjs' },
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
  } catch (error) {
    const first = /** @type {{ errors?: import('esbuild').Message[] }} */ (error).errors?.[0];
    if (!first) throw error;
    const where = first.location ? `${first.location.file}:${first.location.line}:${first.location.column + 1}: ` : '';
    throw new CompileError(`${where}${first.text}`);
  }
  // Project files esbuild read itself (none today) count too, as they are on disk now.
  const projectInputs = Object.keys(result.metafile.inputs).filter((input) => !input.includes(':') && !path.resolve(projectRoot, input).includes(IN_PACKAGE));
  const inputs = [...new Set([...[...seen.keys()].map((file) => path.relative(projectRoot, file)), ...projectInputs])].sort();
  // The folders of code only: the project's root gains and loses folders (dist.tmp-*) at every build.
  const folders = [...new Set(inputs.filter((input) => !SETTINGS_FILES.includes(input)).map((input) => path.dirname(input)))].sort();
  const key = inputKey(projectRoot, inputs, folders, (input) => seen.get(path.join(projectRoot, input)) ?? readFileSync(path.join(projectRoot, input)));
  // Every output is named by its content (the entry also by its chunks' names): a file of
  // that name already holds the same code.
  for (const output of result.outputFiles) {
    if (existsSync(output.path)) continue;
    await mkdir(path.dirname(output.path), { recursive: true });
    await writeWhole(output.path, output.contents);
  }
  const [file] = Object.entries(result.metafile.outputs).filter(([, output]) => output.entryPoint).map(([output]) => path.resolve(projectRoot, output));
  if (!file) throw new Error(`esbuild gave no output for ${entry}`);
  const bundle = path.relative(outdir, file);
  const chunks = result.outputFiles.map((output) => path.relative(outdir, output.path)).filter((output) => output !== bundle);
  if (key) {
    /** @type {EntryRecord} */
    const record = { format: FORMAT, entry: path.relative(projectRoot, entry), bundle, chunks, key, inputs, folders };
    await mkdir(path.dirname(recordFile), { recursive: true });
    await writeWhole(recordFile, `${JSON.stringify(record)}\n`);
  }
  return file;
}
