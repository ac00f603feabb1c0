import { createRequire as __bylawCreateRequire } from 'node:module'; const require = __bylawCreateRequire(import.meta.url);
import {
  MAX_TARBALL_BYTES
} from "./chunk-J7MBRSC5.js";
import {
  Octokit2 as Octokit,
  retry
} from "./chunk-YSXDXWRZ.js";
import {
  require_semver
} from "./chunk-H5PB2ROW.js";
import {
  __toESM
} from "./chunk-TNTV4BKW.js";

// engine/policy/remote/client.ts
var import_semver = __toESM(require_semver(), 1);
var Client = Octokit.plugin(retry);
function remoteSettings(env, cacheDir, apiUrl) {
  const token = env.BYLAW_GITHUB_TOKEN || env.GITHUB_TOKEN || void 0;
  return { baseUrl: (apiUrl || env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, ""), token, cacheDir };
}
async function readBounded(body, limit, announced) {
  const tooLarge = () => new Error(`response is larger than ${limit} bytes`);
  if (!body) return Buffer.alloc(0);
  if (announced && announced > limit) {
    await body.cancel();
    throw tooLarge();
  }
  const chunks = [];
  let seen = 0;
  const reader = body.getReader();
  for (; ; ) {
    const { done, value } = await reader.read();
    if (done) break;
    seen += value.byteLength;
    if (seen > limit) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
function githubPackSource(settings) {
  const octokit = new Client({
    baseUrl: settings.baseUrl,
    auth: settings.token,
    userAgent: "bylaw",
    log: { debug: () => {
    }, info: () => {
    }, warn: () => {
    }, error: () => {
    } },
    request: { retries: 2 }
  });
  return {
    async resolveCommit(owner, repo, ref) {
      const res = await octokit.rest.repos.getCommit({ owner, repo, ref, mediaType: { format: "sha" } });
      const sha = String(res.data).trim();
      if (!/^[0-9a-f]{40}$/.test(sha)) throw new Error(`unexpected answer for ${owner}/${repo}@${ref}: not a commit SHA`);
      return sha;
    },
    async listTags(owner, repo) {
      const tags = await octokit.paginate(octokit.rest.repos.listTags, { owner, repo, per_page: 100 });
      return tags.map((t) => ({ name: t.name, sha: t.commit.sha }));
    },
    async tarball(owner, repo, sha) {
      const res = await octokit.rest.repos.downloadTarballArchive({ owner, repo, ref: sha, request: { parseSuccessResponseBody: false } });
      return readBounded(res.data, MAX_TARBALL_BYTES, Number(res.headers["content-length"] ?? 0));
    }
  };
}
function newestTag(tags, range) {
  const matching = tags.map((t) => ({ ...t, version: import_semver.default.valid(import_semver.default.clean(t.name) ?? "") })).filter((t) => !!t.version && import_semver.default.satisfies(t.version, range)).sort((a, b) => import_semver.default.rcompare(a.version, b.version) || (a.name < b.name ? -1 : 1));
  return matching[0] && { name: matching[0].name, sha: matching[0].sha };
}
function describeFailure(ref, err) {
  const status = err?.status;
  const message = (err instanceof Error ? err.message : String(err)).split("\n")[0].slice(0, 200);
  const hint = status === 404 ? " (no such repository, ref or path, or the token cannot see it: set BYLAW_GITHUB_TOKEN or GITHUB_TOKEN)" : status === 401 || status === 403 ? " (check BYLAW_GITHUB_TOKEN / GITHUB_TOKEN)" : "";
  return `remote pack ${ref.raw}: ${typeof status === "number" ? `HTTP ${status}: ` : ""}${message}${hint}`;
}

export {
  remoteSettings,
  githubPackSource,
  newestTag,
  describeFailure
};
