import { createRequire as __bylawCreateRequire } from 'node:module'; const require = __bylawCreateRequire(import.meta.url);
import {
  describeFailure,
  githubPackSource,
  newestTag,
  remoteSettings
} from "./chunk-4VOHFLEX.js";
import "./chunk-J7MBRSC5.js";
import "./chunk-YSXDXWRZ.js";
import "./chunk-H5PB2ROW.js";
import "./chunk-TNTV4BKW.js";
export {
  describeFailure,
  githubPackSource,
  newestTag,
  remoteSettings
};
