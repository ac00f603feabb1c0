import { describe, expect, it } from 'vitest';
import { withNotes } from '../../action/summary.js';

describe('withNotes', () => {
  it('the report, then the notes as one block quote, then the policy impact', () => {
    expect(withNotes('# Report\n\n', ['first', 'second'], '## impact\n')).toBe('# Report\n\n> first\n>\n> second\n\n## impact\n');
  });

  it('just the report when there are no notes and no impact', () => {
    expect(withNotes('# Report\n', [], '')).toBe('# Report\n');
  });
});
