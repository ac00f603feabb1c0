import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FileResult } from '../scan/scan-file.js';
import type { PolicySet } from '../policy/policy-set.js';
import { evaluate, type BoundRule, type Tally } from '../evaluate/evaluate.js';
import { git } from '../git/git.js';
import { repository, repositoryDocument } from './repository.js';
import { fetchGitHubSettings, type GitHubRequest } from './repository-github.js';

/**
 * The repository target, evaluated once per scan (the per-file pipeline never sees it: no file is "the
 * repository"). The scan calls `scanRepository` when the policy has `repository` rules and merges the returned
 * FileResult (path `.`) with the per-file ones.
 */

/** What `scanRepository` needs. */
export interface RepositoryScanInput {
  root: string;
  policy: PolicySet;
  /** Every file of the repository, relative; default: `repositoryFiles(root)`. */
  files?: string[];
  /** GitHub settings source: octokit's `request` (authenticated) and `owner/repo`. Without it, settings rules skip. */
  github?: { request: GitHubRequest; repository: string };
  /** Keep pass and skip findings instead of counting them. */
  keepAll?: boolean;
}

const SKIP_DIRS = new Set(['.git', 'node_modules']);

/**
 * Files that are (or will be, on the next commit) in the repository: `git ls-files` (tracked, plus untracked ones
 * not ignored), or a walk of the directory when it is not a git work tree.
 */
export async function repositoryFiles(root: string): Promise<string[]> {
  try {
    const out = await git(['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root });
    return [...new Set(out.split('\0').filter(Boolean))].sort();
  } catch {
    const out: string[] = [];
    const walk = (dir: string, rel: string, depth: number) => {
      if (depth > 32 || out.length > 200_000) return;
      let entries;
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries) {
        const r = rel ? `${rel}/${e.name}` : e.name;
        if (e.isDirectory() && !SKIP_DIRS.has(e.name)) walk(join(dir, e.name), r, depth + 1);
        else if (e.isFile()) out.push(r);
      }
    };
    walk(root, '', 0);
    return out.sort();
  }
}

/** Build the repository target and run the `repository` rules on it. Never throws for API or git problems. */
export async function scanRepository(input: RepositoryScanInput): Promise<FileResult> {
  const files = input.files ?? (await repositoryFiles(input.root));
  const out: FileResult = { path: '.', findings: [], errors: [], notes: [], documents: 1, resources: 0, tally: {} };
  let settings = null;
  if (input.github) {
    const [owner, repo] = input.github.repository.split('/');
    settings = await fetchGitHubSettings(input.github.request, owner, repo);
    for (const u of settings.unreadable) out.notes.push({ code: 'github-settings-unreadable', message: `repository setting not readable with this token: ${u}`, path: '.' });
  } else {
    out.notes.push({ code: 'github-settings-skipped', message: 'no GitHub token (GITHUB_TOKEN and GITHUB_REPOSITORY): repository settings rules are skipped', path: '.' });
  }
  const document = repositoryDocument(files, settings);
  const digest = createHash('sha256').update(JSON.stringify(document.data)).digest('hex');
  out.input = { path: '.', type: 'repository', sha256: digest };
  const tally: Tally | undefined = input.keepAll
    ? undefined
    : {
        pass: (b: BoundRule) => ((out.tally[b.rule.id] ??= [0, 0])[0] += 1),
        skip: (b: BoundRule) => ((out.tally[b.rule.id] ??= [0, 0])[1] += 1),
      };
  for (const target of repository.targets(document)) {
    out.resources++;
    for (const bound of input.policy.rulesFor(target.resource.type, target.resource.kind)) out.findings.push(...evaluate(bound, target, tally));
  }
  return out;
}
