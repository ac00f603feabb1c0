import { createRequire as __bylawCreateRequire } from 'node:module'; const require = __bylawCreateRequire(import.meta.url);
import {
  MAX_TARBALL_BYTES,
  commitDir,
  defaultCacheDir,
  isCached,
  storeTarball
} from "./chunk-J7MBRSC5.js";
import "./chunk-TNTV4BKW.js";
export {
  MAX_TARBALL_BYTES,
  commitDir,
  defaultCacheDir,
  isCached,
  storeTarball
};
