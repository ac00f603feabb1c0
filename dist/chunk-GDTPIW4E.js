import { createRequire as __bylawCreateRequire } from 'node:module'; const require = __bylawCreateRequire(import.meta.url);
import {
  describeFailure,
  newestTag
} from "./chunk-4VOHFLEX.js";
import {
  commitDir,
  isCached,
  storeTarball
} from "./chunk-J7MBRSC5.js";
import "./chunk-YSXDXWRZ.js";
import {
  githubRefsOf,
  packFileIn
} from "./chunk-DAQDX3CG.js";
import {
  isGitHubRef,
  parseGitHubRef,
  registerRemote,
  remoteShown
} from "./chunk-BFJSV7N7.js";
import "./chunk-H5PB2ROW.js";
import "./chunk-TNTV4BKW.js";

// engine/policy/remote/materialize.ts
import { join } from "node:path";
var MAX_REFS = 64;
async function materializeRemote(refs, options) {
  const queue = refs.filter(isGitHubRef);
  const done = /* @__PURE__ */ new Map();
  const tried = /* @__PURE__ */ new Set();
  const diagnostics = [];
  let current = "";
  const fail = (message, code = "unknown-pack", place) => {
    diagnostics.push({ ...place ?? options.places?.get(current) ?? { path: "<command line>", line: 1, column: 1 }, code, message });
  };
  let client;
  const api = () => client ??= options.source();
  while (queue.length) {
    const raw = queue.shift();
    current = raw;
    if (tried.has(raw)) continue;
    tried.add(raw);
    if (done.size >= MAX_REFS) {
      fail(`more than ${MAX_REFS} remote packs; refusing to fetch more`);
      break;
    }
    const ref = parseGitHubRef(raw);
    if ("error" in ref) {
      fail(ref.error);
      continue;
    }
    const locked = options.locked?.find((e) => e.source === raw && e.commit);
    let sha;
    let tag;
    try {
      if (ref.kind === "commit") sha = ref.ref;
      else if (locked && !options.update) {
        sha = locked.commit;
        tag = locked.tag;
      } else if (options.locked && !options.update && !options.resolveMissing) {
        fail(`remote pack ${raw} is not in the lock; run \`bylaw lock\` to resolve and pin it`, "lock-mismatch", options.lockPlace);
        continue;
      } else ({ sha, tag } = await resolveRef(ref, api()));
      const dir = commitDir(options.cacheDir, ref.owner, ref.repo, sha);
      if (!isCached(dir)) await storeTarball(await api().tarball(ref.owner, ref.repo, sha), dir);
      const file = packFileIn(join(dir, ...ref.path.split("/").filter(Boolean)));
      if (!file) {
        fail(`remote pack ${raw}: no pack file at "${ref.path || "/"}" in ${ref.owner}/${ref.repo}@${sha.slice(0, 12)} (expected pack.yaml or a pack YAML file)`);
        continue;
      }
      const pack = { ref: raw, owner: ref.owner, repo: ref.repo, path: ref.path, sha, ...tag ? { tag } : {}, dir, file };
      done.set(raw, pack);
      registerRemote([pack]);
      for (const parent of githubRefsOf(file, dir)) {
        queue.push(parent);
        if (!options.places?.has(parent)) options.places?.set(parent, { path: remoteShown(file) ?? file, line: 1, column: 1 });
      }
    } catch (err) {
      fail(describeFailure(ref, err));
    }
  }
  return { packs: [...done.values()].sort((a, b) => a.ref < b.ref ? -1 : 1), diagnostics };
}
async function resolveRef(ref, api) {
  if (ref.kind === "range") {
    const tags = await api.listTags(ref.owner, ref.repo);
    const best = newestTag(tags, ref.ref);
    if (!best) {
      const versions = tags.map((t) => t.name).slice(0, 10).join(", ");
      throw new Error(`no tag satisfies ${ref.ref}${versions ? ` (tags: ${versions}${tags.length > 10 ? ", \u2026" : ""})` : " (the repository has no tags)"}`);
    }
    return { sha: best.sha, tag: best.name };
  }
  return { sha: await api.resolveCommit(ref.owner, ref.repo, ref.ref) };
}
export {
  materializeRemote
};
