import { dump } from 'js-yaml';
import type { LoadedPack } from './load-pack.js';
import { whatChanged, type LockEntry } from './lock.js';
import { lockEntryFor } from './lock-entry.js';

const HEADER = [
  '# bylaw.lock: the exact policy packs this repository was reviewed against.',
  '# Written by `bylaw lock`; verified on every run (a changed byte stops the run with exit 2).',
  '# Commit it. Do not edit by hand: change packs, review, then run `bylaw lock` again.',
];

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Lock entries for the loaded packs (selected and extended), deterministic: sorted by id, version, source. */
export function lockEntries(packs: LoadedPack[]): LockEntry[] {
  const seen = new Set<string>();
  return packs
    .map(lockEntryFor)
    .filter((e) => {
      const key = `${e.id}\0${e.version}\0${e.source}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => cmp(a.id, b.id) || cmp(a.version, b.version) || cmp(a.source, b.source));
}

/** The lock file's text: same packs, same bytes. */
export function renderLock(entries: LockEntry[], schemaPointer?: string): string {
  const head = [...HEADER, ...(schemaPointer ? [`# yaml-language-server: $schema=${schemaPointer}`] : [])].join('\n');
  return `${head}\n${dump({ lockVersion: 1, packs: entries }, { lineWidth: -1, noRefs: true })}`;
}

/** What changed between two locks, one line per pack, for `bylaw lock` to print. */
export function describeLockChanges(before: LockEntry[], after: LockEntry[]): string[] {
  const key = (e: LockEntry): string => `${e.id}@${e.version} ${e.source}`;
  const old = new Map(before.map((e) => [key(e), e]));
  const lines: string[] = [];
  for (const e of after) {
    const same = old.get(key(e));
    const prior = same ?? before.find((b) => b.id === e.id);
    if (!prior) lines.push(`+ ${e.id}@${e.version} (${e.source})`);
    else if (prior.version !== e.version || prior.digest !== e.digest || prior.source !== e.source || prior.commit !== e.commit) {
      const what = [prior.version !== e.version && `${prior.version} → ${e.version}`, prior.source !== e.source && `source ${prior.source} → ${e.source}`, prior.commit !== e.commit && `commit ${(prior.commit ?? '').slice(0, 12)} → ${(e.commit ?? '').slice(0, 12)}`, prior.digest !== e.digest && `digest changed (${whatChanged(prior.files, e.files)})`].filter(Boolean);
      lines.push(`~ ${e.id}@${e.version}: ${what.join(', ')}`);
    }
  }
  for (const b of before) if (!after.some((e) => e.id === b.id)) lines.push(`- ${b.id}@${b.version} (${b.source})`);
  return lines;
}
