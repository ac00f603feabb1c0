import type { Document, Target } from '../types.js';
import type { Limits } from '../limits.js';

/** What a loader is asked to parse: one file's text, already decoded. */
export interface SourceFile {
  /** Path relative to the scan root, `/` separators. */
  path: string;
  text: string;
  /** Scan root on disk, for loaders that read beside the file (a Terraform module's other files). */
  root?: string;
  /** Memo shared by every file of one scan, for work such loaders would otherwise repeat per file. */
  session?: Map<string, unknown>;
}

/** Result of parsing one file: its documents and any errors (with positions) for the parts that failed. */
export interface Parsed {
  documents: Document[];
  errors: { line: number; column: number; message: string; code?: 'parse-error' | 'limit-exceeded' }[];
}

/**
 * An input type. One file per loader in engine/loaders/, one line in engine/loaders/index.ts.
 * `matches` decides by path first, then by content (`sniff`), so detection stays cheap.
 */
export interface Loader {
  /** Input type name, used in `match.type` of rules and in results. */
  readonly type: string;
  /** Human description for `bylaw list`. */
  readonly description: string;
  /** Names of the roots its targets may expose (`$podSpec/...` in `select`, `{{podSpec.x}}` in messages). */
  readonly roots?: readonly string[];
  /** Path a policy test case's input is scanned as when the case names none (`bylaw test`). */
  readonly defaultPath?: string;
  /** True when the path alone says this loader owns the file (e.g. `.github/workflows/*.yml`). */
  claims?(path: string): boolean;
  /** True when the file's extension makes it a candidate for content sniffing. */
  accepts(path: string): boolean;
  /** Cheap check on the text (no parse), for candidates that `accepts`; e.g. a regex for `apiVersion:` + `kind:`. */
  sniff?(file: SourceFile): boolean;
  parse(file: SourceFile, limits: Limits): Parsed;
  /** Resources a rule can run on. */
  targets(document: Document): Target[];
}
