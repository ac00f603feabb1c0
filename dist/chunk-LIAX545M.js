import { createRequire as __bylawCreateRequire } from 'node:module'; const require = __bylawCreateRequire(import.meta.url);
import {
  VERSION
} from "./chunk-UIU7R45R.js";
import {
  DEFAULT_LIMITS,
  EngineError,
  EngineErrors,
  SEVERITIES,
  STATUSES,
  anyLoaderAccepts,
  decode,
  diagnosticAt,
  evaluate,
  globMatcher,
  loadConfig,
  loadPolicies,
  loaderFor,
  packRefsFor,
  readLock,
  readPolicyFile,
  registerSchema,
  repository,
  repositoryDocument,
  require_picomatch,
  resolvePackRef,
  scanBytes,
  scanFile,
  sortDiagnostics,
  validatePolicyFile
} from "./chunk-4ECAEXT5.js";
import {
  githubRefsOf
} from "./chunk-DAQDX3CG.js";
import {
  CORE_SCHEMA,
  isGitHubRef,
  load
} from "./chunk-BFJSV7N7.js";
import {
  __commonJS,
  __toESM
} from "./chunk-TNTV4BKW.js";

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern;
      let out = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run, space) => space ? run.slice(0, run.length - run.length % 2) + SPACE : run,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str) => index + 6 < str.length ? str.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run.length && !run[index].wildcard; index++) {
        separator += run[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY;
      let run = [];
      const flush = () => {
        let lastWildcard;
        run.forEach((token2, at) => {
          if (token2.wildcard) {
            lastWildcard = at;
          }
        });
        run.forEach((token2, at) => {
          if (!token2.wildcard) {
            out += token2.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at)})[^\\/])*`;
        });
        run = [];
      };
      tokens.forEach((token2) => {
        if (token2.boundary === void 0) {
          run.push(token2);
          return;
        }
        flush();
        out += token2.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path) => {
      const end = path.length - 1;
      const index = path.lastIndexOf(
        SLASH,
        path[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path : path.slice(index + 1);
    };
    var parentOf = (path) => {
      if (path.charCodeAt(0) === SLASH_CODE || path.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path.length - 1;
      const cut = path.lastIndexOf(
        SLASH,
        path.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str) => {
      let count = 0;
      while (str[str.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored2 = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path)) {
            ignored2 = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored: ignored2,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename = shortcut ? basenameOf(path) : path;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename : path
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path, originalPath, doThrow) => {
      if (!isString(path)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path) => {
      const first = path.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path.length === 1) {
        return true;
      }
      const second = path.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path.length === 2 || path.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, path) {
        checkPath(
          path,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path ? this._t(path, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path = convertPath(target);
        if (!path || path.charCodeAt(path.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path);
        }
        const dir = this._t(path, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path, cache) {
        if (path in cache) {
          return cache[path];
        }
        const parentPath = parentOf(path);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path] = parent && parent.ignored ? parent : this._rules.test(path, MODE_IGNORE);
      }
      ignores(path) {
        return this._test(path, this._ignoreCache, convertPath(path)).ignored;
      }
      createFilter() {
        return (path) => !this.ignores(path);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path) {
        return this._test(path, this._testCache, convertPath(path));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path) => checkPath(convertPath(path), path, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path) || isNotRelative(path);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// node_modules/picocolors/picocolors.js
var require_picocolors = __commonJS({
  "node_modules/picocolors/picocolors.js"(exports, module) {
    var p = process || {};
    var argv = p.argv || [];
    var env = p.env || {};
    var isColorSupported = !(!!env.NO_COLOR || argv.includes("--no-color")) && (!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || (p.stdout || {}).isTTY && env.TERM !== "dumb" || !!env.CI);
    var formatter = (open, close, replace = open) => (input) => {
      let string = "" + input, index = string.indexOf(close, open.length);
      return ~index ? open + replaceClose(string, close, replace, index) + close : open + string + close;
    };
    var replaceClose = (string, close, replace, index) => {
      let result = "", cursor = 0;
      do {
        result += string.substring(cursor, index) + replace;
        cursor = index + close.length;
        index = string.indexOf(close, cursor);
      } while (~index);
      return result + string.substring(cursor);
    };
    var createColors = (enabled = isColorSupported) => {
      let f = enabled ? formatter : () => String;
      return {
        isColorSupported: enabled,
        reset: f("\x1B[0m", "\x1B[0m"),
        bold: f("\x1B[1m", "\x1B[22m", "\x1B[22m\x1B[1m"),
        dim: f("\x1B[2m", "\x1B[22m", "\x1B[22m\x1B[2m"),
        italic: f("\x1B[3m", "\x1B[23m"),
        underline: f("\x1B[4m", "\x1B[24m"),
        inverse: f("\x1B[7m", "\x1B[27m"),
        hidden: f("\x1B[8m", "\x1B[28m"),
        strikethrough: f("\x1B[9m", "\x1B[29m"),
        black: f("\x1B[30m", "\x1B[39m"),
        red: f("\x1B[31m", "\x1B[39m"),
        green: f("\x1B[32m", "\x1B[39m"),
        yellow: f("\x1B[33m", "\x1B[39m"),
        blue: f("\x1B[34m", "\x1B[39m"),
        magenta: f("\x1B[35m", "\x1B[39m"),
        cyan: f("\x1B[36m", "\x1B[39m"),
        white: f("\x1B[37m", "\x1B[39m"),
        gray: f("\x1B[90m", "\x1B[39m"),
        bgBlack: f("\x1B[40m", "\x1B[49m"),
        bgRed: f("\x1B[41m", "\x1B[49m"),
        bgGreen: f("\x1B[42m", "\x1B[49m"),
        bgYellow: f("\x1B[43m", "\x1B[49m"),
        bgBlue: f("\x1B[44m", "\x1B[49m"),
        bgMagenta: f("\x1B[45m", "\x1B[49m"),
        bgCyan: f("\x1B[46m", "\x1B[49m"),
        bgWhite: f("\x1B[47m", "\x1B[49m"),
        blackBright: f("\x1B[90m", "\x1B[39m"),
        redBright: f("\x1B[91m", "\x1B[39m"),
        greenBright: f("\x1B[92m", "\x1B[39m"),
        yellowBright: f("\x1B[93m", "\x1B[39m"),
        blueBright: f("\x1B[94m", "\x1B[39m"),
        magentaBright: f("\x1B[95m", "\x1B[39m"),
        cyanBright: f("\x1B[96m", "\x1B[39m"),
        whiteBright: f("\x1B[97m", "\x1B[39m"),
        bgBlackBright: f("\x1B[100m", "\x1B[49m"),
        bgRedBright: f("\x1B[101m", "\x1B[49m"),
        bgGreenBright: f("\x1B[102m", "\x1B[49m"),
        bgYellowBright: f("\x1B[103m", "\x1B[49m"),
        bgBlueBright: f("\x1B[104m", "\x1B[49m"),
        bgMagentaBright: f("\x1B[105m", "\x1B[49m"),
        bgCyanBright: f("\x1B[106m", "\x1B[49m"),
        bgWhiteBright: f("\x1B[107m", "\x1B[49m")
      };
    };
    module.exports = createColors();
    module.exports.createColors = createColors;
  }
});

// engine/cli/io.ts
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from "node:fs";
import { dirname } from "node:path";
var processIO = () => ({
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTTY: !!process.stderr.isTTY && !process.env.CI,
  cwd: process.cwd(),
  env: process.env
});
function writeOut(path, content) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}
function writeChunks(path, chunks) {
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, "w");
  try {
    let pending = [];
    let size = 0;
    for (const c of chunks) {
      pending.push(c);
      size += c.length;
      if (size > 1 << 20) {
        writeSync(fd, pending.join(""));
        pending = [];
        size = 0;
      }
    }
    if (pending.length) writeSync(fd, pending.join(""));
  } finally {
    closeSync(fd);
  }
}
var EXIT = { ok: 0, findings: 1, usage: 2, internal: 3 };
var UsageError = class extends Error {
  name = "UsageError";
};

// engine/scan/git-info.ts
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname as dirname2, join, resolve } from "node:path";
function gitDir(dir) {
  let d = resolve(dir);
  for (let i = 0; i < 64; i++) {
    const g = join(d, ".git");
    if (existsSync(g)) {
      if (statSync(g).isDirectory()) return g;
      const m = /^gitdir:\s*(.+)$/m.exec(readFileSync(g, "utf8"));
      return m ? resolve(d, m[1].trim()) : void 0;
    }
    const up = dirname2(d);
    if (up === d) return void 0;
    d = up;
  }
  return void 0;
}
function readHead(git2) {
  try {
    const head = readFileSync(join(git2, "HEAD"), "utf8").trim();
    if (/^[0-9a-f]{40}$/.test(head)) return { commit: head };
    const m = /^ref:\s*(refs\/\S+)$/.exec(head);
    if (!m) return void 0;
    const ref = m[1];
    const loose = join(git2, ref);
    if (existsSync(loose)) {
      const sha = readFileSync(loose, "utf8").trim();
      return /^[0-9a-f]{40}$/.test(sha) ? { commit: sha, ref } : void 0;
    }
    const packed = join(git2, "packed-refs");
    if (existsSync(packed)) {
      for (const line of readFileSync(packed, "utf8").split("\n")) {
        const [sha, name] = line.trim().split(" ");
        if (name === ref && /^[0-9a-f]{40}$/.test(sha)) return { commit: sha, ref };
      }
    }
    return { ref };
  } catch {
    return void 0;
  }
}
function gitInfo(dir) {
  const git2 = gitDir(dir);
  if (!git2) return {};
  const fast = readHead(git2);
  if (fast?.commit) return fast;
  const run = (...args) => {
    try {
      return execFileSync("git", args, { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], timeout: 5e3 }).trim() || void 0;
    } catch {
      return void 0;
    }
  };
  const commit = run("rev-parse", "--verify", "-q", "HEAD");
  if (!commit) return {};
  const ref = run("symbolic-ref", "-q", "HEAD");
  return { commit, ref };
}

// engine/scan/scan.ts
import { statSync as statSync3 } from "node:fs";
import { join as join7, resolve as resolve4 } from "node:path";

// engine/scan/discover.ts
var import_ignore = __toESM(require_ignore(), 1);
var import_picomatch = __toESM(require_picomatch(), 1);
import { existsSync as existsSync2, lstatSync, readdirSync, readFileSync as readFileSync2, realpathSync, statSync as statSync2 } from "node:fs";
import { join as join2, relative, resolve as resolve2, sep } from "node:path";
var ALWAYS_SKIPPED = /* @__PURE__ */ new Set([".git", "node_modules", ".hg", ".svn"]);
var toPosix = (p) => p.split(sep).join("/");
function loadIgnore(dir) {
  const f = join2(dir, ".gitignore");
  if (!existsSync2(f)) return void 0;
  try {
    return (0, import_ignore.default)().add(readFileSync2(f, "utf8"));
  } catch {
    return void 0;
  }
}
function ignored(layers, abs, isDir) {
  for (const l of layers) {
    const rel = toPosix(relative(l.dir, abs));
    if (!rel || rel.startsWith("..")) continue;
    if (l.ig.ignores(isDir ? rel + "/" : rel)) return true;
  }
  return false;
}
function discover(options) {
  const root = resolve2(options.root);
  const realRoot = realpathSync(root);
  const notes = [];
  const found = /* @__PURE__ */ new Set();
  const exclude = options.exclude?.length ? (0, import_picomatch.default)(options.exclude, { dot: true }) : void 0;
  const include = options.include?.length ? (0, import_picomatch.default)(options.include, { dot: true }) : void 0;
  const consider = (abs, explicit) => {
    const rel = toPosix(relative(root, abs));
    if (rel.startsWith("..")) {
      notes.push({ code: "outside-root", message: `skipped ${abs}: outside the scan root`, path: toPosix(abs) });
      return;
    }
    if (exclude?.(rel)) return;
    if (include && !include(rel) && !explicit) return;
    if (!explicit && !anyLoaderAccepts(rel)) return;
    found.add(rel);
  };
  const insideRoot = (abs) => {
    try {
      const real = realpathSync(abs);
      return real === realRoot || real.startsWith(realRoot + sep);
    } catch {
      return false;
    }
  };
  const walk = (dir, layers, depth) => {
    if (depth > 64) return;
    const ig = loadIgnore(dir);
    const here = ig ? [...layers, { dir, ig }] : layers;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      notes.push({ code: "unreadable-directory", message: `cannot read directory: ${err.message}`, path: toPosix(relative(root, dir)) || "." });
      return;
    }
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const e of entries) {
      const abs = join2(dir, e.name);
      const rel = toPosix(relative(root, abs));
      if (e.isDirectory()) {
        if (ALWAYS_SKIPPED.has(e.name) || ignored(here, abs, true) || exclude?.(rel) || exclude?.(rel + "/")) continue;
        walk(abs, here, depth + 1);
      } else if (e.isSymbolicLink()) {
        if (ignored(here, abs, false)) continue;
        let st;
        try {
          st = statSync2(abs);
        } catch {
          notes.push({ code: "broken-symlink", message: "skipped broken symbolic link", path: rel });
          continue;
        }
        if (!insideRoot(abs)) {
          notes.push({ code: "symlink-outside-root", message: "skipped symbolic link: it points outside the scan root", path: rel });
          continue;
        }
        if (st.isFile()) consider(abs, false);
      } else if (e.isFile()) {
        if (!ignored(here, abs, false)) consider(abs, false);
      }
    }
  };
  const rootIgnore = loadIgnore(root);
  const baseLayers = rootIgnore ? [{ dir: root, ig: rootIgnore }] : [];
  for (const p of options.paths.length ? options.paths : ["."]) {
    const abs = resolve2(root, p);
    if (/[*?[{]/.test(p) && !existsSync2(abs)) {
      const isMatch = (0, import_picomatch.default)(toPosix(p).replace(/^\.\//, ""), { dot: true });
      const all = discover({ ...options, paths: ["."], include: void 0 });
      for (const f of all.files) if (isMatch(f)) found.add(f);
      continue;
    }
    let st;
    try {
      st = lstatSync(abs);
    } catch {
      notes.push({ code: "missing-path", message: `no such file or directory: ${p}`, path: toPosix(p) });
      continue;
    }
    if (st.isSymbolicLink() && !insideRoot(abs)) {
      notes.push({ code: "symlink-outside-root", message: "skipped symbolic link: it points outside the scan root", path: toPosix(p) });
      continue;
    }
    const target = st.isSymbolicLink() ? statSync2(abs) : st;
    if (target.isDirectory()) walk(abs, baseLayers, 0);
    else consider(abs, true);
  }
  return { files: [...found].sort(), notes };
}

// engine/scan/result.ts
var zeroStatus = () => Object.fromEntries(STATUSES.map((s) => [s, 0]));
var sortKeys = (o) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
var zeroSeverity = () => Object.fromEntries(SEVERITIES.map((s) => [s, 0]));
var rank = (s) => SEVERITIES.indexOf(s);
var ERROR_SEVERITY = "high";
function compareFindings(a, b) {
  const la = a.location;
  const lb = b.location;
  if (la.path !== lb.path) return la.path < lb.path ? -1 : 1;
  return la.startLine - lb.startLine || la.startColumn - lb.startColumn || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || la.endLine - lb.endLine || la.endColumn - lb.endColumn || (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0);
}
function isFailing(f, failOn) {
  if (failOn === "none") return false;
  return (f.status === "fail" || f.status === "error") && rank(f.severity) <= rank(failOn);
}
function verdict(findings, errors, failOn) {
  if (failOn === "none") return "pass";
  if (findings.some((f) => isFailing(f, failOn))) return "fail";
  const blocking = errors.some((e) => e.code === "parse-error" || e.code === "unreadable-file" || e.code === "limit-exceeded" || e.code === "rule-timeout");
  return blocking && rank(ERROR_SEVERITY) <= rank(failOn) ? "fail" : "pass";
}
function mergeBindings(findings) {
  const out = [];
  for (const f of findings) {
    const prev = out[out.length - 1];
    if (prev && prev.fingerprint === f.fingerprint && prev.status === f.status && prev.severity === f.severity && prev.message === f.message) {
      prev.packs = [.../* @__PURE__ */ new Set([...prev.packs ?? [], ...f.packs ?? []])].sort();
      prev.controls = [.../* @__PURE__ */ new Set([...prev.controls, ...f.controls])].sort();
      continue;
    }
    out.push(f);
  }
  return out;
}
function dedupeFingerprints(findings) {
  const seen = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const n = (seen.get(f.fingerprint) ?? 0) + 1;
    seen.set(f.fingerprint, n);
    if (n > 1) f.fingerprint = `${f.fingerprint}:${n}`;
  }
}
function summarize(result, policy, tally2, ruleControls, counts3, failOn) {
  const byStatus = zeroStatus();
  const bySeverity = zeroSeverity();
  const byControl = {};
  for (const c of policy.controls) byControl[c.id] ??= zeroStatus();
  for (const f of result.findings) {
    byStatus[f.status]++;
    if (f.status === "fail") bySeverity[f.severity]++;
    for (const c of f.controls) (byControl[c] ??= zeroStatus())[f.status]++;
  }
  for (const [ruleId, [pass, skip]] of Object.entries(tally2)) {
    byStatus.pass += pass;
    byStatus.skip += skip;
    for (const c of ruleControls.get(ruleId) ?? []) {
      const s = byControl[c] ??= zeroStatus();
      s.pass += pass;
      s.skip += skip;
    }
  }
  const byFramework = {};
  for (const c of policy.controls) {
    for (const [fw, reqs] of Object.entries(c.frameworks)) {
      for (const req of reqs) {
        const s = (byFramework[fw] ??= {})[req] ??= zeroStatus();
        for (const st of STATUSES) s[st] += byControl[c.id]?.[st] ?? 0;
      }
    }
  }
  return {
    files: result.inputs.length,
    documents: counts3.documents,
    resources: counts3.resources,
    byStatus,
    bySeverity,
    byControl: sortKeys(byControl),
    byFramework: sortKeys(Object.fromEntries(Object.entries(byFramework).map(([k, v]) => [k, sortKeys(v)]))),
    errors: result.errors.length,
    failOn,
    verdict: verdict(result.findings, result.errors, failOn)
  };
}
function collect(files) {
  const findings = [];
  const errors = [];
  const inputs = [];
  const notes = [];
  const tally2 = {};
  let documents = 0;
  let resources = 0;
  for (const f of files) {
    findings.push(...f.findings);
    errors.push(...f.errors);
    notes.push(...f.notes);
    if (f.input) inputs.push(f.input);
    documents += f.documents;
    resources += f.resources;
    for (const [id, [p, s]] of Object.entries(f.tally)) {
      const t = tally2[id] ??= [0, 0];
      t[0] += p;
      t[1] += s;
    }
  }
  findings.sort(compareFindings);
  const merged = mergeBindings(findings);
  dedupeFingerprints(merged);
  inputs.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  errors.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line || a.column - b.column || (a.message < b.message ? -1 : 1));
  notes.sort((a, b) => (a.path ?? "") < (b.path ?? "") ? -1 : (a.path ?? "") > (b.path ?? "") ? 1 : a.code < b.code ? -1 : 1);
  return { findings: merged, errors, inputs, notes, tally: tally2, documents, resources };
}

// engine/schema/exceptions.schema.json
var exceptions_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://bylaw.dev/schema/exceptions.schema.json",
  title: "bylaw exceptions (waivers) file",
  description: "Signed-off deviations from policy. Each entry names a rule or a control, narrows where it applies, and says why, who approved it and until when.",
  type: "object",
  additionalProperties: false,
  required: ["exceptions"],
  properties: {
    $schema: { type: "string" },
    exceptions: {
      type: "array",
      items: { $ref: "#/definitions/exception" }
    }
  },
  definitions: {
    nonEmpty: { type: "string", minLength: 1, pattern: "\\S" },
    exception: {
      type: "object",
      additionalProperties: false,
      required: ["reason", "approved_by"],
      oneOf: [
        { required: ["rule"], not: { required: ["control"] } },
        { required: ["control"], not: { required: ["rule"] } }
      ],
      properties: {
        rule: { $ref: "#/definitions/nonEmpty", description: "Rule id the waiver covers." },
        control: { $ref: "#/definitions/nonEmpty", description: "Control id: covers every rule implementing it." },
        paths: {
          type: "array",
          minItems: 1,
          items: { $ref: "#/definitions/nonEmpty" },
          description: "Globs of scanned paths (relative to the scan root, `/` separators); any may match."
        },
        resources: {
          type: "array",
          minItems: 1,
          description: "Resources the waiver covers; any may match. Each given field must equal the finding's resource.",
          items: {
            type: "object",
            additionalProperties: false,
            minProperties: 1,
            properties: {
              type: { type: "string" },
              kind: { type: "string" },
              name: { type: "string" },
              namespace: { type: "string" },
              address: { type: "string" }
            }
          }
        },
        pointer: {
          type: "string",
          pattern: "^(/.*)?$",
          description: "JSON pointer into the document (as in a finding's location.pointer); covers that node and everything under it."
        },
        reason: { $ref: "#/definitions/nonEmpty" },
        ticket: { $ref: "#/definitions/nonEmpty" },
        approved_by: { $ref: "#/definitions/nonEmpty", description: "Who signed the deviation off." },
        expires: {
          type: "string",
          pattern: "^\\d{4}-\\d{2}-\\d{2}$",
          format: "date",
          description: "Last day (UTC) the waiver applies, YYYY-MM-DD. Required unless the config sets waivers.requireExpiry: false."
        }
      }
    }
  }
};

// engine/waivers/clock.ts
function clockFromEnv(env) {
  const raw = env.BYLAW_NOW?.trim();
  if (!raw) return void 0;
  const ms = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(raw) ? `${raw}T00:00:00Z` : raw);
  if (Number.isNaN(ms)) throw new EngineError("usage", `BYLAW_NOW must be an ISO date or date-time (e.g. 2026-03-01 or 2026-03-01T12:00:00Z), got "${raw}"`);
  return () => new Date(ms);
}
var DAY_MS = 864e5;
function isoDay(now) {
  return now.toISOString().slice(0, 10);
}
function daysBetween(from, to) {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

// engine/waivers/load-exceptions.ts
var registered = false;
function ensureSchema() {
  if (registered) return;
  const copy = structuredClone(exceptions_schema_default);
  delete copy.definitions.exception.oneOf;
  delete copy.$id;
  registerSchema("exceptions", copy);
  registered = true;
}
function checkExceptionsFile(file, rules) {
  ensureSchema();
  const out = [...file.diagnostics.map((d) => ({ ...d, code: "invalid-exceptions" })), ...validatePolicyFile(file, "exceptions", "invalid-exceptions")];
  const entries = file.data?.exceptions;
  if (!Array.isArray(entries)) return out;
  const requireExpiry = rules.waivers?.requireExpiry !== false;
  const maxDays = rules.waivers?.maxDays;
  entries.forEach((raw, i) => {
    if (!raw || typeof raw !== "object" || Array.isArray(raw)) return;
    const e = raw;
    const at = `/exceptions/${i}`;
    if (e.rule === void 0 && e.control === void 0) out.push(diagnosticAt(file, at, "invalid-exceptions", `exception ${i + 1} must name a "rule" or a "control"`));
    if (e.rule !== void 0 && e.control !== void 0) out.push(diagnosticAt(file, `${at}/control`, "invalid-exceptions", `exception ${i + 1} names both a rule and a control; use one entry for each`));
    if (requireExpiry && e.expires === void 0) out.push(diagnosticAt(file, at, "invalid-exceptions", `missing required key "expires" at ${at} (the config requires every waiver to expire; waivers.requireExpiry)`));
    if (maxDays !== void 0 && rules.today && typeof e.expires === "string" && /^\d{4}-\d{2}-\d{2}$/.test(e.expires)) {
      const ahead = daysBetween(rules.today, e.expires);
      if (ahead > maxDays) out.push(diagnosticAt(file, `${at}/expires`, "invalid-exceptions", `expires ${e.expires} is ${ahead} days after today (${rules.today}); the config allows at most ${maxDays} (waivers.maxDays)`));
    }
  });
  return out.sort((a, b) => a.line - b.line || a.column - b.column || (a.message < b.message ? -1 : 1));
}
function loadExceptions(absPath, shownPath2, rules) {
  const file = readPolicyFile(absPath, shownPath2, "invalid-exceptions");
  const diagnostics = checkExceptionsFile(file, rules);
  if (diagnostics.length) return { exceptions: [], diagnostics };
  const entries = file.data.exceptions;
  const exceptions = entries.map(({ approved_by, ...scope }, i) => ({ ...scope, approvedBy: approved_by, source: { path: shownPath2, line: file.document?.locate(`/exceptions/${i}`).startLine ?? 1 } }));
  return { exceptions, diagnostics: [] };
}

// engine/waivers/match.ts
var glob = (pattern) => globMatcher(pattern.replace(/^\.\//, ""));
function pointerCovers(prefix, pointer) {
  if (prefix === "") return true;
  if (pointer === void 0) return false;
  return pointer === prefix || pointer.startsWith(prefix.endsWith("/") ? prefix : `${prefix}/`);
}
function exceptionMatches(x, f) {
  if (x.rule !== void 0 && x.rule !== f.ruleId) return false;
  if (x.control !== void 0 && !f.controls.includes(x.control)) return false;
  if (x.paths && !x.paths.some((p) => glob(p)(f.location.path))) return false;
  if (x.resources && !x.resources.some((r) => Object.entries(r).every(([k, v]) => f.resource[k] === v))) return false;
  if (x.pointer !== void 0 && !pointerCovers(x.pointer, f.location.pointer)) return false;
  return true;
}
function pathsInScope(x, scanned) {
  if (!x.paths) return true;
  return scanned.some((s) => x.paths.some((p) => glob(p)(s)));
}

// engine/waivers/counts.ts
function waiverCounts(draft) {
  draft.summary ??= {};
  return draft.summary.waivers ??= { applied: 0, expired: 0, expiring: 0, stale: 0, inline: 0 };
}

// engine/waivers/shown-path.ts
import { isAbsolute, relative as relative2, resolve as resolve3, sep as sep2 } from "node:path";
function shownPath(base, given) {
  const abs = resolve3(base, given);
  const rel = relative2(base, abs);
  const shown = rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel.split(sep2).join("/") : abs;
  return { abs, shown };
}

// engine/waivers/apply-exceptions.ts
var DEFAULT_WARN_DAYS = 14;
function exceptionsFile(ctx) {
  const fromOption = ctx.options.exceptions;
  const fromConfig = ctx.config.config.exceptions;
  if (!fromOption && !fromConfig) return void 0;
  return shownPath(fromOption ? ctx.root : ctx.policyRoot, fromOption ?? fromConfig);
}
var label = (x) => x.rule !== void 0 ? `rule ${x.rule}` : `control ${x.control}`;
var who = (x) => `approved by ${x.approvedBy}${x.ticket ? `, ${x.ticket}` : ""}`;
var applyExceptions = (draft, ctx) => {
  const file = exceptionsFile(ctx);
  if (!file) return;
  const today = isoDay(ctx.now);
  const waivers = ctx.config.config.waivers;
  const { exceptions, diagnostics } = loadExceptions(file.abs, file.shown, { waivers, today });
  if (diagnostics.length) throw new EngineErrors(diagnostics);
  const warnDays = waivers?.warnDays ?? DEFAULT_WARN_DAYS;
  const expired = (x) => x.expires !== void 0 && x.expires < today;
  const hits = new Map(exceptions.map((x) => [x, 0]));
  const counts3 = waiverCounts(draft);
  for (const f of draft.findings) {
    if (f.status !== "fail") continue;
    const covering = exceptions.filter((x) => exceptionMatches(x, f));
    if (!covering.length) continue;
    for (const x of covering) hits.set(x, hits.get(x) + 1);
    const live = covering.find((x) => !expired(x));
    if (live) waive(f, live);
    else f.message += ` (waiver expired on ${covering.map((x) => x.expires).sort().at(-1)})`;
  }
  const notes = [];
  const at = (x) => ({ path: x.source.path, line: x.source.line });
  const partial = !!ctx.options.shard || (ctx.options.paths ?? ["."]).some((p) => p !== "." && p !== "./");
  const scanned = draft.inputs.map((i) => i.path);
  for (const x of exceptions) {
    const n = hits.get(x);
    if (expired(x)) {
      counts3.expired++;
      notes.push({ code: "waiver-expired", message: `waiver for ${label(x)} (${who(x)}) expired on ${x.expires}; ${n ? `${n} finding(s) it covered fail again` : "it matches nothing now: remove it"}`, ...at(x) });
      continue;
    }
    if (n === 0) {
      if (partial && !pathsInScope(x, scanned)) continue;
      counts3.stale++;
      notes.push({ code: "waiver-stale", message: `waiver for ${label(x)} (${who(x)}) matched no finding: the deviation may be fixed, or the scope is wrong`, ...at(x) });
    }
    if (x.expires !== void 0) {
      const left = daysBetween(today, x.expires);
      if (left <= warnDays) {
        counts3.expiring++;
        notes.push({ code: "waiver-expiring", message: `waiver for ${label(x)} (${who(x)}) expires on ${x.expires}, ${left === 0 ? "today" : `in ${left} day(s)`}`, ...at(x) });
      }
    }
  }
  draft.notes.push(...notes);
};
function waive(f, x) {
  f.status = "waived";
  f.waiver = { kind: "exception", reason: x.reason, approvedBy: x.approvedBy, ...x.ticket ? { ticket: x.ticket } : {}, ...x.expires ? { expires: x.expires } : {}, source: { ...x.source } };
}

// engine/suppressions/parse-comment.ts
function commentStyle(path) {
  const name = path.slice(path.lastIndexOf("/") + 1).toLowerCase();
  if (/\.json$|\.tfstate$|\.ipynb$/.test(name)) return "none";
  if (/\.(tf|hcl|tfvars)$/.test(name)) return "hash-slash";
  if (/^dockerfile|\.dockerfile$|^containerfile/.test(name)) return "hash-line";
  return "hash";
}
var MARKER = {
  hash: /(^|\s)#/g,
  "hash-line": /^(\s*)#/g,
  "hash-slash": /(^|\s)(?:#|\/\/)/g
};
var WHOLE_LINE = { hash: /^\s*#/, "hash-line": /^\s*#/, "hash-slash": /^\s*(#|\/\/)/, none: /^\s*#/ };
var isCommentLine = (text3, style) => WHOLE_LINE[style].test(text3);
var RULE_ID = /^[A-Za-z0-9][\w.:/-]*$/;
var MAX_SUPPRESSION_LINE = 4096;
function parseSuppression(text3, line, style) {
  if (style === "none") return void 0;
  if (text3.length > MAX_SUPPRESSION_LINE) return /bylaw:ignore/.test(text3) ? "malformed" : void 0;
  const marker = new RegExp(MARKER[style].source, "g");
  for (let m = marker.exec(text3); m; m = marker.exec(text3)) {
    const start = m.index + m[0].length;
    const rest = text3.slice(start);
    if (!/^\s*bylaw:ignore\b/.test(rest)) continue;
    const after = rest.replace(/^\s*bylaw:ignore/, "");
    const dashes = after.indexOf("--");
    const ids = (dashes >= 0 ? after.slice(0, dashes) : after).split(",").map((r) => r.trim());
    if (!/^\s/.test(after) || !ids.every((r) => RULE_ID.test(r))) return "malformed";
    const rules = ids;
    const reason = dashes >= 0 ? after.slice(dashes + 2).trim() : void 0;
    return { line, rules, ...reason ? { reason } : {}, ownLine: text3.slice(0, m.index).trim() === "" };
  }
  return void 0;
}

// engine/suppressions/resource-starts.ts
import { readFileSync as readFileSync3 } from "node:fs";
import { join as join3 } from "node:path";
function resourceKey(document, r) {
  return JSON.stringify([document ?? 0, r.type, r.kind ?? null, r.namespace ?? null, r.name ?? null, r.address ?? null]);
}
function resourceStarts(root, path, limits) {
  let text3;
  try {
    const decoded = decode(readFileSync3(join3(root, path)));
    if (!("text" in decoded)) return void 0;
    text3 = decoded.text;
  } catch {
    return void 0;
  }
  const lines = text3.split(/\r\n|\r|\n/);
  const starts = /* @__PURE__ */ new Map();
  const file = { path, text: text3 };
  const loader = loaderFor(file);
  if (!loader) return { lines, starts };
  try {
    for (const document of loader.parse(file, limits).documents) {
      for (const target of loader.targets(document)) {
        const multi = document.count > 1 ? document.index : void 0;
        const key = resourceKey(multi, target.resource);
        const line = document.locate(target.pointer).startLine;
        starts.set(key, [...starts.get(key) ?? [], line].sort((a, b) => a - b));
      }
    }
  } catch {
  }
  return { lines, starts };
}
function resourceTopLines(lines, start, isCommentLine2) {
  const out = [start];
  for (let n = start - 1; n >= 1; n--) {
    const text3 = lines[n - 1] ?? "";
    if (text3.trim() === "") continue;
    if (!isCommentLine2(text3)) break;
    out.push(n);
  }
  return out;
}

// engine/suppressions/policy.ts
function suppressionAllowed(policy, f) {
  if (policy.inline === false) return "inline suppressions are disabled by the config (suppressions.inline: false)";
  if (policy.rules && !policy.rules.includes(f.ruleId)) return `the config allows inline suppressions only for rules ${policy.rules.join(", ") || "(none)"} (suppressions.rules)`;
  if (policy.severities && !policy.severities.includes(f.severity)) return `the config allows inline suppressions only for severities ${policy.severities.join(", ") || "(none)"}, and this finding is ${f.severity} (suppressions.severities)`;
  return true;
}

// engine/suppressions/apply-suppressions.ts
function suppressionsOf(path, comments, style, notes) {
  const out = /* @__PURE__ */ new Map();
  for (const [key, text3] of Object.entries(comments)) {
    const line = Number(key);
    const s = parseSuppression(text3, line, style);
    if (s === void 0) continue;
    if (s === "malformed") {
      notes.push({ code: "suppression-malformed", message: `malformed suppression ignored: write "bylaw:ignore RULE-ID[,RULE-ID] -- reason"`, path, line });
      continue;
    }
    if (!s.reason) {
      notes.push({ code: "suppression-no-reason", message: `suppression of ${s.rules.join(", ")} ignored: a reason is required ("-- reason")`, path, line });
      continue;
    }
    out.set(line, s);
  }
  return out;
}
var applySuppressions = (draft, ctx) => {
  if (!ctx.files.some((file) => file.comments)) return;
  const policy = ctx.config.config.suppressions ?? {};
  const limits = { ...DEFAULT_LIMITS, ...ctx.config.config.limits ?? {}, ...ctx.options.limits ?? {} };
  const byPath = /* @__PURE__ */ new Map();
  for (const f of draft.findings) {
    if (f.status !== "fail" && f.status !== "waived") continue;
    const list = byPath.get(f.location.path);
    if (list) list.push(f);
    else byPath.set(f.location.path, [f]);
  }
  const notes = [];
  for (const file of ctx.files) {
    if (!file.comments) continue;
    const style = commentStyle(file.path);
    const found = suppressionsOf(file.path, file.comments, style, notes);
    if (!found.size) continue;
    const used = /* @__PURE__ */ new Set();
    const findings = byPath.get(file.path) ?? [];
    const tops = findings.length ? resourceStarts(ctx.root, file.path, limits) : void 0;
    const isComment = (text3) => isCommentLine(text3, style);
    for (const f of findings) {
      const lines = /* @__PURE__ */ new Set([f.location.startLine]);
      if (found.get(f.location.startLine - 1)?.ownLine) lines.add(f.location.startLine - 1);
      const starts = tops?.starts.get(resourceKey(f.location.document, f.resource)) ?? [];
      const start = starts.filter((s2) => s2 <= f.location.startLine).at(-1);
      if (start !== void 0 && tops) for (const l of resourceTopLines(tops.lines, start, isComment)) lines.add(l);
      const s = [...lines].sort((a, b) => b - a).map((l) => found.get(l)).find((x) => x?.rules.includes(f.ruleId));
      if (!s) continue;
      used.add(`${s.line}\0${f.ruleId}`);
      if (f.status !== "fail") continue;
      const verdict2 = suppressionAllowed(policy, f);
      if (verdict2 !== true) {
        if (used.has(`${s.line}${f.ruleId}`)) continue;
        used.add(`${s.line}${f.ruleId}`);
        notes.push({ code: "suppression-forbidden", message: `suppression of ${f.ruleId} not applied: ${verdict2}`, path: file.path, line: s.line });
        continue;
      }
      f.status = "waived";
      f.waiver = { kind: "inline", reason: s.reason, source: { path: file.path, line: s.line } };
    }
    for (const s of found.values()) {
      const unused = s.rules.filter((r) => !used.has(`${s.line}\0${r}`));
      if (unused.length) notes.push({ code: "suppression-stale", message: `suppression of ${unused.join(", ")} matched no finding`, path: file.path, line: s.line });
    }
  }
  draft.notes.push(...notes.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line || (a.code < b.code ? -1 : 1)));
};

// engine/baseline/baseline-file.ts
import { readFileSync as readFileSync4 } from "node:fs";
var cmp = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function baselineText(findings) {
  const entries = findings.filter((f) => f.status === "fail").map((f) => ({ fingerprint: f.fingerprint, ruleId: f.ruleId, path: f.location.path, message: f.message })).sort((a, b) => cmp(a.path, b.path) || cmp(a.ruleId, b.ruleId) || cmp(a.fingerprint, b.fingerprint));
  const body = entries.map((e, i) => `    ${JSON.stringify(e)}${i < entries.length - 1 ? "," : ""}`);
  return ["{", '  "bylaw": "baseline",', '  "version": 1,', `  "findings": [${entries.length ? "" : "]"}`, ...entries.length ? [...body, "  ]"] : [], "}", ""].join("\n");
}
function readBaseline(absPath, shown) {
  const fail = (message, line = 1, column = 1) => ({ diagnostics: [{ path: shown, line, column, code: "invalid-baseline", message }] });
  let text3;
  try {
    text3 = readFileSync4(absPath, "utf8");
  } catch (err) {
    return fail(`cannot read baseline: ${err.code ?? err.message}`);
  }
  let data;
  try {
    data = JSON.parse(text3);
  } catch (err) {
    return fail(`not JSON: ${err.message} (create one with \`bylaw baseline create --output FILE\`)`);
  }
  const d = data;
  if (!d || typeof d !== "object" || d.bylaw !== "baseline" || d.version !== 1 || !Array.isArray(d.findings)) {
    return fail('not a bylaw baseline (expected {"bylaw": "baseline", "version": 1, "findings": [...]})');
  }
  const lines = text3.split(/\r\n|\r|\n/);
  const lineOf = /* @__PURE__ */ new Map();
  lines.forEach((l, i) => {
    const m = /"fingerprint"\s*:\s*"([^"\\]+)"/.exec(l);
    if (m && !lineOf.has(m[1])) lineOf.set(m[1], i + 1);
  });
  const entries = [];
  for (const [i, e] of d.findings.entries()) {
    const x = e;
    if (!x || typeof x !== "object" || typeof x.fingerprint !== "string" || !x.fingerprint) return fail(`findings[${i}] has no "fingerprint" string`);
    entries.push({ fingerprint: x.fingerprint, ruleId: String(x.ruleId ?? ""), path: String(x.path ?? ""), message: String(x.message ?? "") });
  }
  return { baseline: { entries, lines: lineOf }, diagnostics: [] };
}

