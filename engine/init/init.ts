import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { packageRoot } from '../policy/builtin.js';
import { starterFiles, type InitTemplate } from './templates.js';

/** Schemas copied into `.bylaw/schema/`, so editors complete and check the files offline, at this bylaw's version. */
const EDITOR_SCHEMAS = ['config', 'pack', 'rule', 'cases', 'lock', 'exceptions'] as const;

/** An organisation slug from a name or directory: lower-case letters, digits and dashes (`my` when nothing is left). */
function orgSlug(name: string): string {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40).replace(/-+$/, '');
  return /^[a-z0-9]/.test(slug) ? slug : 'my';
}

/** Every file `bylaw init` writes into `dir` except the lock (computed afterwards from what was written). */
export function initFiles(dir: string, org?: string): InitTemplate[] {
  const slug = orgSlug(org ?? basename(dir));
  const schemas = EDITOR_SCHEMAS.map((name) => ({
    path: `.bylaw/schema/${name}.schema.json`,
    content: readFileSync(join(packageRoot(), 'engine', 'schema', `${name}.schema.json`), 'utf8'),
  }));
  return [...starterFiles(slug), ...schemas];
}

/** The files among `files` that already exist in `dir`. */
export const existing = (dir: string, files: InitTemplate[]): string[] => files.filter((f) => existsSync(join(dir, f.path))).map((f) => f.path);
