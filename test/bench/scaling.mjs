/**
 * Packs for the rule-scaling check: `1x` extends the packs under test; `10x` extends them too and adds copies
 * of every built-in rule of the input type under new ids, enough copies to make about ten times the rules.
 * `10x-idle` adds the same number of copies, but for a kind no file contains: what rules that do not apply
 * cost when rules are indexed by input type and kind.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ID = /^id:[ \t]*["']?([A-Za-z0-9._-]+)["']?[ \t]*$/m;
const KINDS = /^([ \t]+kinds:[ \t]*).*$/m;

function pack(id, policies, rules) {
  const lines = [`id: ${id}`, 'version: 1.0.0', `title: Benchmark rule scaling (${id})`, 'extends:', ...policies.map((p) => `  - ${p}`)];
  if (rules) lines.push('rules:', '  - ./rules/*.yaml');
  return lines.join('\n') + '\n';
}

/**
 * Write both packs under `dir` for `policies`, copying rules from `rulesDir` (`rules/<input>`).
 * `baseRules` is how many rules the packs under test have (from a scan's result); returns the pack files and
 * how many rules each should evaluate.
 */
export function writeScalingPacks(dir, policies, rulesDir, baseRules) {
  rmSync(dir, { recursive: true, force: true });
  const sources = readdirSync(rulesDir).filter((f) => /\.ya?ml$/.test(f) && !/\.cases\./.test(f)).sort();
  const copies = Math.max(1, Math.round((9 * baseRules) / Math.max(1, sources.length)));
  mkdirSync(join(dir, '1x'), { recursive: true });
  mkdirSync(join(dir, '10x', 'rules'), { recursive: true });
  mkdirSync(join(dir, '10x-idle', 'rules'), { recursive: true });
  writeFileSync(join(dir, '1x', 'pack.yaml'), pack('bench-rules-1x', policies, false));
  writeFileSync(join(dir, '10x', 'pack.yaml'), pack('bench-rules-10x', policies, true));
  writeFileSync(join(dir, '10x-idle', 'pack.yaml'), pack('bench-rules-10x-idle', policies, true));
  let added = 0;
  let idle = 0;
  for (const f of sources) {
    const text = readFileSync(join(rulesDir, f), 'utf8');
    const id = ID.exec(text)?.[1];
    if (!id) continue;
    for (let k = 1; k <= copies; k++) {
      writeFileSync(join(dir, '10x', 'rules', `${id}-copy${k}.yaml`), text.replace(ID, `id: ${id}-copy${k}`));
      added++;
      if (KINDS.test(text)) {
        writeFileSync(join(dir, '10x-idle', 'rules', `${id}-idle${k}.yaml`), text.replace(ID, `id: ${id}-idle${k}`).replace(KINDS, '$1[BenchKindNoFileHas]'));
        idle++;
      }
    }
  }
  return {
    one: join(dir, '1x', 'pack.yaml'),
    ten: join(dir, '10x', 'pack.yaml'),
    idle: join(dir, '10x-idle', 'pack.yaml'),
    rulesOne: baseRules,
    rulesTen: baseRules + added,
    rulesIdle: baseRules + idle,
  };
}
