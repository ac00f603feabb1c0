import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { cli, tempTree } from '../helpers/cli.js';
import { render } from '../../engine/render.js';
import type { Result } from '../../engine/types.js';

/** Text an attacker controls ends up in finding messages (container names, images): every output must neutralise it. */
const PAYLOAD = '<img src=x onerror=alert(1)> @octocat ::error file=x::pwned =HYPERLINK("http://evil") | col ]]> \u001b[31mRED \u202eevil\u202c `tick`';
const PACK = join(import.meta.dirname, '..', 'fixtures', 'core', 'pack');

async function hostileResult(): Promise<Result> {
  const dir = tempTree({
    'pod.yaml': `apiVersion: v1\nkind: Pod\nmetadata: {name: x}\nspec:\n  containers:\n    - name: ${JSON.stringify(PAYLOAD)}\n      image: ${JSON.stringify('=cmd|' + PAYLOAD)}\n      resources: {limits: {memory: 1Mi}}\n      securityContext: {privileged: true}\n`,
  });
  const r = await cli(['scan', '.', '--policy', PACK, '--no-config', '--format', 'json'], dir);
  return JSON.parse(r.stdout) as Result;
}

describe('finding text from scanned files is neutralised in every output', () => {
  it('every format', async () => {
    const result = await hostileResult();
    const messages = result.findings.map((f) => f.message);
    expect(messages.some((m) => m.includes(PAYLOAD))).toBe(true);

    // JSON keeps the data exactly (it is data, not markup).
    expect(render(result, 'json')).toContain(JSON.stringify(PAYLOAD).slice(1, -1));

    const text = render(result, 'text', { color: false });
    expect(text).not.toMatch(/[\u001b\u202e\u202c]/);
    expect(text).toContain('<img src=x');

    const md = render(result, 'markdown', { variant: 'comment' });
    expect(md).not.toContain('<img');
    expect(md).not.toMatch(/(^|[^`\w\u200b-\u200d])@octocat/);
    expect(md).not.toMatch(/[\u001b\u202e]/);

    const html = render(result, 'html');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toMatch(/Content-Security-Policy/);

    const junit = render(result, 'junit');
    expect(junit).not.toContain('<img');
    expect(junit).not.toMatch(/[\u001b]/);
    expect(junit.match(/]]>/g)?.length ?? 0).toBe((junit.match(/<!\[CDATA\[/g) ?? []).length);

    const csv = render(result, 'csv');
    for (const cell of csv.split(/\r\n/).flatMap((row) => row.split(','))) expect(cell).not.toMatch(/^"?[=+\-@\t\r]/);

    // SARIF and OSCAL are data: the visible text is kept as plain-text JSON strings (viewers render SARIF `text`
    // as plain text), control and bidi characters are removed, and nothing reaches a Markdown field.
    const visible = '<img src=x onerror=alert(1)> @octocat ::error file=x::pwned';
    const sarif = JSON.parse(render(result, 'sarif')) as { runs: { results: { message: { text: string; markdown?: string } }[] }[] };
    const sarifMessages = sarif.runs[0].results.map((r) => r.message);
    expect(sarifMessages.some((m) => m.text.includes(visible))).toBe(true);
    expect(sarifMessages.every((m) => !/[\u001b\u202e]/.test(m.text) && (m.markdown === undefined || !m.markdown.includes('<img')))).toBe(true);

    const oscal = JSON.stringify(JSON.parse(render(result, 'oscal')));
    expect(oscal).toContain(JSON.stringify(visible).slice(1, -1));
  });
});
