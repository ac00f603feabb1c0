import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exampleResponse, findOperation, validateRequest, validateResponse, type Operation } from './openapi.js';

/** One request the Action made, as the server saw it. */
export interface RecordedCall {
  method: string;
  path: string;
  operationId: string;
  query: Record<string, string>;
  body: unknown;
  rawBody: string;
  authorization?: string;
}

/** A changed file as the pull request files API reports it. */
export interface PullFile {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed';
  patch?: string;
}

/** How the fake GitHub behaves. */
export interface MockGitHubOptions {
  /** Operations answered with 403 "Resource not accessible by integration" (a read-only fork token). */
  deny?: string[];
  /** Files of the pull request (for pulls/list-files). */
  pullFiles?: PullFile[];
  /** Comments already on the pull request from other people, before the Action runs (tests pagination). */
  otherComments?: number;
}

/** A local stand-in for api.github.com that checks every request against GitHub's REST description. */
export interface MockGitHub {
  url: string;
  calls: RecordedCall[];
  /** Requests that did not match GitHub's description (unknown endpoint, bad parameter or body), or responses that did not. */
  violations: string[];
  /** Comments on the pull request, in creation order. */
  comments: { id: number; body: string; user: { login: string; type: string } }[];
  /** Check runs created, with every update applied (annotations accumulated). */
  checkRuns: { id: number; create: any; updates: any[] }[];
  options: MockGitHubOptions;
  close(): Promise<void>;
}

const PAGE = (query: URLSearchParams) => ({ perPage: Number(query.get('per_page') ?? 30), page: Number(query.get('page') ?? 1) });

/** Start the fake on 127.0.0.1 (a random port). State (comments, check runs) lives as long as the server. */
export async function startMockGitHub(options: MockGitHubOptions = {}): Promise<MockGitHub> {
  const state: MockGitHub = { url: '', calls: [], violations: [], comments: [], checkRuns: [], options, close: async () => {} };
  let nextId = 1000;
  const baseComment = (): any => {
    const op = findOperation('GET', '/repos/o/r/issues/1/comments')!.operation;
    return (exampleResponse(op, 200) as any[])[0];
  };
  for (let i = 0; i < (options.otherComments ?? 0); i++) {
    const c = baseComment();
    c.id = nextId++;
    c.body = `Unrelated comment ${i}: <!-- bylaw:not:this -->`;
    state.comments.push(c);
  }

  const handlers: Record<string, (ctx: { params: Record<string, string>; query: URLSearchParams; body: any; op: Operation; url: string }) => [number, unknown, Record<string, string>?]> = {
    'issues/list-comments': ({ query, op, url }) => paginate(state.comments, query, url),
    'issues/create-comment': ({ body, op }) => {
      const comment = exampleResponse(op, 201) as any;
      comment.id = nextId++;
      comment.body = body.body;
      comment.user = { ...comment.user, login: 'github-actions[bot]', type: 'Bot' };
      state.comments.push(comment);
      return [201, comment];
    },
    'issues/update-comment': ({ params, body, op }) => {
      const comment = state.comments.find((c) => c.id === Number(params.comment_id));
      if (!comment) return [404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }];
      comment.body = body.body;
      return [200, { ...(exampleResponse(op, 200) as any), id: comment.id, body: comment.body, user: comment.user }];
    },
    'checks/create': ({ body, op }) => {
      const run = exampleResponse(op, 201) as any;
      run.id = nextId++;
      run.name = body.name;
      run.head_sha = body.head_sha;
      run.status = body.status ?? 'queued';
      state.checkRuns.push({ id: run.id, create: body, updates: [] });
      return [201, run];
    },
    'checks/update': ({ params, body, op }) => {
      const run = state.checkRuns.find((r) => r.id === Number(params.check_run_id));
      if (!run) return [404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }];
      run.updates.push(body);
      const answer = exampleResponse(op, 200) as any;
      answer.id = run.id;
      if (body.status) answer.status = body.status;
      if (body.conclusion) answer.conclusion = body.conclusion;
      return [200, answer];
    },
    'pulls/list-files': ({ query, op, url }) => {
      const template = (exampleResponse(op, 200) as any[])[0];
      const files = (options.pullFiles ?? []).map((f) => {
        const lines = (f.patch ?? '').split('\n');
        const additions = lines.filter((l) => l.startsWith('+')).length;
        const deletions = lines.filter((l) => l.startsWith('-')).length;
        const out: any = { ...template, filename: f.filename, status: f.status, additions, deletions, changes: additions + deletions };
        if (f.patch === undefined) delete out.patch;
        else out.patch = f.patch;
        return out;
      });
      return paginate(files, query, url);
    },
  };

  const server: Server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const rawBody = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', state.url);
    const method = req.method ?? 'GET';
    const found = findOperation(method, url.pathname);
    let body: unknown;
    const problems: string[] = [];
    try {
      body = rawBody ? JSON.parse(rawBody) : undefined;
    } catch {
      problems.push('body is not JSON');
    }
    const call: RecordedCall = {
      method,
      path: url.pathname,
      operationId: found?.operation.operationId ?? '(unknown)',
      query: Object.fromEntries(url.searchParams),
      body,
      rawBody,
      authorization: req.headers.authorization,
    };
    state.calls.push(call);
    const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-github-request-id': `MOCK:${state.calls.length}`, ...headers });
      res.end(payload === undefined ? '' : JSON.stringify(payload));
    };
    if (!found) {
      state.violations.push(`${method} ${url.pathname}: no such operation in GitHub's REST description`);
      return send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
    }
    problems.push(...validateRequest(found.operation, found.params, url.searchParams, body, rawBody.length > 0));
    if (!req.headers.authorization) problems.push('no Authorization header');
    if (problems.length > 0) {
      state.violations.push(...problems.map((p) => `${found.operation.operationId}: ${p}`));
      return send(422, { message: 'Validation Failed', documentation_url: 'https://docs.github.com/rest' });
    }
    if (options.deny?.includes(found.operation.operationId)) {
      return send(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest', status: '403' });
    }
    const handler = handlers[found.operation.operationId];
    if (!handler) {
      state.violations.push(`${found.operation.operationId}: the fake has no handler (unexpected call)`);
      return send(500, { message: 'not implemented by the fake' });
    }
    const [status, payload, headers] = handler({ params: found.params, query: url.searchParams, body, op: found.operation, url: url.href });
    for (const p of validateResponse(found.operation, status, payload)) state.violations.push(`${found.operation.operationId}: fake answered badly: ${p}`);
    send(status, payload, headers);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = () => new Promise((resolve) => server.close(() => resolve()));
  return state;
}

/** One page of `items` per `per_page`/`page`, with a Link header to the next and last pages as GitHub sends. */
function paginate(items: unknown[], query: URLSearchParams, href: string): [number, unknown, Record<string, string>] {
  const { perPage, page } = PAGE(query);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const link = (p: number) => {
    const u = new URL(href);
    u.searchParams.set('page', String(p));
    return u.href;
  };
  const headers: Record<string, string> = {};
  if (page < last) headers.link = `<${link(page + 1)}>; rel="next", <${link(last)}>; rel="last"`;
  return [200, slice, headers];
}
