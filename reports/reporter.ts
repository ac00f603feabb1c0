import type { Result } from '../engine/types.js';

/** Options every reporter understands; each ignores what it does not need. */
export interface ReportOptions {
  /** Colours and terminal niceties (text only). */
  color?: boolean;
  /** Markdown size: `summary` (job summary) or `comment` (PR comment, under GitHub's 65,536 characters). */
  variant?: 'summary' | 'comment';
  /** Base URL to link findings to (`https://github.com/o/r/blob/<sha>`), Markdown/HTML only. */
  linkBase?: string;
  /** Maximum characters for size-limited outputs. */
  maxLength?: number;
  /** Source text of a scanned file, for code frames (text) — undefined when unavailable. */
  source?: (path: string) => string | undefined;
}

/** One output format: a pure function of the Result (and options), so `bylaw report` reproduces `scan` exactly. */
export type Reporter = (result: Result, options: ReportOptions) => string;
