import { createRequire as __bylawCreateRequire } from 'node:module'; const require = __bylawCreateRequire(import.meta.url);
import {
  describeFailure,
  githubPackSource,
  newestTag,
  readBounded,
  remoteSettings
} from "./chunk-2OFVJGGT.js";
import "./chunk-XNDZ4OU5.js";
import "./chunk-YSXDXWRZ.js";
import "./chunk-H5PB2ROW.js";
import "./chunk-TNTV4BKW.js";
export {
  describeFailure,
  githubPackSource,
  newestTag,
  readBounded,
  remoteSettings
};
