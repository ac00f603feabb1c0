import type { Loader, SourceFile } from './loader.js';
import { loaders, GENERIC } from './index.js';

const all: Loader[] = Object.values(loaders);
const specific = all.filter((l) => !GENERIC.includes(l.type));
const generic = all.filter((l) => GENERIC.includes(l.type));

/** Pick the loader for a file by path alone (cheap), or undefined when its content must be sniffed. */
export function loaderByPath(path: string): Loader | undefined {
  return specific.find((l) => l.claims?.(path));
}

/** Could any loader possibly take this path? (Files no loader accepts are never read.) */
export function anyLoaderAccepts(path: string): boolean {
  return all.some((l) => l.claims?.(path) || l.accepts(path));
}

/** Pick the loader for a file: path claims, then content sniffing, then generic YAML/JSON by extension. */
export function loaderFor(file: SourceFile): Loader | undefined {
  const claimed = loaderByPath(file.path);
  if (claimed) return claimed;
  for (const l of specific) if (l.sniff && l.accepts(file.path) && l.sniff(file)) return l;
  return generic.find((l) => l.accepts(file.path));
}
