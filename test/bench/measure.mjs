/**
 * Run one benchmark phase in its own process and measure it: wall time from spawn to exit, peak RSS from
 * GNU time (`/usr/bin/time -v`) when installed, else from the child's own `process.resourceUsage().maxRSS`.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const GNU_TIME = '/usr/bin/time';
/** True when peak RSS comes from GNU time (covers the whole process tree's largest process). */
export const hasGnuTime = existsSync(GNU_TIME);

/**
 * Spawn `command args` (under GNU time when available) and resolve to
 * `{ wallMs, cpuMs, cpuPercent, rssMb, code, report, stderr }` (CPU = user + system time of the process, all threads;
 * CPU % above 100 means several threads ran); `report` is the JSON a phase script prints as its last line.
 */
let current;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    current?.kill(signal);
    process.exit(130);
  });
}

export function measure(command, args, options = {}) {
  const argv = hasGnuTime ? [GNU_TIME, ['-v', command, ...args]] : [command, args];
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(argv[0], argv[1], { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    current = child;
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
      const last = stdout.trim().split('\n').pop() ?? '';
      let report;
      try {
        report = last.startsWith('{') ? JSON.parse(last) : undefined;
      } catch {
        report = undefined;
      }
      const gnu = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      const exit = /Exit status: (\d+)/.exec(stderr);
      const cpu = /Percent of CPU this job got: (\d+)%/.exec(stderr);
      const user = /User time \(seconds\): ([\d.]+)/.exec(stderr);
      const sys = /System time \(seconds\): ([\d.]+)/.exec(stderr);
      const cpuMs = user && sys ? (Number(user[1]) + Number(sys[1])) * 1000 : report?.cpuMs;
      const rssKb = gnu ? Number(gnu[1]) : report?.maxRssKb;
      const ownStderr = stderr.replace(/(?:Command exited with non-zero status \d+\n)?\tCommand being timed:[\s\S]*$/, '').trim();
      resolve({ wallMs, cpuMs, cpuPercent: cpu ? Number(cpu[1]) : undefined, rssMb: rssKb ? rssKb / 1024 : undefined, code: exit ? Number(exit[1]) : code, report, stderr: ownStderr });
    });
  });
}