// engine/baseline/apply-baseline.ts
var applyBaseline = (draft, ctx) => {
  const given = ctx.options.baseline;
  if (!given) return;
  const { abs, shown } = shownPath(ctx.root, given);
  const { baseline, diagnostics } = readBaseline(abs, shown);
  if (!baseline) throw new EngineErrors(diagnostics);
  const known = new Set(baseline.entries.map((e) => e.fingerprint));
  for (const f of draft.findings) {
    if (f.status !== "fail" || !known.has(f.fingerprint)) continue;
    f.status = "waived";
    f.waiver = { kind: "baseline", reason: `accepted in baseline ${shown}`, source: { path: shown, line: baseline.lines.get(f.fingerprint) ?? 1 } };
  }
  const present = new Set(draft.findings.map((f) => f.fingerprint));
  const scanned = new Set(draft.inputs.map((i) => i.path));
  const fixed = baseline.entries.filter((e) => !present.has(e.fingerprint) && scanned.has(e.path)).map((e) => ({ code: "baseline-fixed", message: `${e.ruleId} no longer fails here (baseline: "${e.message}"); re-create the baseline to drop it`, path: e.path }));
  draft.notes.push(...fixed);
  draft.summary ??= {};
  draft.summary.baseline = { file: shown, entries: baseline.entries.length, matched: 0, new: 0, fixed: fixed.length };
};

// engine/scan/post-process.ts
var changedFilter = (draft, ctx) => {
  const changed = ctx.options.changed;
  if (!changed) return;
  const mode = ctx.options.changedMode ?? "lines";
  const keep = (f) => {
    const c = changed.get(f.location.path);
    if (!c) return false;
    if (c === "all" || mode === "files") return true;
    for (let l = f.location.startLine; l <= f.location.endLine; l++) if (c.has(l)) return true;
    return false;
  };
  const before = draft.findings.length;
  draft.findings = draft.findings.filter(keep);
  draft.errors = draft.errors.filter((e) => changed.has(e.path));
  const dropped = before - draft.findings.length;
  if (dropped > 0) draft.notes.push({ code: "changed-only", message: `${dropped} finding(s) outside the changed ${mode} were not reported` });
};
var finishCounts = (draft) => {
  const counts3 = waiverCounts(draft);
  counts3.applied = draft.findings.filter((f) => f.status === "waived" && f.waiver?.kind === "exception").length;
  counts3.inline = draft.findings.filter((f) => f.status === "waived" && f.waiver?.kind === "inline").length;
  const baseline = draft.summary?.baseline;
  if (baseline) {
    baseline.matched = draft.findings.filter((f) => f.status === "waived" && f.waiver?.kind === "baseline").length;
    baseline.new = draft.findings.filter((f) => f.status === "fail").length;
  }
};
var postStages = [applyExceptions, applySuppressions, applyBaseline, changedFilter, finishCounts];

