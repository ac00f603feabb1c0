import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, tempTree } from '../helpers/cli.js';
import type { Result } from '../../engine/types.js';

const PACK = join(import.meta.dirname, '..', 'fixtures', 'core', 'pack');
const pod = (name: string, extra = '') => `apiVersion: v1\nkind: Pod\nmetadata: {name: ${name}}\nspec:\n  containers:\n    - name: c\n      image: registry.example.com/c:1\n      resources: {limits: {memory: 1Mi}}\n${extra}`;

/** The hostile corpus: [file name, content]. Built in a temp dir at test time. */
function corpus(): string {
  const laughs = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i < 10; i++) laughs.push(`a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]`);
  const dir = tempTree({
    'alias-bomb.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: bomb}\ndata:\n  ${laughs.join('\n  ')}\n`,
    'circular-alias.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: loop}\ndata: &d {self: *d}\n',
    'deep.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: deep}\ndata: ' + '['.repeat(10000) + ']'.repeat(10000) + '\n',
    'deep.json': '{"apiVersion": "v1", "kind": "ConfigMap", "data": ' + '{"a":'.repeat(10000) + '1' + '}'.repeat(10000) + '}\n',
    'many-docs.yaml': Array.from({ length: 20000 }, (_, i) => `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c${i}}\n`).join('---\n'),
    'long-line.json': JSON.stringify({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'long', annotations: { a: 'x'.repeat(1_000_000) } }, spec: { containers: [{ name: 'c', image: 'registry.example.com/c:1', resources: { limits: { memory: '1Mi' } } }] } }),
    'crlf.yaml': pod('crlf').replace(/\n/g, '\r\n'),
    'empty.yaml': '',
    'only-comments.yaml': '# nothing here\n',
    'duplicate-keys.yaml': pod('dup', '      securityContext:\n        privileged: false\n        privileged: true\n'),
    'yaml11-traps.yaml': pod('traps', '      securityContext:\n        allowPrivilegeEscalation: Off\n        readOnlyRootFilesystem: Y\n'),
    'custom-tag.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: tag}\ndata:\n  x: !!python/object:os.system [rm -rf /]\n',
    'unknown-tag.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: tag2}\ndata:\n  x: !vault secret\n',
    '-rf.yaml': pod('dash'),
    'ünïcødé name.yaml': pod('unicode'),
    'new\nline.yaml': pod('newline'),
    'proto.yaml': 'apiVersion: v1\nkind: Pod\nmetadata: {name: proto}\n__proto__: {polluted: true}\nspec:\n  containers:\n    - {name: c, image: registry.example.com/c:1, resources: {limits: {memory: 1Mi}}, constructor: {prototype: {polluted: true}}}\n',
    // The one genuinely insecure resource, hidden among the rest: privileged through a YAML 1.1 `yes`.
    'deep/inside/app.yaml': pod('app', '      securityContext:\n        privileged: yes\n'),
  });
  writeFileSync(join(dir, 'invalid-utf8.yaml'), Buffer.concat([Buffer.from('apiVersion: v1\nkind: Pod\nmetadata:\n  name: "caf'), Buffer.from([0xc3, 0x28]), Buffer.from('"\n')]));
  writeFileSync(join(dir, 'bom.yaml'), '\uFEFF' + pod('bom'));
  writeFileSync(join(dir, 'utf16.yaml'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(pod('utf16', '      securityContext: {privileged: true}\n'), 'utf16le')]));
  writeFileSync(join(dir, 'nul.yaml'), Buffer.from('apiVersion: v1\u0000kind: Pod\n'));
  writeFileSync(join(dir, 'big.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: big}\ndata:\n' + '  k: v\n'.repeat(400_000));
  mkdirSync(join(dir, 'links'));
  symlinkSync('..', join(dir, 'links', 'loop'));
  symlinkSync('/etc/hostname', join(dir, 'links', 'outside.yaml'));
  symlinkSync('../crlf.yaml', join(dir, 'links', 'inside.yaml'));
  symlinkSync('missing.yaml', join(dir, 'links', 'dangling.yaml'));
  execFileSync('mkfifo', [join(dir, 'fifo.yaml')]);
  writeFileSync(join(dir, '.bylaw.yaml'), 'limits:\n  maxFileBytes: 2000000\n  maxAliases: 50\n');
  return dir;
}

describe('hostile inputs: no crash, every bad file reported with a line, every other file evaluated', () => {
  it('the corpus', async () => {
    const dir = corpus();
    const r = await cli(['scan', '.', '--policy', PACK, '--format', 'json'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const result = JSON.parse(r.stdout) as Result;
    const errors = Object.fromEntries(result.errors.map((e) => [e.path, e]));
    const notes = Object.fromEntries((result.notes ?? []).map((n) => [n.path, n.code]));

    // Reported as errors, each with a path and a 1-based line.
    for (const f of ['alias-bomb.yaml', 'circular-alias.yaml', 'deep.yaml', 'deep.json', 'duplicate-keys.yaml', 'custom-tag.yaml', 'unknown-tag.yaml', 'invalid-utf8.yaml']) {
      expect(errors[f], f).toBeDefined();
      expect(errors[f].line, f).toBeGreaterThanOrEqual(1);
    }
    expect(errors['invalid-utf8.yaml']).toMatchObject({ line: 4, code: 'parse-error' });
    expect(errors['duplicate-keys.yaml'].line).toBe(11);
    // Skipped with a note.
    expect(notes['nul.yaml']).toBe('binary-file');
    expect(notes['big.yaml']).toBe('file-too-large');
    expect(notes['links/outside.yaml']).toBe('symlink-outside-root');
    expect(notes['links/dangling.yaml']).toBe('broken-symlink');
    // Handled: parsed and evaluated.
    const evaluated = new Set(result.inputs.map((i) => i.path));
    for (const f of ['many-docs.yaml', 'long-line.json', 'crlf.yaml', 'bom.yaml', 'utf16.yaml', 'yaml11-traps.yaml', '-rf.yaml', 'ünïcødé name.yaml', 'new\nline.yaml', 'proto.yaml', 'links/inside.yaml', 'deep/inside/app.yaml']) {
      expect(evaluated.has(f), f).toBe(true);
      expect(errors[f], f).toBeUndefined();
    }
    expect(evaluated.has('fifo.yaml')).toBe(false);
    expect([...evaluated].some((p) => p.startsWith('links/loop'))).toBe(false);
    expect(result.summary.resources).toBeGreaterThanOrEqual(20000);

    // The insecure resources are still found, at their exact place.
    const privileged = result.findings.filter((f) => f.ruleId === 'core-no-privileged').map((f) => `${f.location.path}:${f.location.startLine}:${f.location.startColumn}`);
    expect(privileged).toEqual(['deep/inside/app.yaml:10:9', 'utf16.yaml:9:25']);
    // Nothing leaked into prototypes.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 120_000);
});
