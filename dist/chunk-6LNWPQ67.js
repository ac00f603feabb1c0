import { createRequire as __bylawCreateRequire } from 'node:module'; const require = __bylawCreateRequire(import.meta.url);
import {
  DIFF_FORMATS,
  EXIT,
  UsageError,
  baselineText,
  changedLines,
  checkExceptionsFile,
  clockFromEnv,
  compareFindings,
  exitCode,
  isReportFormat,
  isoDay,
  jsonChunks,
  parseParams,
  policyDiff,
  prepareForRun,
  prepareRemotePacks,
  processIO,
  render,
  renderPolicyDiff,
  reporters,
  scan,
  sortKeys,
  splitList,
  terminalSafe,
  verdict,
  verdictLine,
  writeChunks,
  writeOut,
  writeReports,
  zeroSeverity,
  zeroStatus
} from "./chunk-LIAX545M.js";
import {
  VERSION
} from "./chunk-UIU7R45R.js";
import {
  CONFIG_NAMES,
  DEFAULT_LIMITS,
  EngineError,
  EngineErrors,
  LOCK_NAME,
  SEVERITIES,
  STATUSES,
  builtinPackIds,
  compileRule,
  evaluate,
  formatDiagnostic,
  loadConfig,
  loadPack,
  loadPolicies,
  loadRuleFile,
  loadSelectedPacks,
  loaderFor,
  loaders,
  lockEntryFor,
  packRefsFor,
  packageRoot,
  readLock,
  readPolicyFile,
  resolvePackRef,
  sortDiagnostics,
  validatePolicyFile,
  whatChanged
} from "./chunk-4ECAEXT5.js";
import {
  githubRefsOf
} from "./chunk-DAQDX3CG.js";
import {
  dump,
  remoteFile
} from "./chunk-BFJSV7N7.js";
import "./chunk-H5PB2ROW.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-TNTV4BKW.js";

// node_modules/commander/lib/error.js
var require_error = __commonJS({
  "node_modules/commander/lib/error.js"(exports) {
    var CommanderError2 = class extends Error {
      /**
       * Constructs the CommanderError class
       * @param {number} exitCode suggested exit code which could be used with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       */
      constructor(exitCode2, code, message) {
        super(message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
        this.code = code;
        this.exitCode = exitCode2;
        this.nestedError = void 0;
      }
    };
    var InvalidArgumentError2 = class extends CommanderError2 {
      /**
       * Constructs the InvalidArgumentError class
       * @param {string} [message] explanation of why argument is invalid
       */
      constructor(message) {
        super(1, "commander.invalidArgument", message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
      }
    };
    exports.CommanderError = CommanderError2;
    exports.InvalidArgumentError = InvalidArgumentError2;
  }
});

// node_modules/commander/lib/argument.js
var require_argument = __commonJS({
  "node_modules/commander/lib/argument.js"(exports) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Argument2 = class {
      /**
       * Initialize a new command argument with the given name and description.
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @param {string} name
       * @param {string} [description]
       */
      constructor(name, description) {
        this.description = description || "";
        this.variadic = false;
        this.parseArg = void 0;
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.argChoices = void 0;
        switch (name[0]) {
          case "<":
            this.required = true;
            this._name = name.slice(1, -1);
            break;
          case "[":
            this.required = false;
            this._name = name.slice(1, -1);
            break;
          default:
            this.required = true;
            this._name = name;
            break;
        }
        if (this._name.endsWith("...")) {
          this.variadic = true;
          this._name = this._name.slice(0, -3);
        }
      }
      /**
       * Return argument name.
       *
       * @return {string}
       */
      name() {
        return this._name;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Argument}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Set the custom handler for processing CLI command arguments into argument values.
       *
       * @param {Function} [fn]
       * @return {Argument}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Only allow argument value to be one of choices.
       *
       * @param {string[]} values
       * @return {Argument}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Make argument required.
       *
       * @returns {Argument}
       */
      argRequired() {
        this.required = true;
        return this;
      }
      /**
       * Make argument optional.
       *
       * @returns {Argument}
       */
      argOptional() {
        this.required = false;
        return this;
      }
    };
    function humanReadableArgName(arg) {
      const nameOutput = arg.name() + (arg.variadic === true ? "..." : "");
      return arg.required ? "<" + nameOutput + ">" : "[" + nameOutput + "]";
    }
    exports.Argument = Argument2;
    exports.humanReadableArgName = humanReadableArgName;
  }
});

// node_modules/commander/lib/help.js
var require_help = __commonJS({
  "node_modules/commander/lib/help.js"(exports) {
    var { humanReadableArgName } = require_argument();
    var Help2 = class {
      constructor() {
        this.helpWidth = void 0;
        this.minWidthToWrap = 40;
        this.sortSubcommands = false;
        this.sortOptions = false;
        this.showGlobalOptions = false;
      }
      /**
       * prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
       * and just before calling `formatHelp()`.
       *
       * Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
       *
       * @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
       */
      prepareContext(contextOptions) {
        this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
      }
      /**
       * Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
       *
       * @param {Command} cmd
       * @returns {Command[]}
       */
      visibleCommands(cmd) {
        const visibleCommands = cmd.commands.filter((cmd2) => !cmd2._hidden);
        const helpCommand = cmd._getHelpCommand();
        if (helpCommand && !helpCommand._hidden) {
          visibleCommands.push(helpCommand);
        }
        if (this.sortSubcommands) {
          visibleCommands.sort((a, b) => {
            return a.name().localeCompare(b.name());
          });
        }
        return visibleCommands;
      }
      /**
       * Compare options for sort.
       *
       * @param {Option} a
       * @param {Option} b
       * @returns {number}
       */
      compareOptions(a, b) {
        const getSortKey = (option) => {
          return option.short ? option.short.replace(/^-/, "") : option.long.replace(/^--/, "");
        };
        return getSortKey(a).localeCompare(getSortKey(b));
      }
      /**
       * Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleOptions(cmd) {
        const visibleOptions = cmd.options.filter((option) => !option.hidden);
        const helpOption = cmd._getHelpOption();
        if (helpOption && !helpOption.hidden) {
          const removeShort = helpOption.short && cmd._findOption(helpOption.short);
          const removeLong = helpOption.long && cmd._findOption(helpOption.long);
          if (!removeShort && !removeLong) {
            visibleOptions.push(helpOption);
          } else if (helpOption.long && !removeLong) {
            visibleOptions.push(
              cmd.createOption(helpOption.long, helpOption.description)
            );
          } else if (helpOption.short && !removeShort) {
            visibleOptions.push(
              cmd.createOption(helpOption.short, helpOption.description)
            );
          }
        }
        if (this.sortOptions) {
          visibleOptions.sort(this.compareOptions);
        }
        return visibleOptions;
      }
      /**
       * Get an array of the visible global options. (Not including help.)
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleGlobalOptions(cmd) {
        if (!this.showGlobalOptions) return [];
        const globalOptions = [];
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          const visibleOptions = ancestorCmd.options.filter(
            (option) => !option.hidden
          );
          globalOptions.push(...visibleOptions);
        }
        if (this.sortOptions) {
          globalOptions.sort(this.compareOptions);
        }
        return globalOptions;
      }
      /**
       * Get an array of the arguments if any have a description.
       *
       * @param {Command} cmd
       * @returns {Argument[]}
       */
      visibleArguments(cmd) {
        if (cmd._argsDescription) {
          cmd.registeredArguments.forEach((argument) => {
            argument.description = argument.description || cmd._argsDescription[argument.name()] || "";
          });
        }
        if (cmd.registeredArguments.find((argument) => argument.description)) {
          return cmd.registeredArguments;
        }
        return [];
      }
      /**
       * Get the command term to show in the list of subcommands.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandTerm(cmd) {
        const args = cmd.registeredArguments.map((arg) => humanReadableArgName(arg)).join(" ");
        return cmd._name + (cmd._aliases[0] ? "|" + cmd._aliases[0] : "") + (cmd.options.length ? " [options]" : "") + // simplistic check for non-help option
        (args ? " " + args : "");
      }
      /**
       * Get the option term to show in the list of options.
       *
       * @param {Option} option
       * @returns {string}
       */
      optionTerm(option) {
        return option.flags;
      }
      /**
       * Get the argument term to show in the list of arguments.
       *
       * @param {Argument} argument
       * @returns {string}
       */
      argumentTerm(argument) {
        return argument.name();
      }
      /**
       * Get the longest command term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestSubcommandTermLength(cmd, helper) {
        return helper.visibleCommands(cmd).reduce((max, command) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleSubcommandTerm(helper.subcommandTerm(command))
            )
          );
        }, 0);
      }
      /**
       * Get the longest option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestOptionTermLength(cmd, helper) {
        return helper.visibleOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest global option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestGlobalOptionTermLength(cmd, helper) {
        return helper.visibleGlobalOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest argument term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestArgumentTermLength(cmd, helper) {
        return helper.visibleArguments(cmd).reduce((max, argument) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleArgumentTerm(helper.argumentTerm(argument))
            )
          );
        }, 0);
      }
      /**
       * Get the command usage to be displayed at the top of the built-in help.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandUsage(cmd) {
        let cmdName = cmd._name;
        if (cmd._aliases[0]) {
          cmdName = cmdName + "|" + cmd._aliases[0];
        }
        let ancestorCmdNames = "";
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          ancestorCmdNames = ancestorCmd.name() + " " + ancestorCmdNames;
        }
        return ancestorCmdNames + cmdName + " " + cmd.usage();
      }
      /**
       * Get the description for the command.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandDescription(cmd) {
        return cmd.description();
      }
      /**
       * Get the subcommand summary to show in the list of subcommands.
       * (Fallback to description for backwards compatibility.)
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandDescription(cmd) {
        return cmd.summary() || cmd.description();
      }
      /**
       * Get the option description to show in the list of options.
       *
       * @param {Option} option
       * @return {string}
       */
      optionDescription(option) {
        const extraInfo = [];
        if (option.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (option.defaultValue !== void 0) {
          const showDefault = option.required || option.optional || option.isBoolean() && typeof option.defaultValue === "boolean";
          if (showDefault) {
            extraInfo.push(
              `default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`
            );
          }
        }
        if (option.presetArg !== void 0 && option.optional) {
          extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
        }
        if (option.envVar !== void 0) {
          extraInfo.push(`env: ${option.envVar}`);
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (option.description) {
            return `${option.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return option.description;
      }
      /**
       * Get the argument description to show in the list of arguments.
       *
       * @param {Argument} argument
       * @return {string}
       */
      argumentDescription(argument) {
        const extraInfo = [];
        if (argument.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (argument.defaultValue !== void 0) {
          extraInfo.push(
            `default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`
          );
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (argument.description) {
            return `${argument.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return argument.description;
      }
      /**
       * Format a list of items, given a heading and an array of formatted items.
       *
       * @param {string} heading
       * @param {string[]} items
       * @param {Help} helper
       * @returns string[]
       */
      formatItemList(heading, items, helper) {
        if (items.length === 0) return [];
        return [helper.styleTitle(heading), ...items, ""];
      }
      /**
       * Group items by their help group heading.
       *
       * @param {Command[] | Option[]} unsortedItems
       * @param {Command[] | Option[]} visibleItems
       * @param {Function} getGroup
       * @returns {Map<string, Command[] | Option[]>}
       */
      groupItems(unsortedItems, visibleItems, getGroup) {
        const result = /* @__PURE__ */ new Map();
        unsortedItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) result.set(group, []);
        });
        visibleItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) {
            result.set(group, []);
          }
          result.get(group).push(item);
        });
        return result;
      }
      /**
       * Generate the built-in help text.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {string}
       */
      formatHelp(cmd, helper) {
        const termWidth = helper.padWidth(cmd, helper);
        const helpWidth = helper.helpWidth ?? 80;
        function callFormatItem(term, description) {
          return helper.formatItem(term, termWidth, description, helper);
        }
        let output = [
          `${helper.styleTitle("Usage:")} ${helper.styleUsage(helper.commandUsage(cmd))}`,
          ""
        ];
        const commandDescription = helper.commandDescription(cmd);
        if (commandDescription.length > 0) {
          output = output.concat([
            helper.boxWrap(
              helper.styleCommandDescription(commandDescription),
              helpWidth
            ),
            ""
          ]);
        }
        const argumentList = helper.visibleArguments(cmd).map((argument) => {
          return callFormatItem(
            helper.styleArgumentTerm(helper.argumentTerm(argument)),
            helper.styleArgumentDescription(helper.argumentDescription(argument))
          );
        });
        output = output.concat(
          this.formatItemList("Arguments:", argumentList, helper)
        );
        const optionGroups = this.groupItems(
          cmd.options,
          helper.visibleOptions(cmd),
          (option) => option.helpGroupHeading ?? "Options:"
        );
        optionGroups.forEach((options, group) => {
          const optionList = options.map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(this.formatItemList(group, optionList, helper));
        });
        if (helper.showGlobalOptions) {
          const globalOptionList = helper.visibleGlobalOptions(cmd).map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(
            this.formatItemList("Global Options:", globalOptionList, helper)
          );
        }
        const commandGroups = this.groupItems(
          cmd.commands,
          helper.visibleCommands(cmd),
          (sub) => sub.helpGroup() || "Commands:"
        );
        commandGroups.forEach((commands2, group) => {
          const commandList = commands2.map((sub) => {
            return callFormatItem(
              helper.styleSubcommandTerm(helper.subcommandTerm(sub)),
              helper.styleSubcommandDescription(helper.subcommandDescription(sub))
            );
          });
          output = output.concat(this.formatItemList(group, commandList, helper));
        });
        return output.join("\n");
      }
      /**
       * Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
       *
       * @param {string} str
       * @returns {number}
       */
      displayWidth(str) {
        return stripColor(str).length;
      }
      /**
       * Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
       *
       * @param {string} str
       * @returns {string}
       */
      styleTitle(str) {
        return str;
      }
      styleUsage(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word === "[command]") return this.styleSubcommandText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleCommandText(word);
        }).join(" ");
      }
      styleCommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleOptionDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleSubcommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleArgumentDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleDescriptionText(str) {
        return str;
      }
      styleOptionTerm(str) {
        return this.styleOptionText(str);
      }
      styleSubcommandTerm(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleSubcommandText(word);
        }).join(" ");
      }
      styleArgumentTerm(str) {
        return this.styleArgumentText(str);
      }
      styleOptionText(str) {
        return str;
      }
      styleArgumentText(str) {
        return str;
      }
      styleSubcommandText(str) {
        return str;
      }
      styleCommandText(str) {
        return str;
      }
      /**
       * Calculate the pad width from the maximum term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      padWidth(cmd, helper) {
        return Math.max(
          helper.longestOptionTermLength(cmd, helper),
          helper.longestGlobalOptionTermLength(cmd, helper),
          helper.longestSubcommandTermLength(cmd, helper),
          helper.longestArgumentTermLength(cmd, helper)
        );
      }
      /**
       * Detect manually wrapped and indented strings by checking for line break followed by whitespace.
       *
       * @param {string} str
       * @returns {boolean}
       */
      preformatted(str) {
        return /\n[^\S\r\n]/.test(str);
      }
      /**
       * Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
       *
       * So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
       *   TTT  DDD DDDD
       *        DD DDD
       *
       * @param {string} term
       * @param {number} termWidth
       * @param {string} description
       * @param {Help} helper
       * @returns {string}
       */
      formatItem(term, termWidth, description, helper) {
        const itemIndent = 2;
        const itemIndentStr = " ".repeat(itemIndent);
        if (!description) return itemIndentStr + term;
        const paddedTerm = term.padEnd(
          termWidth + term.length - helper.displayWidth(term)
        );
        const spacerWidth = 2;
        const helpWidth = this.helpWidth ?? 80;
        const remainingWidth = helpWidth - termWidth - spacerWidth - itemIndent;
        let formattedDescription;
        if (remainingWidth < this.minWidthToWrap || helper.preformatted(description)) {
          formattedDescription = description;
        } else {
          const wrappedDescription = helper.boxWrap(description, remainingWidth);
          formattedDescription = wrappedDescription.replace(
            /\n/g,
            "\n" + " ".repeat(termWidth + spacerWidth)
          );
        }
        return itemIndentStr + paddedTerm + " ".repeat(spacerWidth) + formattedDescription.replace(/\n/g, `
${itemIndentStr}`);
      }
      /**
       * Wrap a string at whitespace, preserving existing line breaks.
       * Wrapping is skipped if the width is less than `minWidthToWrap`.
       *
       * @param {string} str
       * @param {number} width
       * @returns {string}
       */
      boxWrap(str, width) {
        if (width < this.minWidthToWrap) return str;
        const rawLines = str.split(/\r\n|\n/);
        const chunkPattern = /[\s]*[^\s]+/g;
        const wrappedLines = [];
        rawLines.forEach((line) => {
          const chunks = line.match(chunkPattern);
          if (chunks === null) {
            wrappedLines.push("");
            return;
          }
          let sumChunks = [chunks.shift()];
          let sumWidth = this.displayWidth(sumChunks[0]);
          chunks.forEach((chunk) => {
            const visibleWidth = this.displayWidth(chunk);
            if (sumWidth + visibleWidth <= width) {
              sumChunks.push(chunk);
              sumWidth += visibleWidth;
              return;
            }
            wrappedLines.push(sumChunks.join(""));
            const nextChunk = chunk.trimStart();
            sumChunks = [nextChunk];
            sumWidth = this.displayWidth(nextChunk);
          });
          wrappedLines.push(sumChunks.join(""));
        });
        return wrappedLines.join("\n");
      }
    };
    function stripColor(str) {
      const sgrPattern = /\x1b\[\d*(;\d*)*m/g;
      return str.replace(sgrPattern, "");
    }
    exports.Help = Help2;
    exports.stripColor = stripColor;
  }
});