// engine/scan/shard.ts
import { createHash } from "node:crypto";
function parseShard(spec) {
  const m = /^(\d+)\/(\d+)$/.exec(spec.trim());
  if (!m) return void 0;
  const index = Number(m[1]);
  const count = Number(m[2]);
  return count >= 1 && index >= 1 && index <= count ? { index, count } : void 0;
}
function inShard(path, shard) {
  if (shard.count === 1) return true;
  const h = createHash("sha1").update(path).digest().readUInt32BE(0);
  return h % shard.count === shard.index - 1;
}

// engine/scan/workers.ts
import { existsSync as existsSync3 } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname as dirname3, join as join4 } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var WORKER_THRESHOLD_BYTES = 8 * 1024 * 1024;
var BATCH = 32;
function workerScript() {
  const here = dirname3(fileURLToPath(import.meta.url));
  const candidate = join4(here, "worker.js");
  return existsSync3(candidate) && here.endsWith("dist") ? candidate : void 0;
}
function shouldUseWorkers(files, workers, inputBytes) {
  if (workers === 1 || !workerScript()) return false;
  if (workers && workers > 1) return files > 1;
  return availableParallelism() > 1 && files >= 100 && inputBytes() >= WORKER_THRESHOLD_BYTES;
}
async function runInWorkers(files, init, requested, onProgress) {
  const script = workerScript();
  const count = Math.max(1, Math.min(requested && requested > 1 ? requested : availableParallelism(), Math.ceil(files.length / BATCH)));
  const results = [];
  let next = 0;
  let done = 0;
  const workerData = { root: init.root, policyRoot: init.policyRoot, limits: init.limits, options: { policies: init.options.policies, params: init.options.params, config: init.options.config }, remote: init.remote };
  await Promise.all(
    Array.from(
      { length: count },
      () => new Promise((resolve6, reject) => {
        const worker = new Worker(script, { workerData });
        const send = () => {
          if (next >= files.length) {
            void worker.terminate().then(() => resolve6());
            return;
          }
          const start = next;
          next += BATCH;
          worker.postMessage({ start, files: files.slice(start, start + BATCH) });
        };
        worker.on("message", (msg) => {
          if (msg.error) {
            void worker.terminate();
            reject(new Error(`worker: ${msg.error}`));
            return;
          }
          if (msg.results && msg.start !== void 0) {
            results[msg.start / BATCH] = msg.results;
            done += msg.results.length;
            onProgress?.(done, files.length);
          }
          send();
        });
        worker.on("error", reject);
        worker.on("exit", (code) => {
          if (code !== 0 && code !== 1) reject(new Error(`worker exited with code ${code}`));
        });
      })
    )
  );
  return results.flat();
}

// engine/loaders/repository-scan.ts
import { createHash as createHash2 } from "node:crypto";
import { readdirSync as readdirSync2 } from "node:fs";
import { join as join5 } from "node:path";

// engine/git/git.ts
import { execFile } from "node:child_process";
var GitError = class extends Error {
  constructor(args, stderr, options) {
    super(`git ${args.join(" ")} failed: ${stderr.trim().split("\n").slice(-3).join(" ") || "unknown error"}`, options);
    this.args = args;
    this.stderr = stderr;
  }
  args;
  stderr;
  name = "GitError";
};
function git(args, options) {
  return new Promise((resolve6, reject) => {
    execFile(
      "git",
      ["-c", "core.quotePath=false", "-c", "color.ui=false", ...args],
      {
        cwd: options.cwd,
        encoding: options.binary ? "buffer" : "utf8",
        maxBuffer: options.maxBuffer ?? 256 * 1024 * 1024,
        env: { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_PAGER: "cat", LC_ALL: "C" }
      },
      (error, stdout, stderr) => {
        if (error) reject(new GitError(args, String(stderr ?? ""), { cause: error }));
        else resolve6(stdout);
      }
    );
  });
}
async function hasCommit(cwd, commit) {
  try {
    await git(["cat-file", "-e", `${commit}^{commit}`], { cwd });
    return true;
  } catch {
    return false;
  }
}
async function ensureCommit(cwd, commit, remote = "origin") {
  if (await hasCommit(cwd, commit)) return;
  await git(["fetch", "--no-tags", "--no-recurse-submodules", "--depth=1", remote, commit], { cwd });
}

// engine/loaders/repository-github.ts
var isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
async function get(request, route, params, unreadable, notFoundOk = false) {
  try {
    return (await request(`GET ${route}`, params)).data;
  } catch (err) {
    const status = err.status;
    if (notFoundOk && status === 404) return void 0;
    unreadable.push(`GET ${route}: ${status ?? "error"} ${String(err.message ?? err).split("\n")[0]}`);
    return null;
  }
}
async function allRules(request, params, unreadable) {
  const out = [];
  for (let page = 1; page <= 10; page++) {
    const data = await get(request, "/repos/{owner}/{repo}/rules/branches/{branch}", { ...params, per_page: 100, page }, unreadable);
    if (!Array.isArray(data)) return page === 1 ? null : out;
    out.push(...data);
    if (data.length < 100) break;
  }
  return out;
}
async function fetchGitHubSettings(request, owner, repo) {
  const unreadable = [];
  const base = { owner, repo };
  const info = await get(request, "/repos/{owner}/{repo}", base, unreadable);
  const defaultBranch = isObject(info) && typeof info.default_branch === "string" ? info.default_branch : null;
  const sa = isObject(info) && isObject(info.security_and_analysis) ? info.security_and_analysis : void 0;
  const status = (key) => sa && isObject(sa[key]) && typeof sa[key].status === "string" ? sa[key].status : null;
  let branch = null;
  if (defaultBranch) {
    const params = { ...base, branch: defaultBranch };
    const protection = await get(request, "/repos/{owner}/{repo}/branches/{branch}/protection", params, unreadable, true);
    const rules = await allRules(request, params, unreadable);
    if (protection !== null || rules !== null) branch = mergeProtection(protection, rules ?? []);
  }
  const workflow = await get(request, "/repos/{owner}/{repo}/actions/permissions/workflow", base, unreadable);
  return {
    repository: `${owner}/${repo}`,
    defaultBranch,
    branch,
    secretScanning: status("secret_scanning"),
    secretScanningPushProtection: status("secret_scanning_push_protection"),
    defaultWorkflowPermissions: isObject(workflow) && typeof workflow.default_workflow_permissions === "string" ? workflow.default_workflow_permissions : null,
    canApprovePullRequestReviews: isObject(workflow) && typeof workflow.can_approve_pull_request_reviews === "boolean" ? workflow.can_approve_pull_request_reviews : null,
    unreadable
  };
}
function mergeProtection(protection, rules) {
  const out = { protected: false, requiredApprovingReviews: 0, dismissStaleReviews: false, requireCodeOwnerReviews: false, requiredStatusChecks: [], sources: [] };
  const checks = /* @__PURE__ */ new Set();
  if (isObject(protection)) {
    out.protected = true;
    out.sources.push("branch-protection");
    const pr = protection.required_pull_request_reviews;
    if (isObject(pr)) {
      out.requiredApprovingReviews = Math.max(out.requiredApprovingReviews, Number(pr.required_approving_review_count ?? 0));
      out.dismissStaleReviews ||= pr.dismiss_stale_reviews === true;
      out.requireCodeOwnerReviews ||= pr.require_code_owner_reviews === true;
    }
    const sc = protection.required_status_checks;
    if (isObject(sc)) {
      for (const c of Array.isArray(sc.contexts) ? sc.contexts : []) if (typeof c === "string") checks.add(c);
      for (const c of Array.isArray(sc.checks) ? sc.checks : []) if (isObject(c) && typeof c.context === "string") checks.add(c.context);
    }
  }
  for (const rule of rules) {
    if (!isObject(rule)) continue;
    const p = isObject(rule.parameters) ? rule.parameters : {};
    if (rule.type === "pull_request") {
      out.protected = true;
      out.requiredApprovingReviews = Math.max(out.requiredApprovingReviews, Number(p.required_approving_review_count ?? 0));
      out.dismissStaleReviews ||= p.dismiss_stale_reviews_on_push === true;
      out.requireCodeOwnerReviews ||= p.require_code_owner_review === true;
    } else if (rule.type === "required_status_checks") {
      out.protected = true;
      for (const c of Array.isArray(p.required_status_checks) ? p.required_status_checks : []) if (isObject(c) && typeof c.context === "string") checks.add(c.context);
    } else if (rule.type === "deletion" || rule.type === "non_fast_forward" || rule.type === "update") out.protected = true;
    const src = `ruleset:${rule.ruleset_id ?? "?"}`;
    if (!out.sources.includes(src)) out.sources.push(src);
  }
  out.requiredStatusChecks = [...checks].sort();
  return out;
}

