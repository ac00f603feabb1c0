import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
// The protocol's own message definitions, as @actions/artifact generates them from the results service protos.
import {
  CreateArtifactRequest,
  CreateArtifactResponse,
  FinalizeArtifactRequest,
  FinalizeArtifactResponse,
} from '../../../node_modules/@actions/artifact/lib/generated/index.js';

/**
 * A minimal stand-in for the Actions results service (twirp JSON: CreateArtifact, FinalizeArtifact) and the
 * Azure blob endpoint its signed URL points at (Put Block / Put Block List / Put Blob). Requests are decoded
 * with the protocol's generated message types, which reject unknown fields.
 */
export interface FakeArtifactService {
  url: string;
  /** A runtime token whose `scp` claim carries the run and job backend ids, as the runner's does. */
  runtimeToken: string;
  /** Artifacts finalised: name, size claimed, sha256 claimed, and the bytes received. */
  artifacts: { name: string; size: string; hash?: string; bytes: Buffer }[];
  violations: string[];
  close(): Promise<void>;
}

const SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService/';
const RUN = 'c0ffee00-0000-4000-8000-000000000001';
const JOB = 'c0ffee00-0000-4000-8000-000000000002';

/** Start the fake on 127.0.0.1. */
export async function startFakeArtifactService(): Promise<FakeArtifactService> {
  const claims = Buffer.from(JSON.stringify({ scp: `Actions.GenericRead:x Actions.Results:${RUN}:${JOB}` })).toString('base64url');
  const runtimeToken = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${claims}.sig`;
  const state: FakeArtifactService = { url: '', runtimeToken, artifacts: [], violations: [], close: async () => {} };
  const blocks = new Map<string, Map<string, Buffer>>();
  const blobs = new Map<string, Buffer>();
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', state.url);
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.method === 'POST' && url.pathname.startsWith(SERVICE)) {
      if (req.headers.authorization !== `Bearer ${runtimeToken}`) state.violations.push(`${url.pathname}: wrong Authorization`);
      const method = url.pathname.slice(SERVICE.length);
      try {
        const body = JSON.parse(raw.toString('utf8'));
        if (method === 'CreateArtifact') {
          const request = CreateArtifactRequest.fromJson(body);
          if (request.workflowRunBackendId !== RUN || request.workflowJobRunBackendId !== JOB) state.violations.push('CreateArtifact: backend ids differ from the token');
          const signed = `${state.url}/devstoreaccount1/artifacts/${encodeURIComponent(request.name)}.zip?sig=fake-signature`;
          return json(200, CreateArtifactResponse.toJson({ ok: true, signedUploadUrl: signed }, { useProtoFieldName: true }));
        }
        if (method === 'FinalizeArtifact') {
          const request = FinalizeArtifactRequest.fromJson(body);
          const bytes = blobs.get(`/devstoreaccount1/artifacts/${encodeURIComponent(request.name)}.zip`) ?? Buffer.alloc(0);
          state.artifacts.push({ name: request.name, size: request.size, hash: request.hash?.value, bytes });
          return json(200, FinalizeArtifactResponse.toJson({ ok: true, artifactId: String(state.artifacts.length) }, { useProtoFieldName: true }));
        }
        state.violations.push(`unexpected twirp method ${method}`);
        return json(404, { code: 'bad_route', msg: `no handler for ${method}` });
      } catch (error) {
        state.violations.push(`${method}: ${(error as Error).message}`);
        return json(400, { code: 'malformed', msg: (error as Error).message });
      }
    }
    if (req.method === 'PUT' && url.pathname.startsWith('/devstoreaccount1/')) {
      if (url.searchParams.get('sig') !== 'fake-signature') state.violations.push(`blob PUT without the signature: ${url.href}`);
      const comp = url.searchParams.get('comp');
      if (comp === 'block') {
        const list = blocks.get(url.pathname) ?? new Map<string, Buffer>();
        list.set(url.searchParams.get('blockid') ?? '', raw);
        blocks.set(url.pathname, list);
      } else if (comp === 'blocklist') {
        const ids = [...raw.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map((m) => m[1]);
        const list = blocks.get(url.pathname) ?? new Map();
        blobs.set(url.pathname, Buffer.concat(ids.map((id) => list.get(id) ?? Buffer.alloc(0))));
      } else {
        blobs.set(url.pathname, raw);
      }
      res.writeHead(201, {
        etag: '"0x8D0000000000000"',
        'last-modified': new Date(0).toUTCString(),
        'x-ms-request-id': 'fake',
        'x-ms-version': '2024-11-04',
        'x-ms-request-server-encrypted': 'true',
      });
      return res.end();
    }
    state.violations.push(`unexpected ${req.method} ${url.pathname}`);
    res.writeHead(404);
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = () => new Promise((resolve) => server.close(() => resolve()));
  return state;
}
