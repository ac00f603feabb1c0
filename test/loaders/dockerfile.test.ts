import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dockerfile, MAX_DOCKERFILE_BYTES } from '../../engine/loaders/dockerfile.js';
import type { DockerfileData } from '../../engine/loaders/dockerfile-model.js';
import { DEFAULT_LIMITS } from '../../engine/limits.js';
import { parseImageReference } from '../../engine/loaders/image-reference.js';
import { expandBuildArgs } from '../../engine/loaders/expand-build-args.js';
import { commandText } from '../../engine/loaders/dockerfile-instruction.js';

const text = readFileSync(new URL('../fixtures/dockerfile/Dockerfile.multistage', import.meta.url), 'utf8');
const parse = (t: string, path = 'Dockerfile') => dockerfile.parse({ path, text: t }, DEFAULT_LIMITS);

describe('dockerfile loader', () => {
  const { documents, errors } = parse(text, 'build/Dockerfile.multistage');
  const doc = documents[0];
  const data = doc.data as DockerfileData;

  it('parses directives, global args and stages', () => {
    expect(errors).toEqual([]);
    expect(data.escape).toBe('`');
    expect(data.directives).toEqual({ syntax: 'docker/dockerfile:1.7', escape: '`' });
    expect(data.globalArgs).toEqual([{ name: 'BASE', value: 'golang:1.22' }, { name: 'VERSION', value: null }]);
    expect(data.stages.map((s) => [s.name, s.from.image, s.from.tag, s.from.stage, s.final, s.user])).toEqual([
      ['builder', 'golang:1.22', '1.22', null, false, null],
      ['test', 'builder', null, 0, false, 'tester'],
      [null, 'gcr.io/distroless/static@sha256:' + '0'.repeat(64), null, null, true, null],
    ]);
    expect(data.stages[0].from).toMatchObject({ raw: '${BASE}', platform: '$BUILDPLATFORM', name: 'golang', resolved: true });
    expect(data.stages[2].from).toMatchObject({ registry: 'gcr.io', name: 'distroless/static', digest: 'sha256:' + '0'.repeat(64) });
  });

  it('joins continuations with the escape directive and drops comment lines inside them', () => {
    const run = data.stages[0].instructions[2];
    expect(run).toMatchObject({ cmd: 'RUN', line: 7, args: 'apt-get update &&     apt-get install -y curl' });
    expect(data.stages[0].instructions[1].args).toBe('C:\\src');
  });

  it('keeps heredoc bodies and flags', () => {
    const run = data.stages[0].instructions[3];
    expect(run.flags).toEqual({ mount: 'type=cache,target=/root/.cache' });
    expect(run.heredocs).toEqual([{ name: 'EOF', content: 'set -e\ngo build ./...' }]);
    expect(run.args).toBe('<<EOF\nset -e\ngo build ./...\nEOF');
  });

  it('parses ENV properties and exec form', () => {
    const [, env, copy, cmd] = data.stages[2].instructions;
    expect(env.properties).toEqual([{ name: 'APP_HOME', value: '/app' }, { name: 'TOKEN', value: 'abc def' }]);
    expect(copy.flags).toEqual({ from: 'builder', chmod: '755' });
    expect(cmd.argv).toEqual(['/app', '--serve']);
  });

  it.each([
    ['', 1, 1, 1, 1],
    ['/globalArgs/1', 4, 1, 4, 12],
    ['/instructions/0', 3, 1, 3, 21],
    ['/stages/0', 5, 1, 13, 4],
    ['/stages/0/from', 5, 1, 5, 50],
    ['/stages/0/from/image', 5, 32, 5, 39],
    ['/stages/0/from/platform', 5, 6, 5, 31],
    ['/stages/0/name', 5, 43, 5, 50],
    ['/stages/0/instructions/2', 7, 1, 9, 28],
    ['/stages/0/instructions/2/args', 7, 5, 9, 28],
    ['/stages/0/instructions/3', 10, 1, 13, 4],
    ['/stages/0/instructions/3/flags/mount', 10, 5, 10, 43],
    ['/stages/0/instructions/3/heredocs/0', 10, 44, 13, 4],
    ['/stages/1/instructions/1', 16, 1, 16, 12],
    ['/stages/2/from/digest', 19, 31, 19, 102],
    ['/stages/2/instructions/1/properties/1', 20, 19, 20, 34],
    ['/stages/2/instructions/1/properties/1/value', 20, 25, 20, 34],
    ['/stages/2/instructions/2/flags/from', 21, 6, 21, 20],
    ['/stages/2/instructions/3/argv/0', 22, 1, 22, 24],
    ['/stages/9/instructions/0', 1, 1, 1, 1],
  ])('locates %s at %i:%i-%i:%i', (pointer, sl, sc, el, ec) => {
    const loc = doc.locate(pointer);
    expect([loc.startLine, loc.startColumn, loc.endLine, loc.endColumn]).toEqual([sl, sc, el, ec]);
    expect(loc.path).toBe('build/Dockerfile.multistage');
  });

  it('gives an instruction the comments directly above it', () => {
    expect(doc.commentsAt!(19)).toBe('bylaw:ignore dockerfile-user -- runtime image is distroless');
    expect(doc.commentsAt!(18)).toBe('bylaw:ignore dockerfile-user -- runtime image is distroless');
    expect(doc.commentsAt!(16)).toBeUndefined();
  });

  it('makes the file and each stage a target', () => {
    const targets = dockerfile.targets(doc);
    expect(targets.map((t) => [t.resource.kind, t.resource.name, t.pointer, t.facts?.final])).toEqual([
      ['Dockerfile', 'Dockerfile.multistage', '', undefined],
      ['Stage', 'builder', '/stages/0', false],
      ['Stage', 'test', '/stages/1', false],
      ['Stage', '2', '/stages/2', true],
    ]);
  });

  it.each([
    ['', 1, 1, /empty/],
    ['# only a comment\n', 1, 1, /no FROM/],
    ['RUN echo hi\nFROM alpine\n', 1, 1, /RUN before the first FROM/],
    ['FROM alpine\nFORM x\n', 2, 1, /unknown instruction: FORM/],
    ['FROM alpine\nRUN <<EOF\necho\n', 2, 5, /unterminated heredoc/],
  ])('reports malformed input %j as an error with a line', (src, line, column, message) => {
    const r = parse(src);
    expect(r.documents).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ line, column, code: 'parse-error' });
    expect(r.errors[0].message).toMatch(message);
  });

  it('refuses oversized Dockerfiles with limit-exceeded instead of stalling', () => {
    const started = performance.now();
    const r = parse('FROM alpine\nRUN ' + 'a '.repeat(MAX_DOCKERFILE_BYTES) + '\n');
    expect(r.documents).toEqual([]);
    expect(r.errors).toEqual([expect.objectContaining({ line: 1, column: 1, code: 'limit-exceeded' })]);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('reads keywords case-insensitively, as Docker does', () => {
    const r = parse('from alpine:3.20 as base\nrun apk add curl\nuser app\n');
    expect(r.errors).toEqual([]);
    const d = r.documents[0].data as DockerfileData;
    expect(d.stages[0]).toMatchObject({ name: 'base', user: 'app', final: true });
    expect(d.instructions.map((i) => i.cmd)).toEqual(['FROM', 'RUN', 'USER']);
  });

  it('keeps exact positions with CRLF line endings', () => {
    const crlf = parse('FROM alpine:3.20\r\nRUN apk add \\\r\n    curl\r\nUSER app\r\n');
    const d = crlf.documents[0];
    expect(crlf.errors).toEqual([]);
    expect((d.data as DockerfileData).instructions.map((i) => [i.cmd, i.args, i.line])).toEqual([
      ['FROM', 'alpine:3.20', 1],
      ['RUN', 'apk add     curl', 2],
      ['USER', 'app', 4],
    ]);
    const loc = d.locate('/stages/0/instructions/1');
    expect([loc.startLine, loc.startColumn, loc.endLine, loc.endColumn]).toEqual([2, 1, 3, 9]);
    expect(d.locate('/stages/0/instructions/2/args')).toMatchObject({ startLine: 4, startColumn: 6 });
  });

  it.each([
    ['Dockerfile', true],
    ['app/Dockerfile.prod', true],
    ['app/prod.Dockerfile', true],
    ['Containerfile', true],
    ['Dockerfile.dockerignore', false],
    ['dockerfile', true],
    ['ops/api.dockerfile', true],
    ['Containerfile.fedora', true],
    ['engine/loaders/dockerfile.ts', false],
    ['test/loaders/dockerfile.test.ts', false],
    ['docs/Dockerfile.md', false],
    ['ci/Dockerfile.yaml', false],
    ['docs/Dockerfile-guide.md', false],
  ])('claims %s: %s', (p, expected) => {
    expect(dockerfile.claims?.(p)).toBe(expected);
  });
});

