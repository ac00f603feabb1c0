import { createRequire as __bylawCreateRequire } from 'node:module'; const require = __bylawCreateRequire(import.meta.url);

// package.json
var package_default = {
  name: "bylaw",
  version: "0.1.0",
  description: "Policy-as-code engine: versioned policy packs evaluated against repositories, IaC, manifests and workflows, with exact positions and audit reports.",
  type: "module",
  license: "Apache-2.0",
  bin: {
    bylaw: "dist/cli.js"
  },
  engines: {
    node: ">=20"
  },
  scripts: {
    build: "node esbuild.config.mjs",
    typecheck: "tsc --noEmit",
    test: "tsc --noEmit && vitest run",
    bench: "node test/bench/run.mjs"
  },
  dependencies: {
    "@actions/artifact": "6.2.1",
    "@actions/core": "3.0.1",
    "@octokit/plugin-retry": "8.1.1",
    "@octokit/plugin-throttling": "11.0.5",
    "@octokit/rest": "22.0.1",
    ajv: "8.20.0",
    "ajv-formats": "3.0.1",
    commander: "14.0.3",
    "dockerfile-ast": "0.7.1",
    ignore: "7.0.16",
    "js-yaml": "5.5.0",
    "json-logic-engine": "5.0.7",
    picocolors: "1.1.1",
    picomatch: "4.0.7",
    re2js: "2.10.0",
    semver: "7.8.6",
    tar: "7.5.23"
  },
  devDependencies: {
    "@cdktf/hcl2json": "0.21.0",
    "@octokit/openapi": "23.0.2",
    "@octokit/webhooks-examples": "7.6.1",
    "@stoplight/spectral-cli": "6.16.3",
    "@stoplight/spectral-core": "1.24.1",
    "@stoplight/spectral-functions": "1.11.1",
    "@stoplight/spectral-parsers": "1.0.5",
    "@types/js-yaml": "4.0.9",
    "@types/json-logic-js": "2.0.8",
    "@types/node": "20.19.43",
    "@types/picomatch": "4.0.3",
    "@types/semver": "7.8.0",
    "ajv-draft-04": "1.0.0",
    "csv-parse": "7.0.3",
    esbuild: "0.28.2",
    "fast-check": "4.10.2",
    "fast-xml-parser": "5.12.1",
    "json-logic-js": "2.0.5",
    "playwright-core": "1.65.1",
    typescript: "7.0.2",
    vitest: "4.1.12",
    yaml: "2.9.1"
  }
};

// engine/version.ts
var VERSION = package_default.version;

export {
  VERSION
};