// engine/loaders/repository-scan.ts
var SKIP_DIRS = /* @__PURE__ */ new Set([".git", "node_modules"]);
async function repositoryFiles(root) {
  try {
    const out = await git(["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: root });
    return [...new Set(out.split("\0").filter(Boolean))].sort();
  } catch {
    const out = [];
    const walk = (dir, rel, depth) => {
      if (depth > 32 || out.length > 2e5) return;
      let entries;
      try {
        entries = readdirSync2(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries) {
        const r = rel ? `${rel}/${e.name}` : e.name;
        if (e.isDirectory() && !SKIP_DIRS.has(e.name)) walk(join5(dir, e.name), r, depth + 1);
        else if (e.isFile()) out.push(r);
      }
    };
    walk(root, "", 0);
    return out.sort();
  }
}
async function scanRepository(input) {
  const files = input.files ?? await repositoryFiles(input.root);
  const out = { path: ".", findings: [], errors: [], notes: [], documents: 1, resources: 0, tally: {} };
  let settings = null;
  if (input.github) {
    const [owner, repo] = input.github.repository.split("/");
    settings = await fetchGitHubSettings(input.github.request, owner, repo);
    for (const u of settings.unreadable) out.notes.push({ code: "github-settings-unreadable", message: `repository setting not readable with this token: ${u}`, path: "." });
  } else {
    out.notes.push({ code: "github-settings-skipped", message: "no GitHub token (GITHUB_TOKEN and GITHUB_REPOSITORY): repository settings rules are skipped", path: "." });
  }
  const document = repositoryDocument(files, settings);
  const digest = createHash2("sha256").update(JSON.stringify(document.data)).digest("hex");
  out.input = { path: ".", type: "repository", sha256: digest };
  const tally2 = input.keepAll ? void 0 : {
    pass: (b) => (out.tally[b.rule.id] ??= [0, 0])[0] += 1,
    skip: (b) => (out.tally[b.rule.id] ??= [0, 0])[1] += 1
  };
  for (const target of repository.targets(document)) {
    out.resources++;
    for (const bound of input.policy.rulesFor(target.resource.type, target.resource.kind)) out.findings.push(...evaluate(bound, target, tally2));
  }
  return out;
}

// engine/policy/remote/prepare.ts
import { existsSync as existsSync4 } from "node:fs";
import { join as join6, relative as relative3, sep as sep3 } from "node:path";
function remoteRefsOfLocalPacks(refs, policyRoot, places) {
  const out = [];
  const ownPolicies = existsSync4(join6(policyRoot, "policies"));
  for (const ref of refs.filter((r) => !isGitHubRef(r))) {
    if (!ownPolicies && !/[/\\]|\.ya?ml$/i.test(ref)) continue;
    const located = resolvePackRef(ref, policyRoot, policyRoot);
    if ("error" in located || located.builtin) continue;
    for (const remote of githubRefsOf(located.file)) {
      out.push(remote);
      if (!places.has(remote)) places.set(remote, { path: relative3(policyRoot, located.file).split(sep3).join("/"), line: 1, column: 1 });
    }
  }
  return out;
}
function refPlaces(policyRoot, configFile) {
  const out = /* @__PURE__ */ new Map();
  if (!configFile) return out;
  const shown = relative3(policyRoot, configFile).split(sep3).join("/");
  const file = readPolicyFile(configFile, shown.startsWith("..") ? configFile : shown, "invalid-config");
  const packs2 = file.data?.packs;
  if (!Array.isArray(packs2)) return out;
  packs2.forEach((ref, i) => {
    const loc = file.document?.locate(`/packs/${i}`);
    if (typeof ref === "string" && !out.has(ref)) out.set(ref, { path: file.path, line: loc?.startLine ?? 1, column: loc?.startColumn ?? 1 });
  });
  return out;
}
function place(lock) {
  const loc = lock.file.document?.locate("/packs");
  return { line: loc?.startLine ?? 1, column: loc?.startColumn ?? 1 };
}
async function prepareRemotePacks(args) {
  const extended = /* @__PURE__ */ new Map();
  const refs = [...args.refs.filter(isGitHubRef), ...remoteRefsOfLocalPacks(args.refs, args.policyRoot, extended)];
  if (!refs.length) return [];
  const [{ defaultCacheDir }, { githubPackSource, remoteSettings }, { materializeRemote }] = await Promise.all([
    import("./chunk-FFZJLVHX.js"),
    import("./chunk-GRQUZNBM.js"),
    import("./chunk-GDTPIW4E.js")
  ]);
  const places = new Map([...extended, ...refPlaces(args.policyRoot, args.configFile)]);
  const env = args.env ?? {};
  const lock = args.useLock === false ? void 0 : readLock(args.policyRoot);
  if (lock?.diagnostics.length) throw new EngineErrors(sortDiagnostics([...lock.diagnostics]));
  const settings = remoteSettings(env, defaultCacheDir(env), args.apiUrl);
  const { packs: packs2, diagnostics } = await materializeRemote(refs, {
    cacheDir: settings.cacheDir,
    source: () => githubPackSource(settings),
    locked: lock?.entries,
    update: args.update,
    resolveMissing: args.resolveMissing,
    places,
    lockPlace: lock && { path: "bylaw.lock", ...place(lock) }
  });
  if (diagnostics.length) throw new EngineErrors(sortDiagnostics(diagnostics));
  return packs2;
}
function prepareForRun(args) {
  const remote = args.config.config.remote;
  return prepareRemotePacks({ refs: packRefsFor(args.options, args.config), policyRoot: args.policyRoot, env: args.options.env, apiUrl: remote?.apiUrl, useLock: args.options.verifyLock !== false, configFile: args.config.file });
}

// engine/scan/scan.ts
async function evaluateFiles(files, policy, ctx) {
  const inputBytes = () => files.reduce((n, f) => {
    try {
      return n + statSync3(join7(ctx.root, f)).size;
    } catch {
      return n;
    }
  }, 0);
  if (shouldUseWorkers(files.length, ctx.options.workers, inputBytes)) return runInWorkers(files, ctx, ctx.options.workers, ctx.options.onProgress);
  const results = [];
  const fileOptions = { root: ctx.root, limits: ctx.limits, session: ctx.session };
  files.forEach((path, i) => {
    results.push(scanFile(path, policy, fileOptions));
    ctx.options.onProgress?.(i + 1, files.length);
  });
  return results;
}
async function scan(options = {}) {
  const now = options.now?.() ?? /* @__PURE__ */ new Date();
  const root = resolve4(options.root ?? process.cwd());
  const policyRoot = resolve4(options.policyRoot ?? root);
  const config = loadConfig(policyRoot, options.config);
  const diagnostics = [...config.diagnostics];
  if (diagnostics.length) throw new EngineErrors(sortDiagnostics(diagnostics));
  const limits = { ...DEFAULT_LIMITS, ...config.config.limits ?? {}, ...options.limits ?? {} };
  const failOn = options.failOn ?? config.config.failOn ?? "high";
  const remote = await prepareForRun({ options, config, policyRoot });
  const policy = loadPolicies({ options, config, policyRoot });
  let shard;
  if (options.shard) {
    shard = parseShard(options.shard);
    if (!shard) throw new EngineErrors([{ path: "<command line>", line: 1, column: 1, code: "usage", message: `--shard must be I/N with 1 \u2264 I \u2264 N, got "${options.shard}"` }]);
  }
  const found = options.stdin && (options.paths ?? []).length === 0 ? { files: [], notes: [] } : discover({ root, paths: options.paths ?? ["."], include: config.config.include, exclude: config.config.exclude });
  const files = shard ? found.files.filter((f) => inShard(f, shard)) : found.files;
  const fileOptions = { root, limits, session: /* @__PURE__ */ new Map() };
  const results = await evaluateFiles(files, policy, { options, policyRoot, root, limits, remote, session: fileOptions.session });
  if (options.stdin) results.push(scanBytes(options.stdin.path, options.stdin.bytes, policy, fileOptions));
  if (policy.types.has("repository") && (!shard || inShard(".", shard))) results.push(await scanRepository({ root, policy, github: options.github }));
  const collected = collect(results);
  const draft = { findings: collected.findings, errors: collected.errors, inputs: collected.inputs, notes: [...found.notes, ...collected.notes] };
  for (const stage of postStages) await stage(draft, { options, config, root, policyRoot, files: results, now });
  const git2 = options.commit ? { commit: options.commit, ref: options.ref } : gitInfo(root);
  const ruleControls = new Map(policy.bound.map((b) => [b.key, b.controls]));
  const result = {
    schemaVersion: "1",
    tool: { name: "bylaw", version: VERSION },
    run: {
      startedAt: now.toISOString(),
      ...git2.commit ? { commit: git2.commit } : {},
      ...options.ref ?? git2.ref ? { ref: options.ref ?? git2.ref } : {},
      ...options.changedSince ? { changedSince: options.changedSince } : {},
      ...options.shard ? { shard: options.shard } : {}
    },
    packs: policy.packRefs,
    inputs: draft.inputs,
    findings: draft.findings,
    errors: draft.errors,
    summary: { ...summarize(draft, policy, collected.tally, ruleControls, collected, failOn), ...draft.summary },
    rules: policy.rules,
    controls: policy.controls
  };
  if (draft.notes.length) result.notes = draft.notes;
  return result;
}

// engine/policy-diff/policy-diff.ts
import { existsSync as existsSync5, rmSync, statSync as statSync4 } from "node:fs";
import { resolve as resolve5 } from "node:path";

// engine/policy-diff/materialise-policy.ts
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join10 } from "node:path";

// engine/policy/copy-policy-at.ts
import { readFile } from "node:fs/promises";
import { join as join9, posix as posix2 } from "node:path";

// engine/git/read-at-commit.ts
import { mkdir, writeFile } from "node:fs/promises";
import { dirname as dirname4, join as join8, posix } from "node:path";
async function listFilesAt(cwd, commit, paths) {
  if (paths.length === 0) return [];
  const out = await git(["--literal-pathspecs", "ls-tree", "-r", "-z", "--full-tree", commit, "--", ...paths], { cwd });
  const entries = [];
  for (const record of out.split("\0")) {
    const match = /^(\d{6}) (\w+) ([0-9a-f]+)\t(.+)$/s.exec(record);
    if (!match || match[2] !== "blob" || match[1] !== "100644" && match[1] !== "100755") continue;
    entries.push({ mode: match[1], object: match[3], path: match[4] });
  }
  return entries.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
function safeRelativePath(path) {
  const normal = posix.normalize(path.replace(/\\/g, "/")).replace(/^\.\//, "").replace(/\/$/, "");
  if (normal === "" || normal === "." || normal.startsWith("../") || normal === ".." || posix.isAbsolute(normal)) return void 0;
  if (/^[A-Za-z]:/.test(normal)) return void 0;
  return normal;
}
async function materialiseAt(cwd, commit, paths, dest) {
  const safe = [...new Set(paths.map(safeRelativePath).filter((p) => p !== void 0))];
  const entries = await listFilesAt(cwd, commit, safe);
  for (const entry of entries) {
    const target = join8(dest, ...entry.path.split("/"));
    await mkdir(dirname4(target), { recursive: true });
    const bytes = await git(["cat-file", "blob", entry.object], { cwd, binary: true });
    await writeFile(target, bytes, { mode: entry.mode === "100755" ? 493 : 420 });
  }
  return entries.map((e) => e.path);
}

// engine/policy/copy-policy-at.ts
var ALWAYS = [".bylaw.yaml", ".bylaw.yml", "bylaw.lock", "policies", ".bylaw"];
var MAX_ROUNDS = 20;
var MAX_POLICY_FILE = 1024 * 1024;
async function copyPolicyAt(cwd, commit, dest, options = {}) {
  const prefix = options.prefix ?? "";
  const inRepo = (p) => prefix ? `${prefix}/${p}` : p;
  const wanted = new Set([...ALWAYS, ...options.paths ?? [], ...(options.refs ?? []).map(localPath).filter((p) => p !== void 0)].map(inRepo));
  const written = /* @__PURE__ */ new Set();
  const attempted = /* @__PURE__ */ new Set();
  const parsed = /* @__PURE__ */ new Set();
  for (let round2 = 0; round2 < MAX_ROUNDS; round2++) {
    const pending = [...wanted].map(safeRelativePath).filter((p) => p !== void 0 && !attempted.has(p) && !covered(p, written));
    pending.forEach((p) => attempted.add(p));
    if (pending.length > 0) for (const file of await materialiseAt(cwd, commit, pending, dest)) written.add(file);
    let grew = false;
    for (const file of [...written].filter((f) => /\.ya?ml$/.test(f) && !parsed.has(f))) {
      parsed.add(file);
      for (const ref of await referencesIn(dest, file)) {
        if (!wanted.has(ref)) {
          wanted.add(ref);
          grew = true;
        }
      }
    }
    if (!grew && pending.length === 0) break;
  }
  return { files: [...written].sort(), wanted: [...wanted].map(safeRelativePath).filter((p) => p !== void 0) };
}
function covered(path, written) {
  if (written.has(path)) return true;
  for (const file of written) if (file.startsWith(`${path}/`)) return true;
  return false;
}
async function referencesIn(root, file) {
  let data;
  try {
    const text3 = await readFile(join9(root, ...file.split("/")), "utf8");
    if (text3.length > MAX_POLICY_FILE) return [];
    data = load(text3, { schema: CORE_SCHEMA });
  } catch {
    return [];
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) return [];
  const record = data;
  const refs = [];
  const dir = posix2.dirname(file);
  for (const key of ["packs", "extends", "policies"]) {
    const list = typeof record[key] === "string" ? [record[key]] : record[key];
    if (!Array.isArray(list)) continue;
    for (const entry of list) {
      const path = localPath(entry);
      if (path !== void 0) refs.push(...packPaths(dir, path));
    }
  }
  if (Array.isArray(record.rules)) {
    for (const rule of record.rules) {
      if (typeof rule !== "string" || !(rule.startsWith("./") || rule.startsWith("../"))) continue;
      const literal = rule.split(/[*?[{]/)[0];
      refs.push(posix2.join(dir, literal === rule ? rule : posix2.dirname(`${literal}x`)));
    }
  }
  if (typeof record.exceptions === "string") refs.push(posix2.join(dir, record.exceptions));
  return refs.map(safeRelativePath).filter((p) => p !== void 0);
}
function localPath(entry) {
  if (typeof entry !== "string" || /^[a-z][a-z0-9+.-]*:/i.test(entry)) return void 0;
  const at = entry.lastIndexOf("@");
  const ref = at > 0 ? entry.slice(at + 1) : entry;
  if (ref.startsWith("./") || ref.startsWith("../") || /\.ya?ml$/.test(ref) || at <= 0 && ref.includes("/")) return ref;
  return void 0;
}
function packPaths(dir, path) {
  const joined = posix2.join(dir, path);
  return /\.ya?ml$/.test(joined) ? [joined, posix2.dirname(joined)] : [joined];
}

// engine/policy-diff/materialise-policy.ts
async function materialisePolicy(root, ref, extra = []) {
  const commit = (await git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], { cwd: root })).trim();
  const prefix = (await git(["rev-parse", "--show-prefix"], { cwd: root })).trim().replace(/\/$/, "");
  const dir = await mkdtemp(join10(tmpdir(), "bylaw-policy-"));
  const policyRoot = prefix ? join10(dir, ...prefix.split("/")) : dir;
  await copyPolicyAt(root, commit, dir, { prefix, refs: extra });
  return { dir, policyRoot, commit };
}

// engine/policy-diff/policy-diff.ts
var failing = (f) => f.status === "fail" || f.status === "error";
async function policyRootFor(spec, cwd, root, extra, temps) {
  const asPath = resolve5(cwd, spec);
  if (existsSync5(asPath) && statSync4(asPath).isDirectory()) return { policyRoot: asPath };
  try {
    const m = await materialisePolicy(root, spec, extra);
    temps.push(m.dir);
    return { policyRoot: m.policyRoot, commit: m.commit };
  } catch (err) {
    throw new EngineError("usage", `policy "${spec}" is neither a directory nor a commit of the git repository at ${root} (${err.message.split("\n")[0]})`, void 0, { cause: err });
  }
}
function compare(before, after) {
  const old = new Map(before.map((f) => [f.fingerprint, f]));
  const now = new Map(after.map((f) => [f.fingerprint, f]));
  const added = after.filter((f) => !old.has(f.fingerprint));
  const removed = before.filter((f) => !now.has(f.fingerprint));
  const changed = [];
  let unchanged = 0;
  for (const a of after) {
    const b = old.get(a.fingerprint);
    if (!b) continue;
    const fields = ["severity", "status", "message"].filter((k) => b[k] !== a[k]);
    if (fields.length) changed.push({ before: b, after: a, fields: [...fields] });
    else unchanged++;
  }
  return { added, removed, changed, unchanged };
}
function tally(diff) {
  const byRule = {};
  const byControl = {};
  const bump = (f, key, controls = f.controls) => {
    (byRule[f.ruleId] ??= { added: 0, removed: 0, changed: 0 })[key]++;
    for (const c of controls) (byControl[c] ??= { added: 0, removed: 0, changed: 0 })[key]++;
  };
  diff.added.forEach((f) => bump(f, "added"));
  diff.removed.forEach((f) => bump(f, "removed"));
  diff.changed.forEach((c) => bump(c.after, "changed", [.../* @__PURE__ */ new Set([...c.before.controls, ...c.after.controls])]));
  const sorted = (o) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a < b ? -1 : 1));
  return { byRule: sorted(byRule), byControl: sorted(byControl) };
}
async function policyDiff(options) {
  const root = resolve5(options.scan.root ?? process.cwd());
  const cwd = resolve5(options.cwd ?? root);
  const fixed = options.scan.now?.() ?? /* @__PURE__ */ new Date();
  const temps = [];
  try {
    const extra = [...options.scan.policies ?? [], ...typeof options.scan.config === "string" ? [options.scan.config] : []];
    const from = await policyRootFor(options.from, cwd, root, extra, temps);
    const to = await policyRootFor(options.to, cwd, root, extra, temps);
    const base = { ...options.scan, root, now: () => fixed, failOn: "none", workers: options.scan.workers ?? 1 };
    const before = await scan({ ...base, policyRoot: from.policyRoot });
    const after = await scan({ ...base, policyRoot: to.policyRoot });
    const diff = compare(before.findings, after.findings);
    const side = (spec, s, packs2) => ({ spec, ...s.commit ? { commit: s.commit } : {}, packs: packs2 });
    return {
      from: side(options.from, from, before.packs),
      to: side(options.to, to, after.packs),
      added: diff.added,
      removed: diff.removed,
      changed: diff.changed,
      ...tally(diff),
      summary: {
        added: diff.added.length,
        removed: diff.removed.length,
        changed: diff.changed.length,
        unchanged: diff.unchanged,
        failingBefore: before.findings.filter(failing).length,
        failingAfter: after.findings.filter(failing).length
      }
    };
  } finally {
    for (const d of temps) rmSync(d, { recursive: true, force: true });
  }
}

// engine/cli/params.ts
function parseParams(pairs) {
  const out = /* @__PURE__ */ Object.create(null);
  for (const pair of pairs) {
    const eq = pair.indexOf("=");
    if (eq <= 0) throw new UsageError(`--param expects KEY=VALUE, got "${pair}"`);
    const key = pair.slice(0, eq).trim();
    if (/(^|\.)(__proto__|constructor|prototype)$/.test(key)) throw new UsageError(`--param: "${key}" is not a valid parameter name`);
    const raw = pair.slice(eq + 1);
    let value = raw;
    try {
      const v = load(raw, { schema: CORE_SCHEMA });
      if (v !== void 0 && v !== null) value = v;
    } catch {
      value = raw;
    }
    out[key] = value;
  }
  return { ...out };
}
function splitList(values) {
  return (values ?? []).flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean);
}

// engine/exit-code.ts
function exitCode(result) {
  return result.summary.verdict === "fail" ? 1 : 0;
}

// reports/json.ts
function* jsonChunks(result) {
  const keys = Object.keys(result);
  yield "{";
  let first = true;
  for (const key of keys) {
    const value = result[key];
    if (value === void 0) continue;
    yield `${first ? "" : ","}
  ${JSON.stringify(key)}: `;
    first = false;
    if (key === "findings" && Array.isArray(value) && value.length > 0) {
      yield "[";
      for (let j = 0; j < value.length; j++) yield `${j === 0 ? "" : ","}
    ${JSON.stringify(value[j], null, 2).replace(/\n/g, "\n    ")}`;
      yield "\n  ]";
    } else {
      yield JSON.stringify(value, null, 2).replace(/\n/g, "\n  ");
    }
  }
  yield "\n}\n";
}
var json = (result) => [...jsonChunks(result)].join("");

// reports/escape/terminal.ts
var CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
function terminalSafe(text3) {
  return text3.replace(CONTROL, (c) => c === "	" ? "  " : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

// reports/text.ts
var import_picocolors = __toESM(require_picocolors(), 1);

// reports/model/describe.ts
function formatLocation(location) {
  return `${location.path}:${location.startLine}:${location.startColumn}`;
}
function formatDiagnostic(diagnostic) {
  return `${diagnostic.path}:${diagnostic.line}:${diagnostic.column}`;
}
function formatResource(resource) {
  const name = resource.name ? resource.namespace ? `${resource.namespace}/${resource.name}` : resource.name : void 0;
  const parts = [resource.kind, name ?? resource.address].filter((part) => part !== void 0 && part !== "");
  const label2 = parts.length > 0 ? parts.join(" ") : resource.type;
  return resource.source ? `${label2} (from ${resource.source})` : label2;
}
function formatPack(pack) {
  return `${pack.id}@${pack.version}`;
}
function ruleIndex(result) {
  return new Map((result.rules ?? []).map((rule) => [rule.id, rule]));
}
function controlIndex(result) {
  return new Map((result.controls ?? []).map((control) => [control.id, control]));
}
function ruleTitle(finding, rules) {
  return rules.get(finding.ruleId)?.title ?? finding.title ?? finding.ruleId;
}
function findingPacks(finding, rules) {
  return finding.packs ?? rules.get(finding.ruleId)?.packs ?? [];
}
function isExpired(expires, startedAt) {
  if (!expires) return false;
  const end = Date.parse(expires.length === 10 ? `${expires}T23:59:59Z` : expires);
  const start = Date.parse(startedAt);
  return Number.isFinite(end) && Number.isFinite(start) && end < start;
}

// reports/text.ts
var text = (result, options) => {
  const c = import_picocolors.default.createColors(!!options.color);
  const sev = { critical: c.magenta, high: c.red, medium: c.yellow, low: c.cyan, info: c.gray };
  const lines = [];
  const shown = result.findings.filter((f) => f.status === "fail" || f.status === "error" || f.status === "waived");
  const byPath = /* @__PURE__ */ new Map();
  for (const f of shown) {
    const group = byPath.get(f.location.path);
    if (group) group.push(f);
    else byPath.set(f.location.path, [f]);
  }
  for (const [path, findings] of byPath) {
    lines.push(c.underline(terminalSafe(path)));
    const source = options.source?.(path)?.split(/\r\n|\r|\n/);
    for (const f of findings) {
      const pos = `${f.location.startLine}:${f.location.startColumn}`.padEnd(8);
      const status = f.status === "fail" ? sev[f.severity](f.severity.padEnd(8)) : f.status === "waived" ? c.green("waived  ") : c.red("error   ");
      lines.push(`  ${c.dim(pos)} ${status} ${terminalSafe(f.message)}  ${c.dim(terminalSafe(f.ruleId))}`);
      if (f.resource.source) lines.push(c.dim(`           rendered from ${terminalSafe(f.resource.source)}`));
      if (f.status === "waived" && f.waiver) {
        const w = f.waiver;
        lines.push(c.dim(`           ${w.kind === "inline" ? "suppressed inline" : "waived"}: ${terminalSafe(w.reason)}${w.approvedBy ? ` (approved by ${terminalSafe(w.approvedBy)}` + (w.expires ? `, expires ${terminalSafe(w.expires)})` : ")") : ""}`));
      }
      if (source && f.status === "fail") lines.push(...codeFrame(source, f, c));
    }
    lines.push("");
  }
  if (result.errors.length) {
    lines.push(c.bold("Errors"));
    for (const e of result.errors) lines.push(`  ${terminalSafe(formatDiagnostic(e))}: ${c.red(terminalSafe(e.code))}: ${terminalSafe(e.message)}`);
    lines.push("");
  }
  for (const n of result.notes ?? []) lines.push(c.dim(`note: ${n.path ? terminalSafe(n.path) + (n.line ? `:${n.line}` : "") + ": " : ""}${terminalSafe(n.message)}`));
  if (result.notes?.length) lines.push("");
  lines.push(summaryLine(result, c));
  return lines.join("\n") + "\n";
};
function codeFrame(source, f, c) {
  const { startLine, startColumn, endLine, endColumn } = f.location;
  const out = [];
  const from = Math.max(1, startLine - 1);
  const to = Math.min(source.length, Math.max(startLine, Math.min(endLine, startLine + 2)));
  const width = String(to).length;
  for (let n = from; n <= to; n++) {
    const mark = n === startLine ? c.red(">") : " ";
    const lineText = terminalSafe((source[n - 1] ?? "").slice(0, 200));
    out.push(`    ${mark} ${c.dim(String(n).padStart(width) + " |")} ${lineText}`);
    if (n === startLine) {
      const until = endLine === startLine ? endColumn : (source[n - 1] ?? "").length + 1;
      const caret = " ".repeat(Math.max(0, startColumn - 1)) + "^".repeat(Math.max(1, Math.min(until - startColumn, 120)));
      out.push(`      ${" ".repeat(width)} ${c.dim("|")} ${c.red(caret)}`);
    }
  }
  return out;
}
function verdictLine(result, color = false) {
  return summaryLine(result, import_picocolors.default.createColors(color)) + "\n";
}
function summaryLine(result, c) {
  const s = result.summary;
  const failing2 = Object.entries(s.bySeverity).filter(([, n]) => n > 0).map(([k, n]) => `${n} ${k}`);
  const parts = [
    `${s.byStatus.fail} failing${failing2.length ? ` (${failing2.join(", ")})` : ""}`,
    `${s.byStatus.pass} passed`,
    `${s.byStatus.waived} waived`,
    `${s.errors} error${s.errors === 1 ? "" : "s"}`,
    `${s.files} file${s.files === 1 ? "" : "s"}, ${s.resources} resource${s.resources === 1 ? "" : "s"}`
  ];
  const verdict2 = s.verdict === "fail" ? c.red(c.bold("FAIL")) : c.green(c.bold("PASS"));
  return `${verdict2} ${parts.join(" \xB7 ")} \u2014 fail-on: ${s.failOn}`;
}

// reports/escape/clean.ts
var ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[@-Z\\-_]/g;
var BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
var CONTROL2 = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
var LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
function toText(value) {
  if (value === void 0 || value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  try {
    return JSON.stringify(value) ?? "";
  } catch {
    return String(value);
  }
}
function clean(value) {
  return toText(value).replace(ANSI, "").replace(BIDI, "").replace(CONTROL2, "").replace(LONE_SURROGATE, "\uFFFD");
}
function oneLine(value) {
  return clean(value).replace(/\s+/g, " ").trim();
}
function truncate(text3, max) {
  if (text3.length <= max) return text3;
  const chars = Array.from(text3);
  if (chars.length <= max) return text3;
  return chars.slice(0, Math.max(0, max - 1)).join("") + "\u2026";
}

// reports/escape/markdown.ts
var HTML = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
var SPECIAL = /[\\`*_[\]{}()#!|~]/g;
var ZWJ = "\u200D";
function mdText(value) {
  return oneLine(value).replace(/[&<>]/g, (c) => HTML[c]).replace(SPECIAL, (c) => "\\" + c).replace(/(?<![\p{L}\p{N}_`])@(?=[\p{L}\p{N}_-])/gu, "@" + ZWJ).replace(/#(?=\d)/g, "#" + ZWJ).replace(/^([-+=])/, "\\$1").replace(/^(\d+)([.)])(?=\s|$)/, "$1\\$2");
}
function mdLink(text3, url) {
  return url ? `[${mdText(text3)}](${url})` : mdText(text3);
}
var CODE = /(```[\s\S]*?```|~~~[\s\S]*?~~~|`[^`\n]*`)/g;
var TAG_OPEN = /<(?!https?:\/\/[^\s<>]+>)(?=[A-Za-z/!?])/g;
function mdBlock(value) {
  return clean(value).trim().split(CODE).map((part, i) => i % 2 === 1 ? part : part.replace(TAG_OPEN, "&lt;")).join("");
}

// reports/sarif.ts
import { pathToFileURL } from "node:url";

// reports/model/order.ts
function severityRank(severity) {
  const rank2 = SEVERITIES.indexOf(severity);
  return rank2 < 0 ? SEVERITIES.length : rank2;
}
var STATUS_ORDER = ["fail", "error", "waived", "skip", "pass"];
function statusRank(status) {
  const rank2 = STATUS_ORDER.indexOf(status);
  return rank2 < 0 ? STATUSES.length : rank2;
}
function compareText(a, b) {
  const x = a ?? "";
  const y = b ?? "";
  return x < y ? -1 : x > y ? 1 : 0;
}
function compareByLocation(a, b) {
  return compareText(a.location.path, b.location.path) || a.location.startLine - b.location.startLine || a.location.startColumn - b.location.startColumn || compareText(a.ruleId, b.ruleId) || compareText(a.fingerprint, b.fingerprint);
}
function compareByImportance(a, b) {
  return statusRank(a.status) - statusRank(b.status) || severityRank(a.severity) - severityRank(b.severity) || compareByLocation(a, b);
}
function byText(a, b) {
  return compareText(a, b);
}

// reports/escape/url.ts
function webUrl(text3) {
  try {
    const url = new URL(text3.trim());
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : void 0;
  } catch {
    return void 0;
  }
}
function encodePath(path) {
  return path.split("/").map((segment) => encodeURIComponent(segment).replace(/[()'!*]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase())).join("/");
}

// reports/sarif/limits.ts
import { gzipSync } from "node:zlib";
var GITHUB_LIMITS = {
  /** Bytes per gzip-compressed SARIF file. */
  gzipBytes: 10 * 1024 * 1024,
  /** Results per run (uploads with more are rejected; GitHub displays the top 5,000 by severity). */
  resultsPerRun: 25e3,
  /** Locations per result (bylaw emits one). */
  locationsPerResult: 1e3,
  /** Rules per run. */
  rulesPerRun: 25e3,
  /** Tags per rule. */
  tagsPerRule: 20
};
var MARGIN_BYTES = 64 * 1024;
function gzipSize(text3) {
  return gzipSync(Buffer.from(text3, "utf8")).length;
}
function fitToSize(total, maxGzipBytes, build) {
  const serialise2 = (kept2) => JSON.stringify(build(kept2), null, 2) + "\n";
  let kept = total;
  let text3 = serialise2(kept);
  let size = gzipSize(text3);
  if (size <= maxGzipBytes) return { text: text3, kept };
  const base = gzipSize(serialise2(0));
  while (size > maxGzipBytes && kept > 0) {
    const perResult = Math.max(1, (size - base) / kept);
    kept = Math.max(0, Math.min(kept - 1, Math.floor((maxGzipBytes - MARGIN_BYTES - base) / perResult)));
    text3 = serialise2(kept);
    size = gzipSize(text3);
  }
  return { text: text3, kept };
}

// reports/sarif/rules.ts
var LEVELS = {
  critical: "error",
  high: "error",
  medium: "warning",
  low: "note",
  info: "note"
};
var SECURITY_SEVERITY = {
  critical: "9.5",
  high: "8.0",
  medium: "5.5",
  low: "3.0",
  info: "0.0"
};
function frameworkTags(control) {
  if (!control) return [];
  return Object.entries(control.frameworks ?? {}).flatMap(([framework, ids]) => ids.map((id) => `${framework}/${id}`));
}
function tags(rule, controls) {
  const all = ["security", ...rule.controls, ...rule.controls.flatMap((id) => frameworkTags(controls.get(id)).sort(byText))];
  return [...new Set(all.map(oneLine).filter((tag) => tag !== ""))].slice(0, GITHUB_LIMITS.tagsPerRule);
}
function controlLine(id, control, markdown2) {
  const mappings = Object.entries(control?.frameworks ?? {}).map(([framework, ids]) => `${framework} ${ids.join(", ")}`).join("; ");
  const title = control?.title ?? "";
  if (!markdown2) return `- ${oneLine(id)}${title ? ` ${oneLine(title)}` : ""}${mappings ? ` (${oneLine(mappings)})` : ""}`;
  return `- **${mdText(id)}**${title ? ` ${mdText(title)}` : ""}${mappings ? ` (${mdText(mappings)})` : ""}`;
}
function ruleHelp(rule, controls, markdown2) {
  const heading = (text3) => markdown2 ? `**${text3}**` : `${text3}:`;
  const body = (text3) => markdown2 ? mdBlock(text3) : clean(text3).trim();
  const blocks = [markdown2 ? `**${mdText(rule.title)}**` : oneLine(rule.title)];
  if (rule.description) blocks.push(body(rule.description));
  if (rule.rationale) blocks.push(`${heading("Rationale")}
${body(rule.rationale)}`);
  if (rule.remediation) blocks.push(`${heading("Remediation")}
${body(rule.remediation)}`);
  if (rule.controls.length > 0) blocks.push(`${heading("Controls")}
${rule.controls.map((id) => controlLine(id, controls.get(id), markdown2)).join("\n")}`);
  const references = (rule.references ?? []).map(oneLine).filter((url) => url !== "");
  if (references.length > 0) {
    const list = references.map((url) => {
      const href = webUrl(url);
      return markdown2 ? href ? `- <${href}>` : `- ${mdText(url)}` : `- ${url}`;
    });
    blocks.push(`${heading("References")}
${list.join("\n")}`);
  }
  return blocks.join("\n\n");
}
function collectRules(result) {
  const rules = ruleIndex(result);
  for (const finding of result.findings) {
    if (!rules.has(finding.ruleId)) {
      rules.set(finding.ruleId, { id: finding.ruleId, title: finding.title ?? finding.ruleId, severity: finding.severity, controls: finding.controls, packs: finding.packs ?? [] });
    }
  }
  return [...rules.values()].sort((a, b) => byText(a.id, b.id));
}
function ruleDescriptor(rule, controls) {
  const https = (rule.references ?? []).map(webUrl).find((url) => url !== void 0);
  return {
    id: rule.id,
    name: oneLine(rule.title) || rule.id,
    shortDescription: { text: oneLine(rule.title) || rule.id },
    fullDescription: { text: oneLine(rule.description ?? rule.title) || rule.id },
    help: { text: ruleHelp(rule, controls, false), markdown: ruleHelp(rule, controls, true) },
    ...https ? { helpUri: https } : {},
    defaultConfiguration: { level: LEVELS[rule.severity] ?? "warning" },
    properties: {
      tags: tags(rule, controls),
      precision: "very-high",
      "problem.severity": LEVELS[rule.severity] === "note" ? "recommendation" : LEVELS[rule.severity],
      "security-severity": SECURITY_SEVERITY[rule.severity] ?? "5.5",
      severity: rule.severity,
      ...rule.packs.length > 0 ? { packs: rule.packs } : {}
    }
  };
}

// reports/sarif/results.ts
var SRCROOT = "%SRCROOT%";
function artifactLocation(path, artifacts) {
  const index = artifacts.get(path);
  return { uri: encodePath(path), uriBaseId: SRCROOT, ...index === void 0 ? {} : { index } };
}
function region(location) {
  const startLine = Math.max(1, Math.trunc(location.startLine) || 1);
  const startColumn = Math.max(1, Math.trunc(location.startColumn) || 1);
  const endLine = Math.max(startLine, Math.trunc(location.endLine ?? startLine) || startLine);
  const rawEnd = Math.max(1, Math.trunc(location.endColumn ?? startColumn) || startColumn);
  const endColumn = endLine === startLine ? Math.max(startColumn, rawEnd) : rawEnd;
  return { startLine, startColumn, endLine, endColumn };
}
function sarifResult(finding, ruleIndex3, artifacts) {
  const { location, resource, waiver } = finding;
  const index = ruleIndex3.get(finding.ruleId);
  const logicalName = formatResource(resource);
  return {
    ruleId: finding.ruleId,
    ...index === void 0 ? {} : { ruleIndex: index },
    level: LEVELS[finding.severity] ?? "warning",
    kind: "fail",
    message: { text: clean(finding.message).trim() || finding.ruleId },
    locations: [
      {
        physicalLocation: { artifactLocation: artifactLocation(location.path, artifacts), region: region(location) },
        logicalLocations: [{ name: oneLine(logicalName) || resource.type, kind: "resource" }]
      }
    ],
    partialFingerprints: { "bylaw/v1": finding.fingerprint },
    ...waiver ? {
      suppressions: [
        {
          kind: waiver.kind === "inline" ? "inSource" : "external",
          status: "accepted",
          justification: oneLine(waiver.reason),
          ...waiver.source ? { location: { physicalLocation: { artifactLocation: artifactLocation(waiver.source.path, artifacts), region: region({ startLine: waiver.source.line, startColumn: 1 }) } } } : {},
          properties: {
            ...waiver.approvedBy ? { approvedBy: waiver.approvedBy } : {},
            ...waiver.ticket ? { ticket: waiver.ticket } : {},
            ...waiver.expires ? { expires: waiver.expires } : {}
          }
        }
      ]
    } : {},
    properties: {
      severity: finding.severity,
      ...finding.controls.length > 0 ? { controls: finding.controls } : {},
      ...location.pointer !== void 0 ? { pointer: location.pointer } : {},
      ...location.document !== void 0 ? { document: location.document } : {}
    }
  };
}
function diagnosticNotification(error, artifacts) {
  return {
    level: "error",
    message: { text: `${error.code}: ${clean(error.message).trim()}` },
    descriptor: { id: error.code },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(error.path, artifacts), region: region({ startLine: error.line, startColumn: error.column }) } }]
  };
}
function errorFindingNotification(finding, ruleIndex3, artifacts) {
  const index = ruleIndex3.get(finding.ruleId);
  return {
    level: "error",
    message: { text: `${finding.ruleId}: ${clean(finding.message).trim()}` },
    descriptor: { id: "rule-error" },
    associatedRule: { id: finding.ruleId, ...index === void 0 ? {} : { index } },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(finding.location.path, artifacts), region: region(finding.location) } }]
  };
}

// reports/sarif.ts
var SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
function automationId(packIds) {
  const ids = [...new Set(packIds)].sort(byText);
  return `bylaw/${ids.join("+")}${ids.length > 0 ? "/" : ""}`;
}
function dedupe(items) {
  const seen = /* @__PURE__ */ new Set();
  return items.filter((item) => {
    const key = JSON.stringify(item);
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
var sarif = (result) => {
  const controls = controlIndex(result);
  const rules = collectRules(result).slice(0, GITHUB_LIMITS.rulesPerRun);
  const ruleIndex3 = new Map(rules.map((rule, index) => [rule.id, index]));
  const inputs = [...result.inputs].sort((a, b) => byText(a.path, b.path));
  const artifacts = new Map(inputs.map((input, index) => [input.path, index]));
  const reported = result.findings.filter((finding) => finding.status === "fail" || finding.status === "waived");
  const ranked = [...reported].sort((a, b) => Number(a.status === "waived") - Number(b.status === "waived") || severityRank(a.severity) - severityRank(b.severity) || compareByLocation(a, b));
  const limit = Math.min(ranked.length, GITHUB_LIMITS.resultsPerRun);
  const notifications = dedupe([
    ...result.errors.map((error) => diagnosticNotification(error, artifacts)),
    ...result.findings.filter((finding) => finding.status === "error").map((finding) => errorFindingNotification(finding, ruleIndex3, artifacts))
  ]);
  const root = result.run.root && result.run.root.startsWith("/") ? pathToFileURL(result.run.root.endsWith("/") ? result.run.root : result.run.root + "/").href : void 0;
  const descriptors = rules.map((rule) => ruleDescriptor(rule, controls));
  const sarifResults = reported.map((finding) => sarifResult(finding, ruleIndex3, artifacts));
  const build = (kept) => {
    const keptSet = new Set(ranked.slice(0, kept));
    const results = sarifResults.filter((_, index) => keptSet.has(reported[index]));
    const omitted = reported.length - kept;
    const truncation = omitted > 0 ? [{ level: "warning", descriptor: { id: "results-truncated" }, message: { text: `${omitted} of ${reported.length} results were left out to stay within GitHub's limits (${GITHUB_LIMITS.resultsPerRun} results per run, ${GITHUB_LIMITS.gzipBytes} gzip-compressed bytes per file); the least severe were dropped first. The JSON report has every finding.` } }] : [];
    const allNotifications = [...truncation, ...notifications];
    return {
      $schema: SCHEMA,
      version: "2.1.0",
      runs: [
        {
          tool: { driver: { name: "bylaw", version: result.tool.version, semanticVersion: result.tool.version, rules: descriptors } },
          automationDetails: { id: automationId(result.packs.map((pack) => pack.id)) },
          invocations: [
            {
              executionSuccessful: !result.errors.some((error) => error.code === "internal"),
              startTimeUtc: result.run.startedAt,
              ...allNotifications.length > 0 ? { toolExecutionNotifications: allNotifications } : {}
            }
          ],
          ...root ? { originalUriBaseIds: { [SRCROOT]: { uri: root } } } : {},
          artifacts: inputs.map((input) => ({ location: artifactLocation(input.path, /* @__PURE__ */ new Map()), hashes: { "sha-256": input.sha256 }, properties: { type: input.type } })),
          results,
          columnKind: "utf16CodeUnits",
          properties: {
            ...result.run.commit ? { commit: result.run.commit } : {},
            ...result.run.ref ? { ref: result.run.ref } : {},
            packs: result.packs.map((pack) => ({ id: pack.id, version: pack.version, digest: pack.digest })),
            verdict: result.summary.verdict,
            failOn: result.summary.failOn,
            ...omitted > 0 ? { truncated: { kept, total: reported.length } } : {}
          }
        }
      ]
    };
  };
  return fitToSize(limit, GITHUB_LIMITS.gzipBytes, build).text;
};