// node_modules/commander/lib/option.js
var require_option = __commonJS({
  "node_modules/commander/lib/option.js"(exports) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Option2 = class {
      /**
       * Initialize a new `Option` with the given `flags` and `description`.
       *
       * @param {string} flags
       * @param {string} [description]
       */
      constructor(flags, description) {
        this.flags = flags;
        this.description = description || "";
        this.required = flags.includes("<");
        this.optional = flags.includes("[");
        this.variadic = /\w\.\.\.[>\]]$/.test(flags);
        this.mandatory = false;
        const optionFlags = splitOptionFlags(flags);
        this.short = optionFlags.shortFlag;
        this.long = optionFlags.longFlag;
        this.negate = false;
        if (this.long) {
          this.negate = this.long.startsWith("--no-");
        }
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.presetArg = void 0;
        this.envVar = void 0;
        this.parseArg = void 0;
        this.hidden = false;
        this.argChoices = void 0;
        this.conflictsWith = [];
        this.implied = void 0;
        this.helpGroupHeading = void 0;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Option}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Preset to use when option used without option-argument, especially optional but also boolean and negated.
       * The custom processing (parseArg) is called.
       *
       * @example
       * new Option('--color').default('GREYSCALE').preset('RGB');
       * new Option('--donate [amount]').preset('20').argParser(parseFloat);
       *
       * @param {*} arg
       * @return {Option}
       */
      preset(arg) {
        this.presetArg = arg;
        return this;
      }
      /**
       * Add option name(s) that conflict with this option.
       * An error will be displayed if conflicting options are found during parsing.
       *
       * @example
       * new Option('--rgb').conflicts('cmyk');
       * new Option('--js').conflicts(['ts', 'jsx']);
       *
       * @param {(string | string[])} names
       * @return {Option}
       */
      conflicts(names) {
        this.conflictsWith = this.conflictsWith.concat(names);
        return this;
      }
      /**
       * Specify implied option values for when this option is set and the implied options are not.
       *
       * The custom processing (parseArg) is not called on the implied values.
       *
       * @example
       * program
       *   .addOption(new Option('--log', 'write logging information to file'))
       *   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
       *
       * @param {object} impliedOptionValues
       * @return {Option}
       */
      implies(impliedOptionValues) {
        let newImplied = impliedOptionValues;
        if (typeof impliedOptionValues === "string") {
          newImplied = { [impliedOptionValues]: true };
        }
        this.implied = Object.assign(this.implied || {}, newImplied);
        return this;
      }
      /**
       * Set environment variable to check for option value.
       *
       * An environment variable is only used if when processed the current option value is
       * undefined, or the source of the current value is 'default' or 'config' or 'env'.
       *
       * @param {string} name
       * @return {Option}
       */
      env(name) {
        this.envVar = name;
        return this;
      }
      /**
       * Set the custom handler for processing CLI option arguments into option values.
       *
       * @param {Function} [fn]
       * @return {Option}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Whether the option is mandatory and must have a value after parsing.
       *
       * @param {boolean} [mandatory=true]
       * @return {Option}
       */
      makeOptionMandatory(mandatory = true) {
        this.mandatory = !!mandatory;
        return this;
      }
      /**
       * Hide option in help.
       *
       * @param {boolean} [hide=true]
       * @return {Option}
       */
      hideHelp(hide = true) {
        this.hidden = !!hide;
        return this;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Only allow option value to be one of choices.
       *
       * @param {string[]} values
       * @return {Option}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Return option name.
       *
       * @return {string}
       */
      name() {
        if (this.long) {
          return this.long.replace(/^--/, "");
        }
        return this.short.replace(/^-/, "");
      }
      /**
       * Return option name, in a camelcase format that can be used
       * as an object attribute key.
       *
       * @return {string}
       */
      attributeName() {
        if (this.negate) {
          return camelcase(this.name().replace(/^no-/, ""));
        }
        return camelcase(this.name());
      }
      /**
       * Set the help group heading.
       *
       * @param {string} heading
       * @return {Option}
       */
      helpGroup(heading) {
        this.helpGroupHeading = heading;
        return this;
      }
      /**
       * Check if `arg` matches the short or long flag.
       *
       * @param {string} arg
       * @return {boolean}
       * @package
       */
      is(arg) {
        return this.short === arg || this.long === arg;
      }
      /**
       * Return whether a boolean option.
       *
       * Options are one of boolean, negated, required argument, or optional argument.
       *
       * @return {boolean}
       * @package
       */
      isBoolean() {
        return !this.required && !this.optional && !this.negate;
      }
    };
    var DualOptions = class {
      /**
       * @param {Option[]} options
       */
      constructor(options) {
        this.positiveOptions = /* @__PURE__ */ new Map();
        this.negativeOptions = /* @__PURE__ */ new Map();
        this.dualOptions = /* @__PURE__ */ new Set();
        options.forEach((option) => {
          if (option.negate) {
            this.negativeOptions.set(option.attributeName(), option);
          } else {
            this.positiveOptions.set(option.attributeName(), option);
          }
        });
        this.negativeOptions.forEach((value, key) => {
          if (this.positiveOptions.has(key)) {
            this.dualOptions.add(key);
          }
        });
      }
      /**
       * Did the value come from the option, and not from possible matching dual option?
       *
       * @param {*} value
       * @param {Option} option
       * @returns {boolean}
       */
      valueFromOption(value, option) {
        const optionKey = option.attributeName();
        if (!this.dualOptions.has(optionKey)) return true;
        const preset = this.negativeOptions.get(optionKey).presetArg;
        const negativeValue = preset !== void 0 ? preset : false;
        return option.negate === (negativeValue === value);
      }
    };
    function camelcase(str) {
      return str.split("-").reduce((str2, word) => {
        return str2 + word[0].toUpperCase() + word.slice(1);
      });
    }
    function splitOptionFlags(flags) {
      let shortFlag;
      let longFlag;
      const shortFlagExp = /^-[^-]$/;
      const longFlagExp = /^--[^-]/;
      const flagParts = flags.split(/[ |,]+/).concat("guard");
      if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
      if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
      if (!shortFlag && shortFlagExp.test(flagParts[0]))
        shortFlag = flagParts.shift();
      if (!shortFlag && longFlagExp.test(flagParts[0])) {
        shortFlag = longFlag;
        longFlag = flagParts.shift();
      }
      if (flagParts[0].startsWith("-")) {
        const unsupportedFlag = flagParts[0];
        const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
        if (/^-[^-][^-]/.test(unsupportedFlag))
          throw new Error(
            `${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`
          );
        if (shortFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many short flags`);
        if (longFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many long flags`);
        throw new Error(`${baseError}
- unrecognised flag format`);
      }
      if (shortFlag === void 0 && longFlag === void 0)
        throw new Error(
          `option creation failed due to no flags found in '${flags}'.`
        );
      return { shortFlag, longFlag };
    }
    exports.Option = Option2;
    exports.DualOptions = DualOptions;
  }
});

// node_modules/commander/lib/suggestSimilar.js
var require_suggestSimilar = __commonJS({
  "node_modules/commander/lib/suggestSimilar.js"(exports) {
    var maxDistance = 3;
    function editDistance(a, b) {
      if (Math.abs(a.length - b.length) > maxDistance)
        return Math.max(a.length, b.length);
      const d = [];
      for (let i = 0; i <= a.length; i++) {
        d[i] = [i];
      }
      for (let j = 0; j <= b.length; j++) {
        d[0][j] = j;
      }
      for (let j = 1; j <= b.length; j++) {
        for (let i = 1; i <= a.length; i++) {
          let cost = 1;
          if (a[i - 1] === b[j - 1]) {
            cost = 0;
          } else {
            cost = 1;
          }
          d[i][j] = Math.min(
            d[i - 1][j] + 1,
            // deletion
            d[i][j - 1] + 1,
            // insertion
            d[i - 1][j - 1] + cost
            // substitution
          );
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
            d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
          }
        }
      }
      return d[a.length][b.length];
    }
    function suggestSimilar(word, candidates) {
      if (!candidates || candidates.length === 0) return "";
      candidates = Array.from(new Set(candidates));
      const searchingOptions = word.startsWith("--");
      if (searchingOptions) {
        word = word.slice(2);
        candidates = candidates.map((candidate) => candidate.slice(2));
      }
      let similar = [];
      let bestDistance = maxDistance;
      const minSimilarity = 0.4;
      candidates.forEach((candidate) => {
        if (candidate.length <= 1) return;
        const distance = editDistance(word, candidate);
        const length = Math.max(word.length, candidate.length);
        const similarity = (length - distance) / length;
        if (similarity > minSimilarity) {
          if (distance < bestDistance) {
            bestDistance = distance;
            similar = [candidate];
          } else if (distance === bestDistance) {
            similar.push(candidate);
          }
        }
      });
      similar.sort((a, b) => a.localeCompare(b));
      if (searchingOptions) {
        similar = similar.map((candidate) => `--${candidate}`);
      }
      if (similar.length > 1) {
        return `
(Did you mean one of ${similar.join(", ")}?)`;
      }
      if (similar.length === 1) {
        return `
(Did you mean ${similar[0]}?)`;
      }
      return "";
    }
    exports.suggestSimilar = suggestSimilar;
  }
});

