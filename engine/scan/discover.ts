import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import type { Note } from '../types.js';
import { anyLoaderAccepts } from '../loaders/detect.js';

export interface DiscoverOptions {
  root: string;
  paths: string[];
  include?: string[];
  exclude?: string[];
}

export interface Discovered {
  /** Paths relative to root, `/` separators, sorted. */
  files: string[];
  notes: Note[];
}

const ALWAYS_SKIPPED = new Set(['.git', 'node_modules', '.hg', '.svn']);
const toPosix = (p: string): string => p.split(sep).join('/');

/** A stack of .gitignore files from the root down to the current directory. */
interface IgnoreLayer {
  dir: string;
  ig: Ignore;
}

function loadIgnore(dir: string): Ignore | undefined {
  const f = join(dir, '.gitignore');
  if (!existsSync(f)) return undefined;
  try {
    return ignore().add(readFileSync(f, 'utf8'));
  } catch {
    return undefined;
  }
}

function ignored(layers: IgnoreLayer[], abs: string, isDir: boolean): boolean {
  for (const l of layers) {
    const rel = toPosix(relative(l.dir, abs));
    if (!rel || rel.startsWith('..')) continue;
    if (l.ig.ignores(isDir ? rel + '/' : rel)) return true;
  }
  return false;
}

/**
 * Find the files to scan: directories recursively, globs, single files. `.gitignore` files and config `exclude`
 * are honoured; `.git` and `node_modules` are skipped; symbolic links are followed only when they stay inside the
 * root (and directory links never, so link loops cannot happen). Only files some loader could read are kept.
 */
export function discover(options: DiscoverOptions): Discovered {
  const root = resolve(options.root);
  const realRoot = realpathSync(root);
  const notes: Note[] = [];
  const found = new Set<string>();
  const exclude = options.exclude?.length ? picomatch(options.exclude, { dot: true }) : undefined;
  const include = options.include?.length ? picomatch(options.include, { dot: true }) : undefined;

  const consider = (abs: string, explicit: boolean): void => {
    const rel = toPosix(relative(root, abs));
    if (rel.startsWith('..')) {
      notes.push({ code: 'outside-root', message: `skipped ${abs}: outside the scan root`, path: toPosix(abs) });
      return;
    }
    if (exclude?.(rel)) return;
    if (include && !include(rel) && !explicit) return;
    if (!explicit && !anyLoaderAccepts(rel)) return;
    found.add(rel);
  };

  const insideRoot = (abs: string): boolean => {
    try {
      const real = realpathSync(abs);
      return real === realRoot || real.startsWith(realRoot + sep);
    } catch {
      return false;
    }
  };

  const walk = (dir: string, layers: IgnoreLayer[], depth: number): void => {
    if (depth > 64) return;
    const ig = loadIgnore(dir);
    const here = ig ? [...layers, { dir, ig }] : layers;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      notes.push({ code: 'unreadable-directory', message: `cannot read directory: ${(err as Error).message}`, path: toPosix(relative(root, dir)) || '.' });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const abs = join(dir, e.name);
      const rel = toPosix(relative(root, abs));
      if (e.isDirectory()) {
        if (ALWAYS_SKIPPED.has(e.name) || ignored(here, abs, true) || exclude?.(rel) || exclude?.(rel + '/')) continue;
        walk(abs, here, depth + 1);
      } else if (e.isSymbolicLink()) {
        if (ignored(here, abs, false)) continue;
        let st;
        try {
          st = statSync(abs);
        } catch {
          notes.push({ code: 'broken-symlink', message: 'skipped broken symbolic link', path: rel });
          continue;
        }
        if (!insideRoot(abs)) {
          notes.push({ code: 'symlink-outside-root', message: 'skipped symbolic link: it points outside the scan root', path: rel });
          continue;
        }
        if (st.isFile()) consider(abs, false);
      } else if (e.isFile()) {
        if (!ignored(here, abs, false)) consider(abs, false);
      }
    }
  };

  const rootIgnore = loadIgnore(root);
  const baseLayers: IgnoreLayer[] = rootIgnore ? [{ dir: root, ig: rootIgnore }] : [];
  for (const p of options.paths.length ? options.paths : ['.']) {
    const abs = resolve(root, p);
    if (/[*?[{]/.test(p) && !existsSync(abs)) {
      const isMatch = picomatch(toPosix(p).replace(/^\.\//, ''), { dot: true });
      const all = discover({ ...options, paths: ['.'], include: undefined });
      for (const f of all.files) if (isMatch(f)) found.add(f);
      continue;
    }
    let st;
    try {
      st = lstatSync(abs);
    } catch {
      notes.push({ code: 'missing-path', message: `no such file or directory: ${p}`, path: toPosix(p) });
      continue;
    }
    if (st.isSymbolicLink() && !insideRoot(abs)) {
      notes.push({ code: 'symlink-outside-root', message: 'skipped symbolic link: it points outside the scan root', path: toPosix(p) });
      continue;
    }
    const target = st.isSymbolicLink() ? statSync(abs) : st;
    if (target.isDirectory()) walk(abs, baseLayers, 0);
    else consider(abs, true);
  }
  return { files: [...found].sort(), notes };
}
