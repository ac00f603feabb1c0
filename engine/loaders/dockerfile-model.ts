import { DockerfileParser, type From, type Instruction } from 'dockerfile-ast';
import { LineIndex } from '../source/lines.js';
import { dockerInstruction, toSourceRange, type DockerInstruction, type SourceRange } from './dockerfile-instruction.js';
import { parseImageReference, type ImageReference } from './image-reference.js';
import { expandBuildArgs } from './expand-build-args.js';

/** The base of a stage: its `FROM` line, with build args expanded and the reference split. */
export interface DockerFrom extends ImageReference {
  /** The image as written, before build-arg expansion. */
  raw: string;
  /** False when a build arg in the reference has no default. */
  resolved: boolean;
  /** `--platform` value, if any. */
  platform: string | null;
  /** Index of the earlier stage this one builds on (`FROM builder`), else null. */
  stage: number | null;
  /** `FROM scratch`. */
  scratch: boolean;
}

/** One build stage: `FROM ... [AS name]` and the instructions up to the next `FROM`. */
export interface DockerStage {
  index: number;
  name: string | null;
  from: DockerFrom;
  /** The stage's instructions, its `FROM` first. */
  instructions: DockerInstruction[];
  /** The last stage (what `docker build` produces without `--target`). */
  final: boolean;
  /** User in effect at the end of the stage (last `USER`, inherited through `FROM <stage>`), null when never set. */
  user: string | null;
}

/** What the Dockerfile loader exposes as document data. */
export interface DockerfileData {
  escape: string;
  /** Parser directives (`# syntax=`, `# escape=`, `# check=`), lower-case names. */
  directives: Record<string, string>;
  /** `ARG`s before the first `FROM`. */
  globalArgs: { name: string; value: string | null }[];
  stages: DockerStage[];
  /** Every instruction in file order (global ARGs included). */
  instructions: DockerInstruction[];
}

const KEYWORDS = new Set(['ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL', 'MAINTAINER', 'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR']);

/** Parse a Dockerfile into JSON data, the source range of each pointer, comment lines and errors. */
export function dockerfileModel(text: string): {
  data: DockerfileData;
  ranges: Map<string, SourceRange>;
  comments: Map<number, string>;
  errors: { line: number; column: number; message: string }[];
} {
  const df = DockerfileParser.parse(text);
  const lines = new LineIndex(text);
  const offsetOf = (line: number, character: number) => lines.offsetOf(line + 1) + character;
  const escape = df.getEscapeCharacter();
  const ranges = new Map<string, SourceRange>();
  const errors: { line: number; column: number; message: string }[] = [];
  const directives: Record<string, string> = {};
  for (const d of df.getDirectives()) directives[d.getName().toLowerCase()] = d.getValue();
  const data: DockerfileData = { escape, directives, globalArgs: [], stages: [], instructions: [] };
  const argValues = new Map<string, string>();
  let stage: DockerStage | undefined;
  for (const inst of df.getInstructions()) {
    const n = data.instructions.length;
    const own = new Map<string, SourceRange>();
    const json = dockerInstruction(inst, text, offsetOf, escape, own);
    addRanges(ranges, own, `/instructions/${n}`);
    data.instructions.push(json);
    const start = inst.getRange().start;
    if (!KEYWORDS.has(json.cmd)) {
      errors.push({ line: start.line + 1, column: start.character + 1, message: `unknown instruction: ${inst.getInstruction()}` });
    }
    if (json.cmd === 'FROM') {
      stage = newStage(inst as From, data.stages, argValues, ranges);
      data.stages.push(stage);
    } else if (!stage) {
      if (json.cmd === 'ARG') {
        for (const p of json.properties ?? []) {
          const pi = data.globalArgs.length;
          data.globalArgs.push(p);
          ranges.set(`/globalArgs/${pi}`, ranges.get(`/instructions/${n}`)!);
          if (p.value !== null) argValues.set(p.name, p.value);
        }
      } else if (KEYWORDS.has(json.cmd)) {
        errors.push({ line: start.line + 1, column: start.character + 1, message: `${json.cmd} before the first FROM (only ARG may come first)` });
      }
      continue;
    }
    const k = stage.instructions.length;
    stage.instructions.push(json);
    addRanges(ranges, own, `/stages/${stage.index}/instructions/${k}`);
    const s = ranges.get(`/stages/${stage.index}`)!;
    const r = toSourceRange(inst.getRange());
    ranges.set(`/stages/${stage.index}`, { ...s, endLine: r.endLine, endColumn: r.endColumn });
    if (json.cmd === 'USER' && json.args.trim()) stage.user = json.args.trim();
    if (json.cmd === 'HEALTHCHECK' || json.cmd === 'FROM') continue;
    checkHeredocs(inst, errors);
  }
  if (data.stages.length > 0) data.stages[data.stages.length - 1].final = true;
  else if (text.trim()) errors.push({ line: 1, column: 1, message: 'no FROM instruction: a Dockerfile needs at least one build stage' });
  else errors.push({ line: 1, column: 1, message: 'the Dockerfile is empty' });
  const comments = new Map<number, string>();
  for (const c of df.getComments()) comments.set(c.getRange().start.line + 1, c.getContent());
  return { data, ranges, comments, errors };
}

