import { createRequire as __bylawCreateRequire } from 'node:module'; const require = __bylawCreateRequire(import.meta.url);
import {
  Octokit2 as Octokit,
  retry
} from "./chunk-YSXDXWRZ.js";
import "./chunk-TNTV4BKW.js";

// engine/loaders/repository-github-client.ts
var Client = Octokit.plugin(retry);
function githubClientFromEnv(env) {
  const token = env.BYLAW_GITHUB_TOKEN || env.GITHUB_TOKEN;
  const repository = env.GITHUB_REPOSITORY;
  if (!token || !repository || !/^[\w.-]+\/[\w.-]+$/.test(repository)) return void 0;
  const octokit = new Client({
    auth: token,
    baseUrl: (env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, ""),
    userAgent: "bylaw",
    log: { debug: () => {
    }, info: () => {
    }, warn: () => {
    }, error: () => {
    } },
    request: { retries: 1 }
  });
  return { request: octokit.request, repository };
}
export {
  githubClientFromEnv
};