// node_modules/commander/lib/command.js
var require_command = __commonJS({
  "node_modules/commander/lib/command.js"(exports) {
    var EventEmitter = __require("node:events").EventEmitter;
    var childProcess = __require("node:child_process");
    var path = __require("node:path");
    var fs = __require("node:fs");
    var process2 = __require("node:process");
    var { Argument: Argument2, humanReadableArgName } = require_argument();
    var { CommanderError: CommanderError2 } = require_error();
    var { Help: Help2, stripColor } = require_help();
    var { Option: Option2, DualOptions } = require_option();
    var { suggestSimilar } = require_suggestSimilar();
    var Command5 = class _Command extends EventEmitter {
      /**
       * Initialize a new `Command`.
       *
       * @param {string} [name]
       */
      constructor(name) {
        super();
        this.commands = [];
        this.options = [];
        this.parent = null;
        this._allowUnknownOption = false;
        this._allowExcessArguments = false;
        this.registeredArguments = [];
        this._args = this.registeredArguments;
        this.args = [];
        this.rawArgs = [];
        this.processedArgs = [];
        this._scriptPath = null;
        this._name = name || "";
        this._optionValues = {};
        this._optionValueSources = {};
        this._storeOptionsAsProperties = false;
        this._actionHandler = null;
        this._executableHandler = false;
        this._executableFile = null;
        this._executableDir = null;
        this._defaultCommandName = null;
        this._exitCallback = null;
        this._aliases = [];
        this._combineFlagAndOptionalValue = true;
        this._description = "";
        this._summary = "";
        this._argsDescription = void 0;
        this._enablePositionalOptions = false;
        this._passThroughOptions = false;
        this._lifeCycleHooks = {};
        this._showHelpAfterError = false;
        this._showSuggestionAfterError = true;
        this._savedState = null;
        this._outputConfiguration = {
          writeOut: (str) => process2.stdout.write(str),
          writeErr: (str) => process2.stderr.write(str),
          outputError: (str, write) => write(str),
          getOutHelpWidth: () => process2.stdout.isTTY ? process2.stdout.columns : void 0,
          getErrHelpWidth: () => process2.stderr.isTTY ? process2.stderr.columns : void 0,
          getOutHasColors: () => useColor() ?? (process2.stdout.isTTY && process2.stdout.hasColors?.()),
          getErrHasColors: () => useColor() ?? (process2.stderr.isTTY && process2.stderr.hasColors?.()),
          stripColor: (str) => stripColor(str)
        };
        this._hidden = false;
        this._helpOption = void 0;
        this._addImplicitHelpCommand = void 0;
        this._helpCommand = void 0;
        this._helpConfiguration = {};
        this._helpGroupHeading = void 0;
        this._defaultCommandGroup = void 0;
        this._defaultOptionGroup = void 0;
      }
      /**
       * Copy settings that are useful to have in common across root command and subcommands.
       *
       * (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
       *
       * @param {Command} sourceCommand
       * @return {Command} `this` command for chaining
       */
      copyInheritedSettings(sourceCommand) {
        this._outputConfiguration = sourceCommand._outputConfiguration;
        this._helpOption = sourceCommand._helpOption;
        this._helpCommand = sourceCommand._helpCommand;
        this._helpConfiguration = sourceCommand._helpConfiguration;
        this._exitCallback = sourceCommand._exitCallback;
        this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties;
        this._combineFlagAndOptionalValue = sourceCommand._combineFlagAndOptionalValue;
        this._allowExcessArguments = sourceCommand._allowExcessArguments;
        this._enablePositionalOptions = sourceCommand._enablePositionalOptions;
        this._showHelpAfterError = sourceCommand._showHelpAfterError;
        this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError;
        return this;
      }
      /**
       * @returns {Command[]}
       * @private
       */
      _getCommandAndAncestors() {
        const result = [];
        for (let command = this; command; command = command.parent) {
          result.push(command);
        }
        return result;
      }
      /**
       * Define a command.
       *
       * There are two styles of command: pay attention to where to put the description.
       *
       * @example
       * // Command implemented using action handler (description is supplied separately to `.command`)
       * program
       *   .command('clone <source> [destination]')
       *   .description('clone a repository into a newly created directory')
       *   .action((source, destination) => {
       *     console.log('clone command called');
       *   });
       *
       * // Command implemented using separate executable file (description is second parameter to `.command`)
       * program
       *   .command('start <service>', 'start named service')
       *   .command('stop [service]', 'stop named service, or all if no name supplied');
       *
       * @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
       * @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
       * @param {object} [execOpts] - configuration options (for executable)
       * @return {Command} returns new command for action handler, or `this` for executable command
       */
      command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
        let desc = actionOptsOrExecDesc;
        let opts = execOpts;
        if (typeof desc === "object" && desc !== null) {
          opts = desc;
          desc = null;
        }
        opts = opts || {};
        const [, name, args] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const cmd = this.createCommand(name);
        if (desc) {
          cmd.description(desc);
          cmd._executableHandler = true;
        }
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        cmd._hidden = !!(opts.noHelp || opts.hidden);
        cmd._executableFile = opts.executableFile || null;
        if (args) cmd.arguments(args);
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd.copyInheritedSettings(this);
        if (desc) return this;
        return cmd;
      }
      /**
       * Factory routine to create a new unattached command.
       *
       * See .command() for creating an attached subcommand, which uses this routine to
       * create the command. You can override createCommand to customise subcommands.
       *
       * @param {string} [name]
       * @return {Command} new command
       */
      createCommand(name) {
        return new _Command(name);
      }
      /**
       * You can customise the help with a subclass of Help by overriding createHelp,
       * or by overriding Help properties using configureHelp().
       *
       * @return {Help}
       */
      createHelp() {
        return Object.assign(new Help2(), this.configureHelp());
      }
      /**
       * You can customise the help by overriding Help properties using configureHelp(),
       * or with a subclass of Help by overriding createHelp().
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureHelp(configuration) {
        if (configuration === void 0) return this._helpConfiguration;
        this._helpConfiguration = configuration;
        return this;
      }
      /**
       * The default output goes to stdout and stderr. You can customise this for special
       * applications. You can also customise the display of errors by overriding outputError.
       *
       * The configuration properties are all functions:
       *
       *     // change how output being written, defaults to stdout and stderr
       *     writeOut(str)
       *     writeErr(str)
       *     // change how output being written for errors, defaults to writeErr
       *     outputError(str, write) // used for displaying errors and not used for displaying help
       *     // specify width for wrapping help
       *     getOutHelpWidth()
       *     getErrHelpWidth()
       *     // color support, currently only used with Help
       *     getOutHasColors()
       *     getErrHasColors()
       *     stripColor() // used to remove ANSI escape codes if output does not have colors
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureOutput(configuration) {
        if (configuration === void 0) return this._outputConfiguration;
        this._outputConfiguration = {
          ...this._outputConfiguration,
          ...configuration
        };
        return this;
      }
      /**
       * Display the help or a custom message after an error occurs.
       *
       * @param {(boolean|string)} [displayHelp]
       * @return {Command} `this` command for chaining
       */
      showHelpAfterError(displayHelp = true) {
        if (typeof displayHelp !== "string") displayHelp = !!displayHelp;
        this._showHelpAfterError = displayHelp;
        return this;
      }
      /**
       * Display suggestion of similar commands for unknown commands, or options for unknown options.
       *
       * @param {boolean} [displaySuggestion]
       * @return {Command} `this` command for chaining
       */
      showSuggestionAfterError(displaySuggestion = true) {
        this._showSuggestionAfterError = !!displaySuggestion;
        return this;
      }
      /**
       * Add a prepared subcommand.
       *
       * See .command() for creating an attached subcommand which inherits settings from its parent.
       *
       * @param {Command} cmd - new subcommand
       * @param {object} [opts] - configuration options
       * @return {Command} `this` command for chaining
       */
      addCommand(cmd, opts) {
        if (!cmd._name) {
          throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
        }
        opts = opts || {};
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        if (opts.noHelp || opts.hidden) cmd._hidden = true;
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd._checkForBrokenPassThrough();
        return this;
      }
      /**
       * Factory routine to create a new unattached argument.
       *
       * See .argument() for creating an attached argument, which uses this routine to
       * create the argument. You can override createArgument to return a custom argument.
       *
       * @param {string} name
       * @param {string} [description]
       * @return {Argument} new argument
       */
      createArgument(name, description) {
        return new Argument2(name, description);
      }
      /**
       * Define argument syntax for command.
       *
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @example
       * program.argument('<input-file>');
       * program.argument('[output-file]');
       *
       * @param {string} name
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom argument processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      argument(name, description, parseArg, defaultValue) {
        const argument = this.createArgument(name, description);
        if (typeof parseArg === "function") {
          argument.default(defaultValue).argParser(parseArg);
        } else {
          argument.default(parseArg);
        }
        this.addArgument(argument);
        return this;
      }
      /**
       * Define argument syntax for command, adding multiple at once (without descriptions).
       *
       * See also .argument().
       *
       * @example
       * program.arguments('<cmd> [env]');
       *
       * @param {string} names
       * @return {Command} `this` command for chaining
       */
      arguments(names) {
        names.trim().split(/ +/).forEach((detail) => {
          this.argument(detail);
        });
        return this;
      }
      /**
       * Define argument syntax for command, adding a prepared argument.
       *
       * @param {Argument} argument
       * @return {Command} `this` command for chaining
       */
      addArgument(argument) {
        const previousArgument = this.registeredArguments.slice(-1)[0];
        if (previousArgument?.variadic) {
          throw new Error(
            `only the last argument can be variadic '${previousArgument.name()}'`
          );
        }
        if (argument.required && argument.defaultValue !== void 0 && argument.parseArg === void 0) {
          throw new Error(
            `a default value for a required argument is never used: '${argument.name()}'`
          );
        }
        this.registeredArguments.push(argument);
        return this;
      }
      /**
       * Customise or override default help command. By default a help command is automatically added if your command has subcommands.
       *
       * @example
       *    program.helpCommand('help [cmd]');
       *    program.helpCommand('help [cmd]', 'show help');
       *    program.helpCommand(false); // suppress default help command
       *    program.helpCommand(true); // add help command even if no subcommands
       *
       * @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
       * @param {string} [description] - custom description
       * @return {Command} `this` command for chaining
       */
      helpCommand(enableOrNameAndArgs, description) {
        if (typeof enableOrNameAndArgs === "boolean") {
          this._addImplicitHelpCommand = enableOrNameAndArgs;
          if (enableOrNameAndArgs && this._defaultCommandGroup) {
            this._initCommandGroup(this._getHelpCommand());
          }
          return this;
        }
        const nameAndArgs = enableOrNameAndArgs ?? "help [command]";
        const [, helpName, helpArgs] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const helpDescription = description ?? "display help for command";
        const helpCommand = this.createCommand(helpName);
        helpCommand.helpOption(false);
        if (helpArgs) helpCommand.arguments(helpArgs);
        if (helpDescription) helpCommand.description(helpDescription);
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        if (enableOrNameAndArgs || description) this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Add prepared custom help command.
       *
       * @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
       * @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
       * @return {Command} `this` command for chaining
       */
      addHelpCommand(helpCommand, deprecatedDescription) {
        if (typeof helpCommand !== "object") {
          this.helpCommand(helpCommand, deprecatedDescription);
          return this;
        }
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Lazy create help command.
       *
       * @return {(Command|null)}
       * @package
       */
      _getHelpCommand() {
        const hasImplicitHelpCommand = this._addImplicitHelpCommand ?? (this.commands.length && !this._actionHandler && !this._findCommand("help"));
        if (hasImplicitHelpCommand) {
          if (this._helpCommand === void 0) {
            this.helpCommand(void 0, void 0);
          }
          return this._helpCommand;
        }
        return null;
      }
      /**
       * Add hook for life cycle event.
       *
       * @param {string} event
       * @param {Function} listener
       * @return {Command} `this` command for chaining
       */
      hook(event, listener) {
        const allowedValues = ["preSubcommand", "preAction", "postAction"];
        if (!allowedValues.includes(event)) {
          throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        if (this._lifeCycleHooks[event]) {
          this._lifeCycleHooks[event].push(listener);
        } else {
          this._lifeCycleHooks[event] = [listener];
        }
        return this;
      }
      /**
       * Register callback to use as replacement for calling process.exit.
       *
       * @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
       * @return {Command} `this` command for chaining
       */
      exitOverride(fn) {
        if (fn) {
          this._exitCallback = fn;
        } else {
          this._exitCallback = (err) => {
            if (err.code !== "commander.executeSubCommandAsync") {
              throw err;
            } else {
            }
          };
        }
        return this;
      }
      /**
       * Call process.exit, and _exitCallback if defined.
       *
       * @param {number} exitCode exit code for using with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       * @return never
       * @private
       */
      _exit(exitCode2, code, message) {
        if (this._exitCallback) {
          this._exitCallback(new CommanderError2(exitCode2, code, message));
        }
        process2.exit(exitCode2);
      }
      /**
       * Register callback `fn` for the command.
       *
       * @example
       * program
       *   .command('serve')
       *   .description('start service')
       *   .action(function() {
       *      // do work here
       *   });
       *
       * @param {Function} fn
       * @return {Command} `this` command for chaining
       */
      action(fn) {
        const listener = (args) => {
          const expectedArgsCount = this.registeredArguments.length;
          const actionArgs = args.slice(0, expectedArgsCount);
          if (this._storeOptionsAsProperties) {
            actionArgs[expectedArgsCount] = this;
          } else {
            actionArgs[expectedArgsCount] = this.opts();
          }
          actionArgs.push(this);
          return fn.apply(this, actionArgs);
        };
        this._actionHandler = listener;
        return this;
      }
      /**
       * Factory routine to create a new unattached option.
       *
       * See .option() for creating an attached option, which uses this routine to
       * create the option. You can override createOption to return a custom option.
       *
       * @param {string} flags
       * @param {string} [description]
       * @return {Option} new option
       */
      createOption(flags, description) {
        return new Option2(flags, description);
      }
      /**
       * Wrap parseArgs to catch 'commander.invalidArgument'.
       *
       * @param {(Option | Argument)} target
       * @param {string} value
       * @param {*} previous
       * @param {string} invalidArgumentMessage
       * @private
       */
      _callParseArg(target, value, previous, invalidArgumentMessage) {
        try {
          return target.parseArg(value, previous);
        } catch (err) {
          if (err.code === "commander.invalidArgument") {
            const message = `${invalidArgumentMessage} ${err.message}`;
            this.error(message, { exitCode: err.exitCode, code: err.code });
          }
          throw err;
        }
      }
      /**
       * Check for option flag conflicts.
       * Register option if no conflicts found, or throw on conflict.
       *
       * @param {Option} option
       * @private
       */
      _registerOption(option) {
        const matchingOption = option.short && this._findOption(option.short) || option.long && this._findOption(option.long);
        if (matchingOption) {
          const matchingFlag = option.long && this._findOption(option.long) ? option.long : option.short;
          throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
        }
        this._initOptionGroup(option);
        this.options.push(option);
      }
      /**
       * Check for command name and alias conflicts with existing commands.
       * Register command if no conflicts found, or throw on conflict.
       *
       * @param {Command} command
       * @private
       */
      _registerCommand(command) {
        const knownBy = (cmd) => {
          return [cmd.name()].concat(cmd.aliases());
        };
        const alreadyUsed = knownBy(command).find(
          (name) => this._findCommand(name)
        );
        if (alreadyUsed) {
          const existingCmd = knownBy(this._findCommand(alreadyUsed)).join("|");
          const newCmd = knownBy(command).join("|");
          throw new Error(
            `cannot add command '${newCmd}' as already have command '${existingCmd}'`
          );
        }
        this._initCommandGroup(command);
        this.commands.push(command);
      }
      /**
       * Add an option.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addOption(option) {
        this._registerOption(option);
        const oname = option.name();
        const name = option.attributeName();
        if (option.negate) {
          const positiveLongFlag = option.long.replace(/^--no-/, "--");
          if (!this._findOption(positiveLongFlag)) {
            this.setOptionValueWithSource(
              name,
              option.defaultValue === void 0 ? true : option.defaultValue,
              "default"
            );
          }
        } else if (option.defaultValue !== void 0) {
          this.setOptionValueWithSource(name, option.defaultValue, "default");
        }
        const handleOptionValue = (val, invalidValueMessage, valueSource) => {
          if (val == null && option.presetArg !== void 0) {
            val = option.presetArg;
          }
          const oldValue = this.getOptionValue(name);
          if (val !== null && option.parseArg) {
            val = this._callParseArg(option, val, oldValue, invalidValueMessage);
          } else if (val !== null && option.variadic) {
            val = option._collectValue(val, oldValue);
          }
          if (val == null) {
            if (option.negate) {
              val = false;
            } else if (option.isBoolean() || option.optional) {
              val = true;
            } else {
              val = "";
            }
          }
          this.setOptionValueWithSource(name, val, valueSource);
        };
        this.on("option:" + oname, (val) => {
          const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
          handleOptionValue(val, invalidValueMessage, "cli");
        });
        if (option.envVar) {
          this.on("optionEnv:" + oname, (val) => {
            const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
            handleOptionValue(val, invalidValueMessage, "env");
          });
        }
        return this;
      }
      /**
       * Internal implementation shared by .option() and .requiredOption()
       *
       * @return {Command} `this` command for chaining
       * @private
       */
      _optionEx(config, flags, description, fn, defaultValue) {
        if (typeof flags === "object" && flags instanceof Option2) {
          throw new Error(
            "To add an Option object use addOption() instead of option() or requiredOption()"
          );
        }
        const option = this.createOption(flags, description);
        option.makeOptionMandatory(!!config.mandatory);
        if (typeof fn === "function") {
          option.default(defaultValue).argParser(fn);
        } else if (fn instanceof RegExp) {
          const regex = fn;
          fn = (val, def) => {
            const m = regex.exec(val);
            return m ? m[0] : def;
          };
          option.default(defaultValue).argParser(fn);
        } else {
          option.default(fn);
        }
        return this.addOption(option);
      }
      /**
       * Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
       * option-argument is indicated by `<>` and an optional option-argument by `[]`.
       *
       * See the README for more details, and see also addOption() and requiredOption().
       *
       * @example
       * program
       *     .option('-p, --pepper', 'add pepper')
       *     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
       *     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
       *     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      option(flags, description, parseArg, defaultValue) {
        return this._optionEx({}, flags, description, parseArg, defaultValue);
      }
      /**
       * Add a required option which must have a value after parsing. This usually means
       * the option must be specified on the command line. (Otherwise the same as .option().)
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      requiredOption(flags, description, parseArg, defaultValue) {
        return this._optionEx(
          { mandatory: true },
          flags,
          description,
          parseArg,
          defaultValue
        );
      }
      /**
       * Alter parsing of short flags with optional values.
       *
       * @example
       * // for `.option('-f,--flag [value]'):
       * program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
       * program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
       *
       * @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
       * @return {Command} `this` command for chaining
       */
      combineFlagAndOptionalValue(combine = true) {
        this._combineFlagAndOptionalValue = !!combine;
        return this;
      }
      /**
       * Allow unknown options on the command line.
       *
       * @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
       * @return {Command} `this` command for chaining
       */
      allowUnknownOption(allowUnknown = true) {
        this._allowUnknownOption = !!allowUnknown;
        return this;
      }
      /**
       * Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
       *
       * @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
       * @return {Command} `this` command for chaining
       */
      allowExcessArguments(allowExcess = true) {
        this._allowExcessArguments = !!allowExcess;
        return this;
      }
      /**
       * Enable positional options. Positional means global options are specified before subcommands which lets
       * subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
       * The default behaviour is non-positional and global options may appear anywhere on the command line.
       *
       * @param {boolean} [positional]
       * @return {Command} `this` command for chaining
       */
      enablePositionalOptions(positional = true) {
        this._enablePositionalOptions = !!positional;
        return this;
      }
      /**
       * Pass through options that come after command-arguments rather than treat them as command-options,
       * so actual command-options come before command-arguments. Turning this on for a subcommand requires
       * positional options to have been enabled on the program (parent commands).
       * The default behaviour is non-positional and options may appear before or after command-arguments.
       *
       * @param {boolean} [passThrough] for unknown options.
       * @return {Command} `this` command for chaining
       */
      passThroughOptions(passThrough = true) {
        this._passThroughOptions = !!passThrough;
        this._checkForBrokenPassThrough();
        return this;
      }
      /**
       * @private
       */
      _checkForBrokenPassThrough() {
        if (this.parent && this._passThroughOptions && !this.parent._enablePositionalOptions) {
          throw new Error(
            `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`
          );
        }
      }
      /**
       * Whether to store option values as properties on command object,
       * or store separately (specify false). In both cases the option values can be accessed using .opts().
       *
       * @param {boolean} [storeAsProperties=true]
       * @return {Command} `this` command for chaining
       */
      storeOptionsAsProperties(storeAsProperties = true) {
        if (this.options.length) {
          throw new Error("call .storeOptionsAsProperties() before adding options");
        }
        if (Object.keys(this._optionValues).length) {
          throw new Error(
            "call .storeOptionsAsProperties() before setting option values"
          );
        }
        this._storeOptionsAsProperties = !!storeAsProperties;
        return this;
      }
      /**
       * Retrieve option value.
       *
       * @param {string} key
       * @return {object} value
       */
      getOptionValue(key) {
        if (this._storeOptionsAsProperties) {
          return this[key];
        }
        return this._optionValues[key];
      }
      /**
       * Store option value.
       *
       * @param {string} key
       * @param {object} value
       * @return {Command} `this` command for chaining
       */
      setOptionValue(key, value) {
        return this.setOptionValueWithSource(key, value, void 0);
      }
      /**
       * Store option value and where the value came from.
       *
       * @param {string} key
       * @param {object} value
       * @param {string} source - expected values are default/config/env/cli/implied
       * @return {Command} `this` command for chaining
       */
      setOptionValueWithSource(key, value, source) {
        if (this._storeOptionsAsProperties) {
          this[key] = value;
        } else {
          this._optionValues[key] = value;
        }
        this._optionValueSources[key] = source;
        return this;
      }
      /**
       * Get source of option value.
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSource(key) {
        return this._optionValueSources[key];
      }
      /**
       * Get source of option value. See also .optsWithGlobals().
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSourceWithGlobals(key) {
        let source;
        this._getCommandAndAncestors().forEach((cmd) => {
          if (cmd.getOptionValueSource(key) !== void 0) {
            source = cmd.getOptionValueSource(key);
          }
        });
        return source;
      }
      /**
       * Get user arguments from implied or explicit arguments.
       * Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
       *
       * @private
       */
      _prepareUserArgs(argv, parseOptions) {
        if (argv !== void 0 && !Array.isArray(argv)) {
          throw new Error("first parameter to parse must be array or undefined");
        }
        parseOptions = parseOptions || {};
        if (argv === void 0 && parseOptions.from === void 0) {
          if (process2.versions?.electron) {
            parseOptions.from = "electron";
          }
          const execArgv = process2.execArgv ?? [];
          if (execArgv.includes("-e") || execArgv.includes("--eval") || execArgv.includes("-p") || execArgv.includes("--print")) {
            parseOptions.from = "eval";
          }
        }
        if (argv === void 0) {
          argv = process2.argv;
        }
        this.rawArgs = argv.slice();
        let userArgs;
        switch (parseOptions.from) {
          case void 0:
          case "node":
            this._scriptPath = argv[1];
            userArgs = argv.slice(2);
            break;
          case "electron":
            if (process2.defaultApp) {
              this._scriptPath = argv[1];
              userArgs = argv.slice(2);
            } else {
              userArgs = argv.slice(1);
            }
            break;
          case "user":
            userArgs = argv.slice(0);
            break;
          case "eval":
            userArgs = argv.slice(1);
            break;
          default:
            throw new Error(
              `unexpected parse option { from: '${parseOptions.from}' }`
            );
        }
        if (!this._name && this._scriptPath)
          this.nameFromFilename(this._scriptPath);
        this._name = this._name || "program";
        return userArgs;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Use parseAsync instead of parse if any of your action handlers are async.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * program.parse(); // parse process.argv and auto-detect electron and special node flags
       * program.parse(process.argv); // assume argv[0] is app and argv[1] is script
       * program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv] - optional, defaults to process.argv
       * @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
       * @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
       * @return {Command} `this` command for chaining
       */
      parse(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        this._parseCommand([], userArgs);
        return this;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
       * await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
       * await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv]
       * @param {object} [parseOptions]
       * @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
       * @return {Promise}
       */
      async parseAsync(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        await this._parseCommand([], userArgs);
        return this;
      }
      _prepareForParse() {
        if (this._savedState === null) {
          this.saveStateBeforeParse();
        } else {
          this.restoreStateBeforeParse();
        }
      }
      /**
       * Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state saved.
       */
      saveStateBeforeParse() {
        this._savedState = {
          // name is stable if supplied by author, but may be unspecified for root command and deduced during parsing
          _name: this._name,
          // option values before parse have default values (including false for negated options)
          // shallow clones
          _optionValues: { ...this._optionValues },
          _optionValueSources: { ...this._optionValueSources }
        };
      }
      /**
       * Restore state before parse for calls after the first.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state restored.
       */
      restoreStateBeforeParse() {
        if (this._storeOptionsAsProperties)
          throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);
        this._name = this._savedState._name;
        this._scriptPath = null;
        this.rawArgs = [];
        this._optionValues = { ...this._savedState._optionValues };
        this._optionValueSources = { ...this._savedState._optionValueSources };
        this.args = [];
        this.processedArgs = [];
      }
      /**
       * Throw if expected executable is missing. Add lots of help for author.
       *
       * @param {string} executableFile
       * @param {string} executableDir
       * @param {string} subcommandName
       */
      _checkForMissingExecutable(executableFile, executableDir, subcommandName) {
        if (fs.existsSync(executableFile)) return;
        const executableDirMessage = executableDir ? `searched for local subcommand relative to directory '${executableDir}'` : "no directory for search for local subcommand, use .executableDir() to supply a custom directory";
        const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDirMessage}`;
        throw new Error(executableMissing);
      }
      /**
       * Execute a sub-command executable.
       *
       * @private
       */
      _executeSubCommand(subcommand, args) {
        args = args.slice();
        let launchWithNode = false;
        const sourceExt = [".js", ".ts", ".tsx", ".mjs", ".cjs"];
        function findFile(baseDir, baseName) {
          const localBin = path.resolve(baseDir, baseName);
          if (fs.existsSync(localBin)) return localBin;
          if (sourceExt.includes(path.extname(baseName))) return void 0;
          const foundExt = sourceExt.find(
            (ext) => fs.existsSync(`${localBin}${ext}`)
          );
          if (foundExt) return `${localBin}${foundExt}`;
          return void 0;
        }
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        let executableFile = subcommand._executableFile || `${this._name}-${subcommand._name}`;
        let executableDir = this._executableDir || "";
        if (this._scriptPath) {
          let resolvedScriptPath;
          try {
            resolvedScriptPath = fs.realpathSync(this._scriptPath);
          } catch {
            resolvedScriptPath = this._scriptPath;
          }
          executableDir = path.resolve(
            path.dirname(resolvedScriptPath),
            executableDir
          );
        }
        if (executableDir) {
          let localFile = findFile(executableDir, executableFile);
          if (!localFile && !subcommand._executableFile && this._scriptPath) {
            const legacyName = path.basename(
              this._scriptPath,
              path.extname(this._scriptPath)
            );
            if (legacyName !== this._name) {
              localFile = findFile(
                executableDir,
                `${legacyName}-${subcommand._name}`
              );
            }
          }
          executableFile = localFile || executableFile;
        }
        launchWithNode = sourceExt.includes(path.extname(executableFile));
        let proc;
        if (process2.platform !== "win32") {
          if (launchWithNode) {
            args.unshift(executableFile);
            args = incrementNodeInspectorPort(process2.execArgv).concat(args);
            proc = childProcess.spawn(process2.argv[0], args, { stdio: "inherit" });
          } else {
            proc = childProcess.spawn(executableFile, args, { stdio: "inherit" });
          }
        } else {
          this._checkForMissingExecutable(
            executableFile,
            executableDir,
            subcommand._name
          );
          args.unshift(executableFile);
          args = incrementNodeInspectorPort(process2.execArgv).concat(args);
          proc = childProcess.spawn(process2.execPath, args, { stdio: "inherit" });
        }
        if (!proc.killed) {
          const signals = ["SIGUSR1", "SIGUSR2", "SIGTERM", "SIGINT", "SIGHUP"];
          signals.forEach((signal) => {
            process2.on(signal, () => {
              if (proc.killed === false && proc.exitCode === null) {
                proc.kill(signal);
              }
            });
          });
        }
        const exitCallback = this._exitCallback;
        proc.on("close", (code) => {
          code = code ?? 1;
          if (!exitCallback) {
            process2.exit(code);
          } else {
            exitCallback(
              new CommanderError2(
                code,
                "commander.executeSubCommandAsync",
                "(close)"
              )
            );
          }
        });
        proc.on("error", (err) => {
          if (err.code === "ENOENT") {
            this._checkForMissingExecutable(
              executableFile,
              executableDir,
              subcommand._name
            );
          } else if (err.code === "EACCES") {
            throw new Error(`'${executableFile}' not executable`);
          }
          if (!exitCallback) {
            process2.exit(1);
          } else {
            const wrappedError = new CommanderError2(
              1,
              "commander.executeSubCommandAsync",
              "(error)"
            );
            wrappedError.nestedError = err;
            exitCallback(wrappedError);
          }
        });
        this.runningCommand = proc;
      }
      /**
       * @private
       */
      _dispatchSubcommand(commandName, operands, unknown) {
        const subCommand = this._findCommand(commandName);
        if (!subCommand) this.help({ error: true });
        subCommand._prepareForParse();
        let promiseChain;
        promiseChain = this._chainOrCallSubCommandHook(
          promiseChain,
          subCommand,
          "preSubcommand"
        );
        promiseChain = this._chainOrCall(promiseChain, () => {
          if (subCommand._executableHandler) {
            this._executeSubCommand(subCommand, operands.concat(unknown));
          } else {
            return subCommand._parseCommand(operands, unknown);
          }
        });
        return promiseChain;
      }
      /**
       * Invoke help directly if possible, or dispatch if necessary.
       * e.g. help foo
       *
       * @private
       */
      _dispatchHelpCommand(subcommandName) {
        if (!subcommandName) {
          this.help();
        }
        const subCommand = this._findCommand(subcommandName);
        if (subCommand && !subCommand._executableHandler) {
          subCommand.help();
        }
        return this._dispatchSubcommand(
          subcommandName,
          [],
          [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? "--help"]
        );
      }
      /**
       * Check this.args against expected this.registeredArguments.
       *
       * @private
       */
      _checkNumberOfArguments() {
        this.registeredArguments.forEach((arg, i) => {
          if (arg.required && this.args[i] == null) {
            this.missingArgument(arg.name());
          }
        });
        if (this.registeredArguments.length > 0 && this.registeredArguments[this.registeredArguments.length - 1].variadic) {
          return;
        }
        if (this.args.length > this.registeredArguments.length) {
          this._excessArguments(this.args);
        }
      }
      /**
       * Process this.args using this.registeredArguments and save as this.processedArgs!
       *
       * @private
       */
      _processArguments() {
        const myParseArg = (argument, value, previous) => {
          let parsedValue = value;
          if (value !== null && argument.parseArg) {
            const invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
            parsedValue = this._callParseArg(
              argument,
              value,
              previous,
              invalidValueMessage
            );
          }
          return parsedValue;
        };
        this._checkNumberOfArguments();
        const processedArgs = [];
        this.registeredArguments.forEach((declaredArg, index) => {
          let value = declaredArg.defaultValue;
          if (declaredArg.variadic) {
            if (index < this.args.length) {
              value = this.args.slice(index);
              if (declaredArg.parseArg) {
                value = value.reduce((processed, v) => {
                  return myParseArg(declaredArg, v, processed);
                }, declaredArg.defaultValue);
              }
            } else if (value === void 0) {
              value = [];
            }
          } else if (index < this.args.length) {
            value = this.args[index];
            if (declaredArg.parseArg) {
              value = myParseArg(declaredArg, value, declaredArg.defaultValue);
            }
          }
          processedArgs[index] = value;
        });
        this.processedArgs = processedArgs;
      }
      /**
       * Once we have a promise we chain, but call synchronously until then.
       *
       * @param {(Promise|undefined)} promise
       * @param {Function} fn
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCall(promise, fn) {
        if (promise?.then && typeof promise.then === "function") {
          return promise.then(() => fn());
        }
        return fn();
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallHooks(promise, event) {
        let result = promise;
        const hooks = [];
        this._getCommandAndAncestors().reverse().filter((cmd) => cmd._lifeCycleHooks[event] !== void 0).forEach((hookedCommand) => {
          hookedCommand._lifeCycleHooks[event].forEach((callback) => {
            hooks.push({ hookedCommand, callback });
          });
        });
        if (event === "postAction") {
          hooks.reverse();
        }
        hooks.forEach((hookDetail) => {
          result = this._chainOrCall(result, () => {
            return hookDetail.callback(hookDetail.hookedCommand, this);
          });
        });
        return result;
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {Command} subCommand
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallSubCommandHook(promise, subCommand, event) {
        let result = promise;
        if (this._lifeCycleHooks[event] !== void 0) {
          this._lifeCycleHooks[event].forEach((hook) => {
            result = this._chainOrCall(result, () => {
              return hook(this, subCommand);
            });
          });
        }
        return result;
      }
      /**
       * Process arguments in context of this command.
       * Returns action result, in case it is a promise.
       *
       * @private
       */
      _parseCommand(operands, unknown) {
        const parsed = this.parseOptions(unknown);
        this._parseOptionsEnv();
        this._parseOptionsImplied();
        operands = operands.concat(parsed.operands);
        unknown = parsed.unknown;
        this.args = operands.concat(unknown);
        if (operands && this._findCommand(operands[0])) {
          return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
        }
        if (this._getHelpCommand() && operands[0] === this._getHelpCommand().name()) {
          return this._dispatchHelpCommand(operands[1]);
        }
        if (this._defaultCommandName) {
          this._outputHelpIfRequested(unknown);
          return this._dispatchSubcommand(
            this._defaultCommandName,
            operands,
            unknown
          );
        }
        if (this.commands.length && this.args.length === 0 && !this._actionHandler && !this._defaultCommandName) {
          this.help({ error: true });
        }
        this._outputHelpIfRequested(parsed.unknown);
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        const checkForUnknownOptions = () => {
          if (parsed.unknown.length > 0) {
            this.unknownOption(parsed.unknown[0]);
          }
        };
        const commandEvent = `command:${this.name()}`;
        if (this._actionHandler) {
          checkForUnknownOptions();
          this._processArguments();
          let promiseChain;
          promiseChain = this._chainOrCallHooks(promiseChain, "preAction");
          promiseChain = this._chainOrCall(
            promiseChain,
            () => this._actionHandler(this.processedArgs)
          );
          if (this.parent) {
            promiseChain = this._chainOrCall(promiseChain, () => {
              this.parent.emit(commandEvent, operands, unknown);
            });
          }
          promiseChain = this._chainOrCallHooks(promiseChain, "postAction");
          return promiseChain;
        }
        if (this.parent?.listenerCount(commandEvent)) {
          checkForUnknownOptions();
          this._processArguments();
          this.parent.emit(commandEvent, operands, unknown);
        } else if (operands.length) {
          if (this._findCommand("*")) {
            return this._dispatchSubcommand("*", operands, unknown);
          }
          if (this.listenerCount("command:*")) {
            this.emit("command:*", operands, unknown);
          } else if (this.commands.length) {
            this.unknownCommand();
          } else {
            checkForUnknownOptions();
            this._processArguments();
          }
        } else if (this.commands.length) {
          checkForUnknownOptions();
          this.help({ error: true });
        } else {
          checkForUnknownOptions();
          this._processArguments();
        }
      }
      /**
       * Find matching command.
       *
       * @private
       * @return {Command | undefined}
       */
      _findCommand(name) {
        if (!name) return void 0;
        return this.commands.find(
          (cmd) => cmd._name === name || cmd._aliases.includes(name)
        );
      }
      /**
       * Return an option matching `arg` if any.
       *
       * @param {string} arg
       * @return {Option}
       * @package
       */
      _findOption(arg) {
        return this.options.find((option) => option.is(arg));
      }
      /**
       * Display an error message if a mandatory option does not have a value.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForMissingMandatoryOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd.options.forEach((anOption) => {
            if (anOption.mandatory && cmd.getOptionValue(anOption.attributeName()) === void 0) {
              cmd.missingMandatoryOptionValue(anOption);
            }
          });
        });
      }
      /**
       * Display an error message if conflicting options are used together in this.
       *
       * @private
       */
      _checkForConflictingLocalOptions() {
        const definedNonDefaultOptions = this.options.filter((option) => {
          const optionKey = option.attributeName();
          if (this.getOptionValue(optionKey) === void 0) {
            return false;
          }
          return this.getOptionValueSource(optionKey) !== "default";
        });
        const optionsWithConflicting = definedNonDefaultOptions.filter(
          (option) => option.conflictsWith.length > 0
        );
        optionsWithConflicting.forEach((option) => {
          const conflictingAndDefined = definedNonDefaultOptions.find(
            (defined) => option.conflictsWith.includes(defined.attributeName())
          );
          if (conflictingAndDefined) {
            this._conflictingOption(option, conflictingAndDefined);
          }
        });
      }
      /**
       * Display an error message if conflicting options are used together.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForConflictingOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd._checkForConflictingLocalOptions();
        });
      }
      /**
       * Parse options from `argv` removing known options,
       * and return argv split into operands and unknown arguments.
       *
       * Side effects: modifies command by storing options. Does not reset state if called again.
       *
       * Examples:
       *
       *     argv => operands, unknown
       *     --known kkk op => [op], []
       *     op --known kkk => [op], []
       *     sub --unknown uuu op => [sub], [--unknown uuu op]
       *     sub -- --unknown uuu op => [sub --unknown uuu op], []
       *
       * @param {string[]} args
       * @return {{operands: string[], unknown: string[]}}
       */
      parseOptions(args) {
        const operands = [];
        const unknown = [];
        let dest = operands;
        function maybeOption(arg) {
          return arg.length > 1 && arg[0] === "-";
        }
        const negativeNumberArg = (arg) => {
          if (!/^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(arg)) return false;
          return !this._getCommandAndAncestors().some(
            (cmd) => cmd.options.map((opt) => opt.short).some((short) => /^-\d$/.test(short))
          );
        };
        let activeVariadicOption = null;
        let activeGroup = null;
        let i = 0;
        while (i < args.length || activeGroup) {
          const arg = activeGroup ?? args[i++];
          activeGroup = null;
          if (arg === "--") {
            if (dest === unknown) dest.push(arg);
            dest.push(...args.slice(i));
            break;
          }
          if (activeVariadicOption && (!maybeOption(arg) || negativeNumberArg(arg))) {
            this.emit(`option:${activeVariadicOption.name()}`, arg);
            continue;
          }
          activeVariadicOption = null;
          if (maybeOption(arg)) {
            const option = this._findOption(arg);
            if (option) {
              if (option.required) {
                const value = args[i++];
                if (value === void 0) this.optionMissingArgument(option);
                this.emit(`option:${option.name()}`, value);
              } else if (option.optional) {
                let value = null;
                if (i < args.length && (!maybeOption(args[i]) || negativeNumberArg(args[i]))) {
                  value = args[i++];
                }
                this.emit(`option:${option.name()}`, value);
              } else {
                this.emit(`option:${option.name()}`);
              }
              activeVariadicOption = option.variadic ? option : null;
              continue;
            }
          }
          if (arg.length > 2 && arg[0] === "-" && arg[1] !== "-") {
            const option = this._findOption(`-${arg[1]}`);
            if (option) {
              if (option.required || option.optional && this._combineFlagAndOptionalValue) {
                this.emit(`option:${option.name()}`, arg.slice(2));
              } else {
                this.emit(`option:${option.name()}`);
                activeGroup = `-${arg.slice(2)}`;
              }
              continue;
            }
          }
          if (/^--[^=]+=/.test(arg)) {
            const index = arg.indexOf("=");
            const option = this._findOption(arg.slice(0, index));
            if (option && (option.required || option.optional)) {
              this.emit(`option:${option.name()}`, arg.slice(index + 1));
              continue;
            }
          }
          if (dest === operands && maybeOption(arg) && !(this.commands.length === 0 && negativeNumberArg(arg))) {
            dest = unknown;
          }
          if ((this._enablePositionalOptions || this._passThroughOptions) && operands.length === 0 && unknown.length === 0) {
            if (this._findCommand(arg)) {
              operands.push(arg);
              unknown.push(...args.slice(i));
              break;
            } else if (this._getHelpCommand() && arg === this._getHelpCommand().name()) {
              operands.push(arg, ...args.slice(i));
              break;
            } else if (this._defaultCommandName) {
              unknown.push(arg, ...args.slice(i));
              break;
            }
          }
          if (this._passThroughOptions) {
            dest.push(arg, ...args.slice(i));
            break;
          }
          dest.push(arg);
        }
        return { operands, unknown };
      }
      /**
       * Return an object containing local option values as key-value pairs.
       *
       * @return {object}
       */
      opts() {
        if (this._storeOptionsAsProperties) {
          const result = {};
          const len = this.options.length;
          for (let i = 0; i < len; i++) {
            const key = this.options[i].attributeName();
            result[key] = key === this._versionOptionName ? this._version : this[key];
          }
          return result;
        }
        return this._optionValues;
      }
      /**
       * Return an object containing merged local and global option values as key-value pairs.
       *
       * @return {object}
       */
      optsWithGlobals() {
        return this._getCommandAndAncestors().reduce(
          (combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()),
          {}
        );
      }
      /**
       * Display error message and exit (or call exitOverride).
       *
       * @param {string} message
       * @param {object} [errorOptions]
       * @param {string} [errorOptions.code] - an id string representing the error
       * @param {number} [errorOptions.exitCode] - used with process.exit
       */
      error(message, errorOptions) {
        this._outputConfiguration.outputError(
          `${message}
`,
          this._outputConfiguration.writeErr
        );
        if (typeof this._showHelpAfterError === "string") {
          this._outputConfiguration.writeErr(`${this._showHelpAfterError}
`);
        } else if (this._showHelpAfterError) {
          this._outputConfiguration.writeErr("\n");
          this.outputHelp({ error: true });
        }
        const config = errorOptions || {};
        const exitCode2 = config.exitCode || 1;
        const code = config.code || "commander.error";
        this._exit(exitCode2, code, message);
      }
      /**
       * Apply any option related environment variables, if option does
       * not have a value from cli or client code.
       *
       * @private
       */
      _parseOptionsEnv() {
        this.options.forEach((option) => {
          if (option.envVar && option.envVar in process2.env) {
            const optionKey = option.attributeName();
            if (this.getOptionValue(optionKey) === void 0 || ["default", "config", "env"].includes(
              this.getOptionValueSource(optionKey)
            )) {
              if (option.required || option.optional) {
                this.emit(`optionEnv:${option.name()}`, process2.env[option.envVar]);
              } else {
                this.emit(`optionEnv:${option.name()}`);
              }
            }
          }
        });
      }
      /**
       * Apply any implied option values, if option is undefined or default value.
       *
       * @private
       */
      _parseOptionsImplied() {
        const dualHelper = new DualOptions(this.options);
        const hasCustomOptionValue = (optionKey) => {
          return this.getOptionValue(optionKey) !== void 0 && !["default", "implied"].includes(this.getOptionValueSource(optionKey));
        };
        this.options.filter(
          (option) => option.implied !== void 0 && hasCustomOptionValue(option.attributeName()) && dualHelper.valueFromOption(
            this.getOptionValue(option.attributeName()),
            option
          )
        ).forEach((option) => {
          Object.keys(option.implied).filter((impliedKey) => !hasCustomOptionValue(impliedKey)).forEach((impliedKey) => {
            this.setOptionValueWithSource(
              impliedKey,
              option.implied[impliedKey],
              "implied"
            );
          });
        });
      }
      /**
       * Argument `name` is missing.
       *
       * @param {string} name
       * @private
       */
      missingArgument(name) {
        const message = `error: missing required argument '${name}'`;
        this.error(message, { code: "commander.missingArgument" });
      }
      /**
       * `Option` is missing an argument.
       *
       * @param {Option} option
       * @private
       */
      optionMissingArgument(option) {
        const message = `error: option '${option.flags}' argument missing`;
        this.error(message, { code: "commander.optionMissingArgument" });
      }
      /**
       * `Option` does not have a value, and is a mandatory option.
       *
       * @param {Option} option
       * @private
       */
      missingMandatoryOptionValue(option) {
        const message = `error: required option '${option.flags}' not specified`;
        this.error(message, { code: "commander.missingMandatoryOptionValue" });
      }
      /**
       * `Option` conflicts with another option.
       *
       * @param {Option} option
       * @param {Option} conflictingOption
       * @private
       */
      _conflictingOption(option, conflictingOption) {
        const findBestOptionFromValue = (option2) => {
          const optionKey = option2.attributeName();
          const optionValue = this.getOptionValue(optionKey);
          const negativeOption = this.options.find(
            (target) => target.negate && optionKey === target.attributeName()
          );
          const positiveOption = this.options.find(
            (target) => !target.negate && optionKey === target.attributeName()
          );
          if (negativeOption && (negativeOption.presetArg === void 0 && optionValue === false || negativeOption.presetArg !== void 0 && optionValue === negativeOption.presetArg)) {
            return negativeOption;
          }
          return positiveOption || option2;
        };
        const getErrorMessage = (option2) => {
          const bestOption = findBestOptionFromValue(option2);
          const optionKey = bestOption.attributeName();
          const source = this.getOptionValueSource(optionKey);
          if (source === "env") {
            return `environment variable '${bestOption.envVar}'`;
          }
          return `option '${bestOption.flags}'`;
        };
        const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
        this.error(message, { code: "commander.conflictingOption" });
      }
      /**
       * Unknown option `flag`.
       *
       * @param {string} flag
       * @private
       */
      unknownOption(flag) {
        if (this._allowUnknownOption) return;
        let suggestion = "";
        if (flag.startsWith("--") && this._showSuggestionAfterError) {
          let candidateFlags = [];
          let command = this;
          do {
            const moreFlags = command.createHelp().visibleOptions(command).filter((option) => option.long).map((option) => option.long);
            candidateFlags = candidateFlags.concat(moreFlags);
            command = command.parent;
          } while (command && !command._enablePositionalOptions);
          suggestion = suggestSimilar(flag, candidateFlags);
        }
        const message = `error: unknown option '${flag}'${suggestion}`;
        this.error(message, { code: "commander.unknownOption" });
      }
      /**
       * Excess arguments, more than expected.
       *
       * @param {string[]} receivedArgs
       * @private
       */
      _excessArguments(receivedArgs) {
        if (this._allowExcessArguments) return;
        const expected = this.registeredArguments.length;
        const s = expected === 1 ? "" : "s";
        const forSubcommand = this.parent ? ` for '${this.name()}'` : "";
        const message = `error: too many arguments${forSubcommand}. Expected ${expected} argument${s} but got ${receivedArgs.length}.`;
        this.error(message, { code: "commander.excessArguments" });
      }
      /**
       * Unknown command.
       *
       * @private
       */
      unknownCommand() {
        const unknownName = this.args[0];
        let suggestion = "";
        if (this._showSuggestionAfterError) {
          const candidateNames = [];
          this.createHelp().visibleCommands(this).forEach((command) => {
            candidateNames.push(command.name());
            if (command.alias()) candidateNames.push(command.alias());
          });
          suggestion = suggestSimilar(unknownName, candidateNames);
        }
        const message = `error: unknown command '${unknownName}'${suggestion}`;
        this.error(message, { code: "commander.unknownCommand" });
      }
      /**
       * Get or set the program version.
       *
       * This method auto-registers the "-V, --version" option which will print the version number.
       *
       * You can optionally supply the flags and description to override the defaults.
       *
       * @param {string} [str]
       * @param {string} [flags]
       * @param {string} [description]
       * @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
       */
      version(str, flags, description) {
        if (str === void 0) return this._version;
        this._version = str;
        flags = flags || "-V, --version";
        description = description || "output the version number";
        const versionOption = this.createOption(flags, description);
        this._versionOptionName = versionOption.attributeName();
        this._registerOption(versionOption);
        this.on("option:" + versionOption.name(), () => {
          this._outputConfiguration.writeOut(`${str}
`);
          this._exit(0, "commander.version", str);
        });
        return this;
      }
      /**
       * Set the description.
       *
       * @param {string} [str]
       * @param {object} [argsDescription]
       * @return {(string|Command)}
       */
      description(str, argsDescription) {
        if (str === void 0 && argsDescription === void 0)
          return this._description;
        this._description = str;
        if (argsDescription) {
          this._argsDescription = argsDescription;
        }
        return this;
      }
      /**
       * Set the summary. Used when listed as subcommand of parent.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      summary(str) {
        if (str === void 0) return this._summary;
        this._summary = str;
        return this;
      }
      /**
       * Set an alias for the command.
       *
       * You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
       *
       * @param {string} [alias]
       * @return {(string|Command)}
       */
      alias(alias) {
        if (alias === void 0) return this._aliases[0];
        let command = this;
        if (this.commands.length !== 0 && this.commands[this.commands.length - 1]._executableHandler) {
          command = this.commands[this.commands.length - 1];
        }
        if (alias === command._name)
          throw new Error("Command alias can't be the same as its name");
        const matchingCommand = this.parent?._findCommand(alias);
        if (matchingCommand) {
          const existingCmd = [matchingCommand.name()].concat(matchingCommand.aliases()).join("|");
          throw new Error(
            `cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`
          );
        }
        command._aliases.push(alias);
        return this;
      }
      /**
       * Set aliases for the command.
       *
       * Only the first alias is shown in the auto-generated help.
       *
       * @param {string[]} [aliases]
       * @return {(string[]|Command)}
       */
      aliases(aliases) {
        if (aliases === void 0) return this._aliases;
        aliases.forEach((alias) => this.alias(alias));
        return this;
      }
      /**
       * Set / get the command usage `str`.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      usage(str) {
        if (str === void 0) {
          if (this._usage) return this._usage;
          const args = this.registeredArguments.map((arg) => {
            return humanReadableArgName(arg);
          });
          return [].concat(
            this.options.length || this._helpOption !== null ? "[options]" : [],
            this.commands.length ? "[command]" : [],
            this.registeredArguments.length ? args : []
          ).join(" ");
        }
        this._usage = str;
        return this;
      }
      /**
       * Get or set the name of the command.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      name(str) {
        if (str === void 0) return this._name;
        this._name = str;
        return this;
      }
      /**
       * Set/get the help group heading for this subcommand in parent command's help.
       *
       * @param {string} [heading]
       * @return {Command | string}
       */
      helpGroup(heading) {
        if (heading === void 0) return this._helpGroupHeading ?? "";
        this._helpGroupHeading = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for subcommands added to this command.
       * (This does not override a group set directly on the subcommand using .helpGroup().)
       *
       * @example
       * program.commandsGroup('Development Commands:);
       * program.command('watch')...
       * program.command('lint')...
       * ...
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      commandsGroup(heading) {
        if (heading === void 0) return this._defaultCommandGroup ?? "";
        this._defaultCommandGroup = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for options added to this command.
       * (This does not override a group set directly on the option using .helpGroup().)
       *
       * @example
       * program
       *   .optionsGroup('Development Options:')
       *   .option('-d, --debug', 'output extra debugging')
       *   .option('-p, --profile', 'output profiling information')
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      optionsGroup(heading) {
        if (heading === void 0) return this._defaultOptionGroup ?? "";
        this._defaultOptionGroup = heading;
        return this;
      }
      /**
       * @param {Option} option
       * @private
       */
      _initOptionGroup(option) {
        if (this._defaultOptionGroup && !option.helpGroupHeading)
          option.helpGroup(this._defaultOptionGroup);
      }
      /**
       * @param {Command} cmd
       * @private
       */
      _initCommandGroup(cmd) {
        if (this._defaultCommandGroup && !cmd.helpGroup())
          cmd.helpGroup(this._defaultCommandGroup);
      }
      /**
       * Set the name of the command from script filename, such as process.argv[1],
       * or require.main.filename, or __filename.
       *
       * (Used internally and public although not documented in README.)
       *
       * @example
       * program.nameFromFilename(require.main.filename);
       *
       * @param {string} filename
       * @return {Command}
       */
      nameFromFilename(filename) {
        this._name = path.basename(filename, path.extname(filename));
        return this;
      }
      /**
       * Get or set the directory for searching for executable subcommands of this command.
       *
       * @example
       * program.executableDir(__dirname);
       * // or
       * program.executableDir('subcommands');
       *
       * @param {string} [path]
       * @return {(string|null|Command)}
       */
      executableDir(path2) {
        if (path2 === void 0) return this._executableDir;
        this._executableDir = path2;
        return this;
      }
      /**
       * Return program help documentation.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
       * @return {string}
       */
      helpInformation(contextOptions) {
        const helper = this.createHelp();
        const context = this._getOutputContext(contextOptions);
        helper.prepareContext({
          error: context.error,
          helpWidth: context.helpWidth,
          outputHasColors: context.hasColors
        });
        const text = helper.formatHelp(this, helper);
        if (context.hasColors) return text;
        return this._outputConfiguration.stripColor(text);
      }
      /**
       * @typedef HelpContext
       * @type {object}
       * @property {boolean} error
       * @property {number} helpWidth
       * @property {boolean} hasColors
       * @property {function} write - includes stripColor if needed
       *
       * @returns {HelpContext}
       * @private
       */
      _getOutputContext(contextOptions) {
        contextOptions = contextOptions || {};
        const error = !!contextOptions.error;
        let baseWrite;
        let hasColors;
        let helpWidth;
        if (error) {
          baseWrite = (str) => this._outputConfiguration.writeErr(str);
          hasColors = this._outputConfiguration.getErrHasColors();
          helpWidth = this._outputConfiguration.getErrHelpWidth();
        } else {
          baseWrite = (str) => this._outputConfiguration.writeOut(str);
          hasColors = this._outputConfiguration.getOutHasColors();
          helpWidth = this._outputConfiguration.getOutHelpWidth();
        }
        const write = (str) => {
          if (!hasColors) str = this._outputConfiguration.stripColor(str);
          return baseWrite(str);
        };
        return { error, write, hasColors, helpWidth };
      }
      /**
       * Output help information for this command.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      outputHelp(contextOptions) {
        let deprecatedCallback;
        if (typeof contextOptions === "function") {
          deprecatedCallback = contextOptions;
          contextOptions = void 0;
        }
        const outputContext = this._getOutputContext(contextOptions);
        const eventContext = {
          error: outputContext.error,
          write: outputContext.write,
          command: this
        };
        this._getCommandAndAncestors().reverse().forEach((command) => command.emit("beforeAllHelp", eventContext));
        this.emit("beforeHelp", eventContext);
        let helpInformation = this.helpInformation({ error: outputContext.error });
        if (deprecatedCallback) {
          helpInformation = deprecatedCallback(helpInformation);
          if (typeof helpInformation !== "string" && !Buffer.isBuffer(helpInformation)) {
            throw new Error("outputHelp callback must return a string or a Buffer");
          }
        }
        outputContext.write(helpInformation);
        if (this._getHelpOption()?.long) {
          this.emit(this._getHelpOption().long);
        }
        this.emit("afterHelp", eventContext);
        this._getCommandAndAncestors().forEach(
          (command) => command.emit("afterAllHelp", eventContext)
        );
      }
      /**
       * You can pass in flags and a description to customise the built-in help option.
       * Pass in false to disable the built-in help option.
       *
       * @example
       * program.helpOption('-?, --help' 'show help'); // customise
       * program.helpOption(false); // disable
       *
       * @param {(string | boolean)} flags
       * @param {string} [description]
       * @return {Command} `this` command for chaining
       */
      helpOption(flags, description) {
        if (typeof flags === "boolean") {
          if (flags) {
            if (this._helpOption === null) this._helpOption = void 0;
            if (this._defaultOptionGroup) {
              this._initOptionGroup(this._getHelpOption());
            }
          } else {
            this._helpOption = null;
          }
          return this;
        }
        this._helpOption = this.createOption(
          flags ?? "-h, --help",
          description ?? "display help for command"
        );
        if (flags || description) this._initOptionGroup(this._helpOption);
        return this;
      }
      /**
       * Lazy create help option.
       * Returns null if has been disabled with .helpOption(false).
       *
       * @returns {(Option | null)} the help option
       * @package
       */
      _getHelpOption() {
        if (this._helpOption === void 0) {
          this.helpOption(void 0, void 0);
        }
        return this._helpOption;
      }
      /**
       * Supply your own option to use for the built-in help option.
       * This is an alternative to using helpOption() to customise the flags and description etc.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addHelpOption(option) {
        this._helpOption = option;
        this._initOptionGroup(option);
        return this;
      }
      /**
       * Output help information and exit.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      help(contextOptions) {
        this.outputHelp(contextOptions);
        let exitCode2 = Number(process2.exitCode ?? 0);
        if (exitCode2 === 0 && contextOptions && typeof contextOptions !== "function" && contextOptions.error) {
          exitCode2 = 1;
        }
        this._exit(exitCode2, "commander.help", "(outputHelp)");
      }
      /**
       * // Do a little typing to coordinate emit and listener for the help text events.
       * @typedef HelpTextEventContext
       * @type {object}
       * @property {boolean} error
       * @property {Command} command
       * @property {function} write
       */
      /**
       * Add additional text to be displayed with the built-in help.
       *
       * Position is 'before' or 'after' to affect just this command,
       * and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
       *
       * @param {string} position - before or after built-in help
       * @param {(string | Function)} text - string to add, or a function returning a string
       * @return {Command} `this` command for chaining
       */
      addHelpText(position, text) {
        const allowedValues = ["beforeAll", "before", "after", "afterAll"];
        if (!allowedValues.includes(position)) {
          throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        const helpEvent = `${position}Help`;
        this.on(helpEvent, (context) => {
          let helpStr;
          if (typeof text === "function") {
            helpStr = text({ error: context.error, command: context.command });
          } else {
            helpStr = text;
          }
          if (helpStr) {
            context.write(`${helpStr}
`);
          }
        });
        return this;
      }
      /**
       * Output help information if help flags specified
       *
       * @param {Array} args - array of options to search for help flags
       * @private
       */
      _outputHelpIfRequested(args) {
        const helpOption = this._getHelpOption();
        const helpRequested = helpOption && args.find((arg) => helpOption.is(arg));
        if (helpRequested) {
          this.outputHelp();
          this._exit(0, "commander.helpDisplayed", "(outputHelp)");
        }
      }
    };
    function incrementNodeInspectorPort(args) {
      return args.map((arg) => {
        if (!arg.startsWith("--inspect")) {
          return arg;
        }
        let debugOption;
        let debugHost = "127.0.0.1";
        let debugPort = "9229";
        let match;
        if ((match = arg.match(/^(--inspect(-brk)?)$/)) !== null) {
          debugOption = match[1];
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+)$/)) !== null) {
          debugOption = match[1];
          if (/^\d+$/.test(match[3])) {
            debugPort = match[3];
          } else {
            debugHost = match[3];
          }
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+):(\d+)$/)) !== null) {
          debugOption = match[1];
          debugHost = match[3];
          debugPort = match[4];
        }
        if (debugOption && debugPort !== "0") {
          return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
        }
        return arg;
      });
    }
    function useColor() {
      if (process2.env.NO_COLOR || process2.env.FORCE_COLOR === "0" || process2.env.FORCE_COLOR === "false")
        return false;
      if (process2.env.FORCE_COLOR || process2.env.CLICOLOR_FORCE !== void 0)
        return true;
      return void 0;
    }
    exports.Command = Command5;
    exports.useColor = useColor;
  }
});

// node_modules/commander/index.js
var require_commander = __commonJS({
  "node_modules/commander/index.js"(exports) {
    var { Argument: Argument2 } = require_argument();
    var { Command: Command5 } = require_command();
    var { CommanderError: CommanderError2, InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var { Help: Help2 } = require_help();
    var { Option: Option2 } = require_option();
    exports.program = new Command5();
    exports.createCommand = (name) => new Command5(name);
    exports.createOption = (flags, description) => new Option2(flags, description);
    exports.createArgument = (name, description) => new Argument2(name, description);
    exports.Command = Command5;
    exports.Option = Option2;
    exports.Argument = Argument2;
    exports.Help = Help2;
    exports.CommanderError = CommanderError2;
    exports.InvalidArgumentError = InvalidArgumentError2;
    exports.InvalidOptionArgumentError = InvalidArgumentError2;
  }
});

// node_modules/commander/esm.mjs
var import_index = __toESM(require_commander(), 1);
var {
  program,
  createCommand,
  createArgument,
  createOption,
  CommanderError,
  InvalidArgumentError,
  InvalidOptionArgumentError,
  // deprecated old name
  Command,
  Argument,
  Option,
  Help
} = import_index.default;

// engine/cli/commands/scan.ts
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
var FAIL_ON = ["critical", "high", "medium", "low", "info", "none"];
function addScanOptions(cmd) {
  return cmd.argument("[paths...]", "files, directories or globs to scan (default: .)").option("-p, --policy <pack>", "pack NAME[@RANGE|@PATH] or path (repeatable)", collect, []).option("--param <key=value>", "pack parameter, KEY or PACK.KEY (repeatable)", collect, []).option("-c, --config <file>", "config file (default: .bylaw.yaml when present)").option("--no-config", "ignore any .bylaw.yaml").option("--exceptions <file>", "exceptions (waivers) file").option("--baseline <file>", "report only findings not in this baseline").option("--changed-since <ref>", "only findings on files/lines changed since this git ref").addOption(new Option("--changed-mode <mode>", "with --changed-since: files or lines").choices(["files", "lines"]).default("lines")).option("--shard <i/n>", "scan only shard I of N (deterministic partition by path)").option("--workers <n>", "worker threads (1 = none; default: by input size)", (v) => Number.parseInt(v, 10)).option("--root <dir>", "scan root: finding paths are relative to it (default: current directory)").option("--stdin-filename <name>", "with the path `-`: the name standard input is scanned as (drives input detection)", "stdin.yaml");
}
async function readProcessStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks);
}
function collect(value, previous) {
  return [...previous, value];
}
async function scanOptionsFrom(paths, opts, ctx) {
  const root = resolve(ctx.io.cwd, opts.root ?? ".");
  const fromStdin = paths.includes("-");
  const rest = paths.filter((p) => p !== "-");
  const options = {
    root,
    paths: fromStdin ? rest : paths.length ? paths : ["."],
    stdin: fromStdin ? { path: String(opts.stdinFilename ?? "stdin.yaml"), bytes: await (ctx.io.readStdin ?? readProcessStdin)() } : void 0,
    policies: splitList(opts.policy),
    params: parseParams(opts.param),
    config: opts.config === false ? false : opts.config,
    exceptions: opts.exceptions ? resolve(ctx.io.cwd, opts.exceptions) : void 0,
    baseline: opts.baseline ? resolve(ctx.io.cwd, opts.baseline) : void 0,
    shard: opts.shard,
    workers: opts.workers,
    // Repository settings rules read the GitHub API only when the environment gives a token and a repository.
    github: ctx.io.env.GITHUB_REPOSITORY && (ctx.io.env.BYLAW_GITHUB_TOKEN || ctx.io.env.GITHUB_TOKEN) ? (await import("./chunk-KQ3KX2LL.js")).githubClientFromEnv(ctx.io.env) : void 0,
    env: ctx.io.env
  };
  const now = clockFromEnv(ctx.io.env);
  if (now) options.now = now;
  if (opts.changedSince) {
    options.changedSince = opts.changedSince;
    options.changedMode = opts.changedMode;
    options.changed = await changedLines({ cwd: root, base: opts.changedSince, mode: options.changedMode, relative: true });
  }
  return options;
}
function registerScan(program2, ctx) {
  addScanOptions(program2.command("scan").description("evaluate policy packs against files and report findings")).option("-f, --format <formats>", `output format(s), comma-separated: ${Object.keys(reporters).join(", ")}`, "text").option("-o, --output <file>", "write the (single) format to this file instead of stdout").option("--output-dir <dir>", "write every format to this directory, with a sha256 manifest").addOption(new Option("--fail-on <severity>", "exit 1 when a finding at or above this severity fails").choices(FAIL_ON)).option("--no-progress", "no progress indicator").option("-q, --quiet", "print nothing but errors (exit status still tells)").action(async (paths, opts) => {
    const formats = splitList([opts.format]);
    for (const f of formats) if (!isReportFormat(f)) throw new UsageError(`unknown format "${f}" (one of: ${Object.keys(reporters).join(", ")})`);
    if (opts.output && formats.length > 1) throw new UsageError("--output takes one format; use --output-dir for several");
    const options = await scanOptionsFrom(paths, opts, ctx);
    options.failOn = opts.failOn;
    const showProgress = opts.progress !== false && !opts.quiet && ctx.io.isTTY;
    if (showProgress) {
      let last = 0;
      options.onProgress = (done, total) => {
        const now = Date.now();
        if (total < 50 || now - last < 100 && done < total) return;
        last = now;
        ctx.io.stderr(`\r\x1B[2Kscanning ${done}/${total} files${done === total ? "\n" : ""}`);
      };
    }
    const result = await scan(options);
    await emit(result, formats, opts, ctx, options.root);
    ctx.exit = exitCode(result);
  });
}
async function emit(result, formats, opts, ctx, root) {
  const color = ctx.io.isTTY && !ctx.io.env.NO_COLOR;
  const source = (p) => {
    try {
      return readFileSync(join(root, p), "utf8");
    } catch {
      return void 0;
    }
  };
  if (opts.outputDir) {
    const written = await writeReports(result, formats, resolve(ctx.io.cwd, opts.outputDir), {});
    if (!opts.quiet) ctx.io.stderr(verdictLine(result, color) + `reports: ${written.length} file(s) in ${opts.outputDir}
`);
    return;
  }
  for (const format of formats) {
    if (format === "json" && opts.output) {
      writeChunks(resolve(ctx.io.cwd, opts.output), jsonChunks(result));
      continue;
    }
    const out = render(result, format, { color: format === "text" && color && !opts.output, source });
    if (opts.output) writeOut(resolve(ctx.io.cwd, opts.output), out);
    else if (!opts.quiet || format !== "text") ctx.io.stdout(out);
  }
  if (opts.output && !opts.quiet) ctx.io.stderr(verdictLine(result, color));
}

// engine/policy/validate-files.ts
import { relative as relative2, sep as sep2, basename } from "node:path";

// engine/policy/catalog.ts
import { existsSync, readdirSync, statSync } from "node:fs";
import { join as join2, relative, sep } from "node:path";
var SKIP = /* @__PURE__ */ new Set(["node_modules", ".git", "dist"]);
function yamlFilesUnder(root, paths, filter) {
  const out = [];
  const walk = (p, depth) => {
    if (depth > 20 || !existsSync(p)) return;
    const st = statSync(p);
    if (st.isFile()) {
      if (filter(p)) out.push(p);
      return;
    }
    for (const name of readdirSync(p).sort()) if (!SKIP.has(name)) walk(join2(p, name), depth + 1);
  };
  for (const p of paths) walk(join2(root, p), 0);
  return [...new Set(out)].sort();
}
var isYaml = (p) => /\.ya?ml$/i.test(p);
var isCases = (p) => /\.cases\.ya?ml$/i.test(p);
function buildCatalog(root, packRefs, paths) {
  const diagnostics = [];
  const ctx = { root, params: {}, diagnostics };
  const packs = /* @__PURE__ */ new Map();
  const rules = /* @__PURE__ */ new Map();
  const addPack = (p) => {
    if (!p || packs.has(p.id)) return;
    packs.set(p.id, p);
    for (const [id, rule] of p.rules) if (!rules.has(id)) rules.set(id, { rule, pack: p });
  };
  for (const ref of packRefs) addPack(loadPack(ref, ctx));
  for (const file of yamlFilesUnder(root, paths, (f) => /(^|[\\/])(pack\.ya?ml|[^\\/]+\.pack\.ya?ml)$/.test(f))) addPack(loadPack(file, ctx));
  if (existsSync(join2(root, "policies"))) {
    for (const f of yamlFilesUnder(root, ["policies"], (p) => isYaml(p) && !isCases(p) && !p.includes(`${sep}frameworks${sep}`))) {
      if (relative(join2(root, "policies"), f).split(sep).length <= 2) addPack(loadPack(f, { ...ctx, diagnostics: [] }));
    }
  }
  for (const id of builtinPackIds()) addPack(loadPack(id, ctx));
  for (const file of yamlFilesUnder(root, paths, (f) => isYaml(f) && !isCases(f) && f.includes(`${sep}rules${sep}`))) {
    const shown = relative(root, file).split(sep).join("/");
    const loaded = loadRuleFile(file, shown);
    if (loaded.rule && !rules.has(loaded.rule.id)) rules.set(loaded.rule.id, { rule: loaded.rule });
  }
  return { rules, packs, diagnostics };
}

// engine/waivers/validator.ts
var exceptionsValidator = {
  detect: (data, fileName) => "exceptions" in data && typeof data.exceptions !== "string" && !("packs" in data) || !("id" in data) && /(^|[-_.])(exceptions|waivers)\.ya?ml$/i.test(fileName),
  validate(file, root, now) {
    const waivers = loadConfig(root).config.waivers;
    return checkExceptionsFile(file, { waivers, today: isoDay(now) });
  }
};

// engine/policy/file-validators.ts
var fileValidators = {
  exceptions: exceptionsValidator
};

// engine/policy/validate-files.ts
function classify(path, data) {
  const name = basename(path);
  if (CONFIG_NAMES.includes(name)) return "config";
  if (/\.cases\.ya?ml$/i.test(name)) return "cases";
  if (!data || typeof data !== "object" || Array.isArray(data)) return void 0;
  const o = data;
  for (const [kind, v] of Object.entries(fileValidators)) if (v.detect(o, name)) return kind;
  if ("match" in o && ("assert" in o || "schema" in o || "id" in o)) return "rule";
  if ("version" in o && ("rules" in o || "controls" in o || "extends" in o)) return "pack";
  return void 0;
}
function validateFiles(root, paths, now = /* @__PURE__ */ new Date()) {
  const files = yamlFilesUnder(root, paths, (f) => /\.ya?ml$/i.test(f));
  const out = [];
  for (const abs of files) {
    const shown = relative2(root, abs).split(sep2).join("/");
    const pf = readPolicyFile(abs, shown, "invalid-rule");
    const kind = classify(abs, pf.data);
    if (!kind) continue;
    let diagnostics = pf.diagnostics.map((d) => ({ ...d, code: kind === "pack" ? "invalid-pack" : kind === "config" ? "invalid-config" : d.code }));
    if (!diagnostics.length) {
      if (kind === "rule") diagnostics = compileRule(pf, "").diagnostics;
      else if (kind === "config") diagnostics = loadConfig(root, abs).diagnostics;
      else if (kind === "cases") diagnostics = validatePolicyFile(pf, "cases", "invalid-test");
      else if (kind === "pack") {
        const ctx = { root, params: {}, diagnostics: [] };
        loadPack(abs, ctx);
        diagnostics = ctx.diagnostics;
      } else diagnostics = fileValidators[kind].validate(pf, root, now);
    }
    out.push({ path: shown, kind, diagnostics });
  }
  return out;
}

// engine/cli/commands/validate.ts
import { existsSync as existsSync2 } from "node:fs";
import { join as join3 } from "node:path";
function defaultTargets(root) {
  const config = loadConfig(root);
  const exceptions = typeof config.config.exceptions === "string" ? [config.config.exceptions] : [];
  return [.../* @__PURE__ */ new Set([...CONFIG_NAMES, ...exceptions, "policies", "rules"])].filter((p) => existsSync2(join3(root, p)));
}
function registerValidate(program2, ctx) {
  program2.command("validate").description("check policy, rule, control, config, cases and exception files against their schemas").argument("[paths...]", "files or directories (default: .bylaw.yaml, the exceptions file it names, policies/, rules/)").action(async (paths) => {
    const root = ctx.io.cwd;
    const where = paths.length ? paths : defaultTargets(root);
    const remote = yamlFilesUnder(root, where, (f) => /\.ya?ml$/i.test(f) && !/\.cases\.ya?ml$/i.test(f)).flatMap((f) => githubRefsOf(f));
    await prepareRemotePacks({ refs: remote, policyRoot: root, env: ctx.io.env, resolveMissing: true });
    const results = validateFiles(root, where, (clockFromEnv(ctx.io.env) ?? (() => /* @__PURE__ */ new Date()))());
    let problems = 0;
    for (const r of results) {
      for (const d of r.diagnostics) ctx.io.stderr(formatDiagnostic(d) + "\n");
      problems += r.diagnostics.length;
    }
    ctx.io.stdout(`${results.length} file(s) checked, ${problems} problem(s)
`);
    ctx.exit = problems ? EXIT.usage : EXIT.ok;
  });
}

// engine/cli/commands/test.ts
import { relative as relative3, resolve as resolve3, sep as sep3 } from "node:path";

// engine/policy/run-cases.ts
import { existsSync as existsSync3, readFileSync as readFileSync2 } from "node:fs";
import { dirname, resolve as resolve2 } from "node:path";
function loaderForCase(rule, path, text) {
  const byType = loaders;
  if (rule.types.length === 1 && byType[rule.types[0]]) return byType[rule.types[0]];
  const detected = loaderFor({ path, text });
  return detected && rule.types.includes(detected.type) ? detected : void 0;
}
function describe(f) {
  return `${f.location.startLine}:${f.location.startColumn}-${f.location.endLine}:${f.location.endColumn} "${f.message}"`;
}
function matches(expected, f) {
  const l = f.location;
  return expected.line === l.startLine && (expected.column === void 0 || expected.column === l.startColumn) && (expected.endLine === void 0 || expected.endLine === l.endLine) && (expected.endColumn === void 0 || expected.endColumn === l.endColumn) && (expected.message === void 0 || f.message.includes(expected.message)) && (expected.pointer === void 0 || expected.pointer === l.pointer);
}
function runCase(spec, c, kind, entry, casesFile, repoRoot) {
  const rule = entry.rule;
  let text = c.input;
  if (c.file !== void 0) {
    const abs = c.file.startsWith("test/") ? resolve2(repoRoot, c.file) : resolve2(dirname(casesFile), c.file);
    if (!existsSync3(abs)) return { rule: rule.id, kind, name: c.name, ok: false, problem: `fixture not found: ${c.file}` };
    text = readFileSync2(abs, "utf8");
  }
  const path = c.path ?? (c.file && !c.file.includes("..") ? c.file.split("/").pop() : void 0) ?? loaders[rule.types[0]]?.defaultPath ?? "case.yaml";
  const loader = loaderForCase(rule, c.path ?? path, text ?? "");
  if (!loader) return { rule: rule.id, kind, name: c.name, ok: false, problem: `no loader for input type ${rule.types.join("|")} and path ${path}` };
  const parsed = loader.parse({ path, text: text ?? "" }, DEFAULT_LIMITS);
  if (parsed.errors.length) {
    const e = parsed.errors[0];
    return { rule: rule.id, kind, name: c.name, ok: false, problem: `input does not parse: ${e.line}:${e.column}: ${e.message}` };
  }
  const params = { ...entry.pack?.params ?? {}, ...spec.params ?? {}, ...c.params ?? {} };
  const bound = { key: rule.id, rule, severity: entry.pack?.severity[rule.id] ?? rule.severity, params, packs: entry.pack ? [entry.pack.id] : [], controls: [] };
  const failing = [];
  for (const doc of parsed.documents) {
    for (const target of loader.targets(doc)) {
      if (!rule.types.includes(target.resource.type)) continue;
      if (rule.kinds && !rule.kinds.has(target.resource.kind ?? "")) continue;
      for (const f of evaluate(bound, target)) if (f.status === "fail" || f.status === "error") failing.push(f);
    }
  }
  const errors = failing.filter((f) => f.status === "error");
  if (errors.length) return { rule: rule.id, kind, name: c.name, ok: false, problem: errors[0].message };
  if (kind === "valid") {
    return failing.length === 0 ? { rule: rule.id, kind, name: c.name, ok: true } : { rule: rule.id, kind, name: c.name, ok: false, problem: `expected no findings, got ${failing.map(describe).join("; ")}` };
  }
  const expected = c.findings ?? [];
  if (expected.length === 0 && failing.length > 0) return { rule: rule.id, kind, name: c.name, ok: true };
  const remaining = [...failing];
  const missing = [];
  for (const e of expected) {
    const i = remaining.findIndex((f) => matches(e, f));
    if (i >= 0) remaining.splice(i, 1);
    else missing.push(e);
  }
  if (missing.length === 0 && remaining.length === 0 && failing.length > 0) return { rule: rule.id, kind, name: c.name, ok: true };
  const want = missing.map((e) => `${e.line}:${e.column ?? "*"}${e.message ? ` "${e.message}"` : ""}`).join("; ");
  const got = failing.length ? failing.map(describe).join("; ") : "no findings";
  return { rule: rule.id, kind, name: c.name, ok: false, problem: `expected ${want || `${expected.length} finding(s)`}; got ${got}` };
}
function runCasesFile(abs, shown, catalog, repoRoot) {
  const file = readPolicyFile(abs, shown, "invalid-test");
  const diagnostics = [...file.diagnostics, ...validatePolicyFile(file, "cases", "invalid-test")];
  if (diagnostics.length) return { results: [], diagnostics };
  const spec = file.data;
  const entry = catalog.rules.get(spec.rule);
  if (!entry) {
    const loc = file.document?.locate("/rule");
    return { results: [], diagnostics: [{ path: shown, line: loc?.startLine ?? 1, column: loc?.startColumn ?? 1, code: "unknown-rule", message: `no rule with id "${spec.rule}"` }] };
  }
  const pack = spec.pack ? catalog.packs.get(spec.pack) : entry.pack;
  const results = [];
  for (const kind of ["valid", "invalid"]) {
    (spec[kind] ?? []).forEach((c, i) => {
      const line = file.document?.locate(`/${kind}/${i}`).startLine ?? 1;
      let r;
      try {
        r = runCase(spec, c, kind, { rule: entry.rule, pack }, abs, repoRoot);
      } catch (err) {
        r = { rule: entry.rule.id, kind, name: c.name, ok: false, problem: `crashed: ${err.message}` };
      }
      results.push({ ...r, file: shown, line });
    });
  }
  return { results, diagnostics };
}

// engine/policy/cases-junit.ts
var xml = (s) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
function casesJUnit(results) {
  const byFile = /* @__PURE__ */ new Map();
  for (const r of results) byFile.set(r.file, [...byFile.get(r.file) ?? [], r]);
  const failures = results.filter((r) => !r.ok).length;
  const out = [`<?xml version="1.0" encoding="UTF-8"?>`, `<testsuites name="bylaw test" tests="${results.length}" failures="${failures}">`];
  for (const [file, list] of byFile) {
    out.push(`  <testsuite name="${xml(file)}" tests="${list.length}" failures="${list.filter((r) => !r.ok).length}">`);
    for (const r of list) {
      const name = xml(`${r.kind}: ${r.name}`);
      if (r.ok) out.push(`    <testcase classname="${xml(r.rule)}" name="${name}" file="${xml(file)}" line="${r.line}"/>`);
      else out.push(`    <testcase classname="${xml(r.rule)}" name="${name}" file="${xml(file)}" line="${r.line}">
      <failure message="${xml(r.problem ?? "")}"/>
    </testcase>`);
    }
    out.push("  </testsuite>");
  }
  out.push("</testsuites>");
  return out.join("\n") + "\n";
}

// engine/cli/commands/test.ts
function registerTest(program2, ctx) {
  program2.command("test").description("run policy unit tests: *.cases.yaml files (valid and invalid inputs with expected findings)").argument("[paths...]", "cases files or directories (default: .)").option("-p, --policy <pack>", "also load this pack (repeatable)", (v, prev) => [...prev, v], []).option("--junit <file>", "write the results as JUnit XML").action(async (paths, opts) => {
    const root = ctx.io.cwd;
    await prepareRemotePacks({ refs: opts.policy, policyRoot: root, env: ctx.io.env });
    const where = paths.length ? paths : ["."];
    const catalog = buildCatalog(root, opts.policy, where);
    const files = yamlFilesUnder(root, where, (f) => /\.cases\.ya?ml$/i.test(f));
    const results = [];
    const problems = [...catalog.diagnostics];
    for (const f of files) {
      const out = runCasesFile(f, relative3(root, f).split(sep3).join("/"), catalog, root);
      results.push(...out.results);
      problems.push(...out.diagnostics);
    }
    let current = "";
    for (const r of results) {
      if (r.file !== current) ctx.io.stdout(`${current = r.file}
`);
      const mark = r.ok ? "\u2713" : "\u2717";
      ctx.io.stdout(`  ${mark} ${r.rule} ${r.kind}: ${terminalSafe(r.name)}${r.ok ? "" : `
      ${r.file}:${r.line}: ${terminalSafe(r.problem ?? "")}`}
`);
    }
    for (const d of problems) ctx.io.stderr(formatDiagnostic(d) + "\n");
    const failed = results.filter((r) => !r.ok).length;
    ctx.io.stdout(`
${results.length - failed} passed, ${failed} failed
`);
    if (opts.junit) writeOut(resolve3(root, opts.junit), casesJUnit(results));
    ctx.exit = problems.length ? EXIT.usage : failed ? EXIT.findings : results.length === 0 ? EXIT.usage : EXIT.ok;
    if (results.length === 0 && !problems.length) ctx.io.stderr("no test cases found (*.cases.yaml)\n");
  });
}

// engine/cli/commands/report.ts
import { readFileSync as readFileSync3 } from "node:fs";
import { resolve as resolve4 } from "node:path";
function readResult(path) {
  let data;
  try {
    data = JSON.parse(readFileSync3(path, "utf8"));
  } catch (err) {
    throw new UsageError(`${path}: cannot read result JSON: ${err.message}`);
  }
  const r = data;
  if (!r || r.schemaVersion !== "1" || r.tool?.name !== "bylaw" || !Array.isArray(r.findings)) throw new UsageError(`${path}: not a bylaw result (schemaVersion "1")`);
  return data;
}
function registerReport(program2, ctx) {
  program2.command("report").description("re-render a stored result (scan --format json) in another format, byte for byte as scan writes it").argument("<result>", "result JSON file").requiredOption("-f, --format <format>", `one of: ${Object.keys(reporters).join(", ")}`).option("-o, --output <file>", "write to this file instead of stdout").action((file, opts) => {
    if (!isReportFormat(opts.format)) throw new UsageError(`unknown format "${opts.format}" (one of: ${Object.keys(reporters).join(", ")})`);
    const result = readResult(resolve4(ctx.io.cwd, file));
    const out = render(result, opts.format, {});
    if (opts.output) writeOut(resolve4(ctx.io.cwd, opts.output), out);
    else ctx.io.stdout(out);
  });
}

// engine/cli/commands/list.ts
var pad = (s, n) => s.length >= n ? s + " " : s + " ".repeat(n - s.length);
function table(rows) {
  const widths = rows.reduce((w, r) => r.map((c, i) => Math.max(w[i] ?? 0, c.length)), []);
  return rows.map((r) => r.map((c, i) => i === r.length - 1 ? c : c.padEnd(widths[i] + 2)).join("").trimEnd() + "\n").join("");
}
function registerList(program2, ctx) {
  program2.command("list").description("what is installed: packs (versions, digests), rules, controls (framework mappings), inputs").addArgument(new Argument("<what>", "packs, rules, controls or inputs").choices(["packs", "rules", "controls", "inputs"])).option("-p, --policy <pack>", "list this pack too / only rules and controls of these packs (repeatable)", (v, prev) => [...prev, v], []).option("--json", "machine-readable output").action(async (what, opts) => {
    await prepareRemotePacks({ refs: opts.policy, policyRoot: ctx.io.cwd, env: ctx.io.env });
    const catalog = buildCatalog(ctx.io.cwd, opts.policy, []);
    for (const d of catalog.diagnostics) ctx.io.stderr(formatDiagnostic(d) + "\n");
    if (catalog.diagnostics.length) ctx.exit = EXIT.usage;
    const files = new Set(opts.policy.map((r) => resolvePackRef(r, ctx.io.cwd, ctx.io.cwd)).flatMap((l) => "file" in l ? [l.file] : []));
    const only = opts.policy.length ? new Set([...catalog.packs.values()].filter((p) => files.has(p.file) || opts.policy.some((r) => r.split("@")[0] === p.id)).map((p) => p.id)) : void 0;
    const packs = [...catalog.packs.values()].filter((p) => !only || only.has(p.id)).sort((a, b) => a.id < b.id ? -1 : 1);
    let rows;
    if (what === "packs") {
      rows = packs.map((p) => ({ id: p.id, version: p.version, rules: p.rules.size, controls: p.allControls.length, source: p.source, digest: p.digest, title: p.title, parameters: Object.keys(p.parameters), extends: p.extends, owner: p.owner }));
    } else if (what === "rules") {
      const seen = /* @__PURE__ */ new Map();
      for (const p of packs) for (const [id, r] of p.rules) {
        const row = seen.get(id) ?? { id, severity: p.severity[id] ?? r.severity, input: r.types.join(","), packs: [], title: r.title, file: r.source.path };
        row.packs.push(p.id);
        seen.set(id, row);
      }
      rows = [...seen.values()].sort((a, b) => String(a.id) < String(b.id) ? -1 : 1);
    } else if (what === "controls") {
      rows = packs.flatMap((p) => p.allControls.map((c) => ({ id: c.id, pack: p.id, title: c.title, rules: c.rules, frameworks: c.frameworks ?? {}, since: c.since, until: c.until })));
    } else {
      rows = Object.values(loaders).map((l) => ({ type: l.type, description: l.description }));
    }
    if (opts.json) {
      ctx.io.stdout(JSON.stringify(rows, null, 2) + "\n");
      return;
    }
    if (what === "packs") {
      ctx.io.stdout(table([["PACK", "VERSION", "RULES", "CONTROLS", "SOURCE", "DIGEST", "TITLE"], ...rows.map((r) => [String(r.id), String(r.version), String(r.rules), String(r.controls), String(r.source), String(r.digest).slice(0, 19) + "\u2026", String(r.title)])]));
    } else if (what === "rules") {
      ctx.io.stdout(table([["RULE", "SEVERITY", "INPUT", "PACKS", "TITLE"], ...rows.map((r) => [String(r.id), String(r.severity), String(r.input), r.packs.join(","), String(r.title)])]));
    } else if (what === "controls") {
      for (const r of rows) {
        const fw = Object.entries(r.frameworks).map(([k, v]) => `${k}: ${v.join(" ")}`).join("; ");
        const ver = r.since || r.until ? ` [${r.since ?? ""}..${r.until ?? ""})` : "";
        ctx.io.stdout(`${pad(String(r.id), 36)}${pad(String(r.pack), 26)}${r.title}${ver}
${" ".repeat(38)}rules: ${r.rules.join(", ")}${fw ? `
${" ".repeat(38)}${fw}` : ""}
`);
      }
    } else ctx.io.stdout(table([["INPUT", "DESCRIPTION"], ...rows.map((r) => [String(r.type), String(r.description)])]));
  });
}

// engine/cli/commands/explain.ts
import { readFileSync as readFileSync4 } from "node:fs";
import { basename as basename2, dirname as dirname2, isAbsolute, join as join4 } from "node:path";
function registerExplain(program2, ctx) {
  program2.command("explain").description("print a rule's text, rationale, remediation, controls and examples").argument("<rule-id>", "rule id (see `bylaw list rules`)").option("-p, --policy <pack>", "look in this pack too (repeatable)", (v, prev) => [...prev, v], []).action(async (id, opts) => {
    await prepareRemotePacks({ refs: opts.policy, policyRoot: ctx.io.cwd, env: ctx.io.env });
    const catalog = buildCatalog(ctx.io.cwd, opts.policy, []);
    const entry = catalog.rules.get(id);
    if (!entry) throw new UsageError(`unknown rule "${id}" (see \`bylaw list rules\`)`);
    const { rule } = entry;
    const controls = [...catalog.packs.values()].flatMap((p) => p.allControls.filter((c) => c.rules.includes(id)).map((c) => ({ pack: p.id, c })));
    const out = [`${rule.id}: ${rule.title}`, `severity: ${rule.severity}   input: ${rule.types.join(", ")}${rule.kinds ? `   kinds: ${[...rule.kinds].join(", ")}` : ""}`, `defined in: ${rule.source.path}:${rule.source.line}`, ""];
    if (rule.description) out.push(rule.description.trim(), "");
    if (rule.rationale) out.push("Why:", rule.rationale.trim(), "");
    if (rule.remediation) out.push("How to fix:", rule.remediation.trim(), "");
    if (controls.length) {
      out.push("Controls:");
      for (const { pack, c } of controls) {
        const fw = Object.entries(c.frameworks ?? {}).map(([k, v]) => `${k} ${v.join(", ")}`).join("; ");
        out.push(`  ${c.id} (${pack}): ${c.title}${fw ? ` \u2014 ${fw}` : ""}`);
      }
      out.push("");
    }
    if (rule.references.length) out.push("References:", ...rule.references.map((r) => `  ${r}`), "");
    const examples = findExamples(rule, ctx.io.cwd);
    if (examples) out.push("Examples:", examples, "");
    ctx.io.stdout(out.join("\n"));
    ctx.exit = EXIT.ok;
  });
}
function findExamples(rule, cwd) {
  const src = rule.source.path;
  const ruleFile = remoteFile(src) ?? (src.startsWith("rules/") ? join4(packageRoot(), src) : isAbsolute(src) ? src : join4(cwd, src));
  const candidates = [
    join4(dirname2(ruleFile), `${rule.id}.cases.yaml`),
    join4(dirname2(ruleFile), basename2(ruleFile).replace(/\.ya?ml$/i, ".cases.yaml")),
    join4(packageRoot(), "test", "rules", `${rule.id}.cases.yaml`)
  ];
  for (const file of candidates) {
    try {
      const text = readFileSync4(file, "utf8");
      return text.split("\n").filter((l) => !l.startsWith("# yaml-language-server:")).slice(0, 40).map((l) => "  " + l).join("\n");
    } catch {
    }
  }
  return void 0;
}

// engine/cli/commands/merge.ts
import { resolve as resolve5 } from "node:path";

// engine/merge/merge-results.ts
var ABSENCE_NOTES = /* @__PURE__ */ new Set(["waiver-stale"]);
var byPath = (a, b) => (a.path ?? "") < (b.path ?? "") ? -1 : (a.path ?? "") > (b.path ?? "") ? 1 : 0;
var noteKey = (n) => `${n.code}\0${n.path ?? ""}\0${n.line ?? ""}\0${n.message}`;
function addCounts(into, from) {
  for (const s of STATUSES) into[s] += from?.[s] ?? 0;
}
function mergeResults(results) {
  if (results.length === 0) throw new EngineError("usage", "merge needs at least one result");
  const first = results[0];
  const packsKey = (r) => JSON.stringify(r.packs.map((p) => [p.id, p.version, p.digest, p.params]));
  for (const r of results) {
    if (r.tool.version !== first.tool.version) throw new EngineError("usage", `results come from different bylaw versions (${first.tool.version}, ${r.tool.version})`);
    if (packsKey(r) !== packsKey(first)) throw new EngineError("usage", "results were produced with different packs, versions, digests or parameters; merge only shards of one run");
    if (r.summary.failOn !== first.summary.failOn) throw new EngineError("usage", "results were produced with different --fail-on thresholds");
  }
  const findings = results.flatMap((r) => r.findings).sort(compareFindings);
  const inputs = results.flatMap((r) => r.inputs).sort(byPath);
  const errors = results.flatMap((r) => r.errors).sort((a, b) => byPath(a, b) || a.line - b.line || a.column - b.column || (a.message < b.message ? -1 : 1));
  const noteSets = results.map((r) => new Map((r.notes ?? []).map((n) => [noteKey(n), n])));
  const notes = /* @__PURE__ */ new Map();
  for (const set of noteSets) for (const [k, n] of set) if (!ABSENCE_NOTES.has(n.code) || noteSets.every((s) => s.has(k))) notes.set(k, n);
  const mergedNotes = [...notes.values()].sort((a, b) => byPath(a, b) || (a.code < b.code ? -1 : a.code > b.code ? 1 : (a.line ?? 0) - (b.line ?? 0) || (a.message < b.message ? -1 : 1)));
  const s0 = first.summary;
  const summary = {
    files: 0,
    documents: 0,
    resources: 0,
    byStatus: zeroStatus(),
    bySeverity: zeroSeverity(),
    byControl: {},
    byFramework: {},
    errors: errors.length,
    failOn: s0.failOn,
    verdict: verdict(findings, errors, s0.failOn)
  };
  for (const { summary: s } of results) {
    summary.files += s.files;
    summary.documents += s.documents;
    summary.resources += s.resources;
    addCounts(summary.byStatus, s.byStatus);
    for (const sev of SEVERITIES) summary.bySeverity[sev] += s.bySeverity[sev];
    for (const [c, counts] of Object.entries(s.byControl)) addCounts(summary.byControl[c] ??= zeroStatus(), counts);
    for (const [fw, reqs] of Object.entries(s.byFramework)) for (const [req, counts] of Object.entries(reqs)) addCounts((summary.byFramework[fw] ??= {})[req] ??= zeroStatus(), counts);
  }
  summary.byControl = sortKeys(summary.byControl);
  summary.byFramework = sortKeys(Object.fromEntries(Object.entries(summary.byFramework).map(([k, v]) => [k, sortKeys(v)])));
  if (s0.waivers) {
    const w = results.map((r) => r.summary.waivers);
    summary.waivers = {
      applied: w.reduce((n, x) => n + (x?.applied ?? 0), 0),
      expired: Math.max(...w.map((x) => x?.expired ?? 0)),
      expiring: Math.max(...w.map((x) => x?.expiring ?? 0)),
      stale: mergedNotes.filter((n) => n.code === "waiver-stale").length,
      inline: w.reduce((n, x) => n + (x?.inline ?? 0), 0)
    };
  }
  if (s0.baseline) {
    const b = results.map((r) => r.summary.baseline);
    summary.baseline = {
      file: s0.baseline.file,
      entries: Math.max(...b.map((x) => x?.entries ?? 0)),
      matched: b.reduce((n, x) => n + (x?.matched ?? 0), 0),
      new: b.reduce((n, x) => n + (x?.new ?? 0), 0),
      fixed: b.reduce((n, x) => n + (x?.fixed ?? 0), 0)
    };
  }
  const { shard: _shard, ...run2 } = first.run;
  const merged = {
    schemaVersion: "1",
    tool: first.tool,
    run: { ...run2, startedAt: results.map((r) => r.run.startedAt).sort()[0] },
    packs: first.packs,
    inputs,
    findings,
    errors,
    summary
  };
  if (first.rules) merged.rules = first.rules;
  if (first.controls) merged.controls = first.controls;
  if (mergedNotes.length) merged.notes = mergedNotes;
  return merged;
}

// engine/cli/commands/merge.ts
function registerMerge(program2, ctx) {
  program2.command("merge").description("combine shard results (scan --shard I/N --format json) into one result, in any format").argument("<results...>", "result JSON files").option("-f, --format <formats>", `output format(s): ${Object.keys(reporters).join(", ")}`, "json").option("-o, --output <file>", "write the (single) format to this file").option("--output-dir <dir>", "write every format to this directory, with a sha256 manifest").option("-q, --quiet", "print nothing but errors").action(async (files, opts) => {
    const formats = splitList([opts.format]);
    for (const f of formats) if (!isReportFormat(f)) throw new UsageError(`unknown format "${f}"`);
    const merged = mergeResults(files.map((f) => readResult(resolve5(ctx.io.cwd, f))));
    await emit(merged, formats, opts, ctx, ctx.io.cwd);
    ctx.exit = exitCode(merged);
  });
}

// engine/cli/commands/lock.ts
import { existsSync as existsSync5, readFileSync as readFileSync5 } from "node:fs";
import { join as join6, resolve as resolve6 } from "node:path";

// engine/policy/lock-build.ts
import { existsSync as existsSync4 } from "node:fs";
import { join as join5 } from "node:path";

// engine/policy/lock-write.ts
var HEADER = [
  "# bylaw.lock: the exact policy packs this repository was reviewed against.",
  "# Written by `bylaw lock`; verified on every run (a changed byte stops the run with exit 2).",
  "# Commit it. Do not edit by hand: change packs, review, then run `bylaw lock` again."
];
var cmp = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function lockEntries(packs) {
  const seen = /* @__PURE__ */ new Set();
  return packs.map(lockEntryFor).filter((e) => {
    const key = `${e.id}\0${e.version}\0${e.source}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  }).sort((a, b) => cmp(a.id, b.id) || cmp(a.version, b.version) || cmp(a.source, b.source));
}
function renderLock(entries, schemaPointer) {
  const head = [...HEADER, ...schemaPointer ? [`# yaml-language-server: $schema=${schemaPointer}`] : []].join("\n");
  return `${head}
${dump({ lockVersion: 1, packs: entries }, { lineWidth: -1, noRefs: true })}`;
}
function describeLockChanges(before, after) {
  const key = (e) => `${e.id}@${e.version} ${e.source}`;
  const old = new Map(before.map((e) => [key(e), e]));
  const lines = [];
  for (const e of after) {
    const same = old.get(key(e));
    const prior = same ?? before.find((b) => b.id === e.id);
    if (!prior) lines.push(`+ ${e.id}@${e.version} (${e.source})`);
    else if (prior.version !== e.version || prior.digest !== e.digest || prior.source !== e.source || prior.commit !== e.commit) {
      const what = [prior.version !== e.version && `${prior.version} \u2192 ${e.version}`, prior.source !== e.source && `source ${prior.source} \u2192 ${e.source}`, prior.commit !== e.commit && `commit ${(prior.commit ?? "").slice(0, 12)} \u2192 ${(e.commit ?? "").slice(0, 12)}`, prior.digest !== e.digest && `digest changed (${whatChanged(prior.files, e.files)})`].filter(Boolean);
      lines.push(`~ ${e.id}@${e.version}: ${what.join(", ")}`);
    }
  }
  for (const b of before) if (!after.some((e) => e.id === b.id)) lines.push(`- ${b.id}@${b.version} (${b.source})`);
  return lines;
}

// engine/policy/lock-build.ts
async function buildLock(args) {
  const { policyRoot, options, config } = args;
  if (config.diagnostics.length) throw new EngineErrors(sortDiagnostics([...config.diagnostics]));
  const current = readLock(policyRoot);
  if (current?.diagnostics.length && !args.update) throw new EngineErrors(sortDiagnostics([...current.diagnostics]));
  const remote = config.config.remote;
  await prepareRemotePacks({ refs: packRefsFor(options, config), policyRoot, env: args.env, apiUrl: remote?.apiUrl, useLock: true, update: args.update, resolveMissing: true, configFile: config.file });
  const loaded = loadSelectedPacks({ options, config, policyRoot });
  if (loaded.diagnostics.length) throw new EngineErrors(sortDiagnostics(loaded.diagnostics));
  const entries = lockEntries(loaded.all);
  const before = current?.entries ?? [];
  const schema = existsSync4(join5(policyRoot, ".bylaw", "schema", "lock.schema.json")) ? "./.bylaw/schema/lock.schema.json" : void 0;
  return { entries, text: renderLock(entries, schema), before, changes: describeLockChanges(before, entries) };
}

// engine/cli/commands/lock.ts
function registerLock(program2, ctx) {
  program2.command("lock").description("pin the packs in use (versions, sources, commits, sha256 digests) in bylaw.lock; every run verifies it").option("-p, --policy <pack>", "pack NAME[@RANGE|@PATH], a path or github:OWNER/REPO[/PATH]@REF (repeatable)", (v, prev) => [...prev, v], []).option("-c, --config <file>", "config file (default: .bylaw.yaml when present)").option("--no-config", "ignore any .bylaw.yaml").option("--root <dir>", "policy root: where .bylaw.yaml, policies/ and bylaw.lock are (default: current directory)").option("--update", "re-resolve locked tags and version ranges of remote packs to what they name now").option("--check", "only verify that bylaw.lock matches the packs (exit 2 when not); write nothing").action(async (opts) => {
    const policyRoot = resolve6(ctx.io.cwd, opts.root ?? ".");
    const config = loadConfig(policyRoot, opts.config === false ? false : opts.config);
    const options = { policies: splitList(opts.policy), config: opts.config === false ? false : opts.config };
    const file = join6(policyRoot, LOCK_NAME);
    if (opts.check) {
      if (!existsSync5(file)) {
        ctx.io.stderr(`${LOCK_NAME}:1:1: lock-mismatch: there is no ${LOCK_NAME}; run \`bylaw lock\` to write one
`);
        ctx.exit = EXIT.usage;
        return;
      }
      await prepareForRun({ options: { ...options, env: ctx.io.env }, config, policyRoot });
      const policy = loadPolicies({ options, config, policyRoot });
      ctx.io.stdout(`${LOCK_NAME}: ${policy.packs.length} selected pack(s) match
`);
      return;
    }
    const built = await buildLock({ policyRoot, options, config, update: opts.update, env: ctx.io.env });
    const old = existsSync5(file) ? readFileSync5(file, "utf8") : void 0;
    if (old === built.text) {
      ctx.io.stdout(`${LOCK_NAME} is up to date (${built.entries.length} pack(s))
`);
      return;
    }
    writeOut(file, built.text);
    for (const line of built.changes) ctx.io.stdout(line + "\n");
    ctx.io.stdout(`${LOCK_NAME}: wrote ${built.entries.length} pack(s)
`);
  });
}

// engine/cli/commands/init.ts
import { existsSync as existsSync7 } from "node:fs";
import { join as join8, resolve as resolve7 } from "node:path";

// engine/init/init.ts
import { existsSync as existsSync6, readFileSync as readFileSync6 } from "node:fs";
import { basename as basename3, join as join7 } from "node:path";

// engine/init/templates.ts
var modeline = (schemaPath) => `# yaml-language-server: $schema=${schemaPath}
`;
var deployment = (labels) => `      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
        labels:${labels}
      spec:
        template:
          spec:
            containers: [{name: web, image: web:1.0}]`;
function starterFiles(org) {
  const pack = `${org}-baseline`;
  const rule = `${org}-required-labels`;
  const dir = `policies/${pack}`;
  return [
    {
      path: ".bylaw.yaml",
      content: `${modeline("./.bylaw/schema/config.schema.json")}# bylaw configuration: which packs judge this repository, with which parameters, and what fails the run.
packs:
  - ./${dir}                 # your own pack (it extends the built-in pss-baseline)
parameters:
  ${pack}.requiredLabels: [app.kubernetes.io/name, team]
failOn: high                  # exit 1 when a finding of this severity or above fails (critical|high|medium|low|info|none)
exclude:
  - "policies/**"             # policy sources are not inputs
  - ".bylaw/**"
exceptions: bylaw-exceptions.yaml
`
    },
    {
      path: "bylaw-exceptions.yaml",
      content: `${modeline("./.bylaw/schema/exceptions.schema.json")}# Signed-off deviations. Each needs a reason, an approver and (by default) an expiry; expired ones no longer waive.
exceptions: []
#  - rule: ${rule}
#    paths: ["deploy/legacy/**"]
#    reason: Legacy chart, relabelled in SEC-123
#    ticket: SEC-123
#    approved_by: jane.doe@example.com
#    expires: 2027-03-31
`
    },
    {
      path: `${dir}/pack.yaml`,
      content: `${modeline("../../.bylaw/schema/pack.schema.json")}id: ${pack}
version: 0.1.0
title: ${org} Kubernetes baseline
description: |
  The Kubernetes Pod Security Standards (baseline level) plus ${org}'s own requirements.
owner: security@${org}.example
changelog:
  - version: 0.1.0
    changes: [First version, written by bylaw init.]
extends:
  - pss-baseline              # built-in; or a path, or github:OWNER/REPO[/PATH]@TAG
parameters:
  requiredLabels:
    description: Labels every workload must carry.
    type: array
    items: {type: string, minLength: 1}
    default: [app.kubernetes.io/name]
rules:
  - ./rules/*.yaml
controls:
  - id: ${org.toUpperCase()}-K8S-1
    title: Workloads are labelled with the application and the team that owns them
    rules: [${rule}]
    frameworks:
      nist-800-53: [CM-8]
      iso-27001-2022: [A.5.9]
overrides:
  parameters:
    version: latest           # the Pod Security Standards as of this Kubernetes version (v1.0 \u2026 latest)
  # severity: {pss-host-ports: medium}
  # disabled: [pss-sysctls]
`
    },
    {
      path: `${dir}/rules/${rule}.yaml`,
      content: `${modeline("../../../.bylaw/schema/rule.schema.json")}id: ${rule}
title: Workloads carry the required labels
severity: medium
description: |
  Every workload (Pod, Deployment, StatefulSet, DaemonSet, Job, CronJob, ...) carries each label listed in the
  pack parameter \`requiredLabels\`.
rationale: Labels tie a running workload to its application and owning team, for inventory and incident response.
remediation: Add the missing labels under \`metadata.labels\`.
match:
  type: kubernetes
  kinds: [workloads]
assert:
  "===":
    - {"length": {"pick": [{"var": "resource.metadata.labels"}, {"var": "params.requiredLabels"}]}}
    - {"length": {"var": "params.requiredLabels"}}
message: '{{target.kind}} "{{target.name}}" must carry the labels {{params.requiredLabels}}'
location: [/metadata/labels, /metadata]
`
    },
    {
      path: `${dir}/rules/${rule}.cases.yaml`,
      content: `${modeline("../../../.bylaw/schema/cases.schema.json")}# Run with \`bylaw test\`: valid inputs must pass, invalid ones must fail exactly at the given line and column.
rule: ${rule}
params: {requiredLabels: [app.kubernetes.io/name, team]}
valid:
  - name: both labels
    path: deploy.yaml
    input: |
${deployment(" {app.kubernetes.io/name: web, team: payments}")}
invalid:
  - name: team label missing
    path: deploy.yaml
    input: |
${deployment("\n          app.kubernetes.io/name: web")}
    findings: [{line: 5, column: 3, message: 'must carry the labels'}]
  - name: no labels at all
    path: pod.yaml
    input: |
      apiVersion: v1
      kind: Pod
      metadata:
        name: tool
      spec:
        containers: [{name: tool, image: tool:1.0}]
    findings: [{line: 3, column: 1}]
`
    }
  ];
}

// engine/init/init.ts
var EDITOR_SCHEMAS = ["config", "pack", "rule", "cases", "lock", "exceptions"];
function orgSlug(name) {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 40).replace(/-+$/, "");
  return /^[a-z0-9]/.test(slug) ? slug : "my";
}
function initFiles(dir, org) {
  const slug = orgSlug(org ?? basename3(dir));
  const schemas = EDITOR_SCHEMAS.map((name) => ({
    path: `.bylaw/schema/${name}.schema.json`,
    content: readFileSync6(join7(packageRoot(), "engine", "schema", `${name}.schema.json`), "utf8")
  }));
  return [...starterFiles(slug), ...schemas];
}
var existing = (dir, files) => files.filter((f) => existsSync6(join7(dir, f.path))).map((f) => f.path);

// engine/cli/commands/init.ts
function registerInit(program2, ctx) {
  program2.command("init").description("write a starter .bylaw.yaml, a custom pack with one rule and its test cases, editor schemas and bylaw.lock").argument("[dir]", "directory to initialise (default: .)").option("--org <name>", "organisation name for the pack (<org>-baseline); default: the directory name").option("--force", "overwrite files that already exist").action(async (dirArg, opts) => {
    const dir = resolve7(ctx.io.cwd, dirArg ?? ".");
    const files = initFiles(dir, opts.org);
    const clash = [...existing(dir, files), ...existsSync7(join8(dir, LOCK_NAME)) ? [LOCK_NAME] : []];
    if (clash.length && !opts.force) throw new UsageError(`init: would overwrite ${clash.join(", ")} (use --force to overwrite)`);
    for (const f of files) writeOut(join8(dir, f.path), f.content);
    const lock = await buildLock({ policyRoot: dir, options: {}, config: loadConfig(dir), env: ctx.io.env });
    writeOut(join8(dir, LOCK_NAME), lock.text);
    for (const f of [...files.map((x) => x.path), LOCK_NAME].sort()) ctx.io.stdout(`created ${f}
`);
    ctx.io.stdout(`
Next: bylaw validate && bylaw test && bylaw scan
After changing a pack: review, then \`bylaw lock\` and commit bylaw.lock.
`);
  });
}

// engine/cli/commands/baseline.ts
import { resolve as resolve8 } from "node:path";
function registerBaseline(program2, ctx) {
  const baseline = program2.command("baseline").description("accept the findings failing today, so `scan --baseline FILE` fails only on new ones");
  addScanOptions(baseline.command("create").description("scan and write the failing findings' fingerprints (exceptions and inline suppressions apply first)")).requiredOption("-o, --output <file>", "baseline file to write (JSON, one finding per line, sorted)").action(async (paths, opts) => {
    const options = await scanOptionsFrom(paths, opts, ctx);
    delete options.baseline;
    options.failOn = "none";
    const result = await scan(options);
    const text = baselineText(result.findings);
    const out = resolve8(ctx.io.cwd, opts.output);
    writeOut(out, text);
    const n = result.findings.filter((f) => f.status === "fail").length;
    const files = new Set(result.findings.filter((f) => f.status === "fail").map((f) => f.location.path)).size;
    ctx.io.stderr(`baseline: ${n} failing finding(s) in ${files} file(s) written to ${opts.output}
`);
    if (result.errors.length) ctx.io.stderr(`baseline: ${result.errors.length} input error(s) (e.g. files that do not parse) are not baselined and still fail
`);
    ctx.exit = EXIT.ok;
  });
}

// engine/cli/commands/diff.ts
import { resolve as resolve9 } from "node:path";
function registerDiff(program2, ctx) {
  addScanOptions(program2.command("diff").description("impact of a policy change: evaluate two versions of the policy on the same inputs and list the findings added, removed and changed")).requiredOption("--policy-from <ref|path>", "policy before the change: a git ref (its config, lock, policies/ and local packs) or a policy directory").requiredOption("--policy-to <ref|path>", "policy after the change: a git ref or a policy directory").addOption(new Option("-f, --format <format>", "output format").choices([...DIFF_FORMATS]).default("text")).option("-o, --output <file>", "write to this file instead of stdout").option("--exit-code", "exit 1 when the change adds findings").action(async (paths, opts) => {
    const options = await scanOptionsFrom(paths, opts, ctx);
    const diff = await policyDiff({ scan: options, from: opts.policyFrom, to: opts.policyTo, cwd: ctx.io.cwd });
    const out = renderPolicyDiff(diff, opts.format);
    if (opts.output) writeOut(resolve9(ctx.io.cwd, opts.output), out);
    else ctx.io.stdout(out);
    ctx.exit = opts.exitCode && diff.added.length ? EXIT.findings : EXIT.ok;
  });
}

// engine/cli/commands/index.ts
var commands = {
  scan: registerScan,
  validate: registerValidate,
  test: registerTest,
  report: registerReport,
  list: registerList,
  explain: registerExplain,
  merge: registerMerge,
  lock: registerLock,
  init: registerInit,
  baseline: registerBaseline,
  diff: registerDiff
};

// engine/cli/run.ts
async function run(argv, io = processIO()) {
  const ctx = { io, exit: EXIT.ok };
  const program2 = new Command("bylaw").description("Policy-as-code for repositories, infrastructure-as-code, manifests and workflows.").version(VERSION, "-v, --version").exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr }).showHelpAfterError("(run with --help for usage)");
  for (const register of Object.values(commands)) register(program2, ctx);
  for (const cmd of program2.commands) cmd.exitOverride();
  try {
    await program2.parseAsync(argv, { from: "user" });
    return ctx.exit;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === "commander.helpDisplayed" || err.code === "commander.version" || err.code === "commander.help") return EXIT.ok;
      return EXIT.usage;
    }
    if (err instanceof EngineErrors) {
      io.stderr(err.message + "\n");
      return EXIT.usage;
    }
    if (err instanceof EngineError || err instanceof UsageError) {
      io.stderr(`${err.toString().replace(/^UsageError: /, "usage: ")}
`);
      return EXIT.usage;
    }
    io.stderr(`internal error: ${err?.stack ?? String(err)}
`);
    return EXIT.internal;
  }
}
export {
  run
};
