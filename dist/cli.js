#!/usr/bin/env node
import { createRequire as __bylawCreateRequire } from 'node:module'; const require = __bylawCreateRequire(import.meta.url);
import {
  VERSION
} from "./chunk-UIU7R45R.js";
import "./chunk-TNTV4BKW.js";

// engine/cli.ts
var argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-v")) {
  process.stdout.write(VERSION + "\n");
} else {
  try {
    const { run } = await import("./chunk-6LNWPQ67.js");
    process.exitCode = await run(argv);
  } catch (err) {
    process.stderr.write(`internal error: ${err?.stack ?? String(err)}
`);
    process.exitCode = 3;
  }
}
