import type { Document, Location, Target } from '../types.js';
import type { Loader, SourceFile } from './loader.js';
import { parsePointer, escapeSegment } from '../source/pointer.js';
import { dockerfileModel, type DockerfileData } from './dockerfile-model.js';
import type { SourceRange } from './dockerfile-instruction.js';

/**
 * dockerfile-ast's parse time grows faster than linearly on very long lines (about 1.5 s at 512 KiB); real
 * Dockerfiles are a few KiB, so larger ones are refused with `limit-exceeded` rather than stalling a scan.
 */
export const MAX_DOCKERFILE_BYTES = 512 * 1024;

const EXACT = new Set(['Dockerfile', 'dockerfile', 'Containerfile', 'containerfile']);
/** `Dockerfile.<variant>` is a Dockerfile, but not when the suffix is a source, document or data extension. */
const NOT_VARIANT = /\.(dockerignore|md|markdown|txt|rst|adoc|html?|json|ya?ml|toml|ts|tsx|js|mjs|cjs|py|go|rs|java|rb|sh|ps1|bak|orig|swp|snap)$/i;

/** Whether a path names a Dockerfile by the usual conventions. */
export function isDockerfilePath(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1);
  if (EXACT.has(base)) return true;
  if (/^(Dockerfile|Containerfile)\.[^.]/.test(base)) return !NOT_VARIANT.test(base);
  return /.\.(Dockerfile|dockerfile|Containerfile)$/.test(base);
}

/**
 * Dockerfiles and Containerfiles (`Dockerfile`, `Dockerfile.*`, `*.Dockerfile`, `Containerfile`), parsed with
 * dockerfile-ast: parser directives (`# escape=`), `\` continuations, heredocs, stages.
 *
 * Data (see dockerfile-model.ts): `{escape, directives, globalArgs, stages: [{index, name, from, instructions,
 * final, user}], instructions}`; every instruction is `{cmd, args, flags, argv?, properties?, heredocs?, line}`.
 * `locate` gives the exact range of any of these (`/stages/0/instructions/3`, `/stages/0/from/tag`, ...).
 * Targets: the file (kind `Dockerfile`) and each stage (kind `Stage`, name = stage name or its index).
 * Comments: the comment lines directly above an instruction count as that instruction's comments.
 */
export const dockerfile: Loader & { defaultPath: string } = {
  type: 'dockerfile',
  roots: ['stages'],
  /** Path given to inline test cases that name none. */
  defaultPath: 'Dockerfile',
  description: 'Dockerfiles and Containerfiles (stages, instructions, heredocs)',
  claims: isDockerfilePath,
  accepts: isDockerfilePath,
  parse(file, limits) {
    const max = Math.min(limits.maxFileBytes, MAX_DOCKERFILE_BYTES);
    if (file.text.length > max) {
      return { documents: [], errors: [{ line: 1, column: 1, code: 'limit-exceeded', message: `Dockerfile has ${file.text.length} characters, more than the limit of ${max} for Dockerfiles` }] };
    }
    const model = dockerfileModel(file.text);
    const errors = model.errors.map((e) => ({ ...e, code: 'parse-error' as const }));
    return { documents: [makeDocument(file, model)], errors };
  },
  targets(document: Document): Target[] {
    const data = document.data as DockerfileData;
    const base = document.path.slice(document.path.lastIndexOf('/') + 1);
    const targets: Target[] = [
      { document, pointer: '', resource: { type: 'dockerfile', kind: 'Dockerfile', name: base }, value: data, roots: { stages: '/stages' } },
    ];
    for (const stage of data.stages) {
      const name = stage.name ?? String(stage.index);
      targets.push({
        document,
        pointer: `/stages/${stage.index}`,
        resource: { type: 'dockerfile', kind: 'Stage', name, address: `stage[${stage.index}]` },
        value: stage,
        facts: { index: stage.index, final: stage.final, stageCount: data.stages.length },
      });
    }
    return targets;
  },
};

function makeDocument(file: SourceFile, model: ReturnType<typeof dockerfileModel>): Document {
  const starts = new Set(model.data.instructions.map((i) => i.line));
  const toLocation = (r: SourceRange | undefined, pointer: string): Location =>
    r
      ? { path: file.path, ...r, pointer }
      : { path: file.path, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1, pointer };
  return {
    path: file.path,
    type: 'dockerfile',
    index: 0,
    count: 1,
    data: model.data,
    locate(pointer: string): Location {
      const segments = parsePointer(pointer).map(escapeSegment);
      for (let n = segments.length; n > 0; n--) {
        const r = model.ranges.get('/' + segments.slice(0, n).join('/'));
        if (r) return toLocation(r, pointer);
      }
      return toLocation(undefined, pointer);
    },
    commentsAt(line: number): string | undefined {
      const own = model.comments.get(line);
      if (own !== undefined || !starts.has(line)) return own;
      const above: string[] = [];
      for (let l = line - 1; model.comments.has(l); l--) above.unshift(model.comments.get(l)!);
      return above.length ? above.join('\n') : undefined;
    },
  };
}
