/**
 * A byte budget for size-limited Markdown (UTF-8 bytes, which are never fewer than the characters GitHub
 * counts). Blocks are added whole or not at all; `reserve` keeps room for what must still follow.
 */
export class Budget {
  private readonly parts: string[] = [];
  private used = 0;

  constructor(private readonly max: number) {}

  /** Adds `text` if it fits while leaving `reserve` bytes free; returns whether it was added. */
  add(text: string, reserve = 0): boolean {
    const size = Buffer.byteLength(text);
    if (this.used + size + reserve > this.max) return false;
    this.parts.push(text);
    this.used += size;
    return true;
  }

  /** Adds `text` unconditionally (closing tags and notes the reserve was kept for). */
  force(text: string): void {
    this.parts.push(text);
    this.used += Buffer.byteLength(text);
  }

  toString(): string {
    return this.parts.join('');
  }
}