describe('dockerfile helpers', () => {
  it.each([
    ['nginx', { registry: null, name: 'nginx', tag: null, digest: null }],
    ['nginx:1.27-alpine', { registry: null, name: 'nginx', tag: '1.27-alpine', digest: null }],
    ['library/nginx@sha256:abc', { registry: null, name: 'library/nginx', tag: null, digest: 'sha256:abc' }],
    ['registry.local:5000/team/app', { registry: 'registry.local:5000', name: 'team/app', tag: null, digest: null }],
    ['localhost/app:dev', { registry: 'localhost', name: 'app', tag: 'dev', digest: null }],
    ['ghcr.io/o/i:1@sha256:abc', { registry: 'ghcr.io', name: 'o/i', tag: '1', digest: 'sha256:abc' }],
  ])('parseImageReference(%j)', (image, expected) => {
    expect(parseImageReference(image)).toEqual({ image, ...expected });
  });

  const args = new Map([['BASE', 'alpine'], ['EMPTY', '']]);
  it.each([
    ['$BASE:3', 'alpine:3', true],
    ['${BASE}:3', 'alpine:3', true],
    ['${MISSING:-debian}', 'debian', true],
    ['${EMPTY:-x}', 'x', true],
    ['${EMPTY-x}', '', true],
    ['${BASE:+set}', 'set', true],
    ['${MISSING:+set}', '', true],
    ['${MISSING}', '${MISSING}', false],
  ])('expandBuildArgs(%j)', (text, value, resolved) => {
    expect(expandBuildArgs(text, args)).toEqual({ value, resolved });
  });

  it.each([
    ['a \\\n  b', '\\', 'a   b'],
    ['a \\\n  # note\n\n  b', '\\', 'a   b'],
    ['a `\n b', '`', 'a  b'],
    ['<<EOF\nline \\\nEOF', '\\', '<<EOF\nline \\\nEOF'],
  ])('commandText(%j)', (raw, escape, expected) => {
    expect(commandText(raw, escape)).toBe(expected);
  });
});

describe('hostile input', () => {
  const line = fc.oneof(
    fc.constantFrom('FROM alpine', 'FROM a AS b', 'RUN <<EOF', 'EOF', 'RUN a \\', '# escape=`', '# c', 'ARG X=1', 'ENV A=b C', 'USER', 'ADD --checksum=x', 'COPY --from=0 a b', ''),
    fc.string({ maxLength: 40 }),
  );
  it('never throws, and every error and instruction has a 1-based position inside the file', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
        const text = lines.join(eol);
        const r = parse(text);
        const count = text.split(/\r\n|\r|\n/).length;
        for (const e of r.errors) expect(e.line >= 1 && e.line <= count && e.column >= 1).toBe(true);
        for (const d of r.documents) {
          const data = d.data as DockerfileData;
          data.instructions.forEach((_, i) => {
            const loc = d.locate(`/instructions/${i}`);
            expect(loc.startLine >= 1 && loc.endLine <= count && loc.startColumn >= 1).toBe(true);
          });
          dockerfile.targets(d);
        }
      }),
      { numRuns: 300 },
    );
  });
});
