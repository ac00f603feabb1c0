import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { c as createTar } from 'tar';
import { exampleResponse, findOperation, validateRequest, validateResponse } from '../action/harness/openapi.js';

/** One request the fake saw. */
export interface Call {
  method: string;
  path: string;
  operationId?: string;
  accept?: string;
  authorization?: string;
}

/** A repository: commits (sha → files) and tags (name → sha). */
export interface FakeRepo {
  commits: Map<string, Record<string, string>>;
  tags: Map<string, string>;
}

/**
 * A local stand-in for GitHub's REST API (127.0.0.1, random port) serving what remote packs need: ref → commit
 * (`repos/get-commit` with the sha media type), tags (`repos/list-tags`, paginated) and tarballs
 * (`repos/download-tarball-archive`: a 302 to a codeload-like URL serving a gzipped tar with one top-level
 * `owner-repo-sha7/` directory, as GitHub's are). Every API request and JSON response is checked against
 * GitHub's published REST description; mismatches are collected in `violations`.
 */
export class FakeGitHub {
  url = '';
  calls: Call[] = [];
  violations: string[] = [];
  repos = new Map<string, FakeRepo>();
  /** Bytes served instead of the real tarball for a commit (a tampered mirror). */
  tampered = new Map<string, Buffer>();
  private server?: Server;
  private work = mkdtempSync(join(tmpdir(), 'bylaw-fake-gh-'));

  /** Add a commit with these files to owner/repo; returns its (content-derived) SHA. */
  commit(full: string, files: Record<string, string>): string {
    const repo = this.repo(full);
    const sha = createHash('sha1').update(full).update(JSON.stringify(Object.entries(files).sort())).digest('hex');
    repo.commits.set(sha, files);
    return sha;
  }

  tag(full: string, name: string, sha: string): void {
    this.repo(full).tags.set(name, sha);
  }

  repo(full: string): FakeRepo {
    let r = this.repos.get(full);
    if (!r) this.repos.set(full, (r = { commits: new Map(), tags: new Map() }));
    return r;
  }

  /** The gzipped tarball of a commit, built with the files under `owner-repo-sha7/`. */
  tarball(full: string, sha: string): Buffer {
    const files = this.repo(full).commits.get(sha)!;
    const top = `${full.replace('/', '-')}-${sha.slice(0, 7)}`;
    const dir = join(this.work, sha);
    rmSync(dir, { recursive: true, force: true });
    for (const [p, content] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, top, p)), { recursive: true });
      writeFileSync(join(dir, top, p), content);
    }
    const out = join(this.work, `${sha}.tar.gz`);
    createTar({ gzip: true, cwd: dir, file: out, sync: true, portable: true }, [top]);
    return readFileSync(out);
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const path = decodeURIComponent(url.pathname);
      const call: Call = { method: req.method ?? 'GET', path, accept: req.headers.accept, authorization: req.headers.authorization };
      this.calls.push(call);
      const json = (status: number, body: unknown, headers: Record<string, string> = {}): void => {
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
        res.end(JSON.stringify(body));
      };
      const codeload = /^\/_codeload\/([^/]+)\/([^/]+)\/legacy\.tar\.gz\/([0-9a-f]{40})$/.exec(url.pathname);
      if (codeload) {
        const full = `${codeload[1]}/${codeload[2]}`;
        const sha = codeload[3];
        if (!this.repo(full).commits.has(sha)) return json(404, { message: 'Not Found' });
        res.writeHead(200, { 'content-type': 'application/x-gzip' });
        return res.end(this.tampered.get(sha) ?? this.tarball(full, sha));
      }
      const found = findOperation(call.method, url.pathname);
      if (!found) {
        this.violations.push(`${call.method} ${url.pathname}: no such operation in GitHub's REST description`);
        return json(404, { message: 'Not Found' });
      }
      call.operationId = found.operation.operationId;
      for (const p of validateRequest(found.operation, found.params, url.searchParams, undefined, false)) this.violations.push(`${call.method} ${url.pathname}: ${p}`);
      const full = `${found.params.owner}/${found.params.repo}`;
      const repo = this.repos.get(full);
      if (!repo) return json(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
      const resolve = (ref: string): string | undefined =>
        repo.tags.get(ref) ?? [...repo.commits.keys()].find((sha) => ref.length >= 7 && sha.startsWith(ref));
      switch (found.operation.operationId) {
        case 'repos/get-commit': {
          const sha = resolve(found.params.ref);
          if (!sha) return json(422, { message: `No commit found for SHA: ${found.params.ref}` });
          if (!/^application\/vnd\.github(\.v3)?\.sha$/.test(req.headers.accept ?? '')) {
            this.violations.push(`get-commit without the sha media type (accept: ${req.headers.accept})`);
            return json(415, { message: 'expected application/vnd.github.sha' });
          }
          res.writeHead(200, { 'content-type': 'application/vnd.github.sha; charset=utf-8' });
          return res.end(sha);
        }
        case 'repos/list-tags': {
          const perPage = Number(url.searchParams.get('per_page') ?? 30);
          const page = Number(url.searchParams.get('page') ?? 1);
          const all = [...repo.tags].sort(([a], [b]) => (a < b ? -1 : 1));
          const body = all.slice((page - 1) * perPage, page * perPage).map(([name, sha]) => {
            const t = (exampleResponse(found.operation, 200) as any[])[0];
            return { ...t, name, commit: { sha, url: `${this.url}/repos/${full}/commits/${sha}` } };
          });
          for (const p of validateResponse(found.operation, 200, body)) this.violations.push(`list-tags response: ${p}`);
          const last = Math.max(1, Math.ceil(all.length / perPage));
          const link: Record<string, string> = page < last ? { link: `<${this.url}/repos/${full}/tags?per_page=${perPage}&page=${page + 1}>; rel="next", <${this.url}/repos/${full}/tags?per_page=${perPage}&page=${last}>; rel="last"` } : {};
          return json(200, body, link);
        }
        case 'repos/download-tarball-archive': {
          const sha = resolve(found.params.ref);
          if (!sha) return json(404, { message: 'Not Found' });
          res.writeHead(302, { location: `${this.url}/_codeload/${full}/legacy.tar.gz/${sha}` });
          return res.end();
        }
        default:
          this.violations.push(`${found.operation.operationId} is not expected from bylaw`);
          return json(500, { message: 'unexpected' });
      }
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** Calls to the API proper (and to the tarball host), as `operationId` or `codeload`. */
  names(): string[] {
    return this.calls.map((c) => c.operationId ?? (c.path.startsWith('/_codeload/') ? 'codeload' : c.path));
  }

  async close(): Promise<void> {
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
    rmSync(this.work, { recursive: true, force: true });
  }
}