function newStage(from: From, stages: DockerStage[], args: Map<string, string>, ranges: Map<string, SourceRange>): DockerStage {
  const index = stages.length;
  const raw = from.getImage() ?? '';
  const { value, resolved } = expandBuildArgs(raw, args);
  const parent = stages.find((s) => s.name !== null && s.name.toLowerCase() === value.toLowerCase());
  const platform = from.getPlatformFlag();
  const stageName = from.getBuildStage();
  const base = `/stages/${index}`;
  ranges.set(base, toSourceRange(from.getRange()));
  ranges.set(`${base}/from`, toSourceRange(from.getRange()));
  const parts: [string, ReturnType<From['getImageRange']>][] = [
    ['image', from.getImageRange()],
    ['raw', from.getImageRange()],
    ['name', from.getImageNameRange()],
    ['tag', from.getImageTagRange()],
    ['digest', from.getImageDigestRange()],
    ['registry', from.getRegistryRange()],
  ];
  const image = from.getImageRange();
  for (const [key, r] of parts) {
    // A missing tag or digest is reported where it would be written: on the image reference.
    const range = r ?? (key === 'tag' || key === 'digest' ? image : null);
    if (range) ranges.set(`${base}/from/${key}`, toSourceRange(range));
  }
  if (platform) ranges.set(`${base}/from/platform`, toSourceRange(platform.getRange()));
  const nameRange = from.getBuildStageRange();
  if (nameRange) ranges.set(`${base}/name`, toSourceRange(nameRange));
  return {
    index,
    name: stageName,
    from: {
      ...parseImageReference(value),
      raw,
      resolved,
      platform: platform ? platform.getValue() : null,
      stage: parent ? parent.index : null,
      scratch: value.toLowerCase() === 'scratch',
    },
    instructions: [],
    final: false,
    user: parent ? parent.user : null,
  };
}

function addRanges(ranges: Map<string, SourceRange>, own: Map<string, SourceRange>, base: string): void {
  for (const [k, v] of own) ranges.set(base + k, v);
}

function checkHeredocs(inst: Instruction, errors: { line: number; column: number; message: string }[]): void {
  const get = (inst as unknown as { getHeredocs?: () => import('dockerfile-ast').Heredoc[] }).getHeredocs;
  if (typeof get !== 'function') return;
  for (const h of get.call(inst)) {
    if (h.getDelimiterRange() === null) {
      const s = h.getStartRange().start;
      errors.push({ line: s.line + 1, column: s.character + 1, message: `unterminated heredoc: no line "${h.getName()}" closes it` });
    }
  }
}