// reports/escape/xml.ts
var ILLEGAL = /[\ufffe\uffff]/g;
var TEXT = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
var ATTR = { ...TEXT, "\n": "&#10;", "\r": "&#13;", "	": "&#9;" };
function xmlSafe(value) {
  return clean(value).replace(ILLEGAL, "");
}
function xmlText(value) {
  return xmlSafe(value).replace(/[&<>"']/g, (c) => TEXT[c]);
}
function xmlAttr(value) {
  return xmlSafe(value).replace(/[&<>"'\n\r\t]/g, (c) => ATTR[c]);
}

// reports/junit.ts
var NO_PACK = "bylaw";
var ERRORS_SUITE = "bylaw-errors";
function caseKey(finding) {
  const { resource, location } = finding;
  return JSON.stringify([finding.ruleId, location.path, location.document ?? 0, resource.kind, resource.namespace, resource.name, resource.address]);
}
function groupBySuite(result) {
  const rules = ruleIndex(result);
  const suites = /* @__PURE__ */ new Map();
  for (const finding of result.findings) {
    const packs2 = findingPacks(finding, rules);
    for (const pack of packs2.length > 0 ? packs2 : [NO_PACK]) {
      const cases = suites.get(pack) ?? /* @__PURE__ */ new Map();
      suites.set(pack, cases);
      const key = caseKey(finding);
      const existing = cases.get(key);
      if (existing) existing.findings.push(finding);
      else cases.set(key, { rule: finding.ruleId, name: `${formatResource(finding.resource)} ${formatLocation(finding.location)}`, findings: [finding] });
    }
  }
  return suites;
}
function detail(finding) {
  const lines = [`${formatLocation(finding.location)} [${finding.status}, ${finding.severity}] ${finding.message}`];
  const waiver = finding.waiver;
  if (waiver) {
    lines.push(`  waived (${waiver.kind}): ${waiver.reason}`);
    if (waiver.approvedBy) lines.push(`  approved by: ${waiver.approvedBy}`);
    if (waiver.ticket) lines.push(`  ticket: ${waiver.ticket}`);
    if (waiver.expires) lines.push(`  expires: ${waiver.expires}`);
  }
  return lines.join("\n");
}
function waiverSummary(finding) {
  const waiver = finding.waiver;
  if (!waiver) return finding.message;
  const parts = [`waived: ${waiver.reason}`];
  if (waiver.approvedBy) parts.push(`approved by ${waiver.approvedBy}`);
  if (waiver.ticket) parts.push(`ticket ${waiver.ticket}`);
  if (waiver.expires) parts.push(`expires ${waiver.expires}`);
  return parts.join("; ");
}
function renderCase(item) {
  const worst = [...item.findings].sort((a, b) => statusRank(a.status) - statusRank(b.status))[0];
  const open = `    <testcase classname="${xmlAttr(item.rule)}" name="${xmlAttr(item.name)}" time="0"`;
  const body = xmlText(item.findings.map(detail).join("\n"));
  const relevant = item.findings.filter((finding) => finding.status === worst.status);
  const message = xmlAttr(relevant.map((finding) => finding.status === "waived" ? waiverSummary(finding) : finding.message).join(" / "));
  switch (worst.status) {
    case "fail":
      return { status: "fail", xml: `${open}>
      <failure message="${message}" type="${xmlAttr(worst.severity)}">${body}</failure>
    </testcase>
` };
    case "error":
      return { status: "error", xml: `${open}>
      <error message="${message}" type="error">${body}</error>
    </testcase>
` };
    case "waived":
    case "skip":
      return { status: worst.status, xml: `${open}>
      <skipped message="${message}"/>
      <system-out>${body}</system-out>
    </testcase>
` };
    default:
      return { status: "pass", xml: `${open}/>
` };
  }
}
function suite(name, cases, counts3, timestamp, properties) {
  const head = `  <testsuite name="${xmlAttr(name)}" tests="${cases.length}" failures="${counts3.failures}" errors="${counts3.errors}" skipped="${counts3.skipped}" time="0" timestamp="${xmlAttr(timestamp)}">
`;
  return head + properties + cases.join("") + "  </testsuite>\n";
}
var junit = (result) => {
  const timestamp = result.run.startedAt.replace(/(\.\d+)?Z$/, "");
  const packs2 = new Map(result.packs.map((pack) => [pack.id, pack]));
  const suites = [];
  const total = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  const grouped = groupBySuite(result);
  for (const name of [...grouped.keys()].sort(byText)) {
    const counts3 = { failures: 0, errors: 0, skipped: 0 };
    const rendered = [...grouped.get(name).values()].map(renderCase);
    for (const { status } of rendered) {
      if (status === "fail") counts3.failures++;
      else if (status === "error") counts3.errors++;
      else if (status === "waived" || status === "skip") counts3.skipped++;
    }
    const pack = packs2.get(name);
    const properties = pack ? `    <properties>
      <property name="pack" value="${xmlAttr(formatPack(pack))}"/>
      <property name="digest" value="${xmlAttr(pack.digest)}"/>
    </properties>
` : "";
    suites.push(suite(name, rendered.map((item) => item.xml), counts3, timestamp, properties));
    total.tests += rendered.length;
    total.failures += counts3.failures;
    total.errors += counts3.errors;
    total.skipped += counts3.skipped;
  }
  if (result.errors.length > 0) {
    const cases = result.errors.map((error) => {
      const place2 = formatDiagnostic(error);
      return `    <testcase classname="${xmlAttr(error.code)}" name="${xmlAttr(place2)}" time="0">
      <error message="${xmlAttr(error.message)}" type="${xmlAttr(error.code)}">${xmlText(`${place2}: ${error.code}: ${error.message}`)}</error>
    </testcase>
`;
    });
    suites.push(suite(ERRORS_SUITE, cases, { failures: 0, errors: cases.length, skipped: 0 }, timestamp, ""));
    total.tests += cases.length;
    total.errors += cases.length;
  }
  const head = `<testsuites name="bylaw" tests="${total.tests}" failures="${total.failures}" errors="${total.errors}" skipped="${total.skipped}" time="0">
`;
  return `<?xml version="1.0" encoding="UTF-8"?>
${head}${suites.join("")}</testsuites>
`;
};

// reports/model/posture.ts
function own(record, key) {
  return record && Object.hasOwn(record, key) ? record[key] : void 0;
}
var POSTURE_STATES = ["failed", "waived", "passed", "not-tested"];
function postureOf(counts3) {
  if (!counts3) return "not-tested";
  if ((counts3.fail ?? 0) > 0) return "failed";
  if ((counts3.waived ?? 0) > 0) return "waived";
  if ((counts3.pass ?? 0) > 0 && (counts3.error ?? 0) === 0) return "passed";
  return "not-tested";
}
function countStates(items) {
  const states = Object.fromEntries(POSTURE_STATES.map((state) => [state, 0]));
  for (const item of items) states[item.state]++;
  return states;
}
function emptyCounts() {
  return Object.fromEntries(STATUSES.map((status) => [status, 0]));
}
function controlPostures(result) {
  const meta = controlIndex(result);
  const ids = /* @__PURE__ */ new Set([...meta.keys(), ...Object.keys(result.summary.byControl ?? {})]);
  return [...ids].sort(byText).map((id) => {
    const counts3 = { ...emptyCounts(), ...own(result.summary.byControl, id) ?? {} };
    const control = meta.get(id);
    return { id, title: control?.title ?? id, pack: control?.pack, frameworks: control?.frameworks ?? {}, counts: counts3, state: postureOf(counts3) };
  });
}
function frameworkPostures(result) {
  const mapped = /* @__PURE__ */ new Map();
  for (const control of result.controls ?? []) {
    for (const [framework, requirements] of Object.entries(control.frameworks ?? {})) {
      const set = mapped.get(framework) ?? /* @__PURE__ */ new Set();
      requirements.forEach((requirement) => set.add(requirement));
      mapped.set(framework, set);
    }
  }
  for (const [framework, requirements] of Object.entries(result.summary.byFramework ?? {})) {
    const set = mapped.get(framework) ?? /* @__PURE__ */ new Set();
    Object.keys(requirements).forEach((requirement) => set.add(requirement));
    mapped.set(framework, set);
  }
  return [...mapped.keys()].sort(byText).map((id) => {
    const requirements = [...mapped.get(id) ?? []].sort(byText).map((requirement) => {
      const counts3 = { ...emptyCounts(), ...own(own(result.summary.byFramework, id), requirement) ?? {} };
      return { id: requirement, counts: counts3, state: postureOf(counts3) };
    });
    return { id, states: countStates(requirements), requirements };
  });
}

// reports/markdown/budget.ts
var Budget = class {
  constructor(max) {
    this.max = max;
  }
  max;
  parts = [];
  used = 0;
  /** Adds `text` if it fits while leaving `reserve` bytes free; returns whether it was added. */
  add(text3, reserve = 0) {
    const size = Buffer.byteLength(text3);
    if (this.used + size + reserve > this.max) return false;
    this.parts.push(text3);
    this.used += size;
    return true;
  }
  /** Adds `text` unconditionally (closing tags and notes the reserve was kept for). */
  force(text3) {
    this.parts.push(text3);
    this.used += Buffer.byteLength(text3);
  }
  toString() {
    return this.parts.join("");
  }
};

// reports/markdown/format.ts
var SEVERITY_LABEL = {
  critical: "\u{1F7E3} Critical",
  high: "\u{1F534} High",
  medium: "\u{1F7E0} Medium",
  low: "\u{1F7E1} Low",
  info: "\u{1F535} Info"
};
var MAX_CELL = 300;
function linkBaseOf(linkBase) {
  const url = linkBase ? webUrl(linkBase) : void 0;
  return url?.replace(/\/+$/, "").replace(/[()]/g, (c) => c === "(" ? "%28" : "%29");
}
function lineUrl(base, path, line) {
  return base ? `${base}/${encodePath(path)}#L${Math.max(1, Math.trunc(line) || 1)}` : void 0;
}
function locationCell(finding, base) {
  const { path, startLine } = finding.location;
  return mdLink(`${path}:${startLine}`, lineUrl(base, path, startLine));
}
function cell(text3) {
  return mdText(truncate(oneLine(text3), MAX_CELL));
}
function row(cells) {
  return `| ${cells.join(" | ")} |
`;
}

// reports/markdown/sections.ts
function headline(result) {
  const failing2 = result.summary.byStatus?.fail ?? 0;
  const threshold = result.summary.failOn;
  const atOrAbove = threshold === "none" ? 0 : SEVERITIES.slice(0, SEVERITIES.indexOf(threshold) + 1).reduce((sum, severity) => sum + (result.summary.bySeverity?.[severity] ?? 0), 0);
  if (result.summary.verdict === "fail") {
    return `## \u274C bylaw: failed (${atOrAbove} of ${failing2} failing ${failing2 === 1 ? "finding is" : "findings are"} ${threshold} or worse)

`;
  }
  const note = failing2 > 0 ? ` (${failing2} failing ${failing2 === 1 ? "finding" : "findings"} below ${threshold})` : "";
  return `## \u2705 bylaw: passed${note}

`;
}
function context(result) {
  const packs2 = result.packs.map((pack) => mdText(formatPack(pack))).join(", ") || "none";
  const parts = [`**Packs:** ${packs2}`];
  if (result.run.commit) parts.push(`**Commit:** ${mdText(result.run.commit.slice(0, 12))}`);
  if (result.run.ref) parts.push(`**Ref:** ${mdText(result.run.ref)}`);
  parts.push(`${result.summary.files} files, ${result.summary.resources} resources`);
  return parts.join(" \xB7 ") + "\n\n";
}
function counts(result) {
  const { bySeverity, byStatus } = result.summary;
  let text3 = "| Severity | Failing |\n|---|--:|\n";
  for (const severity of SEVERITIES) text3 += row([SEVERITY_LABEL[severity], String(bySeverity?.[severity] ?? 0)]);
  const statuses = [
    `${byStatus?.fail ?? 0} failed`,
    `${byStatus?.pass ?? 0} passed`,
    `${byStatus?.waived ?? 0} waived`,
    `${byStatus?.skip ?? 0} not applicable`,
    `${byStatus?.error ?? 0} could not be evaluated`,
    `${result.errors.length} file or policy errors`
  ];
  return text3 + `
${statuses.join(" \xB7 ")}

`;
}
var FINDINGS_HEADER = "| Severity | Rule | Location | Message |\n|---|---|---|---|\n";
function findingRow(finding, rules, base) {
  return row([SEVERITY_LABEL[finding.severity] ?? cell(finding.severity), `${cell(finding.ruleId)}: ${cell(ruleTitle(finding, rules))}`, locationCell(finding, base), cell(finding.message)]);
}
var WAIVERS_HEADER = "| Rule | Location | Reason | Approver | Ticket | Expires |\n|---|---|---|---|---|---|\n";
function waiverRow(finding, base) {
  const waiver = finding.waiver;
  const kind = waiver?.kind === "inline" ? " (inline)" : "";
  return row([cell(finding.ruleId), locationCell(finding, base), cell(waiver?.reason ?? "") + kind, cell(waiver?.approvedBy ?? ""), cell(waiver?.ticket ?? ""), cell(waiver?.expires ?? "")]);
}
var ERRORS_HEADER = "| Location | Code | Message |\n|---|---|---|\n";
function errorRow(place2, code, message) {
  return row([cell(place2), cell(code), cell(message)]);
}
function ruleFallbacks(findings) {
  const fallbacks = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    let entry = fallbacks.get(finding.ruleId);
    if (!entry) fallbacks.set(finding.ruleId, entry = { title: finding.title });
    if (entry.remediation === void 0 && finding.remediation) entry.remediation = finding.remediation;
  }
  return fallbacks;
}
function remediationItem(ruleId, rules, fallbacks) {
  const meta = rules.get(ruleId);
  const title = meta?.title ?? fallbacks().get(ruleId)?.title ?? ruleId;
  const fix = meta?.remediation ?? fallbacks().get(ruleId)?.remediation;
  return `- **${cell(ruleId)}** ${cell(title)}${fix ? `: ${cell(fix)}` : ""}
`;
}

// reports/markdown.ts
var COMMENT_MARKER = "<!-- bylaw:comment -->";
var DEFAULT_MAX = { comment: 65e3, summary: 1e6 };
var TOP = { comment: 10, summary: 25 };
var RESERVE = 600;
function section(budget, state, open, rows, close) {
  if (rows.length === 0) return;
  if (state.stopped || !budget.add(open, RESERVE + close.length)) {
    state.stopped = true;
    rows.forEach((line) => state[line.kind]++);
    return;
  }
  for (const line of rows) {
    if (state.stopped || !budget.add(line.render(), RESERVE + close.length)) {
      state.stopped = true;
      state[line.kind]++;
    }
  }
  budget.force(close);
}
function lazyRows(items, kind, render2) {
  return items.map((item) => ({ render: () => render2(item), kind }));
}
function plural(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
function controlsLine(result) {
  const postures = controlPostures(result);
  if (postures.length === 0) return "";
  const states = countStates(postures);
  const tally2 = POSTURE_STATES.map((state) => `${states[state]} ${state.replace("-", " ")}`);
  return `**Controls:** ${tally2.join(" \xB7 ")}

`;
}
var markdown = (result, options) => {
  const variant = options.variant === "comment" ? "comment" : "summary";
  const budget = new Budget(options.maxLength ?? DEFAULT_MAX[variant]);
  const base = linkBaseOf(options.linkBase);
  const rules = ruleIndex(result);
  const state = { stopped: false, findings: 0, other: 0 };
  const footer = `
<sub>bylaw ${mdText(result.tool.version)} \xB7 fails on ${mdText(result.summary.failOn)} or worse \xB7 run started ${mdText(result.run.startedAt)}</sub>
`;
  budget.force((variant === "comment" ? COMMENT_MARKER + "\n" : "") + headline(result) + context(result) + counts(result) + controlsLine(result));
  const failing2 = result.findings.filter((finding) => finding.status === "fail").sort(compareByImportance);
  const top = failing2.slice(0, TOP[variant]);
  const rest = failing2.slice(TOP[variant]);
  if (top.length > 0) section(budget, state, "### Top findings\n\n" + FINDINGS_HEADER, lazyRows(top, "findings", (f) => findingRow(f, rules, base)), "");
  section(budget, state, `
<details><summary>${rest.length} more failing findings</summary>

${FINDINGS_HEADER}`, lazyRows(rest, "findings", (f) => findingRow(f, rules, base)), "\n</details>\n");
  const failingRules = [...new Set(failing2.map((finding) => finding.ruleId))].sort(byText);
  let fallbacks;
  const fallbacksOnce = () => fallbacks ??= ruleFallbacks(result.findings);
  section(budget, state, `
<details><summary>How to fix (${plural(failingRules.length, "rule")})</summary>

`, lazyRows(failingRules, "other", (id) => remediationItem(id, rules, fallbacksOnce)), "\n</details>\n");
  const waived = result.findings.filter((finding) => finding.status === "waived");
  section(budget, state, `
<details><summary>Waived findings (${waived.length})</summary>

${WAIVERS_HEADER}`, lazyRows(waived, "findings", (f) => waiverRow(f, base)), "\n</details>\n");
  const errorFindings = result.findings.filter((finding) => finding.status === "error");
  const errorCount = errorFindings.length + result.errors.length;
  const open = `
<details><summary>Could not be evaluated (${errorCount})</summary>

${ERRORS_HEADER}`;
  const errorRows = [
    ...lazyRows(errorFindings, "findings", (f) => errorRow(formatLocation(f.location), f.ruleId, f.message)),
    ...lazyRows(result.errors, "other", (error) => errorRow(formatDiagnostic(error), error.code, error.message))
  ];
  section(budget, state, open, errorRows, "\n</details>\n");
  if (state.findings + state.other > 0) {
    const others = state.other > 0 ? ` (and ${plural(state.other, "other row")})` : "";
    budget.force(`
> [!WARNING]
> ${state.findings} more findings not shown${others}: size limit reached. The HTML, SARIF and JSON reports list everything.
`);
  }
  budget.force(footer);
  return budget.toString();
};

// reports/html.ts
import { createHash as createHash3 } from "node:crypto";

// reports/escape/html.ts
var ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
function escapeHtml(value) {
  return clean(value).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
function safeHref(url) {
  if (!url || !/^https?:\/\/[^\s]+$/i.test(url)) return void 0;
  return escapeHtml(url);
}

// reports/html/style.ts
var STYLE = `
:root{--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--soft:#f6f8fa;--accent:#0969da;
--critical:#6f42c1;--high:#cf222e;--medium:#bc4c00;--low:#9a6700;--info:#0969da;
--fail:#cf222e;--pass:#1a7f37;--waived:#8250df;--error:#bc4c00;--skip:#6e7781;--not-tested:#8c959f}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;color:var(--fg);background:#fff;font:14px/1.5 -apple-system,BlinkMacSystemFont,"Segoe UI","Noto Sans",Helvetica,Arial,sans-serif}
header.top{background:#0d1117;color:#f0f6fc;padding:24px 40px}
header.top h1{margin:0 0 4px;font-size:22px;font-weight:600}
header.top .meta{color:#9198a1;font-size:13px}
header.top .meta span+span::before{content:" \xB7 "}
nav.toc{padding:10px 40px;border-bottom:1px solid var(--line);background:var(--soft);font-size:13px}
nav.toc a{margin-right:16px;color:var(--accent);text-decoration:none}
main{padding:8px 40px 48px;max-width:1440px}
section{margin-top:28px}
h2{font-size:18px;border-bottom:1px solid var(--line);padding-bottom:6px;margin:0 0 14px}
h3{font-size:15px;margin:18px 0 8px}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:12px}
.card{border:1px solid var(--line);border-radius:8px;padding:12px 14px;background:#fff}
.card .label{color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.04em}
.card .value{font-size:26px;font-weight:600;line-height:1.2}
.card.verdict-fail{border-color:var(--fail);background:#ffebe9}
.card.verdict-pass{border-color:var(--pass);background:#dafbe1}
.verdict-fail .value{color:var(--fail)}
.verdict-pass .value{color:var(--pass)}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:16px;margin-top:16px}
.chart{border:1px solid var(--line);border-radius:8px;padding:12px 14px}
.chart h3{margin:0 0 8px}
.chart svg{display:block;max-width:100%;height:auto}
.chart svg.dot,svg.dot{display:inline-block}
td details{border:0;padding:0;margin:4px 0 0;font-size:12px}
.legend{list-style:none;margin:8px 0 0;padding:0;font-size:12px;color:var(--muted);display:flex;flex-wrap:wrap;gap:4px 14px}
.dot{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:5px;vertical-align:-1px}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
th{background:var(--soft);font-weight:600;white-space:nowrap}
tbody tr:nth-child(even){background:#fbfcfd}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
td.msg{max-width:520px;overflow-wrap:anywhere}
td.loc,td.mono,code,.mono{font-family:ui-monospace,SFMono-Regular,"SF Mono",Menlo,Consolas,monospace;font-size:12px;overflow-wrap:anywhere}
.sub{color:var(--muted);font-size:12px;margin-top:2px}
.pill{display:inline-block;padding:1px 8px;border-radius:10px;font-size:11px;font-weight:600;color:#fff;white-space:nowrap}
.sev-critical{background:var(--critical)}.sev-high{background:var(--high)}.sev-medium{background:var(--medium)}
.sev-low{background:var(--low)}.sev-info{background:var(--info)}
.st-fail,.ps-failed{background:var(--fail)}.st-pass,.ps-passed{background:var(--pass)}.st-waived,.ps-waived{background:var(--waived)}
.st-error{background:var(--error)}.st-skip{background:var(--skip)}.ps-not-tested{background:var(--not-tested)}
.expired{color:var(--fail);font-weight:600}
.filters{display:flex;flex-wrap:wrap;gap:10px 22px;align-items:center;padding:10px 12px;border:1px solid var(--line);border-radius:8px;background:var(--soft);margin-bottom:10px}
.filters fieldset{border:0;margin:0;padding:0;display:flex;gap:10px;align-items:center}
.filters legend{float:left;font-weight:600;margin-right:6px;font-size:12px;color:var(--muted)}
.filters label{font-size:13px;white-space:nowrap}
.filters input[type=search]{padding:5px 8px;border:1px solid var(--line);border-radius:6px;min-width:260px;font:inherit}
.count{margin-left:auto;color:var(--muted);font-size:13px}
.table-wrap{overflow-x:auto}
#findings{font-size:13px;border-top:1px solid var(--line)}
.frow{display:grid;grid-template-columns:110px 76px minmax(0,1.3fr) minmax(0,1.3fr) minmax(0,1fr) minmax(0,2.6fr) minmax(0,.9fr);gap:0 12px;padding:6px 8px;border-bottom:1px solid var(--line);content-visibility:auto;contain-intrinsic-size:auto 58px}
.frow[hidden]{display:none}
.frow>span{min-width:0;overflow-wrap:anywhere}
.fbody .frow:nth-child(even){background:#fbfcfd}
.fhead{background:var(--soft);font-weight:600;position:sticky;top:0;z-index:1;content-visibility:visible}
.frow .sub,.frow .sub code{display:block}
details{border:1px solid var(--line);border-radius:8px;padding:8px 12px;margin:8px 0}
details>summary{cursor:pointer;font-weight:600}
pre{background:var(--soft);padding:8px;border-radius:6px;white-space:pre-wrap;overflow-wrap:anywhere;font-size:12px;margin:4px 0}
.empty{color:var(--muted);font-style:italic}
footer{color:var(--muted);font-size:12px;padding:16px 40px;border-top:1px solid var(--line)}
@page{size:A4 landscape;margin:12mm}
@media print{
body{font-size:10pt}
header.top{background:#fff;color:#000;padding:0 0 8px;border-bottom:2px solid #000}
header.top .meta{color:#333}
nav.toc,.filters,.no-print{display:none}
main{padding:0;max-width:none}
section{break-inside:auto}
h2{break-after:avoid}
thead{display:table-header-group}
tr,.card,.chart{break-inside:avoid}
#findings .fhead{position:static}
.frow{content-visibility:visible;break-inside:avoid}
a{color:inherit;text-decoration:none}
details{border:0;padding:0}
.pill{border:1px solid #000;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.card,.chart,svg{-webkit-print-color-adjust:exact;print-color-adjust:exact}
footer{padding:8px 0}
}
`.trim();

// reports/html/script.ts
var SCRIPT = `
(function () {
  var table = document.getElementById('findings');
  if (!table) return;
  var rows = Array.prototype.slice.call(table.querySelectorAll('.fbody > .frow'));
  var texts = rows.map(function (row) { return row.textContent.toLowerCase(); });
  var boxes = Array.prototype.slice.call(document.querySelectorAll('input[data-filter]'));
  var search = document.getElementById('search');
  var shown = document.getElementById('shown');
  function apply() {
    var on = { sev: {}, status: {} };
    boxes.forEach(function (box) { if (box.checked) on[box.getAttribute('data-filter')][box.value] = true; });
    var query = search.value.trim().toLowerCase();
    var count = 0;
    rows.forEach(function (row, i) {
      var visible = on.sev[row.getAttribute('data-sev')] === true && on.status[row.getAttribute('data-status')] === true && (query === '' || texts[i].indexOf(query) !== -1);
      if (row.hidden === visible) row.hidden = !visible;
      if (visible) count++;
    });
    shown.textContent = String(count);
  }
  boxes.forEach(function (box) { box.addEventListener('change', apply); });
  var timer = 0;
  search.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(apply, rows.length > 2000 ? 150 : 0);
  });
  window.addEventListener('beforeprint', function () {
    Array.prototype.forEach.call(document.querySelectorAll('details'), function (d) { d.open = true; });
  });
  apply();
  var wrap = document.getElementById('findings-wrap');
  if (wrap) wrap.hidden = false;
})();
`.trim();
var NOSCRIPT_STYLE = "#findings-wrap[hidden]{display:block}";

// reports/html/charts.ts
function round(n) {
  return (Math.round(n * 1e3) / 1e3).toString();
}
function legend(data) {
  const items = data.map((d) => `<li><svg class="dot" width="10" height="10" aria-hidden="true"><rect width="10" height="10" rx="2" fill="${d.color}"/></svg>${escapeHtml(d.label)} ${formatCount(d.value)}</li>`);
  return `<ul class="legend">${items.join("")}</ul>`;
}
function donut(data, title) {
  const total = data.reduce((sum, d) => sum + d.value, 0);
  let offset = 25;
  const arcs = data.filter((d) => d.value > 0).map((d) => {
    const share = d.value / total * 100;
    const arc = `<circle cx="21" cy="21" r="15.915" fill="none" stroke="${d.color}" stroke-width="6" stroke-dasharray="${round(share)} ${round(100 - share)}" stroke-dashoffset="${round(offset)}"><title>${escapeHtml(d.label)}: ${d.value}</title></circle>`;
    offset -= share;
    return arc;
  });
  return `<svg viewBox="0 0 42 42" width="180" height="180" role="img" aria-label="${escapeHtml(title)}"><circle cx="21" cy="21" r="15.915" fill="none" stroke="#eaeef2" stroke-width="6"/>${arcs.join("")}<text x="21" y="21" text-anchor="middle" dominant-baseline="central" font-size="7" font-weight="600" fill="#1f2328">${formatCount(total)}</text></svg>` + legend(data);
}
function bars(data, title) {
  const max = Math.max(1, ...data.map((d) => d.value));
  const rowHeight = 26;
  const width = 360;
  const labelWidth = 80;
  const barSpace = width - labelWidth - 50;
  const rows = data.map((d, i) => {
    const y = i * rowHeight;
    const w = d.value === 0 ? 0 : Math.max(2, d.value / max * barSpace);
    return `<text x="0" y="${y + 17}" font-size="12" fill="#59636e">${escapeHtml(d.label)}</text><rect x="${labelWidth}" y="${y + 5}" width="${round(w)}" height="16" rx="3" fill="${d.color}"><title>${escapeHtml(d.label)}: ${d.value}</title></rect><text x="${round(labelWidth + w + 6)}" y="${y + 17}" font-size="12" fill="#1f2328">${formatCount(d.value)}</text>`;
  });
  return `<svg viewBox="0 0 ${width} ${data.length * rowHeight}" width="${width}" height="${data.length * rowHeight}" role="img" aria-label="${escapeHtml(title)}">${rows.join("")}</svg>`;
}
function stacked(data, title, width = 240) {
  const total = data.reduce((sum, d) => sum + d.value, 0);
  let x = 0;
  const parts = data.filter((d) => d.value > 0).map((d) => {
    const w = d.value / total * width;
    const rect = `<rect x="${round(x)}" y="0" width="${round(w)}" height="14" fill="${d.color}"><title>${escapeHtml(d.label)}: ${d.value}</title></rect>`;
    x += w;
    return rect;
  });
  const body = total === 0 ? `<rect x="0" y="0" width="${width}" height="14" fill="#eaeef2"/>` : parts.join("");
  return `<svg viewBox="0 0 ${width} 14" width="${width}" height="14" role="img" aria-label="${escapeHtml(title)}">${body}</svg>`;
}
function formatCount(n) {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

// reports/html/summary.ts
var SEVERITY_COLOR = { critical: "#6f42c1", high: "#cf222e", medium: "#bc4c00", low: "#9a6700", info: "#0969da" };
var STATUS_COLOR = { fail: "#cf222e", pass: "#1a7f37", waived: "#8250df", error: "#bc4c00", skip: "#6e7781" };
var POSTURE_COLOR = { failed: "#cf222e", waived: "#8250df", passed: "#1a7f37", "not-tested": "#8c959f" };
var STATUS_LABEL = { fail: "Failed", pass: "Passed", waived: "Waived", error: "Not evaluated", skip: "Not applicable" };
var POSTURE_LABEL = { failed: "Failed", waived: "Waived", passed: "Passed", "not-tested": "Not tested" };
function card(label2, value, extra = "") {
  return `<div class="card${extra}"><div class="label">${escapeHtml(label2)}</div><div class="value">${value}</div></div>`;
}
function executiveSummary(result, controls) {
  const { byStatus, bySeverity, verdict: verdict2, failOn } = result.summary;
  const count = (status) => byStatus?.[status] ?? 0;
  const states = countStates(controls);
  const cards = [
    card("Verdict", verdict2 === "fail" ? "FAIL" : "PASS", verdict2 === "fail" ? " verdict-fail" : " verdict-pass"),
    card("Failing findings", formatCount(count("fail"))),
    card("Waived", formatCount(count("waived"))),
    card("Passed checks", formatCount(count("pass"))),
    card("Not evaluated", formatCount(count("error") + result.errors.length)),
    card("Controls failing", `${formatCount(states.failed)} / ${formatCount(controls.length)}`)
  ];
  const statusData = ["fail", "waived", "error", "skip", "pass"].map((s) => ({ label: STATUS_LABEL[s], value: count(s), color: STATUS_COLOR[s] }));
  const severityData = SEVERITIES.map((s) => ({ label: s[0].toUpperCase() + s.slice(1), value: bySeverity?.[s] ?? 0, color: SEVERITY_COLOR[s] }));
  const postureData = POSTURE_STATES.map((s) => ({ label: POSTURE_LABEL[s], value: states[s], color: POSTURE_COLOR[s] }));
  const threshold = failOn === "none" ? "The run never fails on findings (fail-on: none)." : `The run fails when a finding of severity ${escapeHtml(failOn)} or worse fails.`;
  return `<section id="summary"><h2>Executive summary</h2><p>${formatCount(result.summary.files)} files, ${formatCount(result.summary.documents)} documents and ${formatCount(result.summary.resources)} resources evaluated against ${formatCount(result.packs.length)} policy packs. ${threshold}</p><div class="cards">${cards.join("")}</div><div class="charts"><div class="chart"><h3>Findings by status</h3>${donut(statusData, "Findings by status")}</div><div class="chart"><h3>Failing findings by severity</h3>${bars(severityData, "Failing findings by severity")}</div><div class="chart"><h3>Controls by posture</h3>${donut(postureData, "Controls by posture")}</div></div></section>`;
}

// reports/html/posture.ts
function pill(state) {
  return `<span class="pill ps-${state}">${POSTURE_LABEL[state]}</span>`;
}
function postureSection(result, controls) {
  const frameworks = frameworkPostures(result);
  const frameworkRows = frameworks.map((fw) => {
    const data = POSTURE_STATES.map((s) => ({ label: POSTURE_LABEL[s], value: fw.states[s], color: POSTURE_COLOR[s] }));
    const requirements = fw.requirements.map((r) => `<tr><td class="mono">${escapeHtml(r.id)}</td><td>${pill(r.state)}</td><td class="num">${r.counts.fail}</td><td class="num">${r.counts.waived}</td><td class="num">${r.counts.pass}</td><td class="num">${r.counts.error}</td><td class="num">${r.counts.skip}</td></tr>`);
    return `<tr><td><strong>${escapeHtml(fw.id)}</strong><details><summary>${formatCount(fw.requirements.length)} requirements</summary><table><thead><tr><th>Requirement</th><th>Posture</th><th class="num">Failed</th><th class="num">Waived</th><th class="num">Passed</th><th class="num">Not evaluated</th><th class="num">N/A</th></tr></thead><tbody>${requirements.join("")}</tbody></table></details></td><td>${stacked(data, `${fw.id} requirements by posture`)}</td>` + POSTURE_STATES.map((s) => `<td class="num">${formatCount(fw.states[s])}</td>`).join("") + `</tr>`;
  });
  const frameworkTable = frameworks.length === 0 ? '<p class="empty">No control maps to a framework.</p>' : `<table><thead><tr><th>Framework</th><th>Requirements</th>${POSTURE_STATES.map((s) => `<th class="num">${POSTURE_LABEL[s]}</th>`).join("")}</tr></thead><tbody>${frameworkRows.join("")}</tbody></table>` + legend(POSTURE_STATES.map((s) => ({ label: POSTURE_LABEL[s], value: frameworks.reduce((n, fw) => n + fw.states[s], 0), color: POSTURE_COLOR[s] })));
  const controlRows = controls.map((c) => {
    const mappings = Object.entries(c.frameworks).map(([fw, ids]) => `<div>${escapeHtml(fw)}: ${escapeHtml(ids.join(", "))}</div>`).join("");
    return `<tr><td class="mono">${escapeHtml(c.id)}</td><td>${escapeHtml(c.title)}</td><td class="mono">${escapeHtml(c.pack ?? "")}</td><td class="mono">${mappings}</td><td>${pill(c.state)}</td><td class="num">${c.counts.fail}</td><td class="num">${c.counts.waived}</td><td class="num">${c.counts.pass}</td><td class="num">${c.counts.error}</td><td class="num">${c.counts.skip}</td></tr>`;
  });
  const controlTable = controls.length === 0 ? '<p class="empty">No controls in this run.</p>' : `<div class="table-wrap"><table><thead><tr><th>Control</th><th>Title</th><th>Pack</th><th>Frameworks</th><th>Posture</th><th class="num">Failed</th><th class="num">Waived</th><th class="num">Passed</th><th class="num">Not evaluated</th><th class="num">N/A</th></tr></thead><tbody>${controlRows.join("")}</tbody></table></div>`;
  return `<section id="posture"><h2>Compliance posture</h2><p class="sub">Failed: at least one failing finding. Waived: no failures, at least one waived finding. Passed: findings passed and none could not be evaluated. Not tested: nothing evaluated, only not-applicable results, or evaluation errors.</p><h3>By framework</h3>${frameworkTable}<h3>By control</h3>${controlTable}</section>`;
}

// reports/html/links.ts
function locationLink(path, line, column, linkBase) {
  const text3 = escapeHtml(`${path}:${line}:${column}`);
  const href = safeHref(lineUrl(linkBase, path, line));
  return href ? `<a href="${href}">${text3}</a>` : text3;
}

// reports/html/findings.ts
var DEFAULT_STATUSES = ["fail", "error", "waived"];
var MAX_EVIDENCE = 200;
function row2(finding, rules, linkBase) {
  const { location, waiver } = finding;
  const hidden = DEFAULT_STATUSES.includes(finding.status) ? "" : " hidden";
  const evidence = finding.evidence === void 0 ? "" : `<span class="sub">Evidence: <code>${escapeHtml(truncate(toText(finding.evidence), MAX_EVIDENCE))}</code></span>`;
  const waived = waiver ? `<span class="sub">Waived (${escapeHtml(waiver.kind)}): ${escapeHtml(waiver.reason)}${waiver.approvedBy ? `; approved by ${escapeHtml(waiver.approvedBy)}` : ""}${waiver.expires ? `; expires ${escapeHtml(waiver.expires)}` : ""}</span>` : "";
  const doc = location.document === void 0 ? "" : `<span class="sub">document ${location.document + 1}</span>`;
  return `<div class="frow" role="row" data-sev="${escapeHtml(finding.severity)}" data-status="${escapeHtml(finding.status)}"${hidden}><span role="cell"><span class="pill st-${escapeHtml(finding.status)}">${escapeHtml(STATUS_LABEL[finding.status] ?? finding.status)}</span></span><span role="cell"><span class="pill sev-${escapeHtml(finding.severity)}">${escapeHtml(finding.severity)}</span></span><span role="cell"><span class="mono">${escapeHtml(finding.ruleId)}</span><span class="sub">${escapeHtml(ruleTitle(finding, rules))}</span></span><span role="cell" class="loc">${locationLink(location.path, location.startLine, location.startColumn, linkBase)}${doc}</span><span role="cell">${escapeHtml(formatResource(finding.resource))}</span><span role="cell" class="msg">${escapeHtml(finding.message)}${evidence}${waived}</span><span role="cell" class="mono">${escapeHtml(finding.controls.join(", "))}</span></div>`;
}
function checkbox(group, value, label2, checked) {
  return `<label><input type="checkbox" data-filter="${group}" value="${escapeHtml(value)}"${checked ? " checked" : ""}> ${escapeHtml(label2)}</label>`;
}
function findingsSection(result, linkBase) {
  const rules = ruleIndex(result);
  const visible = result.findings.filter((f) => DEFAULT_STATUSES.includes(f.status)).length;
  const filters = `<div class="filters"><fieldset><legend>Severity</legend>${SEVERITIES.map((s) => checkbox("sev", s, s, true)).join("")}</fieldset><fieldset><legend>Status</legend>${STATUS_ORDER.map((s) => checkbox("status", s, STATUS_LABEL[s], DEFAULT_STATUSES.includes(s))).join("")}</fieldset><input type="search" id="search" placeholder="Search rule, path, resource, message\u2026" aria-label="Search findings"><span class="count">Showing <strong id="shown">${visible}</strong> of ${formatCount(result.findings.length)}</span></div>`;
  const body = result.findings.map((f) => row2(f, rules, linkBase)).join("\n");
  return `<section id="findings-section"><h2>Findings</h2>${filters}<div id="findings-wrap" hidden><div id="findings" role="table" aria-label="Findings"><div class="frow fhead" role="row">${["Status", "Severity", "Rule", "Location", "Resource", "Message", "Controls"].map((h) => `<span role="columnheader">${h}</span>`).join("")}</div><div class="fbody" role="rowgroup">
${body}
</div></div></div>` + (result.findings.length === 0 ? '<p class="empty">No findings.</p>' : "") + `</section>`;
}

// reports/html/waivers.ts
function waiversSection(result, linkBase) {
  const waived = result.findings.filter((f) => f.status === "waived" || f.waiver !== void 0);
  const rows = waived.map((f) => {
    const w = f.waiver;
    const expired = isExpired(w?.expires, result.run.startedAt) ? ' <span class="expired">expired</span>' : "";
    const source = w?.source ? `${escapeHtml(w.source.path)}:${escapeHtml(w.source.line)}` : "";
    return `<tr><td class="mono">${escapeHtml(f.ruleId)}</td><td class="loc">${locationLink(f.location.path, f.location.startLine, f.location.startColumn, linkBase)}</td><td>${escapeHtml(formatResource(f.resource))}</td><td>${escapeHtml(w?.kind ?? "")}</td><td>${escapeHtml(w?.reason ?? "")}</td><td>${escapeHtml(w?.approvedBy ?? "")}</td><td>${escapeHtml(w?.ticket ?? "")}</td><td class="mono">${escapeHtml(w?.expires ?? "")}${expired}</td><td class="mono">${source}</td></tr>`;
  });
  const table = rows.length === 0 ? '<p class="empty">No findings were waived.</p>' : `<div class="table-wrap"><table><thead><tr><th>Rule</th><th>Location</th><th>Resource</th><th>Kind</th><th>Reason</th><th>Approved by</th><th>Ticket</th><th>Expires</th><th>Declared at</th></tr></thead><tbody>${rows.join("")}</tbody></table></div>`;
  return `<section id="waivers"><h2>Waivers (${waived.length})</h2>${table}</section>`;
}
function errorsSection(result, linkBase) {
  const rows = [
    ...result.errors.map((d) => `<tr><td class="loc">${locationLink(d.path, d.line, d.column, linkBase)}</td><td class="mono">${escapeHtml(d.code)}</td><td>${escapeHtml(d.message)}</td></tr>`),
    ...result.findings.filter((f) => f.status === "error").map((f) => `<tr><td class="loc">${locationLink(f.location.path, f.location.startLine, f.location.startColumn, linkBase)}</td><td class="mono">${escapeHtml(f.ruleId)}</td><td>${escapeHtml(f.message)}</td></tr>`)
  ];
  const table = rows.length === 0 ? '<p class="empty">Everything was evaluated.</p>' : `<table><thead><tr><th>Location</th><th>Code or rule</th><th>Message</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
  return `<section id="errors"><h2>Not evaluated (${rows.length})</h2>${table}</section>`;
}

// reports/html/evidence.ts
function kv(rows) {
  const body = rows.filter(([, v]) => v !== void 0 && v !== "").map(([k, v]) => `<tr><th>${escapeHtml(k)}</th><td class="mono">${escapeHtml(v)}</td></tr>`);
  return `<table class="kv">${body.join("")}</table>`;
}
function rulesTable(result) {
  const rules = [...result.rules ?? []].sort((a, b) => byText(a.id, b.id));
  if (rules.length === 0) return '<p class="empty">No rule metadata in this result.</p>';
  const rows = rules.map((r) => {
    const text3 = [["Description", r.description], ["Rationale", r.rationale], ["Remediation", r.remediation]].filter(([, v]) => v).map(([k, v]) => `<div><strong>${escapeHtml(k)}.</strong> ${escapeHtml(v)}</div>`).join("");
    const refs = (r.references ?? []).map((ref) => `<div class="mono">${escapeHtml(ref)}</div>`).join("");
    return `<tr><td class="mono">${escapeHtml(r.id)}</td><td>${escapeHtml(r.title)}${text3 || refs ? `<details><summary>Details</summary>${text3}${refs}</details>` : ""}</td><td>${escapeHtml(r.severity)}</td><td class="mono">${escapeHtml(r.packs.join(", "))}</td><td class="mono">${escapeHtml(r.controls.join(", "))}</td></tr>`;
  });
  return `<table><thead><tr><th>Rule</th><th>Title</th><th>Severity</th><th>Packs</th><th>Controls</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}
function evidenceSection(result) {
  const run = kv([
    ["Tool", `${result.tool.name} ${result.tool.version}`],
    ["Run started", result.run.startedAt],
    ["Commit", result.run.commit],
    ["Ref", result.run.ref],
    ["Root", result.run.root],
    ["Changed since", result.run.changedSince],
    ["Shard", result.run.shard],
    ["Fail on", result.summary.failOn],
    ["Result schema", result.schemaVersion]
  ]);
  const packs2 = result.packs.map(
    (p) => `<tr><td class="mono">${escapeHtml(p.id)}</td><td>${escapeHtml(p.title ?? "")}</td><td class="mono">${escapeHtml(p.version)}</td><td class="mono">${escapeHtml(p.digest)}</td><td class="mono">${escapeHtml(p.source ?? "")}</td><td><pre>${escapeHtml(JSON.stringify(p.params ?? {}, null, 2))}</pre></td></tr>`
  );
  const inputs = result.inputs.map((i) => `<tr><td class="mono">${escapeHtml(i.path)}</td><td>${escapeHtml(i.type)}</td><td class="mono">${escapeHtml(i.sha256)}</td></tr>`);
  const notes = (result.notes ?? []).map((n) => `<li><span class="mono">${escapeHtml(n.code)}</span>: ${escapeHtml(n.message)}${n.path ? ` <span class="mono">(${escapeHtml(n.path)}${n.line ? `:${escapeHtml(n.line)}` : ""})</span>` : ""}</li>`);
  return `<section id="evidence"><h2>Evidence appendix</h2><h3>Run</h3>${run}<h3>Policy packs (${result.packs.length})</h3>` + (packs2.length ? `<table><thead><tr><th>Pack</th><th>Title</th><th>Version</th><th>Digest</th><th>Source</th><th>Parameters</th></tr></thead><tbody>${packs2.join("")}</tbody></table>` : '<p class="empty">No packs.</p>') + `<h3>Inputs (${result.inputs.length})</h3>` + (inputs.length ? `<details><summary>${result.inputs.length} files with SHA-256</summary><table><thead><tr><th>Path</th><th>Type</th><th>SHA-256</th></tr></thead><tbody>${inputs.join("")}</tbody></table></details>` : '<p class="empty">No inputs.</p>') + `<h3>Rules</h3>${rulesTable(result)}` + (notes.length ? `<h3>Notes</h3><ul>${notes.join("")}</ul>` : "") + `</section>`;
}

// reports/html.ts
function sha256(text3) {
  return createHash3("sha256").update(text3, "utf8").digest("base64");
}
function contentSecurityPolicy(styles, script) {
  return `default-src 'none'; style-src ${styles.map((style) => `'sha256-${sha256(style)}'`).join(" ")}; script-src 'sha256-${sha256(script)}'; img-src data:; base-uri 'none'; form-action 'none'`;
}
var html = (result, options) => {
  const linkBase = linkBaseOf(options.linkBase);
  const controls = controlPostures(result);
  const commit = result.run.commit ? result.run.commit.slice(0, 12) : void 0;
  const title = `bylaw audit report${commit ? ` \xB7 ${commit}` : ""} \xB7 ${result.run.startedAt}`;
  const meta = [
    `${result.tool.name} ${result.tool.version}`,
    `run started ${result.run.startedAt}`,
    result.run.commit ? `commit ${result.run.commit}` : void 0,
    result.run.ref ? `ref ${result.run.ref}` : void 0,
    `${result.packs.length} packs`
  ].filter((part) => part !== void 0);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy([STYLE, NOSCRIPT_STYLE], SCRIPT)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<link rel="icon" href="data:,">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
<noscript><style>${NOSCRIPT_STYLE}</style></noscript>
</head>
<body>
<header class="top"><h1>bylaw audit report</h1><div class="meta">${meta.map((m) => `<span>${escapeHtml(m)}</span>`).join("")}</div></header>
<nav class="toc"><a href="#summary">Summary</a><a href="#posture">Posture</a><a href="#findings-section">Findings</a><a href="#waivers">Waivers</a><a href="#errors">Not evaluated</a><a href="#evidence">Evidence</a></nav>
<main>
${executiveSummary(result, controls)}
${postureSection(result, controls)}
${findingsSection(result, linkBase)}
${waiversSection(result, linkBase)}
${errorsSection(result, linkBase)}
${evidenceSection(result)}
</main>
<footer>Generated by ${escapeHtml(result.tool.name)} ${escapeHtml(result.tool.version)} from the result of the run started ${escapeHtml(result.run.startedAt)}. This file is self-contained and makes no network requests.</footer>
<script>${SCRIPT}</script>
</body>
</html>
`;
};

// reports/escape/csv.ts
var FORMULA_START = /^[=+\-@\t\r]/;
function csvField(value) {
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  let text3 = clean(value);
  if (FORMULA_START.test(text3)) text3 = "'" + text3;
  return /[",\r\n]/.test(text3) ? '"' + text3.replace(/"/g, '""') + '"' : text3;
}
function csvRow(values) {
  return values.map(csvField).join(",") + "\r\n";
}

// reports/csv.ts
var CSV_COLUMNS = [
  "status",
  "severity",
  "ruleId",
  "title",
  "controls",
  "path",
  "startLine",
  "startColumn",
  "endLine",
  "endColumn",
  "resourceKind",
  "resourceName",
  "resourceNamespace",
  "message",
  "waiverReason",
  "waiverApprover",
  "waiverTicket",
  "waiverExpires",
  "fingerprint"
];
var csv = (result) => {
  const rules = ruleIndex(result);
  const lines = [csvRow(CSV_COLUMNS)];
  for (const finding of result.findings) {
    const { location, resource, waiver } = finding;
    lines.push(
      csvRow([
        finding.status,
        finding.severity,
        finding.ruleId,
        ruleTitle(finding, rules),
        finding.controls.join(" "),
        location.path,
        location.startLine,
        location.startColumn,
        location.endLine,
        location.endColumn,
        resource.kind,
        resource.name,
        resource.namespace,
        finding.message,
        waiver?.reason,
        waiver?.approvedBy,
        waiver?.ticket,
        waiver?.expires,
        finding.fingerprint
      ])
    );
  }
  return lines.join("");
};

// reports/oscal/uuid.ts
import { createHash as createHash4 } from "node:crypto";
var URL_NAMESPACE = "6ba7b811-9dad-11d1-80b4-00c04fd430c8";
function uuidv5(name, namespace) {
  const hash = createHash4("sha1").update(Buffer.from(namespace.replace(/-/g, ""), "hex")).update(name, "utf8").digest();
  hash[6] = hash[6] & 15 | 80;
  hash[8] = hash[8] & 63 | 128;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
var BYLAW_NAMESPACE = uuidv5("urn:bylaw:oscal", URL_NAMESPACE);
var UuidFactory = class {
  constructor(root) {
    this.root = root;
  }
  root;
  seen = /* @__PURE__ */ new Map();
  id(kind, key) {
    const name = `${kind}\0${key}`;
    const count = this.seen.get(name) ?? 0;
    this.seen.set(name, count + 1);
    return uuidv5(count === 0 ? name : `${name}\0${count}`, this.root);
  }
};

// reports/oscal/values.ts
var NS = "urn:bylaw:oscal";
var TOKEN = new RegExp("^(\\p{L}|_)(\\p{L}|\\p{N}|[.\\-_])*$", "u");
function token(text3) {
  if (TOKEN.test(text3)) return text3;
  const replaced = text3.replace(/[^\p{L}\p{N}._-]/gu, "_");
  return new RegExp("^(\\p{L}|_)", "u").test(replaced) ? replaced : `_${replaced}`;
}
function prop(name, value, cls) {
  const text3 = truncate(oneLine(value), 1e3);
  return text3 === "" ? [] : [{ name: token(name), ns: NS, value: text3, ...cls ? { class: token(cls) } : {} }];
}
function text2(value, fallback = "-") {
  const cleaned = clean(value).trim();
  return cleaned === "" ? fallback : cleaned;
}
function dateTime(value, endOfDay = false) {
  if (!value) return void 0;
  const input = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T${endOfDay ? "23:59:59" : "00:00:00"}Z` : value;
  const time = Date.parse(input);
  return Number.isFinite(time) ? new Date(time).toISOString() : void 0;
}

// reports/oscal/back-matter.ts
function digestValue(digest) {
  const match = /^sha256:([0-9a-fA-F]{64})$/.exec(digest);
  return match ? { algorithm: "SHA-256", value: match[1].toLowerCase() } : void 0;
}
function backMatter(result, ids) {
  const plan = ids.id("plan", result.packs.map((p) => `${formatPack(p)}#${p.digest}`).join(","));
  const packs2 = result.packs.map((pack) => {
    const hash = digestValue(pack.digest);
    const source = pack.source && pack.source !== "builtin" ? pack.source : void 0;
    return {
      uuid: ids.id("pack", `${formatPack(pack)}#${pack.digest}`),
      title: text2(`Policy pack ${formatPack(pack)}`),
      ...pack.title ? { description: text2(pack.title) } : {},
      props: [
        ...prop("pack-id", pack.id),
        ...prop("pack-version", pack.version),
        ...prop("pack-digest", pack.digest),
        ...prop("pack-source", pack.source ?? ""),
        ...Object.keys(pack.params ?? {}).sort().flatMap((name) => prop("parameter", `${name}=${JSON.stringify(pack.params[name])}`))
      ],
      ...source ? { rlinks: [{ href: encodePath(source), ...hash ? { hashes: [hash] } : {} }] } : {}
    };
  });
  const inputs = /* @__PURE__ */ new Map();
  const files = result.inputs.map((input) => {
    const uuid = ids.id("input", input.path);
    inputs.set(input.path, uuid);
    const hash = /^[0-9a-fA-F]{64}$/.test(input.sha256) ? [{ algorithm: "SHA-256", value: input.sha256.toLowerCase() }] : void 0;
    return {
      uuid,
      title: text2(input.path),
      props: [...prop("input-type", input.type), ...prop("sha256", input.sha256)],
      rlinks: [{ href: encodePath(input.path), ...hash ? { hashes: hash } : {} }]
    };
  });
  const revision = result.run.commit || result.run.ref ? [{ uuid: ids.id("revision", `${result.run.commit ?? ""}@${result.run.ref ?? ""}`), title: "Source revision evaluated", props: [...prop("commit", result.run.commit ?? ""), ...prop("ref", result.run.ref ?? "")] }] : [];
  const planResource = {
    uuid: plan,
    title: "Assessment plan: bylaw policy packs",
    description: text2(`The policy packs evaluated in this run: ${result.packs.map(formatPack).join(", ") || "none"}. bylaw runs without a separate OSCAL assessment plan; the packs (with their digests) are the plan.`),
    props: result.packs.flatMap((p) => prop("pack", `${formatPack(p)} ${p.digest}`))
  };
  return { resources: [planResource, ...packs2, ...revision, ...files], refs: { plan, inputs } };
}

// reports/oscal/observations.ts
function toolOrigin(toolUuid) {
  return [{ actors: [{ type: "tool", "actor-uuid": toolUuid }] }];
}
function observation(finding, collected, rules, ids, toolUuid, inputs) {
  const { location, resource } = finding;
  const subject = inputs.get(location.path);
  const evidenceProps = [
    ...prop("start-line", location.startLine),
    ...prop("start-column", location.startColumn),
    ...prop("end-line", location.endLine),
    ...prop("end-column", location.endColumn),
    ...prop("pointer", location.pointer ?? ""),
    ...location.document === void 0 ? [] : prop("document", location.document)
  ];
  return {
    uuid: ids.id("observation", `${finding.ruleId}|${finding.fingerprint}|${formatLocation(location)}`),
    title: text2(ruleTitle(finding, rules)),
    description: text2(finding.message),
    props: [
      ...prop("rule-id", finding.ruleId),
      ...prop("status", finding.status),
      ...prop("severity", finding.severity),
      ...prop("fingerprint", finding.fingerprint),
      ...findingPacks(finding, rules).flatMap((pack) => prop("pack", pack)),
      ...finding.controls.flatMap((control) => prop("control", control)),
      ...prop("resource-type", resource.type),
      ...prop("resource-kind", resource.kind ?? ""),
      ...prop("resource-name", resource.name ?? ""),
      ...prop("resource-namespace", resource.namespace ?? ""),
      ...prop("resource-address", resource.address ?? "")
    ],
    methods: ["TEST"],
    ...finding.status === "pass" || finding.status === "skip" ? {} : { types: ["finding"] },
    origins: toolOrigin(toolUuid),
    ...subject ? { subjects: [{ "subject-uuid": subject, type: "resource", title: text2(location.path) }] } : {},
    "relevant-evidence": [
      {
        href: `${encodePath(location.path)}#L${location.startLine}`,
        description: text2(formatLocation(location)),
        ...evidenceProps.length > 0 ? { props: evidenceProps } : {},
        ...finding.evidence === void 0 ? {} : { remarks: text2(toText(finding.evidence).slice(0, 2e3)) }
      }
    ],
    collected
  };
}
function risk(finding, rules, ids, toolUuid, observationUuid, started) {
  const rule = rules.get(finding.ruleId);
  const waiver = finding.waiver;
  const statement = [rule?.rationale, rule?.remediation ?? finding.remediation].filter((part) => part).join("\n\n");
  const deadline = waiver?.expires ? dateTime(waiver.expires, true) : void 0;
  const remarks = waiver ? [`Waived (${waiver.kind}): ${waiver.reason}`, waiver.approvedBy && `Approved by: ${waiver.approvedBy}`, waiver.ticket && `Ticket: ${waiver.ticket}`, waiver.expires && `Expires: ${waiver.expires}`].filter((line) => line).join("\n") : void 0;
  return {
    uuid: ids.id("risk", observationUuid),
    title: text2(ruleTitle(finding, rules)),
    description: text2(finding.message),
    statement: text2(statement || `Rule ${finding.ruleId} failed with severity ${finding.severity}.`),
    props: [...prop("severity", finding.severity), ...prop("rule-id", finding.ruleId), ...waiver ? [...prop("waiver-approver", waiver.approvedBy ?? ""), ...prop("waiver-ticket", waiver.ticket ?? "")] : []],
    status: waiver || finding.status === "waived" ? "deviation-approved" : "open",
    origins: toolOrigin(toolUuid),
    ...deadline ? { deadline } : {},
    "related-observations": [{ "observation-uuid": observationUuid }],
    ...remarks ? { "risk-log": { entries: [{ uuid: ids.id("risk-log", observationUuid), title: "Waiver", description: text2(remarks), start: started, props: prop("waiver-kind", waiver?.kind ?? ""), "status-change": "deviation-approved" }] } } : {}
  };
}

// reports/oscal/findings.ts
var STATE = {
  passed: { state: "satisfied", reason: "pass" },
  failed: { state: "not-satisfied", reason: "fail" },
  waived: { state: "not-satisfied", reason: "other" },
  "not-tested": { state: "not-satisfied", reason: "other" }
};
var REMARKS = {
  passed: "Every evaluated finding passed.",
  failed: "At least one finding failed.",
  waived: "No finding failed; at least one failure is waived (an approved deviation, see the related risks).",
  "not-tested": "Not tested: nothing was evaluated for this objective, only not-applicable results, or evaluation errors."
};
function targets(result, postures) {
  const byControl = /* @__PURE__ */ new Map();
  const byRule = /* @__PURE__ */ new Map();
  for (const finding of result.findings) {
    const add = (map, key) => {
      const list = map.get(key);
      if (list) list.push(finding);
      else map.set(key, [finding]);
    };
    if (finding.controls.length === 0) add(byRule, finding.ruleId);
    for (const id of finding.controls) add(byControl, id);
  }
  const controls = postures.map((c) => ({ id: c.id, title: c.title, kind: "control", counts: c.counts, state: c.state, findings: byControl.get(c.id) ?? [] }));
  const rules = [...byRule.keys()].sort(byText).map((id) => {
    const findings = byRule.get(id) ?? [];
    const counts3 = emptyCounts();
    findings.forEach((f) => counts3[f.status]++);
    return { id, title: findings[0]?.title ?? id, kind: "rule", counts: counts3, state: postureOf(counts3), findings };
  });
  return [...controls, ...rules];
}
function oscalFindings(result, controls, ids, toolUuid, observations, risks) {
  return targets(result, controls).map((target) => {
    const related = target.findings.map((f) => observations.get(f)).filter((u) => u !== void 0);
    const relatedRisks = target.findings.map((f) => risks.get(f)).filter((u) => u !== void 0);
    const c = target.counts;
    return {
      uuid: ids.id("finding", `${target.kind}:${target.id}`),
      title: text2(`${target.kind === "control" ? "Control" : "Rule"} ${target.id}: ${target.title}`),
      description: text2(`${c.fail} failed, ${c.waived} waived, ${c.pass} passed, ${c.error} not evaluated, ${c.skip} not applicable.`),
      props: [...prop("target-kind", target.kind), ...prop("posture", target.state), ...token(target.id) === target.id ? [] : prop("original-id", target.id)],
      origins: toolOrigin(toolUuid),
      target: {
        type: "objective-id",
        "target-id": token(target.id),
        title: text2(target.title),
        status: { state: STATE[target.state].state, reason: STATE[target.state].reason },
        remarks: REMARKS[target.state]
      },
      ...related.length > 0 ? { "related-observations": related.map((uuid) => ({ "observation-uuid": uuid })) } : {},
      ...relatedRisks.length > 0 ? { "related-risks": relatedRisks.map((uuid) => ({ "risk-uuid": uuid })) } : {}
    };
  });
}

// reports/oscal.ts
var OSCAL_VERSION = "1.1.3";
var PRETTY_MAX_FINDINGS = 5e3;
function dropEmptyProps(value) {
  if (Array.isArray(value)) {
    for (const item of value) dropEmptyProps(item);
  } else if (value !== null && typeof value === "object") {
    const record = value;
    if (Array.isArray(record.props) && record.props.length === 0) delete record.props;
    for (const key in record) if (typeof record[key] === "object") dropEmptyProps(record[key]);
  }
}
function serialise(value, pretty) {
  dropEmptyProps(value);
  return JSON.stringify(value, null, pretty ? 2 : void 0) + "\n";
}
var oscal = (result) => {
  const started = dateTime(result.run.startedAt) ?? "1970-01-01T00:00:00.000Z";
  const identity = JSON.stringify([result.tool.version, started, result.run.commit ?? "", result.run.ref ?? "", result.packs.map((p) => p.digest), result.inputs.map((i) => i.sha256)]);
  const root = uuidv5(identity, BYLAW_NAMESPACE);
  const ids = new UuidFactory(root);
  const rules = ruleIndex(result);
  const toolUuid = ids.id("tool", `${result.tool.name}@${result.tool.version}`);
  const { resources, refs } = backMatter(result, ids);
  const observationIds = /* @__PURE__ */ new Map();
  const riskIds = /* @__PURE__ */ new Map();
  const observations = result.findings.map((finding) => {
    const obs = observation(finding, started, rules, ids, toolUuid, refs.inputs);
    observationIds.set(finding, obs.uuid);
    return obs;
  });
  const risks = result.findings.filter((finding) => finding.status === "fail" || finding.status === "waived").map((finding) => {
    const r = risk(finding, rules, ids, toolUuid, observationIds.get(finding), started);
    riskIds.set(finding, r.uuid);
    return r;
  });
  const controls = controlPostures(result);
  const findings = oscalFindings(result, controls, ids, toolUuid, observationIds, riskIds);
  const log = result.errors.map((error) => ({
    uuid: ids.id("log", `${formatDiagnostic(error)}:${error.code}:${error.message}`),
    title: text2(error.code),
    description: text2(`${formatDiagnostic(error)}: ${error.message}`),
    start: started,
    props: [...prop("path", error.path), ...prop("line", error.line), ...prop("column", error.column)]
  }));
  const packList = result.packs.map(formatPack).join(", ") || "no packs";
  const { byStatus } = result.summary;
  const document = {
    "assessment-results": {
      uuid: root,
      metadata: {
        title: text2(`bylaw assessment results: ${packList}`),
        "last-modified": started,
        version: text2(result.tool.version),
        "oscal-version": OSCAL_VERSION,
        props: [...prop("tool", `${result.tool.name} ${result.tool.version}`), ...prop("commit", result.run.commit ?? ""), ...prop("ref", result.run.ref ?? "")]
      },
      "import-ap": { href: `#${refs.plan}`, remarks: "The policy packs in back-matter are the assessment plan." },
      results: [
        {
          uuid: ids.id("result", identity),
          title: text2(`bylaw run started ${started}`),
          description: text2(`Policy packs ${packList} evaluated on ${result.summary.files} files (${result.summary.resources} resources): ${byStatus?.fail ?? 0} failed, ${byStatus?.waived ?? 0} waived, ${byStatus?.pass ?? 0} passed, ${byStatus?.error ?? 0} not evaluated, ${byStatus?.skip ?? 0} not applicable. Verdict: ${result.summary.verdict} (fails on ${result.summary.failOn}).`),
          start: started,
          props: [...prop("verdict", result.summary.verdict), ...prop("fail-on", result.summary.failOn), ...prop("commit", result.run.commit ?? ""), ...prop("ref", result.run.ref ?? "")],
          "local-definitions": {
            components: [
              { uuid: toolUuid, type: "software", title: text2(`${result.tool.name} ${result.tool.version}`), description: "Policy-as-code engine that produced these results.", status: { state: "operational" } }
            ]
          },
          "reviewed-controls": {
            "control-selections": [controls.length > 0 ? { "include-controls": controls.map((c) => ({ "control-id": token(c.id) })) } : { "include-all": {} }]
          },
          ...log.length > 0 ? { "assessment-log": { entries: log } } : {},
          ...observations.length > 0 ? { observations } : {},
          ...risks.length > 0 ? { risks } : {},
          ...findings.length > 0 ? { findings } : {}
        }
      ],
      "back-matter": { resources }
    }
  };
  return serialise(document, result.findings.length <= PRETTY_MAX_FINDINGS);
};

// reports/index.ts
var reporters = {
  json,
  text,
  sarif,
  junit,
  markdown,
  html,
  csv,
  oscal
};
function isReportFormat(name) {
  return Object.prototype.hasOwnProperty.call(reporters, name);
}
var extensions = {
  json: "json",
  text: "txt",
  sarif: "sarif",
  junit: "junit.xml",
  markdown: "md",
  html: "html",
  csv: "csv",
  oscal: "oscal.json"
};

// engine/render.ts
function render(result, format, options = {}) {
  if (!isReportFormat(format)) throw new EngineError("usage", `unknown format "${format}" (one of: ${Object.keys(reporters).join(", ")})`);
  return reporters[format](result, options);
}

// reports/write.ts
import { createHash as createHash5 } from "node:crypto";
import { mkdir as mkdir2, rename, writeFile as writeFile2 } from "node:fs/promises";
import { join as join11 } from "node:path";
var MANIFEST = "manifest.json";
function reportFileName(format) {
  return `bylaw.${extensions[format]}`;
}
async function writeAtomic(path, content) {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile2(temporary, content, "utf8");
  await rename(temporary, path);
}
async function writeReports(result, formats, dir, options = {}) {
  await mkdir2(dir, { recursive: true });
  const unique = [...new Set(formats)].sort();
  const entries = [];
  const paths = [];
  for (const format of unique) {
    const content = reporters[format](result, options);
    const file = reportFileName(format);
    await writeAtomic(join11(dir, file), content);
    const bytes = Buffer.from(content, "utf8");
    entries.push({ file, format, sha256: createHash5("sha256").update(bytes).digest("hex"), size: bytes.length });
    paths.push(join11(dir, file));
  }
  const manifest = {
    schemaVersion: "1",
    tool: result.tool,
    run: { startedAt: result.run.startedAt, ...result.run.commit ? { commit: result.run.commit } : {} },
    files: entries.sort((a, b) => byText(a.file, b.file))
  };
  await writeAtomic(join11(dir, MANIFEST), JSON.stringify(manifest, null, 2) + "\n");
  paths.push(join11(dir, MANIFEST));
  return paths;
}

// engine/git/diff-parse.ts
var HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;
function parsePatch(patch) {
  const lines = /* @__PURE__ */ new Set();
  let next = 0;
  let inHunk = false;
  for (const line of patch.split("\n")) {
    const hunk = HUNK.exec(line);
    if (hunk) {
      next = Number(hunk[1]);
      inHunk = true;
      continue;
    }
    if (!inHunk) continue;
    const mark = line[0];
    if (mark === "+") lines.add(next++);
    else if (mark === " ") next++;
    else if (mark === "-" || mark === "\\") continue;
    else if (line === "") continue;
    else inHunk = false;
  }
  return lines;
}
function unquoteGitPath(raw, prefix = false) {
  let path = raw;
  if (path.startsWith('"') && path.endsWith('"') && path.length >= 2) {
    const bytes = [];
    const body = path.slice(1, -1);
    const simple = { n: 10, t: 9, r: 13, '"': 34, "\\": 92, a: 7, b: 8, f: 12, v: 11 };
    for (let i = 0; i < body.length; i++) {
      const c = body[i];
      if (c !== "\\") {
        bytes.push(...Buffer.from(c, "utf8"));
        continue;
      }
      const n = body[i + 1] ?? "";
      if (/[0-7]/.test(n)) {
        bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
        i += 3;
      } else {
        bytes.push(simple[n] ?? n.charCodeAt(0));
        i += 1;
      }
    }
    path = Buffer.from(bytes).toString("utf8");
  }
  return prefix ? path.replace(/^[ab]\//, "") : path;
}
function parseUnifiedDiff(diff) {
  const changed = /* @__PURE__ */ new Map();
  const files = diff.split(/^(?=diff --git )/m).filter((chunk) => chunk.startsWith("diff --git "));
  for (const chunk of files) {
    const header = chunk.split(/^(?=@@ )/m)[0];
    if (/^deleted file mode/m.test(header)) continue;
    const plus = /^\+\+\+ (.+?)\t?$/m.exec(header);
    if (plus) {
      if (plus[1] === "/dev/null") continue;
      changed.set(unquoteGitPath(plus[1], true), parsePatch(chunk));
      continue;
    }
    const renamed = /^(?:rename|copy) to (.+)$/m.exec(header);
    const path = renamed ? unquoteGitPath(renamed[1]) : newPathFromHeader(header.split("\n")[0]);
    if (path === void 0) continue;
    changed.set(path, /^Binary files /m.test(header) ? "all" : /* @__PURE__ */ new Set());
  }
  return changed;
}
function newPathFromHeader(line) {
  const rest = line.slice("diff --git ".length);
  const quoted = /"(b\/(?:[^"\\]|\\.)*)"$/.exec(rest);
  if (quoted) return unquoteGitPath(`"${quoted[1]}"`, true);
  const half = (rest.length - 1) / 2;
  if (Number.isInteger(half) && rest.slice(2, half) === rest.slice(half + 3)) return rest.slice(half + 3);
  return void 0;
}

// engine/git/changed-lines.ts
async function changedLines(options) {
  const common = ["diff", "--unified=0", "--no-color", "--no-ext-diff", "--find-renames", "--diff-filter=ACMRTUB", ...options.relative ? ["--relative"] : []];
  const diff = options.head === void 0 ? await git([...common, options.base, "--"], { cwd: options.cwd }) : await diffSinceMergeBase(common, options.cwd, options.base, options.head);
  const changed = parseUnifiedDiff(diff);
  if (options.head === void 0) {
    const untracked = await git(["ls-files", "--others", "--exclude-standard", "-z", ...options.relative ? [] : ["--full-name", "--", ":/"]], { cwd: options.cwd });
    for (const path of untracked.split("\0").filter(Boolean)) changed.set(path, "all");
  }
  if (options.mode === "files") for (const path of changed.keys()) changed.set(path, "all");
  return changed;
}
async function changedPaths(cwd, base, head) {
  const out = await diffSinceMergeBase(["diff", "--name-only", "-z", "--no-renames"], cwd, base, head);
  return out.split("\0").filter(Boolean).sort();
}
async function diffSinceMergeBase(diffArgs, cwd, base, head) {
  try {
    return await git([...diffArgs, `${base}...${head}`, "--"], { cwd });
  } catch {
    return await git([...diffArgs, base, head, "--"], { cwd });
  }
}

// engine/policy-diff/render-diff.ts
var DIFF_FORMATS = ["text", "json", "markdown"];
var where = (f) => `${f.location.path}:${f.location.startLine}:${f.location.startColumn}`;
var sideLabel = (s) => `${s.spec}${s.commit ? ` (${s.commit.slice(0, 12)})` : ""}`;
var packs = (s) => s.packs.map((p) => `${p.id}@${p.version}`).join(", ") || "(none)";
var counts2 = (c) => `+${c.added} -${c.removed} ~${c.changed}`;
var headline2 = (d) => `${d.summary.added} added, ${d.summary.removed} removed, ${d.summary.changed} changed, ${d.summary.unchanged} unchanged (failing: ${d.summary.failingBefore} \u2192 ${d.summary.failingAfter})`;
function describeChange(before, after, fields, q) {
  return fields.map((k) => `${k} ${q(String(before[k]))} \u2192 ${q(String(after[k]))}`).join("; ");
}
function diffText(d) {
  const t = terminalSafe;
  const out = [`Policy change: ${t(sideLabel(d.from))} \u2192 ${t(sideLabel(d.to))}`, `  packs before: ${t(packs(d.from))}`, `  packs after:  ${t(packs(d.to))}`, headline2(d), ""];
  const list = (title, items) => {
    if (!items.length) return;
    out.push(`${title} (${items.length})`);
    for (const f of items) out.push(`  ${t(where(f))}  ${f.status === "fail" ? f.severity : f.status}  ${t(f.ruleId)}  ${t(f.message)}`);
    out.push("");
  };
  list("Added", d.added);
  list("Removed", d.removed);
  if (d.changed.length) {
    out.push(`Changed (${d.changed.length})`);
    for (const c of d.changed) out.push(`  ${t(where(c.after))}  ${t(c.after.ruleId)}  ${t(describeChange(c.before, c.after, c.fields, (s) => JSON.stringify(s)))}`);
    out.push("");
  }
  for (const [title, table] of [["By rule", d.byRule], ["By control", d.byControl]]) {
    if (!Object.keys(table).length) continue;
    out.push(title);
    for (const [id, c] of Object.entries(table)) out.push(`  ${t(id).padEnd(40)} ${counts2(c)}`);
    out.push("");
  }
  return out.join("\n");
}
function diffMarkdown(d, options = {}) {
  const max = options.maxRows ?? 100;
  const out = [
    `## bylaw: impact of the policy change`,
    "",
    `From **${mdText(sideLabel(d.from))}** (${mdText(packs(d.from))}) to **${mdText(sideLabel(d.to))}** (${mdText(packs(d.to))}).`,
    "",
    `**${d.summary.added} added**, **${d.summary.removed} removed**, **${d.summary.changed} changed**, ${d.summary.unchanged} unchanged. Failing findings: ${d.summary.failingBefore} \u2192 ${d.summary.failingAfter}.`,
    ""
  ];
  const rows = (title, head, lines) => {
    if (!lines.length) return;
    out.push(`### ${title} (${lines.length})`, "", head, head.replace(/[^|]+/g, "---"), ...lines.slice(0, max));
    if (lines.length > max) out.push("", `\u2026and ${lines.length - max} more (see the JSON output).`);
    out.push("");
  };
  const row3 = (f) => `| ${mdText(where(f))} | ${mdText(f.ruleId)} | ${f.status === "fail" ? f.severity : f.status} | ${mdText(truncate(f.message, 240))} |`;
  rows("Added", "| Where | Rule | Severity | Message |", d.added.map(row3));
  rows("Removed", "| Where | Rule | Severity | Message |", d.removed.map(row3));
  rows("Changed", "| Where | Rule | Change |", d.changed.map((c) => `| ${mdText(where(c.after))} | ${mdText(c.after.ruleId)} | ${mdText(truncate(describeChange(c.before, c.after, c.fields, (s) => `"${s}"`), 480))} |`));
  for (const [title, table] of [["By rule", d.byRule], ["By control", d.byControl]]) {
    rows(title, "| Id | Added | Removed | Changed |", Object.entries(table).map(([id, c]) => `| ${mdText(id)} | ${c.added} | ${c.removed} | ${c.changed} |`));
  }
  return out.join("\n");
}
function renderPolicyDiff(d, format) {
  if (format === "json") return JSON.stringify(d, null, 2) + "\n";
  return format === "markdown" ? diffMarkdown(d) : diffText(d);
}

export {
  processIO,
  writeOut,
  writeChunks,
  EXIT,
  UsageError,
  parseParams,
  splitList,
  zeroStatus,
  sortKeys,
  zeroSeverity,
  rank,
  compareFindings,
  verdict,
  clockFromEnv,
  isoDay,
  checkExceptionsFile,
  baselineText,
  gitInfo,
  ensureCommit,
  prepareRemotePacks,
  prepareForRun,
  scan,
  exitCode,
  jsonChunks,
  terminalSafe,
  verdictLine,
  truncate,
  mdText,
  reporters,
  isReportFormat,
  render,
  reportFileName,
  writeReports,
  parsePatch,
  changedLines,
  changedPaths,
  copyPolicyAt,
  policyDiff,
  DIFF_FORMATS,
  diffMarkdown,
  renderPolicyDiff
};
