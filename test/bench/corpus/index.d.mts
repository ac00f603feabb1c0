/** Types for index.mjs (the benchmark corpus generator is plain JavaScript so `npm run bench` needs no build). */
export declare const GENERATOR_VERSION: number;
export type CorpusKind = 'k8s' | 'terraform' | 'workflows';
export interface CorpusFile {
  path: string;
  text: string;
  /** The documents as data, for YAML corpora. */
  docs?: Record<string, unknown>[];
}
export interface CorpusSummary {
  kind: CorpusKind;
  seed: string;
  files: number;
  bytes: number;
  documents: number;
  sha256: string;
  generator: number;
}
export declare const corpora: Record<CorpusKind, unknown>;
export declare function corpusFile(kind: CorpusKind, seed: string | number, index: number): CorpusFile;
export declare function writeCorpus(kind: CorpusKind, files: number, seed: string | number, dir: string): CorpusSummary;
export declare function ensureCorpus(
  kind: CorpusKind,
  files: number,
  seed: string | number,
  cacheDir: string,
): CorpusSummary & { dir: string; cached: boolean };
