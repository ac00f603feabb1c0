import { createRequire as __bylawCreateRequire } from 'node:module'; const require = __bylawCreateRequire(import.meta.url);
import {
  CORE_SCHEMA,
  isGitHubRef,
  load
} from "./chunk-BFJSV7N7.js";

// engine/policy/remote/extends-scan.ts
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
function packFileIn(pathOrDir) {
  if (!existsSync(pathOrDir)) return void 0;
  if (statSync(pathOrDir).isFile()) return pathOrDir;
  for (const name of ["pack.yaml", "pack.yml", "bylaw-pack.yaml"]) if (existsSync(join(pathOrDir, name))) return join(pathOrDir, name);
  return void 0;
}
function githubRefsOf(file, within, seen = /* @__PURE__ */ new Set()) {
  if (seen.has(file) || seen.size > 64) return [];
  seen.add(file);
  let data;
  try {
    data = load(readFileSync(file, "utf8"), { schema: CORE_SCHEMA });
  } catch {
    return [];
  }
  const list = data?.extends;
  if (!Array.isArray(list)) return [];
  const out = [];
  for (const ref of list.filter((r) => typeof r === "string")) {
    if (isGitHubRef(ref)) out.push(ref);
    else if (/^\.{1,2}\//.test(ref)) {
      const target = packFileIn(resolve(dirname(file), ref));
      if (target && (!within || !relative(within, target).startsWith(".."))) out.push(...githubRefsOf(target, within, seen));
    }
  }
  return out;
}

export {
  packFileIn,
  githubRefsOf
};
