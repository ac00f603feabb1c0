/**
 * What a repository's file list says about its hygiene: well-known files and, per package manifest, whether a
 * lockfile is committed. Pure functions of the (relative, `/`-separated) path list.
 */

/** A package manifest and the lockfiles that pin it (found beside it or in a parent directory: workspaces). */
export interface Ecosystem {
  ecosystem: string;
  manifest: string;
  lockfiles: string[];
  locked: boolean;
}

/** Where each well-known file may live, in GitHub's order of precedence. */
const WELL_KNOWN: Record<string, { dirs: string[]; names: RegExp }> = {
  license: { dirs: [''], names: /^(LICEN[CS]E|COPYING)([.-][\w.-]+)?$/i },
  readme: { dirs: ['', '.github/', 'docs/'], names: /^README(\.[\w]+)?$/i },
  security: { dirs: ['.github/', '', 'docs/'], names: /^SECURITY(\.md|\.markdown|\.rst|\.txt)?$/i },
  codeowners: { dirs: ['.github/', '', 'docs/'], names: /^CODEOWNERS$/ },
  contributing: { dirs: ['.github/', '', 'docs/'], names: /^CONTRIBUTING(\.[\w]+)?$/i },
};

/** Manifests (by file name) and the lockfiles that pin them. */
const ECOSYSTEMS: { ecosystem: string; manifest: RegExp; locks: string[] }[] = [
  { ecosystem: 'npm', manifest: /^package\.json$/, locks: ['package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lock', 'bun.lockb'] },
  { ecosystem: 'go', manifest: /^go\.mod$/, locks: ['go.sum'] },
  { ecosystem: 'cargo', manifest: /^Cargo\.toml$/, locks: ['Cargo.lock'] },
  { ecosystem: 'python', manifest: /^pyproject\.toml$/, locks: ['poetry.lock', 'uv.lock', 'pdm.lock', 'Pipfile.lock', 'requirements.lock', 'pylock.toml'] },
  { ecosystem: 'pipenv', manifest: /^Pipfile$/, locks: ['Pipfile.lock'] },
  { ecosystem: 'bundler', manifest: /^Gemfile$/, locks: ['Gemfile.lock'] },
  { ecosystem: 'composer', manifest: /^composer\.json$/, locks: ['composer.lock'] },
  { ecosystem: 'nuget', manifest: /^packages\.config$|\.csproj$/, locks: ['packages.lock.json'] },
  { ecosystem: 'mix', manifest: /^mix\.exs$/, locks: ['mix.lock'] },
  { ecosystem: 'pub', manifest: /^pubspec\.yaml$/, locks: ['pubspec.lock'] },
  { ecosystem: 'swift', manifest: /^Package\.swift$/, locks: ['Package.resolved'] },
];

/** Directories never treated as part of the project (vendored or generated code). */
const IGNORED = /(^|\/)(node_modules|vendor|\.git|third_party|dist|build|target)\//;

const DEPENDENCY_UPDATES = [
  '.github/dependabot.yml',
  '.github/dependabot.yaml',
  'renovate.json',
  'renovate.json5',
  '.github/renovate.json',
  '.github/renovate.json5',
  '.gitlab/renovate.json',
  '.gitlab/renovate.json5',
  '.renovaterc',
  '.renovaterc.json',
  '.renovaterc.json5',
];

/** Path of the first well-known file of a kind (`license`, `readme`, `security`, `codeowners`, `contributing`), or null. */
export function findWellKnown(files: ReadonlySet<string>, kind: keyof typeof WELL_KNOWN, sorted: readonly string[]): string | null {
  const spec = WELL_KNOWN[kind];
  for (const dir of spec.dirs) {
    const hit = sorted.find((f) => f.startsWith(dir) && !f.slice(dir.length).includes('/') && spec.names.test(f.slice(dir.length)));
    if (hit && files.has(hit)) return hit;
  }
  return null;
}

/** Every package manifest outside vendored directories, with the lockfiles found for it. */
export function findEcosystems(files: ReadonlySet<string>, sorted: readonly string[]): Ecosystem[] {
  const out: Ecosystem[] = [];
  for (const path of sorted) {
    if (IGNORED.test(path)) continue;
    const slash = path.lastIndexOf('/');
    const dir = slash < 0 ? '' : path.slice(0, slash + 1);
    const name = path.slice(slash + 1);
    for (const eco of ECOSYSTEMS) {
      if (!eco.manifest.test(name)) continue;
      const lockfiles: string[] = [];
      for (let d = dir; ; d = parentDir(d)) {
        for (const lock of eco.locks) if (files.has(d + lock)) lockfiles.push(d + lock);
        if (lockfiles.length || d === '') break;
      }
      out.push({ ecosystem: eco.ecosystem, manifest: path, lockfiles, locked: lockfiles.length > 0 });
    }
  }
  return out;
}

function parentDir(dir: string): string {
  const trimmed = dir.slice(0, -1);
  const slash = trimmed.lastIndexOf('/');
  return slash < 0 ? '' : trimmed.slice(0, slash + 1);
}

/** The dependency update configuration (Dependabot or Renovate) in use, or null. */
export function findDependencyUpdates(files: ReadonlySet<string>): string | null {
  return DEPENDENCY_UPDATES.find((f) => files.has(f)) ?? null;
}
