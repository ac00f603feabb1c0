import { describe, expect, it } from 'vitest';
import { parsePatch, parseUnifiedDiff, unquoteGitPath } from '../../engine/git/diff-parse.js';

const lines = (set: Set<number> | 'all' | undefined) => (set === 'all' || set === undefined ? set : [...set].sort((a, b) => a - b));

describe('parsePatch (the pull request files API `patch` field)', () => {
  it.each([
    ['one added line', '@@ -0,0 +1 @@\n+a', [1]],
    ['changed line keeps its new number', '@@ -3 +3 @@\n-old\n+new', [3]],
    ['context lines advance the counter', '@@ -1,4 +1,5 @@\n a\n b\n+c\n d\n+e', [3, 5]],
    ['removals only', '@@ -5,2 +4,0 @@\n-x\n-y', []],
    ['several hunks', '@@ -1 +1 @@\n-a\n+A\n@@ -10,0 +11,2 @@\n+b\n+c', [1, 11, 12]],
    ['no newline marker', '@@ -1 +1 @@\n-a\n\\ No newline at end of file\n+b\n\\ No newline at end of file', [1]],
    ['text before the first hunk is ignored', '+++ b/x\n+not a line\n@@ -0,0 +7 @@\n+z', [7]],
  ])('%s', (_name, patch, expected) => {
    expect(lines(parsePatch(patch))).toEqual(expected);
  });
});

describe('parseUnifiedDiff (git diff --unified=0)', () => {
  const diff = [
    'diff --git a/deploy/app.yaml b/deploy/app.yaml',
    'index 1111111..2222222 100644',
    '--- a/deploy/app.yaml',
    '+++ b/deploy/app.yaml',
    '@@ -8,0 +9,3 @@ spec:',
    '+        securityContext:',
    '+          privileged: true',
    '+          runAsUser: 0',
    'diff --git a/new.yaml b/new.yaml',
    'new file mode 100644',
    'index 0000000..3333333',
    '--- /dev/null',
    '+++ b/new.yaml',
    '@@ -0,0 +1,2 @@',
    '+a: 1',
    '+b: 2',
    'diff --git a/gone.yaml b/gone.yaml',
    'deleted file mode 100644',
    'index 4444444..0000000',
    '--- a/gone.yaml',
    '+++ /dev/null',
    '@@ -1 +0,0 @@',
    '-x: 1',
    'diff --git a/old name.yaml b/renamed.yaml',
    'similarity index 100%',
    'rename from old name.yaml',
    'rename to renamed.yaml',
    'diff --git a/logo.png b/logo.png',
    'index 5555555..6666666 100644',
    'Binary files a/logo.png and b/logo.png differ',
    'diff --git "a/caf\\303\\251.yaml" "b/caf\\303\\251.yaml"',
    'index 7777777..8888888 100644',
    '--- "a/caf\\303\\251.yaml"',
    '+++ "b/caf\\303\\251.yaml"',
    '@@ -2 +2 @@',
    '-k: v',
    '+k: w',
    '',
  ].join('\n');

  it('maps each new path to its added or changed lines', () => {
    const changed = parseUnifiedDiff(diff);
    expect([...changed.keys()].sort()).toEqual(['café.yaml', 'deploy/app.yaml', 'logo.png', 'new.yaml', 'renamed.yaml']);
    expect(lines(changed.get('deploy/app.yaml'))).toEqual([9, 10, 11]);
    expect(lines(changed.get('new.yaml'))).toEqual([1, 2]);
    expect(lines(changed.get('renamed.yaml'))).toEqual([]);
    expect(changed.get('logo.png')).toBe('all');
    expect(lines(changed.get('café.yaml'))).toEqual([2]);
    expect(changed.has('gone.yaml')).toBe(false);
  });

  it('an empty diff changes nothing', () => {
    expect(parseUnifiedDiff('').size).toBe(0);
  });
});

describe('unquoteGitPath', () => {
  it.each([
    ['plain', 'a/b.yaml', false, 'a/b.yaml'],
    ['prefix dropped on request', 'b/dir/x.yaml', true, 'dir/x.yaml'],
    ['octal escapes are UTF-8 bytes', '"b/\\303\\251t\\303\\251.yaml"', true, 'été.yaml'],
    ['escaped quote and tab', '"x\\"y\\tz"', false, 'x"y\tz'],
  ])('%s', (_name, raw, prefix, expected) => {
    expect(unquoteGitPath(raw, prefix)).toBe(expected);
  });
});
