/**
 * Expand `$NAME`, `${NAME}`, `${NAME:-default}` and `${NAME:+alt}` (also without the colon) from known build-arg
 * values, as BuildKit does for `FROM`. Unknown names without a default stay as written and make `resolved` false.
 */
export function expandBuildArgs(text: string, values: ReadonlyMap<string, string>): { value: string; resolved: boolean } {
  let resolved = true;
  const value = text.replace(
    /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g,
    (whole, braced: string | undefined, op: string | undefined, word: string | undefined, bare: string | undefined) => {
      const name = braced ?? bare ?? '';
      const known = values.has(name);
      const current = values.get(name) ?? '';
      if (op === ':-' || op === '-') {
        if (op === ':-' ? current !== '' : known) return current;
        return word ?? '';
      }
      if (op === ':+' || op === '+') return (op === ':+' ? current !== '' : known) ? (word ?? '') : '';
      if (known) return current;
      resolved = false;
      return whole;
    },
  );
  return { value, resolved };
}
