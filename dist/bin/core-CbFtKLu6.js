import { i as __toESM, n as __exportAll, r as __require, t as __commonJSMin } from "./rolldown-runtime-DYf_mQCB.js";
import { createRequire } from "node:module";
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { closeSync, constants, cpSync, existsSync, fstatSync, mkdtempSync, openSync, readFileSync, readSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import process$1 from "node:process";
import { Worker } from "node:worker_threads";
import { link, mkdir, readFile, readdir, realpath, rename, rm, stat, writeFile } from "node:fs/promises";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createHash, randomBytes } from "node:crypto";
import os, { availableParallelism } from "node:os";
import tty from "node:tty";
// node_modules/commander/lib/error.js
var require_error = /* @__PURE__ */ __commonJSMin(((exports) => {
	/**
	* CommanderError class
	*/
	var CommanderError = class extends Error {
		/**
		* Constructs the CommanderError class
		* @param {number} exitCode suggested exit code which could be used with process.exit
		* @param {string} code an id string representing the error
		* @param {string} message human-readable description of the error
		*/
		constructor(exitCode, code, message) {
			super(message);
			Error.captureStackTrace(this, this.constructor);
			this.name = this.constructor.name;
			this.code = code;
			this.exitCode = exitCode;
			this.nestedError = void 0;
		}
	};
	/**
	* InvalidArgumentError class
	*/
	var InvalidArgumentError = class extends CommanderError {
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
	exports.CommanderError = CommanderError;
	exports.InvalidArgumentError = InvalidArgumentError;
}));
// node_modules/commander/lib/argument.js
var require_argument = /* @__PURE__ */ __commonJSMin(((exports) => {
	const { InvalidArgumentError } = require_error();
	var Argument = class {
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
			if (previous === this.defaultValue || !Array.isArray(previous)) return [value];
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
				if (!this.argChoices.includes(arg)) throw new InvalidArgumentError(`Allowed choices are ${this.argChoices.join(", ")}.`);
				if (this.variadic) return this._collectValue(arg, previous);
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
	/**
	* Takes an argument and returns its human readable equivalent for help usage.
	*
	* @param {Argument} arg
	* @return {string}
	* @private
	*/
	function humanReadableArgName(arg) {
		const nameOutput = arg.name() + (arg.variadic === true ? "..." : "");
		return arg.required ? "<" + nameOutput + ">" : "[" + nameOutput + "]";
	}
	exports.Argument = Argument;
	exports.humanReadableArgName = humanReadableArgName;
}));
// node_modules/commander/lib/help.js
var require_help = /* @__PURE__ */ __commonJSMin(((exports) => {
	const { humanReadableArgName } = require_argument();
	/**
	* TypeScript import types for JSDoc, used by Visual Studio Code IntelliSense and `npm run typescript-checkJS`
	* https://www.typescriptlang.org/docs/handbook/jsdoc-supported-types.html#import-types
	* @typedef { import("./argument.js").Argument } Argument
	* @typedef { import("./command.js").Command } Command
	* @typedef { import("./option.js").Option } Option
	*/
	var Help = class {
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
			const visibleCommands = cmd.commands.filter((cmd) => !cmd._hidden);
			const helpCommand = cmd._getHelpCommand();
			if (helpCommand && !helpCommand._hidden) visibleCommands.push(helpCommand);
			if (this.sortSubcommands) visibleCommands.sort((a, b) => {
				return a.name().localeCompare(b.name());
			});
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
				if (!removeShort && !removeLong) visibleOptions.push(helpOption);
				else if (helpOption.long && !removeLong) visibleOptions.push(cmd.createOption(helpOption.long, helpOption.description));
				else if (helpOption.short && !removeShort) visibleOptions.push(cmd.createOption(helpOption.short, helpOption.description));
			}
			if (this.sortOptions) visibleOptions.sort(this.compareOptions);
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
				const visibleOptions = ancestorCmd.options.filter((option) => !option.hidden);
				globalOptions.push(...visibleOptions);
			}
			if (this.sortOptions) globalOptions.sort(this.compareOptions);
			return globalOptions;
		}
		/**
		* Get an array of the arguments if any have a description.
		*
		* @param {Command} cmd
		* @returns {Argument[]}
		*/
		visibleArguments(cmd) {
			if (cmd._argsDescription) cmd.registeredArguments.forEach((argument) => {
				argument.description = argument.description || cmd._argsDescription[argument.name()] || "";
			});
			if (cmd.registeredArguments.find((argument) => argument.description)) return cmd.registeredArguments;
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
			return cmd._name + (cmd._aliases[0] ? "|" + cmd._aliases[0] : "") + (cmd.options.length ? " [options]" : "") + (args ? " " + args : "");
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
				return Math.max(max, this.displayWidth(helper.styleSubcommandTerm(helper.subcommandTerm(command))));
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
				return Math.max(max, this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option))));
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
				return Math.max(max, this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option))));
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
				return Math.max(max, this.displayWidth(helper.styleArgumentTerm(helper.argumentTerm(argument))));
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
			if (cmd._aliases[0]) cmdName = cmdName + "|" + cmd._aliases[0];
			let ancestorCmdNames = "";
			for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) ancestorCmdNames = ancestorCmd.name() + " " + ancestorCmdNames;
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
			if (option.argChoices) extraInfo.push(`choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`);
			if (option.defaultValue !== void 0) {
				if (option.required || option.optional || option.isBoolean() && typeof option.defaultValue === "boolean") extraInfo.push(`default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`);
			}
			if (option.presetArg !== void 0 && option.optional) extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
			if (option.envVar !== void 0) extraInfo.push(`env: ${option.envVar}`);
			if (extraInfo.length > 0) {
				const extraDescription = `(${extraInfo.join(", ")})`;
				if (option.description) return `${option.description} ${extraDescription}`;
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
			if (argument.argChoices) extraInfo.push(`choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`);
			if (argument.defaultValue !== void 0) extraInfo.push(`default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`);
			if (extraInfo.length > 0) {
				const extraDescription = `(${extraInfo.join(", ")})`;
				if (argument.description) return `${argument.description} ${extraDescription}`;
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
			return [
				helper.styleTitle(heading),
				...items,
				""
			];
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
				if (!result.has(group)) result.set(group, []);
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
			let output = [`${helper.styleTitle("Usage:")} ${helper.styleUsage(helper.commandUsage(cmd))}`, ""];
			const commandDescription = helper.commandDescription(cmd);
			if (commandDescription.length > 0) output = output.concat([helper.boxWrap(helper.styleCommandDescription(commandDescription), helpWidth), ""]);
			const argumentList = helper.visibleArguments(cmd).map((argument) => {
				return callFormatItem(helper.styleArgumentTerm(helper.argumentTerm(argument)), helper.styleArgumentDescription(helper.argumentDescription(argument)));
			});
			output = output.concat(this.formatItemList("Arguments:", argumentList, helper));
			this.groupItems(cmd.options, helper.visibleOptions(cmd), (option) => option.helpGroupHeading ?? "Options:").forEach((options, group) => {
				const optionList = options.map((option) => {
					return callFormatItem(helper.styleOptionTerm(helper.optionTerm(option)), helper.styleOptionDescription(helper.optionDescription(option)));
				});
				output = output.concat(this.formatItemList(group, optionList, helper));
			});
			if (helper.showGlobalOptions) {
				const globalOptionList = helper.visibleGlobalOptions(cmd).map((option) => {
					return callFormatItem(helper.styleOptionTerm(helper.optionTerm(option)), helper.styleOptionDescription(helper.optionDescription(option)));
				});
				output = output.concat(this.formatItemList("Global Options:", globalOptionList, helper));
			}
			this.groupItems(cmd.commands, helper.visibleCommands(cmd), (sub) => sub.helpGroup() || "Commands:").forEach((commands, group) => {
				const commandList = commands.map((sub) => {
					return callFormatItem(helper.styleSubcommandTerm(helper.subcommandTerm(sub)), helper.styleSubcommandDescription(helper.subcommandDescription(sub)));
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
				if (word[0] === "[" || word[0] === "<") return this.styleArgumentText(word);
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
				if (word[0] === "[" || word[0] === "<") return this.styleArgumentText(word);
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
			return Math.max(helper.longestOptionTermLength(cmd, helper), helper.longestGlobalOptionTermLength(cmd, helper), helper.longestSubcommandTermLength(cmd, helper), helper.longestArgumentTermLength(cmd, helper));
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
			const paddedTerm = term.padEnd(termWidth + term.length - helper.displayWidth(term));
			const spacerWidth = 2;
			const remainingWidth = (this.helpWidth ?? 80) - termWidth - spacerWidth - itemIndent;
			let formattedDescription;
			if (remainingWidth < this.minWidthToWrap || helper.preformatted(description)) formattedDescription = description;
			else formattedDescription = helper.boxWrap(description, remainingWidth).replace(/\n/g, "\n" + " ".repeat(termWidth + spacerWidth));
			return itemIndentStr + paddedTerm + " ".repeat(spacerWidth) + formattedDescription.replace(/\n/g, `\n${itemIndentStr}`);
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
	/**
	* Strip style ANSI escape sequences from the string. In particular, SGR (Select Graphic Rendition) codes.
	*
	* @param {string} str
	* @returns {string}
	* @package
	*/
	function stripColor(str) {
		return str.replace(/\x1b\[\d*(;\d*)*m/g, "");
	}
	exports.Help = Help;
	exports.stripColor = stripColor;
}));
// node_modules/commander/lib/option.js
var require_option = /* @__PURE__ */ __commonJSMin(((exports) => {
	const { InvalidArgumentError } = require_error();
	var Option = class {
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
			if (this.long) this.negate = this.long.startsWith("--no-");
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
			if (typeof impliedOptionValues === "string") newImplied = { [impliedOptionValues]: true };
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
			if (previous === this.defaultValue || !Array.isArray(previous)) return [value];
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
				if (!this.argChoices.includes(arg)) throw new InvalidArgumentError(`Allowed choices are ${this.argChoices.join(", ")}.`);
				if (this.variadic) return this._collectValue(arg, previous);
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
			if (this.long) return this.long.replace(/^--/, "");
			return this.short.replace(/^-/, "");
		}
		/**
		* Return option name, in a camelcase format that can be used
		* as an object attribute key.
		*
		* @return {string}
		*/
		attributeName() {
			if (this.negate) return camelcase(this.name().replace(/^no-/, ""));
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
	/**
	* This class is to make it easier to work with dual options, without changing the existing
	* implementation. We support separate dual options for separate positive and negative options,
	* like `--build` and `--no-build`, which share a single option value. This works nicely for some
	* use cases, but is tricky for others where we want separate behaviours despite
	* the single shared option value.
	*/
	var DualOptions = class {
		/**
		* @param {Option[]} options
		*/
		constructor(options) {
			this.positiveOptions = /* @__PURE__ */ new Map();
			this.negativeOptions = /* @__PURE__ */ new Map();
			this.dualOptions = /* @__PURE__ */ new Set();
			options.forEach((option) => {
				if (option.negate) this.negativeOptions.set(option.attributeName(), option);
				else this.positiveOptions.set(option.attributeName(), option);
			});
			this.negativeOptions.forEach((value, key) => {
				if (this.positiveOptions.has(key)) this.dualOptions.add(key);
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
	/**
	* Convert string from kebab-case to camelCase.
	*
	* @param {string} str
	* @return {string}
	* @private
	*/
	function camelcase(str) {
		return str.split("-").reduce((str, word) => {
			return str + word[0].toUpperCase() + word.slice(1);
		});
	}
	/**
	* Split the short and long flag out of something like '-m,--mixed <value>'
	*
	* @private
	*/
	function splitOptionFlags(flags) {
		let shortFlag;
		let longFlag;
		const shortFlagExp = /^-[^-]$/;
		const longFlagExp = /^--[^-]/;
		const flagParts = flags.split(/[ |,]+/).concat("guard");
		if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
		if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
		if (!shortFlag && shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
		if (!shortFlag && longFlagExp.test(flagParts[0])) {
			shortFlag = longFlag;
			longFlag = flagParts.shift();
		}
		if (flagParts[0].startsWith("-")) {
			const unsupportedFlag = flagParts[0];
			const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
			if (/^-[^-][^-]/.test(unsupportedFlag)) throw new Error(`${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`);
			if (shortFlagExp.test(unsupportedFlag)) throw new Error(`${baseError}
- too many short flags`);
			if (longFlagExp.test(unsupportedFlag)) throw new Error(`${baseError}
- too many long flags`);
			throw new Error(`${baseError}
- unrecognised flag format`);
		}
		if (shortFlag === void 0 && longFlag === void 0) throw new Error(`option creation failed due to no flags found in '${flags}'.`);
		return {
			shortFlag,
			longFlag
		};
	}
	exports.Option = Option;
	exports.DualOptions = DualOptions;
}));
// node_modules/commander/lib/suggestSimilar.js
var require_suggestSimilar = /* @__PURE__ */ __commonJSMin(((exports) => {
	const maxDistance = 3;
	function editDistance(a, b) {
		if (Math.abs(a.length - b.length) > maxDistance) return Math.max(a.length, b.length);
		const d = [];
		for (let i = 0; i <= a.length; i++) d[i] = [i];
		for (let j = 0; j <= b.length; j++) d[0][j] = j;
		for (let j = 1; j <= b.length; j++) for (let i = 1; i <= a.length; i++) {
			let cost = 1;
			if (a[i - 1] === b[j - 1]) cost = 0;
			else cost = 1;
			d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
		}
		return d[a.length][b.length];
	}
	/**
	* Find close matches, restricted to same number of edits.
	*
	* @param {string} word
	* @param {string[]} candidates
	* @returns {string}
	*/
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
		const minSimilarity = .4;
		candidates.forEach((candidate) => {
			if (candidate.length <= 1) return;
			const distance = editDistance(word, candidate);
			const length = Math.max(word.length, candidate.length);
			if ((length - distance) / length > minSimilarity) {
				if (distance < bestDistance) {
					bestDistance = distance;
					similar = [candidate];
				} else if (distance === bestDistance) similar.push(candidate);
			}
		});
		similar.sort((a, b) => a.localeCompare(b));
		if (searchingOptions) similar = similar.map((candidate) => `--${candidate}`);
		if (similar.length > 1) return `\n(Did you mean one of ${similar.join(", ")}?)`;
		if (similar.length === 1) return `\n(Did you mean ${similar[0]}?)`;
		return "";
	}
	exports.suggestSimilar = suggestSimilar;
}));
// node_modules/commander/lib/command.js
var require_command = /* @__PURE__ */ __commonJSMin(((exports) => {
	const EventEmitter = __require("node:events").EventEmitter;
	const childProcess = __require("node:child_process");
	const path = __require("node:path");
	const fs = __require("node:fs");
	const process = __require("node:process");
	const { Argument, humanReadableArgName } = require_argument();
	const { CommanderError } = require_error();
	const { Help, stripColor } = require_help();
	const { Option, DualOptions } = require_option();
	const { suggestSimilar } = require_suggestSimilar();
	var Command = class Command extends EventEmitter {
		/**
		* Initialize a new `Command`.
		*
		* @param {string} [name]
		*/
		constructor(name) {
			super();
			/** @type {Command[]} */
			this.commands = [];
			/** @type {Option[]} */
			this.options = [];
			this.parent = null;
			this._allowUnknownOption = false;
			this._allowExcessArguments = false;
			/** @type {Argument[]} */
			this.registeredArguments = [];
			this._args = this.registeredArguments;
			/** @type {string[]} */
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
			/** @type {(boolean | string)} */
			this._showHelpAfterError = false;
			this._showSuggestionAfterError = true;
			this._savedState = null;
			this._outputConfiguration = {
				writeOut: (str) => process.stdout.write(str),
				writeErr: (str) => process.stderr.write(str),
				outputError: (str, write) => write(str),
				getOutHelpWidth: () => process.stdout.isTTY ? process.stdout.columns : void 0,
				getErrHelpWidth: () => process.stderr.isTTY ? process.stderr.columns : void 0,
				getOutHasColors: () => useColor() ?? (process.stdout.isTTY && process.stdout.hasColors?.()),
				getErrHasColors: () => useColor() ?? (process.stderr.isTTY && process.stderr.hasColors?.()),
				stripColor: (str) => stripColor(str)
			};
			this._hidden = false;
			/** @type {(Option | null | undefined)} */
			this._helpOption = void 0;
			this._addImplicitHelpCommand = void 0;
			/** @type {Command} */
			this._helpCommand = void 0;
			this._helpConfiguration = {};
			/** @type {string | undefined} */
			this._helpGroupHeading = void 0;
			/** @type {string | undefined} */
			this._defaultCommandGroup = void 0;
			/** @type {string | undefined} */
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
			for (let command = this; command; command = command.parent) result.push(command);
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
			return new Command(name);
		}
		/**
		* You can customise the help with a subclass of Help by overriding createHelp,
		* or by overriding Help properties using configureHelp().
		*
		* @return {Help}
		*/
		createHelp() {
			return Object.assign(new Help(), this.configureHelp());
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
			if (!cmd._name) throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
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
			return new Argument(name, description);
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
			if (typeof parseArg === "function") argument.default(defaultValue).argParser(parseArg);
			else argument.default(parseArg);
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
			if (previousArgument?.variadic) throw new Error(`only the last argument can be variadic '${previousArgument.name()}'`);
			if (argument.required && argument.defaultValue !== void 0 && argument.parseArg === void 0) throw new Error(`a default value for a required argument is never used: '${argument.name()}'`);
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
				if (enableOrNameAndArgs && this._defaultCommandGroup) this._initCommandGroup(this._getHelpCommand());
				return this;
			}
			const [, helpName, helpArgs] = (enableOrNameAndArgs ?? "help [command]").match(/([^ ]+) *(.*)/);
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
			if (this._addImplicitHelpCommand ?? (this.commands.length && !this._actionHandler && !this._findCommand("help"))) {
				if (this._helpCommand === void 0) this.helpCommand(void 0, void 0);
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
			const allowedValues = [
				"preSubcommand",
				"preAction",
				"postAction"
			];
			if (!allowedValues.includes(event)) throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
			if (this._lifeCycleHooks[event]) this._lifeCycleHooks[event].push(listener);
			else this._lifeCycleHooks[event] = [listener];
			return this;
		}
		/**
		* Register callback to use as replacement for calling process.exit.
		*
		* @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
		* @return {Command} `this` command for chaining
		*/
		exitOverride(fn) {
			if (fn) this._exitCallback = fn;
			else this._exitCallback = (err) => {
				if (err.code !== "commander.executeSubCommandAsync") throw err;
			};
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
		_exit(exitCode, code, message) {
			if (this._exitCallback) this._exitCallback(new CommanderError(exitCode, code, message));
			process.exit(exitCode);
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
				if (this._storeOptionsAsProperties) actionArgs[expectedArgsCount] = this;
				else actionArgs[expectedArgsCount] = this.opts();
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
			return new Option(flags, description);
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
					this.error(message, {
						exitCode: err.exitCode,
						code: err.code
					});
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
			const alreadyUsed = knownBy(command).find((name) => this._findCommand(name));
			if (alreadyUsed) {
				const existingCmd = knownBy(this._findCommand(alreadyUsed)).join("|");
				const newCmd = knownBy(command).join("|");
				throw new Error(`cannot add command '${newCmd}' as already have command '${existingCmd}'`);
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
				if (!this._findOption(positiveLongFlag)) this.setOptionValueWithSource(name, option.defaultValue === void 0 ? true : option.defaultValue, "default");
			} else if (option.defaultValue !== void 0) this.setOptionValueWithSource(name, option.defaultValue, "default");
			const handleOptionValue = (val, invalidValueMessage, valueSource) => {
				if (val == null && option.presetArg !== void 0) val = option.presetArg;
				const oldValue = this.getOptionValue(name);
				if (val !== null && option.parseArg) val = this._callParseArg(option, val, oldValue, invalidValueMessage);
				else if (val !== null && option.variadic) val = option._collectValue(val, oldValue);
				if (val == null) {
					if (option.negate) val = false;
					else if (option.isBoolean() || option.optional) val = true;
					else val = "";
				}
				this.setOptionValueWithSource(name, val, valueSource);
			};
			this.on("option:" + oname, (val) => {
				const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
				handleOptionValue(val, invalidValueMessage, "cli");
			});
			if (option.envVar) this.on("optionEnv:" + oname, (val) => {
				const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
				handleOptionValue(val, invalidValueMessage, "env");
			});
			return this;
		}
		/**
		* Internal implementation shared by .option() and .requiredOption()
		*
		* @return {Command} `this` command for chaining
		* @private
		*/
		_optionEx(config, flags, description, fn, defaultValue) {
			if (typeof flags === "object" && flags instanceof Option) throw new Error("To add an Option object use addOption() instead of option() or requiredOption()");
			const option = this.createOption(flags, description);
			option.makeOptionMandatory(!!config.mandatory);
			if (typeof fn === "function") option.default(defaultValue).argParser(fn);
			else if (fn instanceof RegExp) {
				const regex = fn;
				fn = (val, def) => {
					const m = regex.exec(val);
					return m ? m[0] : def;
				};
				option.default(defaultValue).argParser(fn);
			} else option.default(fn);
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
			return this._optionEx({ mandatory: true }, flags, description, parseArg, defaultValue);
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
			if (this.parent && this._passThroughOptions && !this.parent._enablePositionalOptions) throw new Error(`passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`);
		}
		/**
		* Whether to store option values as properties on command object,
		* or store separately (specify false). In both cases the option values can be accessed using .opts().
		*
		* @param {boolean} [storeAsProperties=true]
		* @return {Command} `this` command for chaining
		*/
		storeOptionsAsProperties(storeAsProperties = true) {
			if (this.options.length) throw new Error("call .storeOptionsAsProperties() before adding options");
			if (Object.keys(this._optionValues).length) throw new Error("call .storeOptionsAsProperties() before setting option values");
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
			if (this._storeOptionsAsProperties) return this[key];
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
			if (this._storeOptionsAsProperties) this[key] = value;
			else this._optionValues[key] = value;
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
				if (cmd.getOptionValueSource(key) !== void 0) source = cmd.getOptionValueSource(key);
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
			if (argv !== void 0 && !Array.isArray(argv)) throw new Error("first parameter to parse must be array or undefined");
			parseOptions = parseOptions || {};
			if (argv === void 0 && parseOptions.from === void 0) {
				if (process.versions?.electron) parseOptions.from = "electron";
				const execArgv = process.execArgv ?? [];
				if (execArgv.includes("-e") || execArgv.includes("--eval") || execArgv.includes("-p") || execArgv.includes("--print")) parseOptions.from = "eval";
			}
			if (argv === void 0) argv = process.argv;
			this.rawArgs = argv.slice();
			let userArgs;
			switch (parseOptions.from) {
				case void 0:
				case "node":
					this._scriptPath = argv[1];
					userArgs = argv.slice(2);
					break;
				case "electron":
					if (process.defaultApp) {
						this._scriptPath = argv[1];
						userArgs = argv.slice(2);
					} else userArgs = argv.slice(1);
					break;
				case "user":
					userArgs = argv.slice(0);
					break;
				case "eval":
					userArgs = argv.slice(1);
					break;
				default: throw new Error(`unexpected parse option { from: '${parseOptions.from}' }`);
			}
			if (!this._name && this._scriptPath) this.nameFromFilename(this._scriptPath);
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
			if (this._savedState === null) this.saveStateBeforeParse();
			else this.restoreStateBeforeParse();
		}
		/**
		* Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
		* Not usually called directly, but available for subclasses to save their custom state.
		*
		* This is called in a lazy way. Only commands used in parsing chain will have state saved.
		*/
		saveStateBeforeParse() {
			this._savedState = {
				_name: this._name,
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
			if (this._storeOptionsAsProperties) throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
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
			const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDir ? `searched for local subcommand relative to directory '${executableDir}'` : "no directory for search for local subcommand, use .executableDir() to supply a custom directory"}`;
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
			const sourceExt = [
				".js",
				".ts",
				".tsx",
				".mjs",
				".cjs"
			];
			function findFile(baseDir, baseName) {
				const localBin = path.resolve(baseDir, baseName);
				if (fs.existsSync(localBin)) return localBin;
				if (sourceExt.includes(path.extname(baseName))) return void 0;
				const foundExt = sourceExt.find((ext) => fs.existsSync(`${localBin}${ext}`));
				if (foundExt) return `${localBin}${foundExt}`;
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
				executableDir = path.resolve(path.dirname(resolvedScriptPath), executableDir);
			}
			if (executableDir) {
				let localFile = findFile(executableDir, executableFile);
				if (!localFile && !subcommand._executableFile && this._scriptPath) {
					const legacyName = path.basename(this._scriptPath, path.extname(this._scriptPath));
					if (legacyName !== this._name) localFile = findFile(executableDir, `${legacyName}-${subcommand._name}`);
				}
				executableFile = localFile || executableFile;
			}
			launchWithNode = sourceExt.includes(path.extname(executableFile));
			let proc;
			if (process.platform !== "win32") {
				if (launchWithNode) {
					args.unshift(executableFile);
					args = incrementNodeInspectorPort(process.execArgv).concat(args);
					proc = childProcess.spawn(process.argv[0], args, { stdio: "inherit" });
				} else proc = childProcess.spawn(executableFile, args, { stdio: "inherit" });
			} else {
				this._checkForMissingExecutable(executableFile, executableDir, subcommand._name);
				args.unshift(executableFile);
				args = incrementNodeInspectorPort(process.execArgv).concat(args);
				proc = childProcess.spawn(process.execPath, args, { stdio: "inherit" });
			}
			if (!proc.killed) [
				"SIGUSR1",
				"SIGUSR2",
				"SIGTERM",
				"SIGINT",
				"SIGHUP"
			].forEach((signal) => {
				process.on(signal, () => {
					if (proc.killed === false && proc.exitCode === null) proc.kill(signal);
				});
			});
			const exitCallback = this._exitCallback;
			proc.on("close", (code) => {
				code = code ?? 1;
				if (!exitCallback) process.exit(code);
				else exitCallback(new CommanderError(code, "commander.executeSubCommandAsync", "(close)"));
			});
			proc.on("error", (err) => {
				if (err.code === "ENOENT") this._checkForMissingExecutable(executableFile, executableDir, subcommand._name);
				else if (err.code === "EACCES") throw new Error(`'${executableFile}' not executable`);
				if (!exitCallback) process.exit(1);
				else {
					const wrappedError = new CommanderError(1, "commander.executeSubCommandAsync", "(error)");
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
			promiseChain = this._chainOrCallSubCommandHook(promiseChain, subCommand, "preSubcommand");
			promiseChain = this._chainOrCall(promiseChain, () => {
				if (subCommand._executableHandler) this._executeSubCommand(subCommand, operands.concat(unknown));
				else return subCommand._parseCommand(operands, unknown);
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
			if (!subcommandName) this.help();
			const subCommand = this._findCommand(subcommandName);
			if (subCommand && !subCommand._executableHandler) subCommand.help();
			return this._dispatchSubcommand(subcommandName, [], [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? "--help"]);
		}
		/**
		* Check this.args against expected this.registeredArguments.
		*
		* @private
		*/
		_checkNumberOfArguments() {
			this.registeredArguments.forEach((arg, i) => {
				if (arg.required && this.args[i] == null) this.missingArgument(arg.name());
			});
			if (this.registeredArguments.length > 0 && this.registeredArguments[this.registeredArguments.length - 1].variadic) return;
			if (this.args.length > this.registeredArguments.length) this._excessArguments(this.args);
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
					parsedValue = this._callParseArg(argument, value, previous, invalidValueMessage);
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
						if (declaredArg.parseArg) value = value.reduce((processed, v) => {
							return myParseArg(declaredArg, v, processed);
						}, declaredArg.defaultValue);
					} else if (value === void 0) value = [];
				} else if (index < this.args.length) {
					value = this.args[index];
					if (declaredArg.parseArg) value = myParseArg(declaredArg, value, declaredArg.defaultValue);
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
			if (promise?.then && typeof promise.then === "function") return promise.then(() => fn());
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
					hooks.push({
						hookedCommand,
						callback
					});
				});
			});
			if (event === "postAction") hooks.reverse();
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
			if (this._lifeCycleHooks[event] !== void 0) this._lifeCycleHooks[event].forEach((hook) => {
				result = this._chainOrCall(result, () => {
					return hook(this, subCommand);
				});
			});
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
			if (operands && this._findCommand(operands[0])) return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
			if (this._getHelpCommand() && operands[0] === this._getHelpCommand().name()) return this._dispatchHelpCommand(operands[1]);
			if (this._defaultCommandName) {
				this._outputHelpIfRequested(unknown);
				return this._dispatchSubcommand(this._defaultCommandName, operands, unknown);
			}
			if (this.commands.length && this.args.length === 0 && !this._actionHandler && !this._defaultCommandName) this.help({ error: true });
			this._outputHelpIfRequested(parsed.unknown);
			this._checkForMissingMandatoryOptions();
			this._checkForConflictingOptions();
			const checkForUnknownOptions = () => {
				if (parsed.unknown.length > 0) this.unknownOption(parsed.unknown[0]);
			};
			const commandEvent = `command:${this.name()}`;
			if (this._actionHandler) {
				checkForUnknownOptions();
				this._processArguments();
				let promiseChain;
				promiseChain = this._chainOrCallHooks(promiseChain, "preAction");
				promiseChain = this._chainOrCall(promiseChain, () => this._actionHandler(this.processedArgs));
				if (this.parent) promiseChain = this._chainOrCall(promiseChain, () => {
					this.parent.emit(commandEvent, operands, unknown);
				});
				promiseChain = this._chainOrCallHooks(promiseChain, "postAction");
				return promiseChain;
			}
			if (this.parent?.listenerCount(commandEvent)) {
				checkForUnknownOptions();
				this._processArguments();
				this.parent.emit(commandEvent, operands, unknown);
			} else if (operands.length) {
				if (this._findCommand("*")) return this._dispatchSubcommand("*", operands, unknown);
				if (this.listenerCount("command:*")) this.emit("command:*", operands, unknown);
				else if (this.commands.length) this.unknownCommand();
				else {
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
			return this.commands.find((cmd) => cmd._name === name || cmd._aliases.includes(name));
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
					if (anOption.mandatory && cmd.getOptionValue(anOption.attributeName()) === void 0) cmd.missingMandatoryOptionValue(anOption);
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
				if (this.getOptionValue(optionKey) === void 0) return false;
				return this.getOptionValueSource(optionKey) !== "default";
			});
			definedNonDefaultOptions.filter((option) => option.conflictsWith.length > 0).forEach((option) => {
				const conflictingAndDefined = definedNonDefaultOptions.find((defined) => option.conflictsWith.includes(defined.attributeName()));
				if (conflictingAndDefined) this._conflictingOption(option, conflictingAndDefined);
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
				return !this._getCommandAndAncestors().some((cmd) => cmd.options.map((opt) => opt.short).some((short) => /^-\d$/.test(short)));
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
							if (i < args.length && (!maybeOption(args[i]) || negativeNumberArg(args[i]))) value = args[i++];
							this.emit(`option:${option.name()}`, value);
						} else this.emit(`option:${option.name()}`);
						activeVariadicOption = option.variadic ? option : null;
						continue;
					}
				}
				if (arg.length > 2 && arg[0] === "-" && arg[1] !== "-") {
					const option = this._findOption(`-${arg[1]}`);
					if (option) {
						if (option.required || option.optional && this._combineFlagAndOptionalValue) this.emit(`option:${option.name()}`, arg.slice(2));
						else {
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
				if (dest === operands && maybeOption(arg) && !(this.commands.length === 0 && negativeNumberArg(arg))) dest = unknown;
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
			return {
				operands,
				unknown
			};
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
			return this._getCommandAndAncestors().reduce((combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()), {});
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
			this._outputConfiguration.outputError(`${message}\n`, this._outputConfiguration.writeErr);
			if (typeof this._showHelpAfterError === "string") this._outputConfiguration.writeErr(`${this._showHelpAfterError}\n`);
			else if (this._showHelpAfterError) {
				this._outputConfiguration.writeErr("\n");
				this.outputHelp({ error: true });
			}
			const config = errorOptions || {};
			const exitCode = config.exitCode || 1;
			const code = config.code || "commander.error";
			this._exit(exitCode, code, message);
		}
		/**
		* Apply any option related environment variables, if option does
		* not have a value from cli or client code.
		*
		* @private
		*/
		_parseOptionsEnv() {
			this.options.forEach((option) => {
				if (option.envVar && option.envVar in process.env) {
					const optionKey = option.attributeName();
					if (this.getOptionValue(optionKey) === void 0 || [
						"default",
						"config",
						"env"
					].includes(this.getOptionValueSource(optionKey))) {
						if (option.required || option.optional) this.emit(`optionEnv:${option.name()}`, process.env[option.envVar]);
						else this.emit(`optionEnv:${option.name()}`);
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
			this.options.filter((option) => option.implied !== void 0 && hasCustomOptionValue(option.attributeName()) && dualHelper.valueFromOption(this.getOptionValue(option.attributeName()), option)).forEach((option) => {
				Object.keys(option.implied).filter((impliedKey) => !hasCustomOptionValue(impliedKey)).forEach((impliedKey) => {
					this.setOptionValueWithSource(impliedKey, option.implied[impliedKey], "implied");
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
			const findBestOptionFromValue = (option) => {
				const optionKey = option.attributeName();
				const optionValue = this.getOptionValue(optionKey);
				const negativeOption = this.options.find((target) => target.negate && optionKey === target.attributeName());
				const positiveOption = this.options.find((target) => !target.negate && optionKey === target.attributeName());
				if (negativeOption && (negativeOption.presetArg === void 0 && optionValue === false || negativeOption.presetArg !== void 0 && optionValue === negativeOption.presetArg)) return negativeOption;
				return positiveOption || option;
			};
			const getErrorMessage = (option) => {
				const bestOption = findBestOptionFromValue(option);
				const optionKey = bestOption.attributeName();
				if (this.getOptionValueSource(optionKey) === "env") return `environment variable '${bestOption.envVar}'`;
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
			const message = `error: too many arguments${this.parent ? ` for '${this.name()}'` : ""}. Expected ${expected} argument${s} but got ${receivedArgs.length}.`;
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
				this._outputConfiguration.writeOut(`${str}\n`);
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
			if (str === void 0 && argsDescription === void 0) return this._description;
			this._description = str;
			if (argsDescription) this._argsDescription = argsDescription;
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
			/** @type {Command} */
			let command = this;
			if (this.commands.length !== 0 && this.commands[this.commands.length - 1]._executableHandler) command = this.commands[this.commands.length - 1];
			if (alias === command._name) throw new Error("Command alias can't be the same as its name");
			const matchingCommand = this.parent?._findCommand(alias);
			if (matchingCommand) {
				const existingCmd = [matchingCommand.name()].concat(matchingCommand.aliases()).join("|");
				throw new Error(`cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`);
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
				return [].concat(this.options.length || this._helpOption !== null ? "[options]" : [], this.commands.length ? "[command]" : [], this.registeredArguments.length ? args : []).join(" ");
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
			if (this._defaultOptionGroup && !option.helpGroupHeading) option.helpGroup(this._defaultOptionGroup);
		}
		/**
		* @param {Command} cmd
		* @private
		*/
		_initCommandGroup(cmd) {
			if (this._defaultCommandGroup && !cmd.helpGroup()) cmd.helpGroup(this._defaultCommandGroup);
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
		executableDir(path) {
			if (path === void 0) return this._executableDir;
			this._executableDir = path;
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
			return {
				error,
				write,
				hasColors,
				helpWidth
			};
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
			/** @type {HelpTextEventContext} */
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
				if (typeof helpInformation !== "string" && !Buffer.isBuffer(helpInformation)) throw new Error("outputHelp callback must return a string or a Buffer");
			}
			outputContext.write(helpInformation);
			if (this._getHelpOption()?.long) this.emit(this._getHelpOption().long);
			this.emit("afterHelp", eventContext);
			this._getCommandAndAncestors().forEach((command) => command.emit("afterAllHelp", eventContext));
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
					if (this._defaultOptionGroup) this._initOptionGroup(this._getHelpOption());
				} else this._helpOption = null;
				return this;
			}
			this._helpOption = this.createOption(flags ?? "-h, --help", description ?? "display help for command");
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
			if (this._helpOption === void 0) this.helpOption(void 0, void 0);
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
			let exitCode = Number(process.exitCode ?? 0);
			if (exitCode === 0 && contextOptions && typeof contextOptions !== "function" && contextOptions.error) exitCode = 1;
			this._exit(exitCode, "commander.help", "(outputHelp)");
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
			const allowedValues = [
				"beforeAll",
				"before",
				"after",
				"afterAll"
			];
			if (!allowedValues.includes(position)) throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
			const helpEvent = `${position}Help`;
			this.on(helpEvent, (context) => {
				let helpStr;
				if (typeof text === "function") helpStr = text({
					error: context.error,
					command: context.command
				});
				else helpStr = text;
				if (helpStr) context.write(`${helpStr}\n`);
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
			if (helpOption && args.find((arg) => helpOption.is(arg))) {
				this.outputHelp();
				this._exit(0, "commander.helpDisplayed", "(outputHelp)");
			}
		}
	};
	/**
	* Scan arguments and increment port number for inspect calls (to avoid conflicts when spawning new command).
	*
	* @param {string[]} args - array of arguments from node.execArgv
	* @returns {string[]}
	* @private
	*/
	function incrementNodeInspectorPort(args) {
		return args.map((arg) => {
			if (!arg.startsWith("--inspect")) return arg;
			let debugOption;
			let debugHost = "127.0.0.1";
			let debugPort = "9229";
			let match;
			if ((match = arg.match(/^(--inspect(-brk)?)$/)) !== null) debugOption = match[1];
			else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+)$/)) !== null) {
				debugOption = match[1];
				if (/^\d+$/.test(match[3])) debugPort = match[3];
				else debugHost = match[3];
			} else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+):(\d+)$/)) !== null) {
				debugOption = match[1];
				debugHost = match[3];
				debugPort = match[4];
			}
			if (debugOption && debugPort !== "0") return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
			return arg;
		});
	}
	/**
	* @returns {boolean | undefined}
	* @package
	*/
	function useColor() {
		if (process.env.NO_COLOR || process.env.FORCE_COLOR === "0" || process.env.FORCE_COLOR === "false") return false;
		if (process.env.FORCE_COLOR || process.env.CLICOLOR_FORCE !== void 0) return true;
	}
	exports.Command = Command;
	exports.useColor = useColor;
}));
const { program, createCommand, createArgument, createOption, CommanderError, InvalidArgumentError, InvalidOptionArgumentError, Command, Argument, Option, Help } = (/* @__PURE__ */ __toESM((/* @__PURE__ */ __commonJSMin(((exports) => {
	const { Argument } = require_argument();
	const { Command } = require_command();
	const { CommanderError, InvalidArgumentError } = require_error();
	const { Help } = require_help();
	const { Option } = require_option();
	exports.program = new Command();
	exports.createCommand = (name) => new Command(name);
	exports.createOption = (flags, description) => new Option(flags, description);
	exports.createArgument = (name, description) => new Argument(name, description);
	/**
	* Expose classes
	*/
	exports.Command = Command;
	exports.Option = Option;
	exports.Argument = Argument;
	exports.Help = Help;
	exports.CommanderError = CommanderError;
	exports.InvalidArgumentError = InvalidArgumentError;
	exports.InvalidOptionArgumentError = InvalidArgumentError;
})))(), 1)).default;
// dist/i18n/en.js
/** The reference catalog: every message the core says, with {placeholders}. sv.ts and nb.ts match it key for key. */
const en = {
	"internal.error": "plan could not check this file because of an internal error ({reason}). This is a bug in plan; please report it with the file.",
	"load.empty": "The file is empty.",
	"load.onlyComments": "The file holds only comments, no plan.",
	"load.startWithKind": "A plan starts with a line \"kind: <kind>\"; \"plan kinds\" lists the kinds and \"plan init <kind>\" writes a new plan.",
	"load.emptyAmongPlansHint": "If it is to be a plan, start it with a line \"kind: <kind>\"; if not, delete it or list it under \"ignore:\" in .planrc.yaml.",
	"load.multipleDocuments": "The file holds {count} YAML documents; a plan is one document.",
	"load.multipleDocumentsHint": "Remove the \"---\" line that starts the second document, or put each plan in a file of its own.",
	"load.aliasLimit": "The file uses YAML aliases (*name) more than {limit} times, which would expand it beyond any real plan; it is not read.",
	"load.unreadableYaml": "The YAML could not be read: {reason}",
	"load.notMapping": "A plan is a mapping of keys to values, but this file holds {found}.",
	"load.yamlSyntax": "YAML syntax error: {detail}.",
	"load.tooLarge": "The file is {size}; plan reads files up to {limit}, far beyond any real plan.",
	"load.binary": "This is not a text file: it holds control bytes that no text has, starting here (is it an image or a Word file saved under a .yaml name?).",
	"load.utf16": "The file is UTF-16 ({endian}) text; plan reads UTF-8.",
	"load.notUtf8": "The file is not UTF-8 text: byte {byte} here cannot start a UTF-8 character.",
	"load.notUtf8Guess": "The file is not UTF-8 text: byte {byte} here looks like {encoding}, the encoding older Windows programs save in.",
	"load.saveAsUtf8": "Open the file in your editor and save it with the encoding \"UTF-8\".",
	"load.notFound": "No such file or folder: {path}",
	"load.unreadable": "The file cannot be read ({reason}).",
	"load.notRegular": "This is not a regular file (a folder, a pipe or a device); a plan is a file.",
	"yaml.DUPLICATE_KEY": "The same key appears twice in this mapping; a key may appear only once.",
	"yaml.TAB_AS_INDENT": "A tab is used for indentation; YAML indents with spaces only.",
	"yaml.BAD_INDENT": "The indentation here does not match the lines around it.",
	"yaml.MISSING_CHAR": "Something is not closed here: {detail}.",
	"yaml.UNEXPECTED_TOKEN": "Unexpected text here: {detail}.",
	"yaml.MULTILINE_IMPLICIT_KEY": "A key cannot span several lines; is a \":\" or a quote missing on the line above?",
	"yaml.BLOCK_AS_IMPLICIT_KEY": "A nested block cannot be a key; is a \":\" missing or the indentation wrong?",
	"yaml.BAD_DQ_ESCAPE": "A backslash in a \"double-quoted\" text starts an escape that YAML does not know; write \\\\ for a backslash, or use single quotes.",
	"yaml.KEY_OVER_1024_CHARS": "A key here is longer than 1024 characters; is a \":\" missing after a short key?",
	"yaml.BAD_SCALAR_START": "A value cannot start with this character unless it is quoted: {detail}.",
	"yaml.BAD_ALIAS": "This alias refers to an anchor that is not defined above it.",
	"yaml.RESOURCE_EXHAUSTION": "The YAML is nested too deeply here to be read.",
	"load.unclosedQuote": "This quoted text is not closed: the closing {closing} is missing, so the text runs on to line {line}.",
	"load.unclosedBracket": "This \"{char}\" is not closed with \"{closing}\" (noticed on line {line}).",
	"load.tooDeep": "The YAML is nested more than {limit} levels deep here; a plan never is, so the file is not read.",
	"load.undefinedAlias": "The alias *{name} refers to no anchor defined above it; an alias repeats a value marked &{name} earlier in the file.",
	"load.undefinedAliasHint": "Write the value out here, or mark the value it is to repeat with &{name}, above this line; check the spelling of both.",
	"load.indentedStart": "The first line of the plan is indented more than the lines below it; a plan's keys start at the left margin.",
	"load.indentedStartHint": "Remove the spaces at the start of line {line}, so that it starts where the keys below it do.",
	"type.string": "text",
	"type.number": "a number",
	"type.bigint": "a number",
	"type.boolean": "true/false",
	"type.array": "a list",
	"type.object": "a mapping (keys with values)",
	"type.null": "an empty value",
	"type.undefined": "nothing",
	"format.email": "an e-mail address",
	"format.url": "a web address",
	"format.regex": "the expected form",
	"format.date": "a date (YYYY-MM-DD)",
	"plan.missingKind": "The plan does not say which kind of document it is: the key \"kind\" is missing.",
	"plan.unknownKind": "Unknown kind of plan \"{kind}\".",
	"plan.kindsHint": "The kinds are {kinds}.",
	"schema.field": "\"{key}\"",
	"schema.fieldWithTitle": "\"{key}\" ({title})",
	"schema.unknownKey": "Unknown key \"{key}\".",
	"schema.didYouMean": "Did you mean \"{suggestion}\"?",
	"schema.knownKeys": "The keys allowed here are {keys}.",
	"schema.required": "Required field {field} is missing.",
	"schema.invalidType": "{field} should be {expected}, but is {found}.",
	"field.emptyNumber": "{field} is empty; write a number.",
	"schema.invalidValue": "{field} is \"{found}\", but must be {allowed}.",
	"schema.invalidFormat": "{field} is \"{found}\", which is not {format}.",
	"schema.tooFewItems": "{field} needs at least {minimum} entries.",
	"schema.tooFewItemsOne": "{field} needs at least one entry.",
	"schema.tooManyItems": "{field} may have at most {maximum} entries.",
	"schema.tooSmall": "{field} must be at least {minimum}.",
	"schema.tooBig": "{field} must be at most {maximum}.",
	"schema.invalid": "{field} is not valid: {detail}",
	"field.emptyText": "{field} is empty; write the text the form asks for.",
	"field.email": "{field}: \"{input}\" is not an e-mail address.",
	"field.emailHint": "Write it as name@example.se, without spaces.",
	"field.url": "{field}: \"{input}\" is not a web address.",
	"field.urlHint": "Write it as the document prints it, for example www.example.se or https://www.example.se/page.",
	"field.phone.notAPhone": "{field}: \"{input}\" is not a telephone number.",
	"field.phone.notAPhoneHint": "Write the digits in groups, separated by spaces or a hyphen, for example {examples}.",
	"field.phone.noAreaCode": "{field}: \"{input}\" has no area code.",
	"field.phone.noAreaCodeHint": "Write the area code first (08 for Stockholm, 070 for a mobile) or the country code, for example {examples}.",
	"field.phone.digitCount": "{field}: \"{input}\" has {count} digits, but a number here has {expected}.",
	"field.phone.digitCountHint": "Look for a missing or extra digit; numbers are written like {examples}.",
	"amount.notAnAmount": "\"{input}\" is not an amount.",
	"amount.empty": "{field} is empty; write the amount.",
	"amount.emptyHint": "Write whole kronor as digits, for example 1835000 or \"1 835 000\"; leave out the field (or write ~ in a table cell) where the form has no amount.",
	"amount.notAnAmountHint": "Write whole kronor as digits, for example 1835000 or \"1 835 000\".",
	"amount.ambiguous": "The amount \"{input}\" is ambiguous: \".\" and \",\" can separate thousands or decimals.",
	"amount.ambiguousHint": "If you mean {value}, write {plain} or \"{value}\" (spaces between thousands).",
	"amount.fraction": "The amount \"{input}\" has a fractional part; amounts are whole kronor.",
	"amount.fractionHint": "Round it to whole kronor, for example 1500 instead of 1500.50.",
	"amount.negative": "The amount \"{input}\" is negative; an amount here cannot be.",
	"amount.tooLarge": "The amount \"{input}\" is too large; the largest amount plan accepts is 999 999 999 999.",
	"amount.badGrouping": "The amount \"{input}\" has digit groups that are not groups of three.",
	"amount.badGroupingHint": "Write \"{value}\" or {plain}.",
	"amount.leadingZero": "The amount \"{input}\" starts with 0.",
	"amount.leadingZeroHint": "Write {plain} if that is the amount.",
	"date.empty": "{field} is empty; write a date.",
	"date.emptyHint": "For example \"1 May 2008\", \"2008-05-01\", \"April 2008\", \"autumn 2007\" or \"Q3 2008\".",
	"date.notADate": "\"{input}\" is not a date.",
	"date.notADateHint": "Write a day (\"1 May 2008\", \"2008-05-01\"), a month (\"April 2008\"), a season (\"autumn 2007\"), a quarter (\"Q3 2008\") or a year (\"2008\").",
	"date.noSuchDay": "{day} does not exist; {month} has {days} days.",
	"date.noSuchDayHint": "Correct the day; the last day of the month is {last}.",
	"date.ambiguous": "\"{input}\" can be read in more than one way: {readings}.",
	"date.ambiguousHint": "Write the one you mean so that it cannot be misread, for example \"{example}\".",
	"date.yearMissing": "\"{input}\" has no year.",
	"date.yearMissingHint": "Add the year, for example \"1 May 2008\" or \"autumn 2007\".",
	"date.unknownWord": "\"{input}\": \"{word}\" is not a month or other date word that plan knows.",
	"date.unknownWordHint": "Did you mean \"{suggestion}\"?",
	"date.tooLong": "The text is too long for a date (\"{input}\"); a date is read from at most {limit} characters.",
	"date.tooLongHint": "Write the date alone, and put the explanation in a field of its own.",
	"date.backwards": "\"{input}\" ends before it starts.",
	"date.backwardsHint": "Write the earlier date first, for example \"October – November 2007\".",
	"date.statusOnly": "\"{input}\" says how the work stands, but gives no date.",
	"date.statusOnlyHint": "Add the date, for example \"{input} 1 May 2008\".",
	"budget.noYears": "The budget needs at least one year (column).",
	"budget.columnCount": "{table}: the row \"{row}\" has {count} amounts, but the table has {columns} columns.",
	"budget.columnCountHint": "Give one amount per column ({columns}), writing ~ for an empty cell, or none at all.",
	"budget.sumMismatch": "{table}: {total} for {column} is stated as {stated}, but the rows add up to {computed}.",
	"budget.sumMismatchSingle": "{table}: {total} is stated as {stated}, but the rows add up to {computed}.",
	"budget.sumMismatchHint": "Write {computed}, or correct the row that is wrong.",
	"budget.derivedMismatch": "{table}: {column} for \"{row}\" is stated as {stated}, but {formula} is {computed}.",
	"budget.derivedMismatchHint": "Write {computed}, or correct the row's amounts.",
	"budget.balance": "{title} for {column} is stated as {stated}, but {parts} add up to {computed}.",
	"budget.balanceSingle": "{title} is {stated}, but {parts} add up to {computed}.",
	"budget.balanceHint": "Write {computed}, or correct the figures it is the sum of.",
	"contact.unreachable": "The contact person {name} has no telephone number, mobile number or e-mail address.",
	"period.order": "The project period ends ({end}) before it starts ({start}).",
	"period.orderHint": "Check the years: the start comes before the end."
};
// dist/i18n/sv.js
const sv = {
	"internal.error": "plan kunde inte granska filen på grund av ett internt fel ({reason}). Det är ett fel i plan; rapportera det gärna tillsammans med filen.",
	"load.empty": "Filen är tom.",
	"load.onlyComments": "Filen innehåller bara kommentarer, ingen plan.",
	"load.startWithKind": "En plan börjar med raden \"kind: <slag>\"; \"plan kinds\" visar slagen och \"plan init <slag>\" skriver en ny plan.",
	"load.emptyAmongPlansHint": "Om den ska vara en plan, börja den med raden \"kind: <slag>\"; annars ta bort den eller lägg den under \"ignore:\" i .planrc.yaml.",
	"load.multipleDocuments": "Filen innehåller {count} YAML-dokument; en plan är ett dokument.",
	"load.multipleDocumentsHint": "Ta bort raden \"---\" som börjar det andra dokumentet, eller lägg varje plan i en egen fil.",
	"load.aliasLimit": "Filen använder YAML-alias (*namn) fler än {limit} gånger, vilket skulle göra den större än någon verklig plan; den läses inte.",
	"load.unreadableYaml": "YAML-texten kunde inte läsas: {reason}",
	"load.notMapping": "En plan består av nycklar med värden, men filen innehåller {found}.",
	"load.yamlSyntax": "Syntaxfel i YAML: {detail}.",
	"load.tooLarge": "Filen är {size}; plan läser filer upp till {limit}, långt mer än någon verklig plan.",
	"load.binary": "Det här är ingen textfil: den innehåller kontrollbyte som ingen text har, från och med här (är det en bild eller en Word-fil sparad med namnet .yaml?).",
	"load.utf16": "Filen är UTF-16-text ({endian}); plan läser UTF-8.",
	"load.notUtf8": "Filen är inte UTF-8-text: byten {byte} här kan inte inleda ett UTF-8-tecken.",
	"load.notUtf8Guess": "Filen är inte UTF-8-text: byten {byte} här ser ut som {encoding}, den kodning som äldre Windows-program sparar i.",
	"load.saveAsUtf8": "Öppna filen i din redigerare och spara den med kodningen \"UTF-8\".",
	"load.notFound": "Filen eller mappen finns inte: {path}",
	"load.unreadable": "Filen kan inte läsas ({reason}).",
	"load.notRegular": "Det här är ingen vanlig fil (en mapp, en pipe eller en enhet); en plan är en fil.",
	"yaml.DUPLICATE_KEY": "Samma nyckel förekommer två gånger här; en nyckel får bara förekomma en gång.",
	"yaml.TAB_AS_INDENT": "Ett tabbtecken används för indrag; YAML drar in med mellanslag.",
	"yaml.BAD_INDENT": "Indraget här stämmer inte med raderna omkring.",
	"yaml.MISSING_CHAR": "Något är inte avslutat här: {detail}.",
	"yaml.UNEXPECTED_TOKEN": "Oväntad text här: {detail}.",
	"yaml.MULTILINE_IMPLICIT_KEY": "En nyckel kan inte sträcka sig över flera rader; saknas ett \":\" eller ett citattecken på raden ovanför?",
	"yaml.BLOCK_AS_IMPLICIT_KEY": "Ett indraget block kan inte vara en nyckel; saknas ett \":\" eller är indraget fel?",
	"yaml.BAD_DQ_ESCAPE": "Ett omvänt snedstreck i en text inom \"dubbla citattecken\" inleder en kod som YAML inte känner till; skriv \\\\ för ett snedstreck, eller använd enkla citattecken.",
	"yaml.KEY_OVER_1024_CHARS": "En nyckel här är längre än 1024 tecken; saknas ett \":\" efter en kort nyckel?",
	"yaml.BAD_SCALAR_START": "Ett värde kan inte börja med det här tecknet utan citattecken: {detail}.",
	"yaml.BAD_ALIAS": "Aliaset hänvisar till ett ankare som inte är definierat ovanför.",
	"yaml.RESOURCE_EXHAUSTION": "YAML-texten är för djupt nästlad här för att kunna läsas.",
	"load.unclosedQuote": "Den citerade texten avslutas aldrig: det avslutande {closing} saknas, så texten fortsätter till rad {line}.",
	"load.unclosedBracket": "Denna \"{char}\" stängs aldrig med \"{closing}\" (märktes på rad {line}).",
	"load.tooDeep": "YAML-texten är nästlad mer än {limit} nivåer djupt här; det är en plan aldrig, så filen läses inte.",
	"load.undefinedAlias": "Aliaset *{name} hänvisar inte till något ankare ovanför; ett alias upprepar ett värde som märkts med &{name} tidigare i filen.",
	"load.undefinedAliasHint": "Skriv ut värdet här, eller märk värdet som ska upprepas med &{name} ovanför den här raden; kontrollera stavningen av båda.",
	"load.indentedStart": "Planens första rad är mer indragen än raderna under den; en plans nycklar börjar vid vänstermarginalen.",
	"load.indentedStartHint": "Ta bort mellanslagen i början av rad {line}, så att den börjar där nycklarna under den börjar.",
	"type.string": "text",
	"type.number": "ett tal",
	"type.bigint": "ett tal",
	"type.boolean": "sant/falskt",
	"type.array": "en lista",
	"type.object": "nycklar med värden",
	"type.null": "ett tomt värde",
	"type.undefined": "ingenting",
	"format.email": "en e-postadress",
	"format.url": "en webbadress",
	"format.regex": "den väntade formen",
	"format.date": "ett datum (ÅÅÅÅ-MM-DD)",
	"plan.missingKind": "Planen säger inte vilket slags dokument den är: nyckeln \"kind\" saknas.",
	"plan.unknownKind": "Okänt slag av plan: \"{kind}\".",
	"plan.kindsHint": "Slagen är {kinds}.",
	"schema.field": "\"{key}\"",
	"schema.fieldWithTitle": "\"{key}\" ({title})",
	"schema.unknownKey": "Okänd nyckel \"{key}\".",
	"schema.didYouMean": "Menade du \"{suggestion}\"?",
	"schema.knownKeys": "Nycklarna som får finnas här är {keys}.",
	"schema.required": "Det obligatoriska fältet {field} saknas.",
	"schema.invalidType": "{field} ska vara {expected}, men är {found}.",
	"field.emptyNumber": "{field} är tomt; skriv ett tal.",
	"schema.invalidValue": "{field} är \"{found}\", men ska vara {allowed}.",
	"schema.invalidFormat": "{field} är \"{found}\", vilket inte är {format}.",
	"schema.tooFewItems": "{field} behöver minst {minimum} poster.",
	"schema.tooFewItemsOne": "{field} behöver minst en post.",
	"schema.tooManyItems": "{field} får ha högst {maximum} poster.",
	"schema.tooSmall": "{field} måste vara minst {minimum}.",
	"schema.tooBig": "{field} får vara högst {maximum}.",
	"schema.invalid": "{field} är inte giltigt: {detail}",
	"field.emptyText": "{field} är tomt; skriv den text som blanketten frågar efter.",
	"field.email": "{field}: \"{input}\" är ingen e-postadress.",
	"field.emailHint": "Skriv den som namn@exempel.se, utan mellanslag.",
	"field.url": "{field}: \"{input}\" är ingen webbadress.",
	"field.urlHint": "Skriv den som dokumentet skriver den, till exempel www.exempel.se eller https://www.exempel.se/sida.",
	"field.phone.notAPhone": "{field}: \"{input}\" är inget telefonnummer.",
	"field.phone.notAPhoneHint": "Skriv siffrorna i grupper, åtskilda av mellanslag eller bindestreck, till exempel {examples}.",
	"field.phone.noAreaCode": "{field}: \"{input}\" saknar riktnummer.",
	"field.phone.noAreaCodeHint": "Skriv riktnumret först (08 för Stockholm, 070 för en mobil) eller landsnumret, till exempel {examples}.",
	"field.phone.digitCount": "{field}: \"{input}\" har {count} siffror, men ett nummer här har {expected}.",
	"field.phone.digitCountHint": "Se efter om en siffra saknas eller är för mycket; nummer skrivs som {examples}.",
	"amount.notAnAmount": "\"{input}\" är inget belopp.",
	"amount.empty": "{field} är tomt; skriv beloppet.",
	"amount.emptyHint": "Skriv hela kronor med siffror, t.ex. 1835000 eller \"1 835 000\"; utelämna fältet (eller skriv ~ i en tabellcell) där blanketten inte har något belopp.",
	"amount.notAnAmountHint": "Skriv hela kronor med siffror, till exempel 1835000 eller \"1 835 000\".",
	"amount.ambiguous": "Beloppet \"{input}\" är tvetydigt: \".\" och \",\" kan skilja tusental eller decimaler.",
	"amount.ambiguousHint": "Menar du {value}, skriv {plain} eller \"{value}\" (mellanslag mellan tusentalen).",
	"amount.fraction": "Beloppet \"{input}\" har decimaler; belopp anges i hela kronor.",
	"amount.fractionHint": "Avrunda till hela kronor, till exempel 1500 i stället för 1500,50.",
	"amount.negative": "Beloppet \"{input}\" är negativt; ett belopp här kan inte vara det.",
	"amount.tooLarge": "Beloppet \"{input}\" är för stort; det största belopp plan godtar är 999 999 999 999.",
	"amount.badGrouping": "Beloppet \"{input}\" har siffergrupper som inte är tresiffriga.",
	"amount.badGroupingHint": "Skriv \"{value}\" eller {plain}.",
	"amount.leadingZero": "Beloppet \"{input}\" börjar med 0.",
	"amount.leadingZeroHint": "Skriv {plain} om det är beloppet.",
	"date.empty": "{field} är tomt; skriv ett datum.",
	"date.emptyHint": "Till exempel \"1 maj 2008\", \"2008-05-01\", \"april 2008\", \"hösten 2007\" eller \"Q3 2008\".",
	"date.notADate": "\"{input}\" är inget datum.",
	"date.notADateHint": "Skriv en dag (\"1 maj 2008\", \"2008-05-01\"), en månad (\"april 2008\"), en årstid (\"hösten 2007\"), ett kvartal (\"Q3 2008\") eller ett år (\"2008\").",
	"date.noSuchDay": "{day} finns inte; {month} har {days} dagar.",
	"date.noSuchDayHint": "Rätta dagen; månadens sista dag är {last}.",
	"date.ambiguous": "\"{input}\" kan läsas på flera sätt: {readings}.",
	"date.ambiguousHint": "Skriv det datum du menar så att det inte kan missförstås, till exempel \"{example}\".",
	"date.yearMissing": "\"{input}\" saknar årtal.",
	"date.yearMissingHint": "Lägg till året, till exempel \"1 maj 2008\" eller \"hösten 2007\".",
	"date.unknownWord": "\"{input}\": \"{word}\" är ingen månad eller annat datumord som plan känner till.",
	"date.unknownWordHint": "Menade du \"{suggestion}\"?",
	"date.tooLong": "Texten är för lång för ett datum (\"{input}\"); ett datum läses ur högst {limit} tecken.",
	"date.tooLongHint": "Skriv bara datumet, och lägg förklaringen i ett eget fält.",
	"date.backwards": "\"{input}\" slutar innan det börjar.",
	"date.backwardsHint": "Skriv det tidigare datumet först, till exempel \"oktober–november 2007\".",
	"date.statusOnly": "\"{input}\" säger hur arbetet går, men anger inget datum.",
	"date.statusOnlyHint": "Lägg till datumet, till exempel \"{input} 1 maj 2008\".",
	"budget.noYears": "Budgeten behöver minst ett år (en kolumn).",
	"budget.columnCount": "{table}: raden \"{row}\" har {count} belopp, men tabellen har {columns} kolumner.",
	"budget.columnCountHint": "Ange ett belopp per kolumn ({columns}) med ~ för en tom ruta, eller inga alls.",
	"budget.sumMismatch": "{table}: {total} för {column} anges till {stated}, men raderna summerar till {computed}.",
	"budget.sumMismatchSingle": "{table}: {total} anges till {stated}, men raderna summerar till {computed}.",
	"budget.sumMismatchHint": "Skriv {computed}, eller rätta den rad som är fel.",
	"budget.derivedMismatch": "{table}: {column} för \"{row}\" anges till {stated}, men {formula} blir {computed}.",
	"budget.derivedMismatchHint": "Skriv {computed}, eller rätta radens belopp.",
	"budget.balance": "{title} för {column} anges till {stated}, men {parts} summerar till {computed}.",
	"budget.balanceSingle": "{title} är {stated}, men {parts} summerar till {computed}.",
	"budget.balanceHint": "Skriv {computed}, eller rätta de belopp som den är summan av.",
	"contact.unreachable": "Kontaktpersonen {name} saknar telefonnummer, mobilnummer och e-postadress.",
	"period.order": "Projektperioden slutar ({end}) innan den börjar ({start}).",
	"period.orderHint": "Kontrollera årtalen: starten ska ligga före slutet."
};
// dist/i18n/nb.js
const nb = {
	"internal.error": "plan kunne ikke kontrollere filen på grunn av en intern feil ({reason}). Dette er en feil i plan; meld den gjerne sammen med filen.",
	"load.empty": "Filen er tom.",
	"load.onlyComments": "Filen inneholder bare kommentarer, ingen plan.",
	"load.startWithKind": "En plan begynner med linjen \"kind: <type>\"; \"plan kinds\" viser typene og \"plan init <type>\" skriver en ny plan.",
	"load.emptyAmongPlansHint": "Hvis den skal være en plan, begynn den med linjen \"kind: <type>\"; hvis ikke, slett den eller før den opp under \"ignore:\" i .planrc.yaml.",
	"load.multipleDocuments": "Filen inneholder {count} YAML-dokumenter; en plan er ett dokument.",
	"load.multipleDocumentsHint": "Fjern linjen \"---\" som begynner det andre dokumentet, eller legg hver plan i en egen fil.",
	"load.aliasLimit": "Filen bruker YAML-alias (*navn) mer enn {limit} ganger, noe som ville gjøre den større enn noen virkelig plan; den leses ikke.",
	"load.unreadableYaml": "YAML-teksten kunne ikke leses: {reason}",
	"load.notMapping": "En plan består av nøkler med verdier, men filen inneholder {found}.",
	"load.yamlSyntax": "Syntaksfeil i YAML: {detail}.",
	"load.tooLarge": "Filen er {size}; plan leser filer opp til {limit}, langt mer enn noen virkelig plan.",
	"load.binary": "Dette er ingen tekstfil: den inneholder kontrollbyte som ingen tekst har, fra og med her (er det et bilde eller en Word-fil lagret med navnet .yaml?).",
	"load.utf16": "Filen er UTF-16-tekst ({endian}); plan leser UTF-8.",
	"load.notUtf8": "Filen er ikke UTF-8-tekst: byten {byte} her kan ikke innlede et UTF-8-tegn.",
	"load.notUtf8Guess": "Filen er ikke UTF-8-tekst: byten {byte} her ser ut som {encoding}, kodingen som eldre Windows-programmer lagrer i.",
	"load.saveAsUtf8": "Åpne filen i redigeringsprogrammet og lagre den med kodingen \"UTF-8\".",
	"load.notFound": "Filen eller mappen finnes ikke: {path}",
	"load.unreadable": "Filen kan ikke leses ({reason}).",
	"load.notRegular": "Dette er ingen vanlig fil (en mappe, en pipe eller en enhet); en plan er en fil.",
	"yaml.DUPLICATE_KEY": "Samme nøkkel forekommer to ganger her; en nøkkel kan bare forekomme én gang.",
	"yaml.TAB_AS_INDENT": "Et tabulatortegn brukes til innrykk; YAML rykker inn med mellomrom.",
	"yaml.BAD_INDENT": "Innrykket her stemmer ikke med linjene rundt.",
	"yaml.MISSING_CHAR": "Noe er ikke avsluttet her: {detail}.",
	"yaml.UNEXPECTED_TOKEN": "Uventet tekst her: {detail}.",
	"yaml.MULTILINE_IMPLICIT_KEY": "En nøkkel kan ikke gå over flere linjer; mangler et \":\" eller et anførselstegn på linjen over?",
	"yaml.BLOCK_AS_IMPLICIT_KEY": "En innrykket blokk kan ikke være en nøkkel; mangler et \":\" eller er innrykket feil?",
	"yaml.BAD_DQ_ESCAPE": "En omvendt skråstrek i en tekst i \"doble anførselstegn\" innleder en kode som YAML ikke kjenner; skriv \\\\ for en skråstrek, eller bruk enkle anførselstegn.",
	"yaml.KEY_OVER_1024_CHARS": "En nøkkel her er lengre enn 1024 tegn; mangler et \":\" etter en kort nøkkel?",
	"yaml.BAD_SCALAR_START": "En verdi kan ikke begynne med dette tegnet uten anførselstegn: {detail}.",
	"yaml.BAD_ALIAS": "Aliaset viser til et anker som ikke er definert ovenfor.",
	"yaml.RESOURCE_EXHAUSTION": "YAML-teksten er for dypt nøstet her til å kunne leses.",
	"load.unclosedQuote": "Den siterte teksten avsluttes aldri: den avsluttende {closing} mangler, så teksten fortsetter til linje {line}.",
	"load.unclosedBracket": "Denne \"{char}\" lukkes aldri med \"{closing}\" (oppdaget på linje {line}).",
	"load.tooDeep": "YAML-teksten er nøstet mer enn {limit} nivåer dypt her; det er en plan aldri, så filen leses ikke.",
	"load.undefinedAlias": "Aliaset *{name} viser ikke til noe anker definert ovenfor; et alias gjentar en verdi som er merket med &{name} tidligere i filen.",
	"load.undefinedAliasHint": "Skriv verdien her, eller merk verdien som skal gjentas med &{name}, over denne linjen; sjekk stavemåten for begge.",
	"load.indentedStart": "Planens første linje er rykket mer inn enn linjene under den; en plans nøkler begynner ved venstremargen.",
	"load.indentedStartHint": "Fjern mellomrommene i begynnelsen av linje {line}, slik at den begynner der nøklene under den begynner.",
	"type.string": "tekst",
	"type.number": "et tall",
	"type.bigint": "et tall",
	"type.boolean": "sann/usann",
	"type.array": "en liste",
	"type.object": "nøkler med verdier",
	"type.null": "en tom verdi",
	"type.undefined": "ingenting",
	"format.email": "en e-postadresse",
	"format.url": "en nettadresse",
	"format.regex": "den ventede formen",
	"format.date": "en dato (ÅÅÅÅ-MM-DD)",
	"plan.missingKind": "Planen sier ikke hva slags dokument den er: nøkkelen \"kind\" mangler.",
	"plan.unknownKind": "Ukjent type plan: \"{kind}\".",
	"plan.kindsHint": "Typene er {kinds}.",
	"schema.field": "\"{key}\"",
	"schema.fieldWithTitle": "\"{key}\" ({title})",
	"schema.unknownKey": "Ukjent nøkkel \"{key}\".",
	"schema.didYouMean": "Mente du \"{suggestion}\"?",
	"schema.knownKeys": "Nøklene som kan stå her er {keys}.",
	"schema.required": "Det obligatoriske feltet {field} mangler.",
	"schema.invalidType": "{field} skal være {expected}, men er {found}.",
	"field.emptyNumber": "{field} er tomt; skriv et tall.",
	"schema.invalidValue": "{field} er \"{found}\", men skal være {allowed}.",
	"schema.invalidFormat": "{field} er \"{found}\", som ikke er {format}.",
	"schema.tooFewItems": "{field} trenger minst {minimum} oppføringer.",
	"schema.tooFewItemsOne": "{field} trenger minst én oppføring.",
	"schema.tooManyItems": "{field} kan ha høyst {maximum} oppføringer.",
	"schema.tooSmall": "{field} må være minst {minimum}.",
	"schema.tooBig": "{field} kan være høyst {maximum}.",
	"schema.invalid": "{field} er ikke gyldig: {detail}",
	"field.emptyText": "{field} er tomt; skriv teksten skjemaet ber om.",
	"field.email": "{field}: \"{input}\" er ingen e-postadresse.",
	"field.emailHint": "Skriv den som navn@eksempel.no, uten mellomrom.",
	"field.url": "{field}: \"{input}\" er ingen nettadresse.",
	"field.urlHint": "Skriv den slik dokumentet skriver den, for eksempel www.eksempel.no eller https://www.eksempel.no/side.",
	"field.phone.notAPhone": "{field}: \"{input}\" er ikke et telefonnummer.",
	"field.phone.notAPhoneHint": "Skriv sifrene i grupper, skilt med mellomrom eller bindestrek, for eksempel {examples}.",
	"field.phone.noAreaCode": "{field}: \"{input}\" mangler retningsnummer.",
	"field.phone.noAreaCodeHint": "Skriv retningsnummeret først (08 for Stockholm, 070 for en svensk mobil) eller landsnummeret, for eksempel {examples}.",
	"field.phone.digitCount": "{field}: \"{input}\" har {count} sifre, men et nummer her har {expected}.",
	"field.phone.digitCountHint": "Se etter om et siffer mangler eller er for mye; numre skrives som {examples}.",
	"amount.notAnAmount": "\"{input}\" er ikke et beløp.",
	"amount.empty": "{field} er tomt; skriv beløpet.",
	"amount.emptyHint": "Skriv hele kroner med sifre, f.eks. 1835000 eller \"1 835 000\"; utelat feltet (eller skriv ~ i en tabellcelle) der skjemaet ikke har noe beløp.",
	"amount.notAnAmountHint": "Skriv hele kroner med sifre, for eksempel 200000 eller \"200 000\".",
	"amount.ambiguous": "Beløpet \"{input}\" er tvetydig: \".\" og \",\" kan skille tusener eller desimaler.",
	"amount.ambiguousHint": "Mener du {value}, skriv {plain}, \"{value}\" eller \"kr {value},-\".",
	"amount.fraction": "Beløpet \"{input}\" har desimaler; beløp skrives i hele kroner.",
	"amount.fractionHint": "Rund av til hele kroner, for eksempel 1500 i stedet for 1500,50.",
	"amount.negative": "Beløpet \"{input}\" er negativt; et beløp her kan ikke være det.",
	"amount.tooLarge": "Beløpet \"{input}\" er for stort; det største beløpet plan godtar er 999 999 999 999.",
	"amount.badGrouping": "Beløpet \"{input}\" har siffergrupper som ikke er tresifrede.",
	"amount.badGroupingHint": "Skriv \"{value}\" eller {plain}.",
	"amount.leadingZero": "Beløpet \"{input}\" begynner med 0.",
	"amount.leadingZeroHint": "Skriv {plain} hvis det er beløpet.",
	"date.empty": "{field} er tomt; skriv en dato.",
	"date.emptyHint": "For eksempel \"1. mai 2008\", \"2008-05-01\", \"april 2008\", \"høsten 2007\" eller \"Q3 2008\".",
	"date.notADate": "\"{input}\" er ingen dato.",
	"date.notADateHint": "Skriv en dag (\"1. mai 2008\", \"2008-05-01\"), en måned (\"april 2008\"), en årstid (\"høsten 2007\"), et kvartal (\"Q3 2008\") eller et år (\"2008\").",
	"date.noSuchDay": "{day} finnes ikke; {month} har {days} dager.",
	"date.noSuchDayHint": "Rett dagen; siste dag i måneden er {last}.",
	"date.ambiguous": "\"{input}\" kan leses på flere måter: {readings}.",
	"date.ambiguousHint": "Skriv datoen du mener slik at den ikke kan misforstås, for eksempel \"{example}\".",
	"date.yearMissing": "\"{input}\" mangler årstall.",
	"date.yearMissingHint": "Legg til året, for eksempel \"1. mai 2008\" eller \"høsten 2007\".",
	"date.unknownWord": "\"{input}\": \"{word}\" er ingen måned eller annet datoord som plan kjenner.",
	"date.unknownWordHint": "Mente du \"{suggestion}\"?",
	"date.tooLong": "Teksten er for lang for en dato (\"{input}\"); en dato leses fra høyst {limit} tegn.",
	"date.tooLongHint": "Skriv bare datoen, og legg forklaringen i et eget felt.",
	"date.backwards": "\"{input}\" slutter før det begynner.",
	"date.backwardsHint": "Skriv den tidligste datoen først, for eksempel \"oktober–november 2007\".",
	"date.statusOnly": "\"{input}\" sier hvordan arbeidet står, men gir ingen dato.",
	"date.statusOnlyHint": "Legg til datoen, for eksempel \"{input} 1. mai 2008\".",
	"budget.noYears": "Budsjettet trenger minst ett år (en kolonne).",
	"budget.columnCount": "{table}: raden \"{row}\" har {count} beløp, men tabellen har {columns} kolonner.",
	"budget.columnCountHint": "Oppgi ett beløp per kolonne ({columns}) med ~ for en tom rute, eller ingen i det hele tatt.",
	"budget.sumMismatch": "{table}: {total} for {column} er oppgitt til {stated}, men radene summerer seg til {computed}.",
	"budget.sumMismatchSingle": "{table}: {total} er oppgitt til {stated}, men radene summerer seg til {computed}.",
	"budget.sumMismatchHint": "Skriv {computed}, eller rett raden som er feil.",
	"budget.derivedMismatch": "{table}: {column} for \"{row}\" er oppgitt til {stated}, men {formula} blir {computed}.",
	"budget.derivedMismatchHint": "Skriv {computed}, eller rett radens beløp.",
	"budget.balance": "{title} for {column} er oppgitt til {stated}, men {parts} summerer seg til {computed}.",
	"budget.balanceSingle": "{title} er {stated}, men {parts} summerer seg til {computed}.",
	"budget.balanceHint": "Skriv {computed}, eller rett beløpene den er summen av.",
	"contact.unreachable": "Kontaktpersonen {name} mangler telefonnummer, mobilnummer og e-postadresse.",
	"period.order": "Prosjektperioden slutter ({end}) før den begynner ({start}).",
	"period.orderHint": "Kontroller årstallene: starten skal ligge før slutten."
};
// dist/i18n/index.js
const LANGS = [
	"sv",
	"nb",
	"en"
];
function isLang(value) {
	return typeof value === "string" && LANGS.includes(value);
}
const coreMessages = {
	en,
	sv,
	nb
};
/**
* A translator for one language over the core catalog and any kind's own catalog. A missing id is
* a programming error, shown as the id itself so that it is noticed rather than hidden.
*/
function createTranslator(lang, ...extra) {
	const catalogs = [coreMessages[lang], ...extra.map((m) => m[lang])];
	return (id, params = {}) => {
		let template;
		for (let i = catalogs.length - 1; i >= 0 && template === void 0; i--) template = catalogs[i][id];
		if (template === void 0) return id;
		return interpolate(template, params);
	};
}
function interpolate(template, params) {
	return template.replace(/\{(\w+)\}/g, (whole, name, at) => {
		if (!Object.prototype.hasOwnProperty.call(params, name)) return whole;
		const value = String(params[name]);
		const closing = QUOTES[template[at - 1] ?? ""];
		return closing !== void 0 && closing === template[at + whole.length] ? excerpt(value) : value.replace(QUOTED_RUN, (run) => run[0] + excerpt(run.slice(1, -1)) + run.at(-1));
	});
}
/** Opening quotes the messages use, with their closing ones. */
const QUOTES = Object.assign(Object.create(null), {
	"\"": "\"",
	"'": "'",
	"«": "»",
	"“": "”",
	"”": "”",
	"„": "“",
	"‘": "’"
});
/** A quoted text inside a value (a list of values the tool made, or a parser's detail) long enough to shorten. */
const QUOTED_RUN = new RegExp(`"[^"]{81,}"|«[^»]{81,}»|“[^”]{81,}”`, "g");
/** The start of a text, at most MAX_EXCERPT characters with the "…" that says it goes on; never cut inside a character. */
function excerpt(text) {
	if (text.length <= 80) return text;
	const chars = Array.from(text);
	return chars.length <= 80 ? text : chars.slice(0, 79).join("") + "…";
}
function formatList(lang, items, conjunction = "and") {
	const type = conjunction === "and" ? "conjunction" : "disjunction";
	return new Intl.ListFormat(lang, { type }).format(items);
}
// dist/cli/io.js
function processIo() {
	return {
		stdout: closable(process.stdout),
		stderr: closable(process.stderr),
		env: process.env,
		stdin: () => readAll(process.stdin)
	};
}
/**
* A reader that has read enough (`plan validate … | head`) closes the pipe; what is left to say
* then has no one to hear it. Node reports that as an EPIPE error event, which unhandled prints
* node's own stack trace: instead the rest is dropped quietly, and the command ends with the exit
* code its plans give, as it would have without the reader leaving.
*/
function closable(stream) {
	let closed = false;
	stream.on("error", (error) => {
		if (error.code === "EPIPE" || error.code === "ERR_STREAM_DESTROYED") closed = true;
		else throw error;
	});
	return {
		write: (data) => closed ? false : stream.write(data),
		get isTTY() {
			return stream.isTTY;
		}
	};
}
async function readAll(stream) {
	const chunks = [];
	for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
	return Buffer.concat(chunks);
}
/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org); FORCE_COLOR wins. */
function useColor(output, env) {
	if (env.FORCE_COLOR !== void 0 && env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false") return true;
	if (env.NO_COLOR !== void 0 && env.NO_COLOR !== "") return false;
	return Boolean(output.isTTY) && env.TERM !== "dumb";
}
/** The language the user asked for: --lang, else PLAN_LANG for the whole shell. */
function requestedLang(option, env) {
	const value = option ?? env.PLAN_LANG;
	return isLang(value) ? value : void 0;
}
/** For the tool's own words when no plan says otherwise: the user's locale, or English. */
function localeLang(env) {
	const locale = (env.LC_ALL || env.LC_MESSAGES || env.LANG || "").toLowerCase();
	if (locale.startsWith("sv")) return "sv";
	if (/^(nb|nn|no)([_.-]|$)/.test(locale)) return "nb";
	return "en";
}
// dist/cli/context.js
/**
* What every command is handed. Apart from main.ts, which loads the commands, so that a command
* never imports the module that imports it.
*/
/** Exit codes, as ESLint's: the plans are fine, the plans have errors, the command could not run. */
const EXIT = {
	ok: 0,
	problems: 1,
	failure: 2
};
// dist/cli/main.js
const { version: version$1 } = createRequire(import.meta.url)("../../package.json");
/**
* Each command's module, loaded when it is needed: a `plan validate` in a pre-commit hook or CI
* step should not wait for rendering's or the JSON Schema's modules to load.
*/
const COMMANDS = {
	validate: async () => (await Promise.resolve().then(() => validate_exports)).registerValidate,
	render: async () => (await Promise.resolve().then(() => render_exports)).registerRender,
	kinds: async () => (await Promise.resolve().then(() => kinds_exports)).registerKinds,
	init: async () => (await Promise.resolve().then(() => init_exports)).registerInit,
	schema: async () => (await Promise.resolve().then(() => schema_exports)).registerSchema,
	budget: async () => (await Promise.resolve().then(() => budget_exports)).registerBudget,
	summary: async () => (await Promise.resolve().then(() => summary_exports)).registerSummary,
	kind: async () => (await Promise.resolve().then(() => kind_exports)).registerKind
};
async function main(argv, io = processIo()) {
	let exitCode = EXIT.ok;
	const context = {
		io,
		exit: (code) => exitCode = Math.max(exitCode, code)
	};
	const program = new Command().name("plan").description("Validate YAML project plans and render them as the funder's form (Markdown and Word).").version(version$1, "-v, --version").exitOverride().showHelpAfterError("(run \"plan --help\" for usage)").configureOutput({
		writeOut: (text) => io.stdout.write(text),
		writeErr: (text) => io.stderr.write(text)
	});
	const named = argv.find((arg) => !arg.startsWith("-"));
	const wanted = named !== void 0 && Object.prototype.hasOwnProperty.call(COMMANDS, named) ? [named] : Object.keys(COMMANDS);
	for (const register of await Promise.all(wanted.map((name) => COMMANDS[name]()))) register(program, context);
	try {
		await program.parseAsync([...argv], { from: "user" });
	} catch (error) {
		if (error instanceof CommanderError) {
			if (error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.code === "commander.help") return EXIT.ok;
			return EXIT.failure;
		}
		io.stderr.write(`plan: ${error.message ?? String(error)}\n`);
		return EXIT.failure;
	}
	return exitCode;
}
// dist/core/diagnostic.js
function toPointer(path) {
	return path.map((segment) => "/" + String(segment).replace(/~/g, "~0").replace(/\//g, "~1")).join("");
}
function fromPointer(pointer) {
	if (pointer === "") return [];
	return pointer.slice(1).split("/").map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
}
const WHOLE_FILE = {
	line: 1,
	column: 1,
	endLine: 1,
	endColumn: 1
};
function countBySeverity(diagnostics) {
	let errors = 0;
	let warnings = 0;
	for (const d of diagnostics) if (d.severity === "error") errors++;
	else warnings++;
	return {
		errors,
		warnings
	};
}
function compareDiagnostics(a, b) {
	return a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
}
const SPACES = /[\u00a0\u202f\u2009\u2007]/g;
const CURRENCY_PREFIX = /^(kr\.?|sek|nok|eur|€)\s*/i;
const CURRENCY_SUFFIX = /\s*(kr\.?|kronor|kroner|sek|nok|eur|euro|€)$/i;
/** ",-" and ":-" say "no decimals", which makes a "." before them a thousands separator. */
const NO_DECIMALS_SUFFIX = /\s*[,:.]-$/;
function readAmount(input, options = {}) {
	if (typeof input === "number") return checkInteger(input, String(input), options);
	if (typeof input === "bigint") return checkInteger(Number(input), String(input), options);
	if (typeof input !== "string") return fail$1({
		code: "notAnAmount",
		input: describeInput(input)
	});
	return readAmountString(input, options);
}
function readAmountString(raw, options) {
	const input = raw.trim();
	if (input === "") return fail$1({
		code: "empty",
		input
	});
	let text = input.replace(SPACES, " ").replace(/\s+/g, " ");
	let sign = 1;
	if (/^[-−–]/.test(text)) {
		sign = -1;
		text = text.slice(1).trimStart();
	}
	text = text.replace(CURRENCY_PREFIX, "");
	let noDecimals = false;
	for (;;) {
		const before = text;
		if (NO_DECIMALS_SUFFIX.test(text)) {
			noDecimals = true;
			text = text.replace(NO_DECIMALS_SUFFIX, "");
		}
		text = text.replace(CURRENCY_SUFFIX, "");
		if (text === before) break;
	}
	text = text.trim();
	if (text === "") return fail$1({
		code: "notAnAmount",
		input
	});
	const withSign = (value) => checkInteger(sign * value, input, options);
	if (/^\d+$/.test(text)) {
		const value = Number(text);
		if (text.length > 1 && text.startsWith("0")) return fail$1({
			code: "leadingZero",
			input,
			value,
			plain: String(value)
		});
		return withSign(value);
	}
	if (/^\d{1,3}( \d{3})+$/.test(text)) return withSign(Number(text.replace(/ /g, "")));
	if (/^\d+( \d+)+$/.test(text)) {
		const value = Number(text.replace(/ /g, ""));
		return fail$1({
			code: "badGrouping",
			input,
			value,
			plain: String(value)
		});
	}
	if (/^\d{1,3}(\.\d{3})+$/.test(text)) {
		const value = Number(text.replace(/\./g, ""));
		if (noDecimals) return withSign(value);
		return fail$1({
			code: "ambiguous",
			input,
			value,
			plain: String(value)
		});
	}
	if (/^\d{1,3}(,\d{3})+$/.test(text)) {
		const value = Number(text.replace(/,/g, ""));
		return fail$1({
			code: "ambiguous",
			input,
			value,
			plain: String(value)
		});
	}
	const decimal = /^(\d+|\d{1,3}(?: \d{3})+|\d{1,3}(?:\.\d{3})+)([,.])(\d{1,2})$/.exec(text);
	if (decimal) {
		const [, whole = "", separator, fraction = ""] = decimal;
		if (separator === "." && whole.includes(".")) return fail$1({
			code: "notAnAmount",
			input
		});
		if (/^0+$/.test(fraction)) return withSign(Number(whole.replace(/[ .]/g, "")));
		return fail$1({
			code: "fraction",
			input
		});
	}
	return fail$1({
		code: "notAnAmount",
		input
	});
}
function checkInteger(value, input, options) {
	if (!Number.isFinite(value)) return fail$1({
		code: "notAnAmount",
		input
	});
	if (!Number.isInteger(value)) return fail$1({
		code: "fraction",
		input
	});
	if (Math.abs(value) > 999999999999) return fail$1({
		code: "tooLarge",
		input
	});
	if (value < 0 && !options.allowNegative) return fail$1({
		code: "negative",
		input
	});
	return {
		ok: true,
		value: value === 0 ? 0 : value
	};
}
function fail$1(problem) {
	return {
		ok: false,
		problem
	};
}
function describeInput(input) {
	if (input === null || input === void 0) return String(input);
	if (typeof input === "object") return Array.isArray(input) ? "[…]" : "{…}";
	return String(input);
}
/** "1 835 000": the form both Swedish and Norwegian plans print, with a plain space. */
function formatAmount(value) {
	const grouped = Math.abs(value).toString().replace(/\B(?=(\d{3})+(?!\d))/g, " ");
	return value < 0 ? "-" + grouped : grouped;
}
/**
* The sum of the given amounts, or null when none is given (the form prints an empty cell). Each
* amount is below MAX_AMOUNT, so a sum is exact unless a table has thousands of maximal rows;
* `isExactSum` lets a caller say so rather than compare inexact figures.
*/
function sumAmounts(values) {
	let total = null;
	for (const value of values) {
		if (value === null || value === void 0) continue;
		total = (total ?? 0) + value;
	}
	return total;
}
function isExactSum(total) {
	return total === null || Number.isSafeInteger(total);
}
// dist/core/budget.js
function statedPointer(stated, column) {
	const own = stated.paths?.[column];
	if (own) return toPointer(own);
	return toPointer(stated.perColumn ? [...stated.path, column] : stated.path);
}
/** Every column the table prints: its own, then the derived ones. */
function allColumns(table) {
	return [...table.columns, ...(table.derived ?? []).map((column) => column.label)];
}
/** The row's derived cells, worked out from its own; null where none of the cells they use has an amount. */
function derivedCells(table, row) {
	return (table.derived ?? []).map((column) => {
		if (column.weights.map((weight, index) => weight === 0 ? null : row.amounts[index]).filter((value) => typeof value === "number").length === 0) return null;
		return column.weights.reduce((sum, weight, index) => sum + weight * (row.amounts[index] ?? 0), 0);
	});
}
/** Column sums of the rows, derived columns included; null where no row has an amount in that column. */
function computedTotals(table) {
	const own = table.columns.map((_, column) => sumAmounts(table.rows.map((row) => row.amounts[column])));
	const derived = (table.derived ?? []).map((_, column) => sumAmounts(table.rows.map((row) => derivedCells(table, row)[column])));
	return [...own, ...derived];
}
/** "Utfall − Planerat": how a derived column is worked out, in the table's own words. */
function derivedFormula(table, column) {
	const terms = column.weights.flatMap((weight, index) => weight === 0 ? [] : [{
		weight,
		label: table.columns[index] ?? String(index + 1)
	}]);
	terms.sort((a, b) => Number(b.weight > 0) - Number(a.weight > 0));
	return terms.map(({ weight, label }, index) => {
		const factor = Math.abs(weight) === 1 ? label : `${Math.abs(weight)} × ${label}`;
		if (index === 0) return weight < 0 ? `−${factor}` : factor;
		return `${weight < 0 ? "−" : "+"} ${factor}`;
	}).join(" ");
}
/** The figure a reader of the form sees: the stated sum, or the computed one where none is stated. */
function effectiveTotals(table) {
	return computedTotals(table).map((value, column) => table.stated?.amounts[column] ?? value);
}
/** What a balance's figures should be: the sum of its parts' totals, as the reader sees them. */
function balanceTotals(view, balance) {
	const parts = balance.parts.map((id) => view.tables.find((table) => table.id === id)).filter((table) => table !== void 0);
	const columns = parts[0]?.columns.length ?? balance.stated.amounts.length;
	return Array.from({ length: columns }, (_, column) => sumAmounts(parts.map((table) => effectiveTotals(table)[column])));
}
/** What a balance's figures are by the rows themselves, whatever the parts' stated sums say. */
function balanceFromRows(view, balance) {
	const parts = balance.parts.map((id) => view.tables.find((table) => table.id === id)).filter((table) => table !== void 0);
	const columns = parts[0]?.columns.length ?? balance.stated.amounts.length;
	return Array.from({ length: columns }, (_, column) => sumAmounts(parts.map((table) => computedTotals(table)[column])));
}
const budgetRules = [
	{
		id: "budget/column-count",
		severity: "error",
		description: "Each budget row has one cell per column, or none.",
		check(view, { t, report }) {
			for (const table of view.tables) {
				const hint = t("budget.columnCountHint", { columns: table.columns.join(", ") });
				for (const row of table.rows) {
					if (row.amounts.length === 0 || row.amounts.length === table.columns.length) continue;
					report({
						pointer: toPointer(row.path),
						message: t("budget.columnCount", {
							table: table.id,
							row: row.label,
							count: row.amounts.length,
							columns: table.columns.length
						}),
						hint
					});
				}
				const stated = table.stated;
				const allowed = [
					0,
					table.columns.length,
					allColumns(table).length
				];
				if (stated?.perColumn && !stated.paths && !allowed.includes(stated.amounts.length)) report({
					pointer: toPointer(stated.path),
					message: t("budget.columnCount", {
						table: table.id,
						row: table.totalLabel,
						count: stated.amounts.length,
						columns: table.columns.length
					}),
					hint
				});
			}
		}
	},
	{
		id: "budget/sum-mismatch",
		severity: "error",
		description: "A sum the plan states equals the sum of its rows.",
		check(view, { t, report }) {
			for (const table of view.tables) {
				const stated = table.stated;
				if (!stated) continue;
				const computed = computedTotals(table);
				const columns = allColumns(table);
				columns.forEach((column, index) => {
					const given = stated.amounts[index];
					const sum = computed[index] ?? 0;
					if (given === null || given === void 0 || !isExactSum(sum) || given === sum) return;
					report({
						pointer: statedPointer(stated, index),
						message: t(columns.length > 1 ? "budget.sumMismatch" : "budget.sumMismatchSingle", {
							table: table.id,
							total: table.totalLabel,
							column,
							stated: formatAmount(given),
							computed: formatAmount(sum)
						}),
						hint: t("budget.sumMismatchHint", { computed: formatAmount(sum) })
					});
				});
			}
		}
	},
	{
		id: "budget/derived-mismatch",
		severity: "error",
		description: "A figure the plan states in a derived column (a deviation, a row total) equals what the row's cells work out to.",
		check(view, { t, report }) {
			for (const table of view.tables) for (const row of table.rows) {
				const stated = row.stated;
				if (!stated) continue;
				const computed = derivedCells(table, row);
				(table.derived ?? []).forEach((column, index) => {
					const given = stated.amounts[index];
					const value = computed[index] ?? 0;
					if (given === null || given === void 0 || given === value) return;
					report({
						pointer: statedPointer(stated, index),
						message: t("budget.derivedMismatch", {
							table: table.id,
							column: column.label,
							row: row.label,
							stated: formatAmount(given),
							formula: derivedFormula(table, column),
							computed: formatAmount(value)
						}),
						hint: t("budget.derivedMismatchHint", { computed: formatAmount(value) })
					});
				});
			}
		}
	},
	{
		id: "budget/balance",
		severity: "error",
		description: "Totals that the form says must agree do agree (D.7.3 = D.7.1 + D.7.2; costs = financing).",
		check(view, { t, report }) {
			for (const balance of view.balances) {
				const expected = balanceTotals(view, balance);
				const fromRows = balanceFromRows(view, balance);
				const columns = view.tables.find((table) => table.id === balance.parts[0])?.columns ?? [];
				balance.stated.amounts.forEach((given, index) => {
					if (given === null) return;
					if (given === (expected[index] ?? 0)) return;
					const sum = fromRows[index] ?? 0;
					if (!isExactSum(sum) || given === sum) return;
					report({
						pointer: statedPointer(balance.stated, index),
						message: t(columns.length > 1 ? "budget.balance" : "budget.balanceSingle", {
							title: balance.title,
							column: columns[index] ?? "",
							stated: formatAmount(given),
							parts: balance.parts.join(" + "),
							computed: formatAmount(sum)
						}),
						hint: t("budget.balanceHint", { computed: formatAmount(sum) })
					});
				});
			}
		}
	}
];
// node_modules/yaml/dist/nodes/identity.js
var require_identity = /* @__PURE__ */ __commonJSMin(((exports) => {
	const ALIAS = Symbol.for("yaml.alias");
	const DOC = Symbol.for("yaml.document");
	const MAP = Symbol.for("yaml.map");
	const PAIR = Symbol.for("yaml.pair");
	const SCALAR = Symbol.for("yaml.scalar");
	const SEQ = Symbol.for("yaml.seq");
	const NODE_TYPE = Symbol.for("yaml.node.type");
	const isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
	const isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
	const isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
	const isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
	const isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
	const isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
	function isCollection(node) {
		if (node && typeof node === "object") switch (node[NODE_TYPE]) {
			case MAP:
			case SEQ: return true;
		}
		return false;
	}
	function isNode(node) {
		if (node && typeof node === "object") switch (node[NODE_TYPE]) {
			case ALIAS:
			case MAP:
			case SCALAR:
			case SEQ: return true;
		}
		return false;
	}
	const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;
	exports.ALIAS = ALIAS;
	exports.DOC = DOC;
	exports.MAP = MAP;
	exports.NODE_TYPE = NODE_TYPE;
	exports.PAIR = PAIR;
	exports.SCALAR = SCALAR;
	exports.SEQ = SEQ;
	exports.hasAnchor = hasAnchor;
	exports.isAlias = isAlias;
	exports.isCollection = isCollection;
	exports.isDocument = isDocument;
	exports.isMap = isMap;
	exports.isNode = isNode;
	exports.isPair = isPair;
	exports.isScalar = isScalar;
	exports.isSeq = isSeq;
}));
// node_modules/yaml/dist/visit.js
var require_visit = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	const BREAK = Symbol("break visit");
	const SKIP = Symbol("skip children");
	const REMOVE = Symbol("remove node");
	/**
	* Apply a visitor to an AST node or document.
	*
	* Walks through the tree (depth-first) starting from `node`, calling a
	* `visitor` function with three arguments:
	*   - `key`: For sequence values and map `Pair`, the node's index in the
	*     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
	*     `null` for the root node.
	*   - `node`: The current node.
	*   - `path`: The ancestry of the current node.
	*
	* The return value of the visitor may be used to control the traversal:
	*   - `undefined` (default): Do nothing and continue
	*   - `visit.SKIP`: Do not visit the children of this node, continue with next
	*     sibling
	*   - `visit.BREAK`: Terminate traversal completely
	*   - `visit.REMOVE`: Remove the current node, then continue with the next one
	*   - `Node`: Replace the current node, then continue by visiting it
	*   - `number`: While iterating the items of a sequence or map, set the index
	*     of the next step. This is useful especially if the index of the current
	*     node has changed.
	*
	* If `visitor` is a single function, it will be called with all values
	* encountered in the tree, including e.g. `null` values. Alternatively,
	* separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
	* `Alias` and `Scalar` node. To define the same visitor function for more than
	* one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
	* and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
	* specific defined one will be used for each node.
	*/
	function visit(node, visitor) {
		const visitor_ = initVisitor(visitor);
		if (identity.isDocument(node)) {
			if (visit_(null, node.contents, visitor_, Object.freeze([node])) === REMOVE) node.contents = null;
		} else visit_(null, node, visitor_, Object.freeze([]));
	}
	/** Terminate visit traversal completely */
	visit.BREAK = BREAK;
	/** Do not visit the children of the current node */
	visit.SKIP = SKIP;
	/** Remove the current node */
	visit.REMOVE = REMOVE;
	function visit_(key, node, visitor, path) {
		const ctrl = callVisitor(key, node, visitor, path);
		if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
			replaceNode(key, path, ctrl);
			return visit_(key, ctrl, visitor, path);
		}
		if (typeof ctrl !== "symbol") {
			if (identity.isCollection(node)) {
				path = Object.freeze(path.concat(node));
				for (let i = 0; i < node.items.length; ++i) {
					const ci = visit_(i, node.items[i], visitor, path);
					if (typeof ci === "number") i = ci - 1;
					else if (ci === BREAK) return BREAK;
					else if (ci === REMOVE) {
						node.items.splice(i, 1);
						i -= 1;
					}
				}
			} else if (identity.isPair(node)) {
				path = Object.freeze(path.concat(node));
				const ck = visit_("key", node.key, visitor, path);
				if (ck === BREAK) return BREAK;
				else if (ck === REMOVE) node.key = null;
				const cv = visit_("value", node.value, visitor, path);
				if (cv === BREAK) return BREAK;
				else if (cv === REMOVE) node.value = null;
			}
		}
		return ctrl;
	}
	/**
	* Apply an async visitor to an AST node or document.
	*
	* Walks through the tree (depth-first) starting from `node`, calling a
	* `visitor` function with three arguments:
	*   - `key`: For sequence values and map `Pair`, the node's index in the
	*     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
	*     `null` for the root node.
	*   - `node`: The current node.
	*   - `path`: The ancestry of the current node.
	*
	* The return value of the visitor may be used to control the traversal:
	*   - `Promise`: Must resolve to one of the following values
	*   - `undefined` (default): Do nothing and continue
	*   - `visit.SKIP`: Do not visit the children of this node, continue with next
	*     sibling
	*   - `visit.BREAK`: Terminate traversal completely
	*   - `visit.REMOVE`: Remove the current node, then continue with the next one
	*   - `Node`: Replace the current node, then continue by visiting it
	*   - `number`: While iterating the items of a sequence or map, set the index
	*     of the next step. This is useful especially if the index of the current
	*     node has changed.
	*
	* If `visitor` is a single function, it will be called with all values
	* encountered in the tree, including e.g. `null` values. Alternatively,
	* separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
	* `Alias` and `Scalar` node. To define the same visitor function for more than
	* one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
	* and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
	* specific defined one will be used for each node.
	*/
	async function visitAsync(node, visitor) {
		const visitor_ = initVisitor(visitor);
		if (identity.isDocument(node)) {
			if (await visitAsync_(null, node.contents, visitor_, Object.freeze([node])) === REMOVE) node.contents = null;
		} else await visitAsync_(null, node, visitor_, Object.freeze([]));
	}
	/** Terminate visit traversal completely */
	visitAsync.BREAK = BREAK;
	/** Do not visit the children of the current node */
	visitAsync.SKIP = SKIP;
	/** Remove the current node */
	visitAsync.REMOVE = REMOVE;
	async function visitAsync_(key, node, visitor, path) {
		const ctrl = await callVisitor(key, node, visitor, path);
		if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
			replaceNode(key, path, ctrl);
			return visitAsync_(key, ctrl, visitor, path);
		}
		if (typeof ctrl !== "symbol") {
			if (identity.isCollection(node)) {
				path = Object.freeze(path.concat(node));
				for (let i = 0; i < node.items.length; ++i) {
					const ci = await visitAsync_(i, node.items[i], visitor, path);
					if (typeof ci === "number") i = ci - 1;
					else if (ci === BREAK) return BREAK;
					else if (ci === REMOVE) {
						node.items.splice(i, 1);
						i -= 1;
					}
				}
			} else if (identity.isPair(node)) {
				path = Object.freeze(path.concat(node));
				const ck = await visitAsync_("key", node.key, visitor, path);
				if (ck === BREAK) return BREAK;
				else if (ck === REMOVE) node.key = null;
				const cv = await visitAsync_("value", node.value, visitor, path);
				if (cv === BREAK) return BREAK;
				else if (cv === REMOVE) node.value = null;
			}
		}
		return ctrl;
	}
	function initVisitor(visitor) {
		if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) return Object.assign({
			Alias: visitor.Node,
			Map: visitor.Node,
			Scalar: visitor.Node,
			Seq: visitor.Node
		}, visitor.Value && {
			Map: visitor.Value,
			Scalar: visitor.Value,
			Seq: visitor.Value
		}, visitor.Collection && {
			Map: visitor.Collection,
			Seq: visitor.Collection
		}, visitor);
		return visitor;
	}
	function callVisitor(key, node, visitor, path) {
		if (typeof visitor === "function") return visitor(key, node, path);
		if (identity.isMap(node)) return visitor.Map?.(key, node, path);
		if (identity.isSeq(node)) return visitor.Seq?.(key, node, path);
		if (identity.isPair(node)) return visitor.Pair?.(key, node, path);
		if (identity.isScalar(node)) return visitor.Scalar?.(key, node, path);
		if (identity.isAlias(node)) return visitor.Alias?.(key, node, path);
	}
	function replaceNode(key, path, node) {
		const parent = path[path.length - 1];
		if (identity.isCollection(parent)) parent.items[key] = node;
		else if (identity.isPair(parent)) {
			if (key === "key") parent.key = node;
			else parent.value = node;
		} else if (identity.isDocument(parent)) parent.contents = node;
		else {
			const pt = identity.isAlias(parent) ? "alias" : "scalar";
			throw new Error(`Cannot replace node with ${pt} parent`);
		}
	}
	exports.visit = visit;
	exports.visitAsync = visitAsync;
}));
// node_modules/yaml/dist/doc/directives.js
var require_directives = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var visit = require_visit();
	const escapeChars = {
		"!": "%21",
		",": "%2C",
		"[": "%5B",
		"]": "%5D",
		"{": "%7B",
		"}": "%7D"
	};
	const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
	var Directives = class Directives {
		constructor(yaml, tags) {
			/**
			* The directives-end/doc-start marker `---`. If `null`, a marker may still be
			* included in the document's stringified representation.
			*/
			this.docStart = null;
			/** The doc-end marker `...`.  */
			this.docEnd = false;
			this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
			this.tags = Object.assign({}, Directives.defaultTags, tags);
		}
		clone() {
			const copy = new Directives(this.yaml, this.tags);
			copy.docStart = this.docStart;
			return copy;
		}
		/**
		* During parsing, get a Directives instance for the current document and
		* update the stream state according to the current version's spec.
		*/
		atDocument() {
			const res = new Directives(this.yaml, this.tags);
			switch (this.yaml.version) {
				case "1.1":
					this.atNextDocument = true;
					break;
				case "1.2":
					this.atNextDocument = false;
					this.yaml = {
						explicit: Directives.defaultYaml.explicit,
						version: "1.2"
					};
					this.tags = Object.assign({}, Directives.defaultTags);
			}
			return res;
		}
		/**
		* @param onError - May be called even if the action was successful
		* @returns `true` on success
		*/
		add(line, onError) {
			if (this.atNextDocument) {
				this.yaml = {
					explicit: Directives.defaultYaml.explicit,
					version: "1.1"
				};
				this.tags = Object.assign({}, Directives.defaultTags);
				this.atNextDocument = false;
			}
			const parts = line.trim().split(/[ \t]+/);
			const name = parts.shift();
			switch (name) {
				case "%TAG": {
					if (parts.length !== 2) {
						onError(0, "%TAG directive should contain exactly two parts");
						if (parts.length < 2) return false;
					}
					const [handle, prefix] = parts;
					this.tags[handle] = prefix;
					return true;
				}
				case "%YAML": {
					this.yaml.explicit = true;
					if (parts.length !== 1) {
						onError(0, "%YAML directive should contain exactly one part");
						return false;
					}
					const [version] = parts;
					if (version === "1.1" || version === "1.2") {
						this.yaml.version = version;
						return true;
					} else {
						const isValid = /^\d+\.\d+$/.test(version);
						onError(6, `Unsupported YAML version ${version}`, isValid);
						return false;
					}
				}
				default:
					onError(0, `Unknown directive ${name}`, true);
					return false;
			}
		}
		/**
		* Resolves a tag, matching handles to those defined in %TAG directives.
		*
		* @returns Resolved tag, which may also be the non-specific tag `'!'` or a
		*   `'!local'` tag, or `null` if unresolvable.
		*/
		tagName(source, onError) {
			if (source === "!") return "!";
			if (source[0] !== "!") {
				onError(`Not a valid tag: ${source}`);
				return null;
			}
			if (source[1] === "<") {
				const verbatim = source.slice(2, -1);
				if (verbatim === "!" || verbatim === "!!") {
					onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
					return null;
				}
				if (source[source.length - 1] !== ">") onError("Verbatim tags must end with a >");
				return verbatim;
			}
			const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
			if (!suffix) onError(`The ${source} tag has no suffix`);
			const prefix = this.tags[handle];
			if (prefix) try {
				return prefix + decodeURIComponent(suffix);
			} catch (error) {
				onError(String(error));
				return null;
			}
			if (handle === "!") return source;
			onError(`Could not resolve tag: ${source}`);
			return null;
		}
		/**
		* Given a fully resolved tag, returns its printable string form,
		* taking into account current tag prefixes and defaults.
		*/
		tagString(tag) {
			for (const [handle, prefix] of Object.entries(this.tags)) if (tag.startsWith(prefix)) return handle + escapeTagName(tag.substring(prefix.length));
			return tag[0] === "!" ? tag : `!<${tag}>`;
		}
		toString(doc) {
			const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
			const tagEntries = Object.entries(this.tags);
			let tagNames;
			if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
				const tags = {};
				visit.visit(doc.contents, (_key, node) => {
					if (identity.isNode(node) && node.tag) tags[node.tag] = true;
				});
				tagNames = Object.keys(tags);
			} else tagNames = [];
			for (const [handle, prefix] of tagEntries) {
				if (handle === "!!" && prefix === "tag:yaml.org,2002:") continue;
				if (!doc || tagNames.some((tn) => tn.startsWith(prefix))) lines.push(`%TAG ${handle} ${prefix}`);
			}
			return lines.join("\n");
		}
	};
	Directives.defaultYaml = {
		explicit: false,
		version: "1.2"
	};
	Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
	exports.Directives = Directives;
}));
// node_modules/yaml/dist/doc/anchors.js
var require_anchors = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var visit = require_visit();
	/**
	* Verify that the input string is a valid anchor.
	*
	* Will throw on errors.
	*/
	function anchorIsValid(anchor) {
		if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
			const msg = `Anchor must not contain whitespace or control characters: ${JSON.stringify(anchor)}`;
			throw new Error(msg);
		}
		return true;
	}
	function anchorNames(root) {
		const anchors = /* @__PURE__ */ new Set();
		visit.visit(root, { Value(_key, node) {
			if (node.anchor) anchors.add(node.anchor);
		} });
		return anchors;
	}
	/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
	function findNewAnchor(prefix, exclude) {
		for (let i = 1;; ++i) {
			const name = `${prefix}${i}`;
			if (!exclude.has(name)) return name;
		}
	}
	function createNodeAnchors(doc, prefix) {
		const aliasObjects = [];
		const sourceObjects = /* @__PURE__ */ new Map();
		let prevAnchors = null;
		return {
			onAnchor: (source) => {
				aliasObjects.push(source);
				prevAnchors ?? (prevAnchors = anchorNames(doc));
				const anchor = findNewAnchor(prefix, prevAnchors);
				prevAnchors.add(anchor);
				return anchor;
			},
			/**
			* With circular references, the source node is only resolved after all
			* of its child nodes are. This is why anchors are set only after all of
			* the nodes have been created.
			*/
			setAnchors: () => {
				for (const source of aliasObjects) {
					const ref = sourceObjects.get(source);
					if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) ref.node.anchor = ref.anchor;
					else {
						const error = /* @__PURE__ */ new Error("Failed to resolve repeated object (this should not happen)");
						error.source = source;
						throw error;
					}
				}
			},
			sourceObjects
		};
	}
	exports.anchorIsValid = anchorIsValid;
	exports.anchorNames = anchorNames;
	exports.createNodeAnchors = createNodeAnchors;
	exports.findNewAnchor = findNewAnchor;
}));
// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = /* @__PURE__ */ __commonJSMin(((exports) => {
	/**
	* Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
	* in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
	* 2021 edition: https://tc39.es/ecma262/#sec-json.parse
	*
	* Includes extensions for handling Map and Set objects.
	*/
	function applyReviver(reviver, obj, key, val) {
		if (val && typeof val === "object") {
			if (Array.isArray(val)) for (let i = 0, len = val.length; i < len; ++i) {
				const v0 = val[i];
				const v1 = applyReviver(reviver, val, String(i), v0);
				if (v1 === void 0) delete val[i];
				else if (v1 !== v0) val[i] = v1;
			}
			else if (val instanceof Map) for (const k of Array.from(val.keys())) {
				const v0 = val.get(k);
				const v1 = applyReviver(reviver, val, k, v0);
				if (v1 === void 0) val.delete(k);
				else if (v1 !== v0) val.set(k, v1);
			}
			else if (val instanceof Set) for (const v0 of Array.from(val)) {
				const v1 = applyReviver(reviver, val, v0, v0);
				if (v1 === void 0) val.delete(v0);
				else if (v1 !== v0) {
					val.delete(v0);
					val.add(v1);
				}
			}
			else for (const [k, v0] of Object.entries(val)) {
				const v1 = applyReviver(reviver, val, k, v0);
				if (v1 === void 0) delete val[k];
				else if (v1 !== v0) val[k] = v1;
			}
		}
		return reviver.call(obj, key, val);
	}
	exports.applyReviver = applyReviver;
}));
// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	/**
	* Recursively convert any node or its contents to native JavaScript
	*
	* @param value - The input value
	* @param arg - If `value` defines a `toJSON()` method, use this
	*   as its first argument
	* @param ctx - Conversion context, originally set in Document#toJS(). If
	*   `{ keep: true }` is not set, output should be suitable for JSON
	*   stringification.
	*/
	function toJS(value, arg, ctx) {
		if (Array.isArray(value)) return value.map((v, i) => toJS(v, String(i), ctx));
		if (value && typeof value.toJSON === "function") {
			if (!ctx || !identity.hasAnchor(value)) return value.toJSON(arg, ctx);
			const data = {
				aliasCount: 0,
				count: 1,
				res: void 0
			};
			ctx.anchors.set(value, data);
			ctx.onCreate = (res) => {
				data.res = res;
				delete ctx.onCreate;
			};
			const res = value.toJSON(arg, ctx);
			if (ctx.onCreate) ctx.onCreate(res);
			return res;
		}
		if (typeof value === "bigint" && !ctx?.keep) return Number(value);
		return value;
	}
	exports.toJS = toJS;
}));
// node_modules/yaml/dist/nodes/Node.js
var require_Node = /* @__PURE__ */ __commonJSMin(((exports) => {
	var applyReviver = require_applyReviver();
	var identity = require_identity();
	var toJS = require_toJS();
	var NodeBase = class {
		constructor(type) {
			Object.defineProperty(this, identity.NODE_TYPE, { value: type });
		}
		/** Create a copy of this node.  */
		clone() {
			const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
			if (this.range) copy.range = this.range.slice();
			return copy;
		}
		/** A plain JavaScript representation of this node. */
		toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
			if (!identity.isDocument(doc)) throw new TypeError("A document argument is required");
			const ctx = {
				anchors: /* @__PURE__ */ new Map(),
				doc,
				keep: true,
				mapAsMap: mapAsMap === true,
				mapKeyWarned: false,
				maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
			};
			const res = toJS.toJS(this, "", ctx);
			if (typeof onAnchor === "function") for (const { count, res } of ctx.anchors.values()) onAnchor(res, count);
			return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
		}
	};
	exports.NodeBase = NodeBase;
}));
// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = /* @__PURE__ */ __commonJSMin(((exports) => {
	var anchors = require_anchors();
	var visit = require_visit();
	var identity = require_identity();
	var Node = require_Node();
	var toJS = require_toJS();
	var Alias = class extends Node.NodeBase {
		constructor(source) {
			super(identity.ALIAS);
			this.source = source;
			Object.defineProperty(this, "tag", { set() {
				throw new Error("Alias nodes cannot have tags");
			} });
		}
		/**
		* Resolve the value of this alias within `doc`, finding the last
		* instance of the `source` anchor before this node.
		*/
		resolve(doc, ctx) {
			if (ctx?.maxAliasCount === 0) throw new ReferenceError("Alias resolution is disabled");
			let nodes;
			if (ctx?.aliasResolveCache) nodes = ctx.aliasResolveCache;
			else {
				nodes = [];
				visit.visit(doc, { Node: (_key, node) => {
					if (identity.isAlias(node) || identity.hasAnchor(node)) nodes.push(node);
				} });
				if (ctx) ctx.aliasResolveCache = nodes;
			}
			let found = void 0;
			for (const node of nodes) {
				if (node === this) break;
				if (node.anchor === this.source) found = node;
			}
			if (found && ctx) {
				const { anchors, doc, maxAliasCount } = ctx;
				let data = anchors.get(found);
				if (!data) {
					toJS.toJS(found, null, ctx);
					data = anchors.get(found);
				}
				/* istanbul ignore if */
				if (data?.res === void 0) throw new ReferenceError("This should not happen: Alias anchor was not resolved?");
				if (maxAliasCount >= 0) {
					data.count += 1;
					if (data.aliasCount === 0) data.aliasCount = getAliasCount(doc, found, anchors);
					if (data.count * data.aliasCount > maxAliasCount) throw new ReferenceError("Excessive alias count indicates a resource exhaustion attack");
				}
			}
			return found;
		}
		toJSON(_arg, ctx) {
			if (!ctx) return { source: this.source };
			const source = this.resolve(ctx.doc, ctx);
			if (!source) {
				const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
				throw new ReferenceError(msg);
			}
			return ctx.anchors.get(source).res;
		}
		toString(ctx, _onComment, _onChompKeep) {
			const src = `*${this.source}`;
			if (ctx) {
				anchors.anchorIsValid(this.source);
				if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
					const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
					throw new Error(msg);
				}
				if (ctx.implicitKey) return `${src} `;
			}
			return src;
		}
	};
	function getAliasCount(doc, node, anchors) {
		if (identity.isAlias(node)) {
			const source = node.resolve(doc);
			const anchor = anchors && source && anchors.get(source);
			return anchor ? anchor.count * anchor.aliasCount : 0;
		} else if (identity.isCollection(node)) {
			let count = 0;
			for (const item of node.items) {
				const c = getAliasCount(doc, item, anchors);
				if (c > count) count = c;
			}
			return count;
		} else if (identity.isPair(node)) {
			const kc = getAliasCount(doc, node.key, anchors);
			const vc = getAliasCount(doc, node.value, anchors);
			return Math.max(kc, vc);
		}
		return 1;
	}
	exports.Alias = Alias;
}));
// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var Node = require_Node();
	var toJS = require_toJS();
	const isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
	var Scalar = class extends Node.NodeBase {
		constructor(value) {
			super(identity.SCALAR);
			this.value = value;
		}
		toJSON(arg, ctx) {
			return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
		}
		toString() {
			return String(this.value);
		}
	};
	Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
	Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
	Scalar.PLAIN = "PLAIN";
	Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
	Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
	exports.Scalar = Scalar;
	exports.isScalarValue = isScalarValue;
}));
// node_modules/yaml/dist/doc/createNode.js
var require_createNode = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Alias = require_Alias();
	var identity = require_identity();
	var Scalar = require_Scalar();
	const defaultTagPrefix = "tag:yaml.org,2002:";
	function findTagObject(value, tagName, tags) {
		if (tagName) {
			const match = tags.filter((t) => t.tag === tagName);
			const tagObj = match.find((t) => !t.format) ?? match[0];
			if (!tagObj) throw new Error(`Tag ${tagName} not found`);
			return tagObj;
		}
		return tags.find((t) => t.identify?.(value) && !t.format);
	}
	function createNode(value, tagName, ctx) {
		if (identity.isDocument(value)) value = value.contents;
		if (identity.isNode(value)) return value;
		if (identity.isPair(value)) {
			const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
			map.items.push(value);
			return map;
		}
		if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) value = value.valueOf();
		const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
		let ref = void 0;
		if (aliasDuplicateObjects && value && typeof value === "object") {
			ref = sourceObjects.get(value);
			if (ref) {
				ref.anchor ?? (ref.anchor = onAnchor(value));
				return new Alias.Alias(ref.anchor);
			} else {
				ref = {
					anchor: null,
					node: null
				};
				sourceObjects.set(value, ref);
			}
		}
		if (tagName?.startsWith("!!")) tagName = defaultTagPrefix + tagName.slice(2);
		let tagObj = findTagObject(value, tagName, schema.tags);
		if (!tagObj) {
			if (value && typeof value.toJSON === "function") value = value.toJSON();
			if (!value || typeof value !== "object") {
				const node = new Scalar.Scalar(value);
				if (ref) ref.node = node;
				return node;
			}
			tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
		}
		if (onTagObj) {
			onTagObj(tagObj);
			delete ctx.onTagObj;
		}
		const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
		if (tagName) node.tag = tagName;
		else if (!tagObj.default) node.tag = tagObj.tag;
		if (ref) ref.node = node;
		return node;
	}
	exports.createNode = createNode;
}));
// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = /* @__PURE__ */ __commonJSMin(((exports) => {
	var createNode = require_createNode();
	var identity = require_identity();
	var Node = require_Node();
	function collectionFromPath(schema, path, value) {
		let v = value;
		for (let i = path.length - 1; i >= 0; --i) {
			const k = path[i];
			if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
				const a = [];
				a[k] = v;
				v = a;
			} else v = /* @__PURE__ */ new Map([[k, v]]);
		}
		return createNode.createNode(v, void 0, {
			aliasDuplicateObjects: false,
			keepUndefined: false,
			onAnchor: () => {
				throw new Error("This should not happen, please report a bug.");
			},
			schema,
			sourceObjects: /* @__PURE__ */ new Map()
		});
	}
	const isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
	var Collection = class extends Node.NodeBase {
		constructor(type, schema) {
			super(type);
			Object.defineProperty(this, "schema", {
				value: schema,
				configurable: true,
				enumerable: false,
				writable: true
			});
		}
		/**
		* Create a copy of this collection.
		*
		* @param schema - If defined, overwrites the original's schema
		*/
		clone(schema) {
			const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
			if (schema) copy.schema = schema;
			copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
			if (this.range) copy.range = this.range.slice();
			return copy;
		}
		/**
		* Adds a value to the collection. For `!!map` and `!!omap` the value must
		* be a Pair instance or a `{ key, value }` object, which may not have a key
		* that already exists in the map.
		*/
		addIn(path, value) {
			if (isEmptyPath(path)) this.add(value);
			else {
				const [key, ...rest] = path;
				const node = this.get(key, true);
				if (identity.isCollection(node)) node.addIn(rest, value);
				else if (node === void 0 && this.schema) this.set(key, collectionFromPath(this.schema, rest, value));
				else throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
			}
		}
		/**
		* Removes a value from the collection.
		* @returns `true` if the item was found and removed.
		*/
		deleteIn(path) {
			const [key, ...rest] = path;
			if (rest.length === 0) return this.delete(key);
			const node = this.get(key, true);
			if (identity.isCollection(node)) return node.deleteIn(rest);
			else throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
		}
		/**
		* Returns item at `key`, or `undefined` if not found. By default unwraps
		* scalar values from their surrounding node; to disable set `keepScalar` to
		* `true` (collections are always returned intact).
		*/
		getIn(path, keepScalar) {
			const [key, ...rest] = path;
			const node = this.get(key, true);
			if (rest.length === 0) return !keepScalar && identity.isScalar(node) ? node.value : node;
			else return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
		}
		hasAllNullValues(allowScalar) {
			return this.items.every((node) => {
				if (!identity.isPair(node)) return false;
				const n = node.value;
				return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
			});
		}
		/**
		* Checks if the collection includes a value with the key `key`.
		*/
		hasIn(path) {
			const [key, ...rest] = path;
			if (rest.length === 0) return this.has(key);
			const node = this.get(key, true);
			return identity.isCollection(node) ? node.hasIn(rest) : false;
		}
		/**
		* Sets a value in this collection. For `!!set`, `value` needs to be a
		* boolean to add/remove the item from the set.
		*/
		setIn(path, value) {
			const [key, ...rest] = path;
			if (rest.length === 0) this.set(key, value);
			else {
				const node = this.get(key, true);
				if (identity.isCollection(node)) node.setIn(rest, value);
				else if (node === void 0 && this.schema) this.set(key, collectionFromPath(this.schema, rest, value));
				else throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
			}
		}
	};
	exports.Collection = Collection;
	exports.collectionFromPath = collectionFromPath;
	exports.isEmptyPath = isEmptyPath;
}));
// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = /* @__PURE__ */ __commonJSMin(((exports) => {
	/**
	* Stringifies a comment.
	*
	* Empty comment lines are left empty,
	* lines consisting of a single space are replaced by `#`,
	* and all other lines are prefixed with a `#`.
	*/
	const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
	function indentComment(comment, indent) {
		if (/^\n+$/.test(comment)) return comment.substring(1);
		return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
	}
	const lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
	exports.indentComment = indentComment;
	exports.lineComment = lineComment;
	exports.stringifyComment = stringifyComment;
}));
// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = /* @__PURE__ */ __commonJSMin(((exports) => {
	const FOLD_FLOW = "flow";
	const FOLD_BLOCK = "block";
	const FOLD_QUOTED = "quoted";
	/**
	* Tries to keep input at up to `lineWidth` characters, splitting only on spaces
	* not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
	* terminated with `\n` and started with `indent`.
	*/
	function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
		if (!lineWidth || lineWidth < 0) return text;
		if (lineWidth < minContentWidth) minContentWidth = 0;
		const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
		if (text.length <= endStep) return text;
		const folds = [];
		const escapedFolds = {};
		let end = lineWidth - indent.length;
		if (typeof indentAtStart === "number") {
			if (indentAtStart > lineWidth - Math.max(2, minContentWidth)) folds.push(0);
			else end = lineWidth - indentAtStart;
		}
		let split = void 0;
		let prev = void 0;
		let overflow = false;
		let i = -1;
		let escStart = -1;
		let escEnd = -1;
		if (mode === FOLD_BLOCK) {
			i = consumeMoreIndentedLines(text, i, indent.length);
			if (i !== -1) end = i + endStep;
		}
		for (let ch; ch = text[i += 1];) {
			if (mode === FOLD_QUOTED && ch === "\\") {
				escStart = i;
				switch (text[i + 1]) {
					case "x":
						i += 3;
						break;
					case "u":
						i += 5;
						break;
					case "U":
						i += 9;
						break;
					default: i += 1;
				}
				escEnd = i;
			}
			if (ch === "\n") {
				if (mode === FOLD_BLOCK) i = consumeMoreIndentedLines(text, i, indent.length);
				end = i + indent.length + endStep;
				split = void 0;
			} else {
				if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
					const next = text[i + 1];
					if (next && next !== " " && next !== "\n" && next !== "	") split = i;
				}
				if (i >= end) {
					if (split) {
						folds.push(split);
						end = split + endStep;
						split = void 0;
					} else if (mode === FOLD_QUOTED) {
						while (prev === " " || prev === "	") {
							prev = ch;
							ch = text[i += 1];
							overflow = true;
						}
						const j = i > escEnd + 1 ? i - 2 : escStart - 1;
						if (escapedFolds[j]) return text;
						folds.push(j);
						escapedFolds[j] = true;
						end = j + endStep;
						split = void 0;
					} else overflow = true;
				}
			}
			prev = ch;
		}
		if (overflow && onOverflow) onOverflow();
		if (folds.length === 0) return text;
		if (onFold) onFold();
		let res = text.slice(0, folds[0]);
		for (let i = 0; i < folds.length; ++i) {
			const fold = folds[i];
			const end = folds[i + 1] || text.length;
			if (fold === 0) res = `\n${indent}${text.slice(0, end)}`;
			else {
				if (mode === FOLD_QUOTED && escapedFolds[fold]) res += `${text[fold]}\\`;
				res += `\n${indent}${text.slice(fold + 1, end)}`;
			}
		}
		return res;
	}
	/**
	* Presumes `i + 1` is at the start of a line
	* @returns index of last newline in more-indented block
	*/
	function consumeMoreIndentedLines(text, i, indent) {
		let end = i;
		let start = i + 1;
		let ch = text[start];
		while (ch === " " || ch === "	") if (i < start + indent) ch = text[++i];
		else {
			do
				ch = text[++i];
			while (ch && ch !== "\n");
			end = i;
			start = i + 1;
			ch = text[start];
		}
		return end;
	}
	exports.FOLD_BLOCK = FOLD_BLOCK;
	exports.FOLD_FLOW = FOLD_FLOW;
	exports.FOLD_QUOTED = FOLD_QUOTED;
	exports.foldFlowLines = foldFlowLines;
}));
// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Scalar = require_Scalar();
	var foldFlowLines = require_foldFlowLines();
	const getFoldOptions = (ctx, isBlock) => ({
		indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
		lineWidth: ctx.options.lineWidth,
		minContentWidth: ctx.options.minContentWidth
	});
	const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
	function lineLengthOverLimit(str, lineWidth, indentLength) {
		if (!lineWidth || lineWidth < 0) return false;
		const limit = lineWidth - indentLength;
		const strLen = str.length;
		if (strLen <= limit) return false;
		for (let i = 0, start = 0; i < strLen; ++i) if (str[i] === "\n") {
			if (i - start > limit) return true;
			start = i + 1;
			if (strLen - start <= limit) return false;
		}
		return true;
	}
	function doubleQuotedString(value, ctx) {
		const json = JSON.stringify(value);
		if (ctx.options.doubleQuotedAsJSON) return json;
		const { implicitKey } = ctx;
		const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
		const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
		let str = "";
		let start = 0;
		for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
			if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
				str += json.slice(start, i) + "\\ ";
				i += 1;
				start = i;
				ch = "\\";
			}
			if (ch === "\\") switch (json[i + 1]) {
				case "u":
					{
						str += json.slice(start, i);
						const code = json.substr(i + 2, 4);
						switch (code) {
							case "0000":
								str += "\\0";
								break;
							case "0007":
								str += "\\a";
								break;
							case "000b":
								str += "\\v";
								break;
							case "001b":
								str += "\\e";
								break;
							case "0085":
								str += "\\N";
								break;
							case "00a0":
								str += "\\_";
								break;
							case "2028":
								str += "\\L";
								break;
							case "2029":
								str += "\\P";
								break;
							default: if (code.substr(0, 2) === "00") str += "\\x" + code.substr(2);
							else str += json.substr(i, 6);
						}
						i += 5;
						start = i + 1;
					}
					break;
				case "n":
					if (implicitKey || json[i + 2] === "\"" || json.length < minMultiLineLength) i += 1;
					else {
						str += json.slice(start, i) + "\n\n";
						while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== "\"") {
							str += "\n";
							i += 2;
						}
						str += indent;
						if (json[i + 2] === " ") str += "\\";
						i += 1;
						start = i + 1;
					}
					break;
				default: i += 1;
			}
		}
		str = start ? str + json.slice(start) : json;
		return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
	}
	function singleQuotedString(value, ctx) {
		if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value)) return doubleQuotedString(value, ctx);
		const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
		const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
		return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
	}
	function quotedString(value, ctx) {
		const { singleQuote } = ctx.options;
		let qs;
		if (singleQuote === false) qs = doubleQuotedString;
		else {
			const hasDouble = value.includes("\"");
			const hasSingle = value.includes("'");
			if (hasDouble && !hasSingle) qs = singleQuotedString;
			else if (hasSingle && !hasDouble) qs = doubleQuotedString;
			else qs = singleQuote ? singleQuotedString : doubleQuotedString;
		}
		return qs(value, ctx);
	}
	let blockEndNewlines;
	try {
		blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
	} catch {
		blockEndNewlines = /\n+(?!\n|$)/g;
	}
	function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
		const { blockQuote, commentString, lineWidth } = ctx.options;
		if (!blockQuote || /\n[\t ]+$/.test(value)) return quotedString(value, ctx);
		const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
		const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
		if (!value) return literal ? "|\n" : ">\n";
		let chomp;
		let endStart;
		for (endStart = value.length; endStart > 0; --endStart) {
			const ch = value[endStart - 1];
			if (ch !== "\n" && ch !== "	" && ch !== " ") break;
		}
		let end = value.substring(endStart);
		const endNlPos = end.indexOf("\n");
		if (endNlPos === -1) chomp = "-";
		else if (value === end || endNlPos !== end.length - 1) {
			chomp = "+";
			if (onChompKeep) onChompKeep();
		} else chomp = "";
		if (end) {
			value = value.slice(0, -end.length);
			if (end[end.length - 1] === "\n") end = end.slice(0, -1);
			end = end.replace(blockEndNewlines, `$&${indent}`);
		}
		let startWithSpace = false;
		let startEnd;
		let startNlPos = -1;
		for (startEnd = 0; startEnd < value.length; ++startEnd) {
			const ch = value[startEnd];
			if (ch === " ") startWithSpace = true;
			else if (ch === "\n") startNlPos = startEnd;
			else break;
		}
		let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
		if (start) {
			value = value.substring(start.length);
			start = start.replace(/\n+/g, `$&${indent}`);
		}
		let header = (startWithSpace ? indent ? "2" : "1" : "") + chomp;
		if (comment) {
			header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
			if (onComment) onComment();
		}
		if (!literal) {
			const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
			let literalFallback = false;
			const foldOptions = getFoldOptions(ctx, true);
			if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) foldOptions.onOverflow = () => {
				literalFallback = true;
			};
			const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
			if (!literalFallback) return `>${header}\n${indent}${body}`;
		}
		value = value.replace(/\n+/g, `$&${indent}`);
		return `|${header}\n${indent}${start}${value}${end}`;
	}
	function plainString(item, ctx, onComment, onChompKeep) {
		const { type, value } = item;
		const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
		if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) return quotedString(value, ctx);
		if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
		if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) return blockString(item, ctx, onComment, onChompKeep);
		if (containsDocumentMarker(value)) {
			if (indent === "") {
				ctx.forceBlockIndent = true;
				return blockString(item, ctx, onComment, onChompKeep);
			} else if (implicitKey && indent === indentStep) return quotedString(value, ctx);
		}
		const str = value.replace(/\n+/g, `$&\n${indent}`);
		if (actualString) {
			const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
			const { compat, tags } = ctx.doc.schema;
			if (tags.some(test) || compat?.some(test)) return quotedString(value, ctx);
		}
		return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
	}
	function stringifyString(item, ctx, onComment, onChompKeep) {
		const { implicitKey, inFlow } = ctx;
		const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
		let { type } = item;
		if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
			if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value)) type = Scalar.Scalar.QUOTE_DOUBLE;
		}
		const _stringify = (_type) => {
			switch (_type) {
				case Scalar.Scalar.BLOCK_FOLDED:
				case Scalar.Scalar.BLOCK_LITERAL: return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
				case Scalar.Scalar.QUOTE_DOUBLE: return doubleQuotedString(ss.value, ctx);
				case Scalar.Scalar.QUOTE_SINGLE: return singleQuotedString(ss.value, ctx);
				case Scalar.Scalar.PLAIN: return plainString(ss, ctx, onComment, onChompKeep);
				default: return null;
			}
		};
		let res = _stringify(type);
		if (res === null) {
			const { defaultKeyType, defaultStringType } = ctx.options;
			const t = implicitKey && defaultKeyType || defaultStringType;
			res = _stringify(t);
			if (res === null) throw new Error(`Unsupported default string type ${t}`);
		}
		return res;
	}
	exports.stringifyString = stringifyString;
}));
// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = /* @__PURE__ */ __commonJSMin(((exports) => {
	var anchors = require_anchors();
	var identity = require_identity();
	var stringifyComment = require_stringifyComment();
	var stringifyString = require_stringifyString();
	function createStringifyContext(doc, options) {
		const opt = Object.assign({
			blockQuote: true,
			commentString: stringifyComment.stringifyComment,
			defaultKeyType: null,
			defaultStringType: "PLAIN",
			directives: null,
			doubleQuotedAsJSON: false,
			doubleQuotedMinMultiLineLength: 40,
			falseStr: "false",
			flowCollectionPadding: true,
			indentSeq: true,
			lineWidth: 80,
			minContentWidth: 20,
			nullStr: "null",
			simpleKeys: false,
			singleQuote: null,
			trailingComma: false,
			trueStr: "true",
			verifyAliasOrder: true
		}, doc.schema.toStringOptions, options);
		let inFlow;
		switch (opt.collectionStyle) {
			case "block":
				inFlow = false;
				break;
			case "flow":
				inFlow = true;
				break;
			default: inFlow = null;
		}
		return {
			anchors: /* @__PURE__ */ new Set(),
			doc,
			flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
			indent: "",
			indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
			inFlow,
			options: opt
		};
	}
	function getTagObject(tags, item) {
		if (item.tag) {
			const match = tags.filter((t) => t.tag === item.tag);
			if (match.length > 0) return match.find((t) => t.format === item.format) ?? match[0];
		}
		let tagObj = void 0;
		let obj;
		if (identity.isScalar(item)) {
			obj = item.value;
			let match = tags.filter((t) => t.identify?.(obj));
			if (match.length > 1) {
				const testMatch = match.filter((t) => t.test);
				if (testMatch.length > 0) match = testMatch;
			}
			tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
		} else {
			obj = item;
			tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
		}
		if (!tagObj) {
			const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
			throw new Error(`Tag not resolved for ${name} value`);
		}
		return tagObj;
	}
	function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
		if (!doc.directives) return "";
		const props = [];
		const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
		if (anchor && anchors.anchorIsValid(anchor)) {
			anchors$1.add(anchor);
			props.push(`&${anchor}`);
		}
		const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
		if (tag) props.push(doc.directives.tagString(tag));
		return props.join(" ");
	}
	function stringify(item, ctx, onComment, onChompKeep) {
		if (identity.isPair(item)) return item.toString(ctx, onComment, onChompKeep);
		if (identity.isAlias(item)) {
			if (ctx.doc.directives) return item.toString(ctx);
			if (ctx.resolvedAliases?.has(item)) throw new TypeError(`Cannot stringify circular structure without alias nodes`);
			else {
				if (ctx.resolvedAliases) ctx.resolvedAliases.add(item);
				else ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
				item = item.resolve(ctx.doc);
			}
		}
		let tagObj = void 0;
		const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
		tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
		const props = stringifyProps(node, tagObj, ctx);
		if (props.length > 0) ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
		const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
		if (!props) return str;
		return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}\n${ctx.indent}${str}`;
	}
	exports.createStringifyContext = createStringifyContext;
	exports.stringify = stringify;
}));
// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var Scalar = require_Scalar();
	var stringify = require_stringify();
	var stringifyComment = require_stringifyComment();
	function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
		const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
		let keyComment = identity.isNode(key) && key.comment || null;
		if (simpleKeys) {
			if (keyComment) throw new Error("With simple keys, key nodes cannot have comments");
			if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") throw new Error("With simple keys, collection cannot be used as a key value");
		}
		let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
		ctx = Object.assign({}, ctx, {
			allNullValues: false,
			implicitKey: !explicitKey && (simpleKeys || !allNullValues),
			indent: indent + indentStep
		});
		let keyCommentDone = false;
		let chompKeep = false;
		let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
		if (!explicitKey && !ctx.inFlow && str.length > 1024) {
			if (simpleKeys) throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
			explicitKey = true;
		}
		if (ctx.inFlow) {
			if (allNullValues || value == null) {
				if (keyCommentDone && onComment) onComment();
				return str === "" ? "?" : explicitKey ? `? ${str}` : str;
			}
		} else if (allNullValues && !simpleKeys || value == null && explicitKey) {
			str = `? ${str}`;
			if (keyComment && !keyCommentDone) str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
			else if (chompKeep && onChompKeep) onChompKeep();
			return str;
		}
		if (keyCommentDone) keyComment = null;
		if (explicitKey) {
			if (keyComment) str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
			str = `? ${str}\n${indent}:`;
		} else {
			str = `${str}:`;
			if (keyComment) str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
		}
		let vsb, vcb, valueComment;
		if (identity.isNode(value)) {
			vsb = !!value.spaceBefore;
			vcb = value.commentBefore;
			valueComment = value.comment;
		} else {
			vsb = false;
			vcb = null;
			valueComment = null;
			if (value && typeof value === "object") value = doc.createNode(value);
		}
		ctx.implicitKey = false;
		if (!explicitKey && !keyComment && identity.isScalar(value)) ctx.indentAtStart = str.length + 1;
		chompKeep = false;
		if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) ctx.indent = ctx.indent.substring(2);
		let valueCommentDone = false;
		const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
		let ws = " ";
		if (keyComment || vsb || vcb) {
			ws = vsb ? "\n" : "";
			if (vcb) {
				const cs = commentString(vcb);
				ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
			}
			if (valueStr === "" && !ctx.inFlow) {
				if (ws === "\n" && valueComment) ws = "\n\n";
			} else ws += `\n${ctx.indent}`;
		} else if (!explicitKey && identity.isCollection(value)) {
			const vs0 = valueStr[0];
			const nl0 = valueStr.indexOf("\n");
			const hasNewline = nl0 !== -1;
			const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
			if (hasNewline || !flow) {
				let hasPropsLine = false;
				if (hasNewline && (vs0 === "&" || vs0 === "!")) {
					let sp0 = valueStr.indexOf(" ");
					if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") sp0 = valueStr.indexOf(" ", sp0 + 1);
					if (sp0 === -1 || nl0 < sp0) hasPropsLine = true;
				}
				if (!hasPropsLine) ws = `\n${ctx.indent}`;
			}
		} else if (valueStr === "" || valueStr[0] === "\n") ws = "";
		str += ws + valueStr;
		if (ctx.inFlow) {
			if (valueCommentDone && onComment) onComment();
		} else if (valueComment && !valueCommentDone) str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
		else if (chompKeep && onChompKeep) onChompKeep();
		return str;
	}
	exports.stringifyPair = stringifyPair;
}));
// node_modules/yaml/dist/log.js
var require_log = /* @__PURE__ */ __commonJSMin(((exports) => {
	var node_process = __require("process");
	function debug(logLevel, ...messages) {
		if (logLevel === "debug") console.log(...messages);
	}
	function warn(logLevel, warning) {
		if (logLevel === "debug" || logLevel === "warn") {
			if (typeof node_process.emitWarning === "function") node_process.emitWarning(warning);
			else console.warn(warning);
		}
	}
	exports.debug = debug;
	exports.warn = warn;
}));
// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var Scalar = require_Scalar();
	const MERGE_KEY = "<<";
	const merge = {
		identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
		default: "key",
		tag: "tag:yaml.org,2002:merge",
		test: /^<<$/,
		resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), { addToJSMap: addMergeToJSMap }),
		stringify: () => MERGE_KEY
	};
	const isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
	function addMergeToJSMap(ctx, map, value) {
		const source = resolveAliasValue(ctx, value);
		if (identity.isSeq(source)) for (const it of source.items) mergeValue(ctx, map, it);
		else if (Array.isArray(source)) for (const it of source) mergeValue(ctx, map, it);
		else mergeValue(ctx, map, source);
	}
	function mergeValue(ctx, map, value) {
		const source = resolveAliasValue(ctx, value);
		if (!identity.isMap(source)) throw new Error("Merge sources must be maps or map aliases");
		const srcMap = source.toJSON(null, ctx, Map);
		for (const [key, value] of srcMap) if (map instanceof Map) {
			if (!map.has(key)) map.set(key, value);
		} else if (map instanceof Set) map.add(key);
		else if (!Object.prototype.hasOwnProperty.call(map, key)) Object.defineProperty(map, key, {
			value,
			writable: true,
			enumerable: true,
			configurable: true
		});
		return map;
	}
	function resolveAliasValue(ctx, value) {
		return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
	}
	exports.addMergeToJSMap = addMergeToJSMap;
	exports.isMergeKey = isMergeKey;
	exports.merge = merge;
}));
// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = /* @__PURE__ */ __commonJSMin(((exports) => {
	var log = require_log();
	var merge = require_merge();
	var stringify = require_stringify();
	var identity = require_identity();
	var toJS = require_toJS();
	function addPairToJSMap(ctx, map, { key, value }) {
		if (identity.isNode(key) && key.addToJSMap) key.addToJSMap(ctx, map, value);
		else if (merge.isMergeKey(ctx, key)) merge.addMergeToJSMap(ctx, map, value);
		else {
			const jsKey = toJS.toJS(key, "", ctx);
			if (map instanceof Map) map.set(jsKey, toJS.toJS(value, jsKey, ctx));
			else if (map instanceof Set) map.add(jsKey);
			else {
				const stringKey = stringifyKey(key, jsKey, ctx);
				const jsValue = toJS.toJS(value, stringKey, ctx);
				if (stringKey in map) Object.defineProperty(map, stringKey, {
					value: jsValue,
					writable: true,
					enumerable: true,
					configurable: true
				});
				else map[stringKey] = jsValue;
			}
		}
		return map;
	}
	function stringifyKey(key, jsKey, ctx) {
		if (jsKey === null) return "";
		if (typeof jsKey !== "object") return String(jsKey);
		if (identity.isNode(key) && ctx?.doc) {
			const strCtx = stringify.createStringifyContext(ctx.doc, {});
			strCtx.anchors = /* @__PURE__ */ new Set();
			for (const node of ctx.anchors.keys()) strCtx.anchors.add(node.anchor);
			strCtx.inFlow = true;
			strCtx.inStringifyKey = true;
			const strKey = key.toString(strCtx);
			if (!ctx.mapKeyWarned) {
				let jsonStr = JSON.stringify(strKey);
				if (jsonStr.length > 40) jsonStr = jsonStr.substring(0, 36) + "...\"";
				log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
				ctx.mapKeyWarned = true;
			}
			return strKey;
		}
		return JSON.stringify(jsKey);
	}
	exports.addPairToJSMap = addPairToJSMap;
}));
// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = /* @__PURE__ */ __commonJSMin(((exports) => {
	var createNode = require_createNode();
	var stringifyPair = require_stringifyPair();
	var addPairToJSMap = require_addPairToJSMap();
	var identity = require_identity();
	function createPair(key, value, ctx) {
		return new Pair(createNode.createNode(key, void 0, ctx), createNode.createNode(value, void 0, ctx));
	}
	var Pair = class Pair {
		constructor(key, value = null) {
			Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
			this.key = key;
			this.value = value;
		}
		clone(schema) {
			let { key, value } = this;
			if (identity.isNode(key)) key = key.clone(schema);
			if (identity.isNode(value)) value = value.clone(schema);
			return new Pair(key, value);
		}
		toJSON(_, ctx) {
			const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
			return addPairToJSMap.addPairToJSMap(ctx, pair, this);
		}
		toString(ctx, onComment, onChompKeep) {
			return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
		}
	};
	exports.Pair = Pair;
	exports.createPair = createPair;
}));
// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var stringify = require_stringify();
	var stringifyComment = require_stringifyComment();
	function stringifyCollection(collection, ctx, options) {
		return (ctx.inFlow ?? collection.flow ? stringifyFlowCollection : stringifyBlockCollection)(collection, ctx, options);
	}
	function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
		const { indent, options: { commentString } } = ctx;
		const itemCtx = Object.assign({}, ctx, {
			indent: itemIndent,
			type: null
		});
		let chompKeep = false;
		const lines = [];
		for (let i = 0; i < items.length; ++i) {
			const item = items[i];
			let comment = null;
			if (identity.isNode(item)) {
				if (!chompKeep && item.spaceBefore) lines.push("");
				addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
				if (item.comment) comment = item.comment;
			} else if (identity.isPair(item)) {
				const ik = identity.isNode(item.key) ? item.key : null;
				if (ik) {
					if (!chompKeep && ik.spaceBefore) lines.push("");
					addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
				}
			}
			chompKeep = false;
			let str = stringify.stringify(item, itemCtx, () => comment = null, () => chompKeep = true);
			if (comment) str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
			if (chompKeep && comment) chompKeep = false;
			lines.push(blockItemPrefix + str);
		}
		let str;
		if (lines.length === 0) str = flowChars.start + flowChars.end;
		else {
			str = lines[0];
			for (let i = 1; i < lines.length; ++i) {
				const line = lines[i];
				str += line ? `\n${indent}${line}` : "\n";
			}
		}
		if (comment) {
			str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
			if (onComment) onComment();
		} else if (chompKeep && onChompKeep) onChompKeep();
		return str;
	}
	function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
		const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
		itemIndent += indentStep;
		const itemCtx = Object.assign({}, ctx, {
			indent: itemIndent,
			inFlow: true,
			type: null
		});
		let reqNewline = false;
		let linesAtValue = 0;
		const lines = [];
		for (let i = 0; i < items.length; ++i) {
			const item = items[i];
			let comment = null;
			if (identity.isNode(item)) {
				if (item.spaceBefore) lines.push("");
				addCommentBefore(ctx, lines, item.commentBefore, false);
				if (item.comment) comment = item.comment;
			} else if (identity.isPair(item)) {
				const ik = identity.isNode(item.key) ? item.key : null;
				if (ik) {
					if (ik.spaceBefore) lines.push("");
					addCommentBefore(ctx, lines, ik.commentBefore, false);
					if (ik.comment) reqNewline = true;
				}
				const iv = identity.isNode(item.value) ? item.value : null;
				if (iv) {
					if (iv.comment) comment = iv.comment;
					if (iv.commentBefore) reqNewline = true;
				} else if (item.value == null && ik?.comment) comment = ik.comment;
			}
			if (comment) reqNewline = true;
			let str = stringify.stringify(item, itemCtx, () => comment = null);
			reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
			if (i < items.length - 1) str += ",";
			else if (ctx.options.trailingComma) {
				if (ctx.options.lineWidth > 0) reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
				if (reqNewline) str += ",";
			}
			if (comment) str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
			lines.push(str);
			linesAtValue = lines.length;
		}
		const { start, end } = flowChars;
		if (lines.length === 0) return start + end;
		else {
			if (!reqNewline) {
				const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
				reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
			}
			if (reqNewline) {
				let str = start;
				for (const line of lines) str += line ? `\n${indentStep}${indent}${line}` : "\n";
				return `${str}\n${indent}${end}`;
			} else return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
		}
	}
	function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
		if (comment && chompKeep) comment = comment.replace(/^\n+/, "");
		if (comment) {
			const ic = stringifyComment.indentComment(commentString(comment), indent);
			lines.push(ic.trimStart());
		}
	}
	exports.stringifyCollection = stringifyCollection;
}));
// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = /* @__PURE__ */ __commonJSMin(((exports) => {
	var stringifyCollection = require_stringifyCollection();
	var addPairToJSMap = require_addPairToJSMap();
	var Collection = require_Collection();
	var identity = require_identity();
	var Pair = require_Pair();
	var Scalar = require_Scalar();
	function findPair(items, key) {
		const k = identity.isScalar(key) ? key.value : key;
		for (const it of items) if (identity.isPair(it)) {
			if (it.key === key || it.key === k) return it;
			if (identity.isScalar(it.key) && it.key.value === k) return it;
		}
	}
	var YAMLMap = class extends Collection.Collection {
		static get tagName() {
			return "tag:yaml.org,2002:map";
		}
		constructor(schema) {
			super(identity.MAP, schema);
			this.items = [];
		}
		/**
		* A generic collection parsing method that can be extended
		* to other node classes that inherit from YAMLMap
		*/
		static from(schema, obj, ctx) {
			const { keepUndefined, replacer } = ctx;
			const map = new this(schema);
			const add = (key, value) => {
				if (typeof replacer === "function") value = replacer.call(obj, key, value);
				else if (Array.isArray(replacer) && !replacer.includes(key)) return;
				if (value !== void 0 || keepUndefined) map.items.push(Pair.createPair(key, value, ctx));
			};
			if (obj instanceof Map) for (const [key, value] of obj) add(key, value);
			else if (obj && typeof obj === "object") for (const key of Object.keys(obj)) add(key, obj[key]);
			if (typeof schema.sortMapEntries === "function") map.items.sort(schema.sortMapEntries);
			return map;
		}
		/**
		* Adds a value to the collection.
		*
		* @param overwrite - If not set `true`, using a key that is already in the
		*   collection will throw. Otherwise, overwrites the previous value.
		*/
		add(pair, overwrite) {
			let _pair;
			if (identity.isPair(pair)) _pair = pair;
			else if (!pair || typeof pair !== "object" || !("key" in pair)) _pair = new Pair.Pair(pair, pair?.value);
			else _pair = new Pair.Pair(pair.key, pair.value);
			const prev = findPair(this.items, _pair.key);
			const sortEntries = this.schema?.sortMapEntries;
			if (prev) {
				if (!overwrite) throw new Error(`Key ${_pair.key} already set`);
				if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value)) prev.value.value = _pair.value;
				else prev.value = _pair.value;
			} else if (sortEntries) {
				const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
				if (i === -1) this.items.push(_pair);
				else this.items.splice(i, 0, _pair);
			} else this.items.push(_pair);
		}
		delete(key) {
			const it = findPair(this.items, key);
			if (!it) return false;
			return this.items.splice(this.items.indexOf(it), 1).length > 0;
		}
		get(key, keepScalar) {
			const node = findPair(this.items, key)?.value;
			return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
		}
		has(key) {
			return !!findPair(this.items, key);
		}
		set(key, value) {
			this.add(new Pair.Pair(key, value), true);
		}
		/**
		* @param ctx - Conversion context, originally set in Document#toJS()
		* @param {Class} Type - If set, forces the returned collection type
		* @returns Instance of Type, Map, or Object
		*/
		toJSON(_, ctx, Type) {
			const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
			if (ctx?.onCreate) ctx.onCreate(map);
			for (const item of this.items) addPairToJSMap.addPairToJSMap(ctx, map, item);
			return map;
		}
		toString(ctx, onComment, onChompKeep) {
			if (!ctx) return JSON.stringify(this);
			for (const item of this.items) if (!identity.isPair(item)) throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
			if (!ctx.allNullValues && this.hasAllNullValues(false)) ctx = Object.assign({}, ctx, { allNullValues: true });
			return stringifyCollection.stringifyCollection(this, ctx, {
				blockItemPrefix: "",
				flowChars: {
					start: "{",
					end: "}"
				},
				itemIndent: ctx.indent || "",
				onChompKeep,
				onComment
			});
		}
	};
	exports.YAMLMap = YAMLMap;
	exports.findPair = findPair;
}));
// node_modules/yaml/dist/schema/common/map.js
var require_map = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var YAMLMap = require_YAMLMap();
	exports.map = {
		collection: "map",
		default: true,
		nodeClass: YAMLMap.YAMLMap,
		tag: "tag:yaml.org,2002:map",
		resolve(map, onError) {
			if (!identity.isMap(map)) onError("Expected a mapping for this tag");
			return map;
		},
		createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
	};
}));
// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = /* @__PURE__ */ __commonJSMin(((exports) => {
	var createNode = require_createNode();
	var stringifyCollection = require_stringifyCollection();
	var Collection = require_Collection();
	var identity = require_identity();
	var Scalar = require_Scalar();
	var toJS = require_toJS();
	var YAMLSeq = class extends Collection.Collection {
		static get tagName() {
			return "tag:yaml.org,2002:seq";
		}
		constructor(schema) {
			super(identity.SEQ, schema);
			this.items = [];
		}
		add(value) {
			this.items.push(value);
		}
		/**
		* Removes a value from the collection.
		*
		* `key` must contain a representation of an integer for this to succeed.
		* It may be wrapped in a `Scalar`.
		*
		* @returns `true` if the item was found and removed.
		*/
		delete(key) {
			const idx = asItemIndex(key);
			if (typeof idx !== "number") return false;
			return this.items.splice(idx, 1).length > 0;
		}
		get(key, keepScalar) {
			const idx = asItemIndex(key);
			if (typeof idx !== "number") return void 0;
			const it = this.items[idx];
			return !keepScalar && identity.isScalar(it) ? it.value : it;
		}
		/**
		* Checks if the collection includes a value with the key `key`.
		*
		* `key` must contain a representation of an integer for this to succeed.
		* It may be wrapped in a `Scalar`.
		*/
		has(key) {
			const idx = asItemIndex(key);
			return typeof idx === "number" && idx < this.items.length;
		}
		/**
		* Sets a value in this collection. For `!!set`, `value` needs to be a
		* boolean to add/remove the item from the set.
		*
		* If `key` does not contain a representation of an integer, this will throw.
		* It may be wrapped in a `Scalar`.
		*/
		set(key, value) {
			const idx = asItemIndex(key);
			if (typeof idx !== "number") throw new Error(`Expected a valid index, not ${key}.`);
			const prev = this.items[idx];
			if (identity.isScalar(prev) && Scalar.isScalarValue(value)) prev.value = value;
			else this.items[idx] = value;
		}
		toJSON(_, ctx) {
			const seq = [];
			if (ctx?.onCreate) ctx.onCreate(seq);
			let i = 0;
			for (const item of this.items) seq.push(toJS.toJS(item, String(i++), ctx));
			return seq;
		}
		toString(ctx, onComment, onChompKeep) {
			if (!ctx) return JSON.stringify(this);
			return stringifyCollection.stringifyCollection(this, ctx, {
				blockItemPrefix: "- ",
				flowChars: {
					start: "[",
					end: "]"
				},
				itemIndent: (ctx.indent || "") + "  ",
				onChompKeep,
				onComment
			});
		}
		static from(schema, obj, ctx) {
			const { replacer } = ctx;
			const seq = new this(schema);
			if (obj && Symbol.iterator in Object(obj)) {
				let i = 0;
				for (let it of obj) {
					if (typeof replacer === "function") {
						const key = obj instanceof Set ? it : String(i++);
						it = replacer.call(obj, key, it);
					}
					seq.items.push(createNode.createNode(it, void 0, ctx));
				}
			}
			return seq;
		}
	};
	function asItemIndex(key) {
		let idx = identity.isScalar(key) ? key.value : key;
		if (idx && typeof idx === "string") idx = Number(idx);
		return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
	}
	exports.YAMLSeq = YAMLSeq;
}));
// node_modules/yaml/dist/schema/common/seq.js
var require_seq = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var YAMLSeq = require_YAMLSeq();
	exports.seq = {
		collection: "seq",
		default: true,
		nodeClass: YAMLSeq.YAMLSeq,
		tag: "tag:yaml.org,2002:seq",
		resolve(seq, onError) {
			if (!identity.isSeq(seq)) onError("Expected a sequence for this tag");
			return seq;
		},
		createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
	};
}));
// node_modules/yaml/dist/schema/common/string.js
var require_string = /* @__PURE__ */ __commonJSMin(((exports) => {
	var stringifyString = require_stringifyString();
	exports.string = {
		identify: (value) => typeof value === "string",
		default: true,
		tag: "tag:yaml.org,2002:str",
		resolve: (str) => str,
		stringify(item, ctx, onComment, onChompKeep) {
			ctx = Object.assign({ actualString: true }, ctx);
			return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
		}
	};
}));
// node_modules/yaml/dist/schema/common/null.js
var require_null = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Scalar = require_Scalar();
	const nullTag = {
		identify: (value) => value == null,
		createNode: () => new Scalar.Scalar(null),
		default: true,
		tag: "tag:yaml.org,2002:null",
		test: /^(?:~|[Nn]ull|NULL)?$/,
		resolve: () => new Scalar.Scalar(null),
		stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
	};
	exports.nullTag = nullTag;
}));
// node_modules/yaml/dist/schema/core/bool.js
var require_bool$1 = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Scalar = require_Scalar();
	const boolTag = {
		identify: (value) => typeof value === "boolean",
		default: true,
		tag: "tag:yaml.org,2002:bool",
		test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
		resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
		stringify({ source, value }, ctx) {
			if (source && boolTag.test.test(source)) {
				if (value === (source[0] === "t" || source[0] === "T")) return source;
			}
			return value ? ctx.options.trueStr : ctx.options.falseStr;
		}
	};
	exports.boolTag = boolTag;
}));
// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = /* @__PURE__ */ __commonJSMin(((exports) => {
	function stringifyNumber({ format, minFractionDigits, tag, value }) {
		if (typeof value === "bigint") return String(value);
		const num = typeof value === "number" ? value : Number(value);
		if (!isFinite(num)) return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
		let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
		if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
			let i = n.indexOf(".");
			if (i < 0) {
				i = n.length;
				n += ".";
			}
			let d = minFractionDigits - (n.length - i - 1);
			while (d-- > 0) n += "0";
		}
		return n;
	}
	exports.stringifyNumber = stringifyNumber;
}));
// node_modules/yaml/dist/schema/core/float.js
var require_float$1 = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Scalar = require_Scalar();
	var stringifyNumber = require_stringifyNumber();
	const floatNaN = {
		identify: (value) => typeof value === "number",
		default: true,
		tag: "tag:yaml.org,2002:float",
		test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
		resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
		stringify: stringifyNumber.stringifyNumber
	};
	const floatExp = {
		identify: (value) => typeof value === "number",
		default: true,
		tag: "tag:yaml.org,2002:float",
		format: "EXP",
		test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
		resolve: (str) => parseFloat(str),
		stringify(node) {
			const num = Number(node.value);
			return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
		}
	};
	exports.float = {
		identify: (value) => typeof value === "number",
		default: true,
		tag: "tag:yaml.org,2002:float",
		test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
		resolve(str) {
			const node = new Scalar.Scalar(parseFloat(str));
			const dot = str.indexOf(".");
			if (dot !== -1 && str[str.length - 1] === "0") node.minFractionDigits = str.length - dot - 1;
			return node;
		},
		stringify: stringifyNumber.stringifyNumber
	};
	exports.floatExp = floatExp;
	exports.floatNaN = floatNaN;
}));
// node_modules/yaml/dist/schema/core/int.js
var require_int$1 = /* @__PURE__ */ __commonJSMin(((exports) => {
	var stringifyNumber = require_stringifyNumber();
	const intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
	const intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
	function intStringify(node, radix, prefix) {
		const { value } = node;
		if (intIdentify(value) && value >= 0) return prefix + value.toString(radix);
		return stringifyNumber.stringifyNumber(node);
	}
	const intOct = {
		identify: (value) => intIdentify(value) && value >= 0,
		default: true,
		tag: "tag:yaml.org,2002:int",
		format: "OCT",
		test: /^0o[0-7]+$/,
		resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
		stringify: (node) => intStringify(node, 8, "0o")
	};
	const int = {
		identify: intIdentify,
		default: true,
		tag: "tag:yaml.org,2002:int",
		test: /^[-+]?[0-9]+$/,
		resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
		stringify: stringifyNumber.stringifyNumber
	};
	const intHex = {
		identify: (value) => intIdentify(value) && value >= 0,
		default: true,
		tag: "tag:yaml.org,2002:int",
		format: "HEX",
		test: /^0x[0-9a-fA-F]+$/,
		resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
		stringify: (node) => intStringify(node, 16, "0x")
	};
	exports.int = int;
	exports.intHex = intHex;
	exports.intOct = intOct;
}));
// node_modules/yaml/dist/schema/core/schema.js
var require_schema$2 = /* @__PURE__ */ __commonJSMin(((exports) => {
	var map = require_map();
	var _null = require_null();
	var seq = require_seq();
	var string = require_string();
	var bool = require_bool$1();
	var float = require_float$1();
	var int = require_int$1();
	exports.schema = [
		map.map,
		seq.seq,
		string.string,
		_null.nullTag,
		bool.boolTag,
		int.intOct,
		int.int,
		int.intHex,
		float.floatNaN,
		float.floatExp,
		float.float
	];
}));
// node_modules/yaml/dist/schema/json/schema.js
var require_schema$1 = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Scalar = require_Scalar();
	var map = require_map();
	var seq = require_seq();
	function intIdentify(value) {
		return typeof value === "bigint" || Number.isInteger(value);
	}
	const stringifyJSON = ({ value }) => JSON.stringify(value);
	const jsonScalars = [
		{
			identify: (value) => typeof value === "string",
			default: true,
			tag: "tag:yaml.org,2002:str",
			resolve: (str) => str,
			stringify: stringifyJSON
		},
		{
			identify: (value) => value == null,
			createNode: () => new Scalar.Scalar(null),
			default: true,
			tag: "tag:yaml.org,2002:null",
			test: /^null$/,
			resolve: () => null,
			stringify: stringifyJSON
		},
		{
			identify: (value) => typeof value === "boolean",
			default: true,
			tag: "tag:yaml.org,2002:bool",
			test: /^true$|^false$/,
			resolve: (str) => str === "true",
			stringify: stringifyJSON
		},
		{
			identify: intIdentify,
			default: true,
			tag: "tag:yaml.org,2002:int",
			test: /^-?(?:0|[1-9][0-9]*)$/,
			resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
			stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
		},
		{
			identify: (value) => typeof value === "number",
			default: true,
			tag: "tag:yaml.org,2002:float",
			test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
			resolve: (str) => parseFloat(str),
			stringify: stringifyJSON
		}
	];
	exports.schema = [map.map, seq.seq].concat(jsonScalars, {
		default: true,
		tag: "",
		test: /^/,
		resolve(str, onError) {
			onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
			return str;
		}
	});
}));
// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = /* @__PURE__ */ __commonJSMin(((exports) => {
	var node_buffer = __require("buffer");
	var Scalar = require_Scalar();
	var stringifyString = require_stringifyString();
	exports.binary = {
		identify: (value) => value instanceof Uint8Array,
		default: false,
		tag: "tag:yaml.org,2002:binary",
		/**
		* Returns a Buffer in node and an Uint8Array in browsers
		*
		* To use the resulting buffer as an image, you'll want to do something like:
		*
		*   const blob = new Blob([buffer], { type: 'image/jpeg' })
		*   document.querySelector('#photo').src = URL.createObjectURL(blob)
		*/
		resolve(src, onError) {
			if (typeof node_buffer.Buffer === "function") return node_buffer.Buffer.from(src, "base64");
			else if (typeof atob === "function") {
				const str = atob(src.replace(/[\n\r]/g, ""));
				const buffer = new Uint8Array(str.length);
				for (let i = 0; i < str.length; ++i) buffer[i] = str.charCodeAt(i);
				return buffer;
			} else {
				onError("This environment does not support reading binary tags; either Buffer or atob is required");
				return src;
			}
		},
		stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
			if (!value) return "";
			const buf = value;
			let str;
			if (typeof node_buffer.Buffer === "function") str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
			else if (typeof btoa === "function") {
				let s = "";
				for (let i = 0; i < buf.length; ++i) s += String.fromCharCode(buf[i]);
				str = btoa(s);
			} else throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
			type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
			if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
				const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
				const n = Math.ceil(str.length / lineWidth);
				const lines = new Array(n);
				for (let i = 0, o = 0; i < n; ++i, o += lineWidth) lines[i] = str.substr(o, lineWidth);
				str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
			}
			return stringifyString.stringifyString({
				comment,
				type,
				value: str
			}, ctx, onComment, onChompKeep);
		}
	};
}));
// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var Pair = require_Pair();
	var Scalar = require_Scalar();
	var YAMLSeq = require_YAMLSeq();
	function resolvePairs(seq, onError) {
		if (identity.isSeq(seq)) for (let i = 0; i < seq.items.length; ++i) {
			let item = seq.items[i];
			if (identity.isPair(item)) continue;
			else if (identity.isMap(item)) {
				if (item.items.length > 1) onError("Each pair must have its own sequence indicator");
				const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
				if (item.commentBefore) pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}\n${pair.key.commentBefore}` : item.commentBefore;
				if (item.comment) {
					const cn = pair.value ?? pair.key;
					cn.comment = cn.comment ? `${item.comment}\n${cn.comment}` : item.comment;
				}
				item = pair;
			}
			seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
		}
		else onError("Expected a sequence for this tag");
		return seq;
	}
	function createPairs(schema, iterable, ctx) {
		const { replacer } = ctx;
		const pairs = new YAMLSeq.YAMLSeq(schema);
		pairs.tag = "tag:yaml.org,2002:pairs";
		let i = 0;
		if (iterable && Symbol.iterator in Object(iterable)) for (let it of iterable) {
			if (typeof replacer === "function") it = replacer.call(iterable, String(i++), it);
			let key, value;
			if (Array.isArray(it)) {
				if (it.length === 2) {
					key = it[0];
					value = it[1];
				} else throw new TypeError(`Expected [key, value] tuple: ${it}`);
			} else if (it && it instanceof Object) {
				const keys = Object.keys(it);
				if (keys.length === 1) {
					key = keys[0];
					value = it[key];
				} else throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
			} else key = it;
			pairs.items.push(Pair.createPair(key, value, ctx));
		}
		return pairs;
	}
	const pairs = {
		collection: "seq",
		default: false,
		tag: "tag:yaml.org,2002:pairs",
		resolve: resolvePairs,
		createNode: createPairs
	};
	exports.createPairs = createPairs;
	exports.pairs = pairs;
	exports.resolvePairs = resolvePairs;
}));
// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var toJS = require_toJS();
	var YAMLMap = require_YAMLMap();
	var YAMLSeq = require_YAMLSeq();
	var pairs = require_pairs();
	var YAMLOMap = class YAMLOMap extends YAMLSeq.YAMLSeq {
		constructor() {
			super();
			this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
			this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
			this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
			this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
			this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
			this.tag = YAMLOMap.tag;
		}
		/**
		* If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
		* but TypeScript won't allow widening the signature of a child method.
		*/
		toJSON(_, ctx) {
			if (!ctx) return super.toJSON(_);
			const map = /* @__PURE__ */ new Map();
			if (ctx?.onCreate) ctx.onCreate(map);
			for (const pair of this.items) {
				let key, value;
				if (identity.isPair(pair)) {
					key = toJS.toJS(pair.key, "", ctx);
					value = toJS.toJS(pair.value, key, ctx);
				} else key = toJS.toJS(pair, "", ctx);
				if (map.has(key)) throw new Error("Ordered maps must not include duplicate keys");
				map.set(key, value);
			}
			return map;
		}
		static from(schema, iterable, ctx) {
			const pairs$1 = pairs.createPairs(schema, iterable, ctx);
			const omap = new this();
			omap.items = pairs$1.items;
			return omap;
		}
	};
	YAMLOMap.tag = "tag:yaml.org,2002:omap";
	const omap = {
		collection: "seq",
		identify: (value) => value instanceof Map,
		nodeClass: YAMLOMap,
		default: false,
		tag: "tag:yaml.org,2002:omap",
		resolve(seq, onError) {
			const pairs$1 = pairs.resolvePairs(seq, onError);
			const seenKeys = [];
			for (const { key } of pairs$1.items) if (identity.isScalar(key)) {
				if (seenKeys.includes(key.value)) onError(`Ordered maps must not include duplicate keys: ${key.value}`);
				else seenKeys.push(key.value);
			}
			return Object.assign(new YAMLOMap(), pairs$1);
		},
		createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
	};
	exports.YAMLOMap = YAMLOMap;
	exports.omap = omap;
}));
// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Scalar = require_Scalar();
	function boolStringify({ value, source }, ctx) {
		if (source && (value ? trueTag : falseTag).test.test(source)) return source;
		return value ? ctx.options.trueStr : ctx.options.falseStr;
	}
	const trueTag = {
		identify: (value) => value === true,
		default: true,
		tag: "tag:yaml.org,2002:bool",
		test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
		resolve: () => new Scalar.Scalar(true),
		stringify: boolStringify
	};
	const falseTag = {
		identify: (value) => value === false,
		default: true,
		tag: "tag:yaml.org,2002:bool",
		test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
		resolve: () => new Scalar.Scalar(false),
		stringify: boolStringify
	};
	exports.falseTag = falseTag;
	exports.trueTag = trueTag;
}));
// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Scalar = require_Scalar();
	var stringifyNumber = require_stringifyNumber();
	const floatNaN = {
		identify: (value) => typeof value === "number",
		default: true,
		tag: "tag:yaml.org,2002:float",
		test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
		resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
		stringify: stringifyNumber.stringifyNumber
	};
	const floatExp = {
		identify: (value) => typeof value === "number",
		default: true,
		tag: "tag:yaml.org,2002:float",
		format: "EXP",
		test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
		resolve: (str) => parseFloat(str.replace(/_/g, "")),
		stringify(node) {
			const num = Number(node.value);
			return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
		}
	};
	exports.float = {
		identify: (value) => typeof value === "number",
		default: true,
		tag: "tag:yaml.org,2002:float",
		test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
		resolve(str) {
			const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
			const dot = str.indexOf(".");
			if (dot !== -1) {
				const f = str.substring(dot + 1).replace(/_/g, "");
				if (f[f.length - 1] === "0") node.minFractionDigits = f.length;
			}
			return node;
		},
		stringify: stringifyNumber.stringifyNumber
	};
	exports.floatExp = floatExp;
	exports.floatNaN = floatNaN;
}));
// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int = /* @__PURE__ */ __commonJSMin(((exports) => {
	var stringifyNumber = require_stringifyNumber();
	const intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
	function intResolve(str, offset, radix, { intAsBigInt }) {
		const sign = str[0];
		if (sign === "-" || sign === "+") offset += 1;
		str = str.substring(offset).replace(/_/g, "");
		if (intAsBigInt) {
			switch (radix) {
				case 2:
					str = `0b${str}`;
					break;
				case 8:
					str = `0o${str}`;
					break;
				case 16: str = `0x${str}`;
			}
			const n = BigInt(str);
			return sign === "-" ? BigInt(-1) * n : n;
		}
		const n = parseInt(str, radix);
		return sign === "-" ? -1 * n : n;
	}
	function intStringify(node, radix, prefix) {
		const { value } = node;
		if (intIdentify(value)) {
			const str = value.toString(radix);
			return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
		}
		return stringifyNumber.stringifyNumber(node);
	}
	const intBin = {
		identify: intIdentify,
		default: true,
		tag: "tag:yaml.org,2002:int",
		format: "BIN",
		test: /^[-+]?0b[0-1_]+$/,
		resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
		stringify: (node) => intStringify(node, 2, "0b")
	};
	const intOct = {
		identify: intIdentify,
		default: true,
		tag: "tag:yaml.org,2002:int",
		format: "OCT",
		test: /^[-+]?0[0-7_]+$/,
		resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
		stringify: (node) => intStringify(node, 8, "0")
	};
	const int = {
		identify: intIdentify,
		default: true,
		tag: "tag:yaml.org,2002:int",
		test: /^[-+]?[0-9][0-9_]*$/,
		resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
		stringify: stringifyNumber.stringifyNumber
	};
	const intHex = {
		identify: intIdentify,
		default: true,
		tag: "tag:yaml.org,2002:int",
		format: "HEX",
		test: /^[-+]?0x[0-9a-fA-F_]+$/,
		resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
		stringify: (node) => intStringify(node, 16, "0x")
	};
	exports.int = int;
	exports.intBin = intBin;
	exports.intHex = intHex;
	exports.intOct = intOct;
}));
// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var Pair = require_Pair();
	var YAMLMap = require_YAMLMap();
	var YAMLSet = class YAMLSet extends YAMLMap.YAMLMap {
		constructor(schema) {
			super(schema);
			this.tag = YAMLSet.tag;
		}
		add(key) {
			let pair;
			if (identity.isPair(key)) pair = key;
			else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null) pair = new Pair.Pair(key.key, null);
			else pair = new Pair.Pair(key, null);
			if (!YAMLMap.findPair(this.items, pair.key)) this.items.push(pair);
		}
		/**
		* If `keepPair` is `true`, returns the Pair matching `key`.
		* Otherwise, returns the value of that Pair's key.
		*/
		get(key, keepPair) {
			const pair = YAMLMap.findPair(this.items, key);
			return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
		}
		set(key, value) {
			if (typeof value !== "boolean") throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
			const prev = YAMLMap.findPair(this.items, key);
			if (prev && !value) this.items.splice(this.items.indexOf(prev), 1);
			else if (!prev && value) this.items.push(new Pair.Pair(key));
		}
		toJSON(_, ctx) {
			return super.toJSON(_, ctx, Set);
		}
		toString(ctx, onComment, onChompKeep) {
			if (!ctx) return JSON.stringify(this);
			if (this.hasAllNullValues(true)) return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
			else throw new Error("Set items must all have null values");
		}
		static from(schema, iterable, ctx) {
			const { replacer } = ctx;
			const set = new this(schema);
			if (iterable && Symbol.iterator in Object(iterable)) for (let value of iterable) {
				if (typeof replacer === "function") value = replacer.call(iterable, value, value);
				set.items.push(Pair.createPair(value, null, ctx));
			}
			return set;
		}
	};
	YAMLSet.tag = "tag:yaml.org,2002:set";
	const set = {
		collection: "map",
		identify: (value) => value instanceof Set,
		nodeClass: YAMLSet,
		default: false,
		tag: "tag:yaml.org,2002:set",
		createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
		resolve(map, onError) {
			if (identity.isMap(map)) {
				if (map.hasAllNullValues(true)) return Object.assign(new YAMLSet(), map);
				else onError("Set items must all have null values");
			} else onError("Expected a mapping for this tag");
			return map;
		}
	};
	exports.YAMLSet = YAMLSet;
	exports.set = set;
}));
// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = /* @__PURE__ */ __commonJSMin(((exports) => {
	var stringifyNumber = require_stringifyNumber();
	/** Internal types handle bigint as number, because TS can't figure it out. */
	function parseSexagesimal(str, asBigInt) {
		const sign = str[0];
		const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
		const num = (n) => asBigInt ? BigInt(n) : Number(n);
		const res = parts.replace(/_/g, "").split(":").reduce((res, p) => res * num(60) + num(p), num(0));
		return sign === "-" ? num(-1) * res : res;
	}
	/**
	* hhhh:mm:ss.sss
	*
	* Internal types handle bigint as number, because TS can't figure it out.
	*/
	function stringifySexagesimal(node) {
		let { value } = node;
		let num = (n) => n;
		if (typeof value === "bigint") num = (n) => BigInt(n);
		else if (isNaN(value) || !isFinite(value)) return stringifyNumber.stringifyNumber(node);
		let sign = "";
		if (value < 0) {
			sign = "-";
			value *= num(-1);
		}
		const _60 = num(60);
		const parts = [value % _60];
		if (value < 60) parts.unshift(0);
		else {
			value = (value - parts[0]) / _60;
			parts.unshift(value % _60);
			if (value >= 60) {
				value = (value - parts[0]) / _60;
				parts.unshift(value);
			}
		}
		return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
	}
	const intTime = {
		identify: (value) => typeof value === "bigint" || Number.isInteger(value),
		default: true,
		tag: "tag:yaml.org,2002:int",
		format: "TIME",
		test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
		resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
		stringify: stringifySexagesimal
	};
	const floatTime = {
		identify: (value) => typeof value === "number",
		default: true,
		tag: "tag:yaml.org,2002:float",
		format: "TIME",
		test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
		resolve: (str) => parseSexagesimal(str, false),
		stringify: stringifySexagesimal
	};
	const timestamp = {
		identify: (value) => value instanceof Date,
		default: true,
		tag: "tag:yaml.org,2002:timestamp",
		test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
		resolve(str) {
			const match = str.match(timestamp.test);
			if (!match) throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
			const [, year, month, day, hour, minute, second] = match.map(Number);
			const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
			let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
			const tz = match[8];
			if (tz && tz !== "Z") {
				let d = parseSexagesimal(tz, false);
				if (Math.abs(d) < 30) d *= 60;
				date -= 6e4 * d;
			}
			return new Date(date);
		},
		stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
	};
	exports.floatTime = floatTime;
	exports.intTime = intTime;
	exports.timestamp = timestamp;
}));
// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema = /* @__PURE__ */ __commonJSMin(((exports) => {
	var map = require_map();
	var _null = require_null();
	var seq = require_seq();
	var string = require_string();
	var binary = require_binary();
	var bool = require_bool();
	var float = require_float();
	var int = require_int();
	var merge = require_merge();
	var omap = require_omap();
	var pairs = require_pairs();
	var set = require_set();
	var timestamp = require_timestamp();
	exports.schema = [
		map.map,
		seq.seq,
		string.string,
		_null.nullTag,
		bool.trueTag,
		bool.falseTag,
		int.intBin,
		int.intOct,
		int.int,
		int.intHex,
		float.floatNaN,
		float.floatExp,
		float.float,
		binary.binary,
		merge.merge,
		omap.omap,
		pairs.pairs,
		set.set,
		timestamp.intTime,
		timestamp.floatTime,
		timestamp.timestamp
	];
}));
// node_modules/yaml/dist/schema/tags.js
var require_tags = /* @__PURE__ */ __commonJSMin(((exports) => {
	var map = require_map();
	var _null = require_null();
	var seq = require_seq();
	var string = require_string();
	var bool = require_bool$1();
	var float = require_float$1();
	var int = require_int$1();
	var schema = require_schema$2();
	var schema$1 = require_schema$1();
	var binary = require_binary();
	var merge = require_merge();
	var omap = require_omap();
	var pairs = require_pairs();
	var schema$2 = require_schema();
	var set = require_set();
	var timestamp = require_timestamp();
	const schemas = /* @__PURE__ */ new Map([
		["core", schema.schema],
		["failsafe", [
			map.map,
			seq.seq,
			string.string
		]],
		["json", schema$1.schema],
		["yaml11", schema$2.schema],
		["yaml-1.1", schema$2.schema]
	]);
	const tagsByName = {
		binary: binary.binary,
		bool: bool.boolTag,
		float: float.float,
		floatExp: float.floatExp,
		floatNaN: float.floatNaN,
		floatTime: timestamp.floatTime,
		int: int.int,
		intHex: int.intHex,
		intOct: int.intOct,
		intTime: timestamp.intTime,
		map: map.map,
		merge: merge.merge,
		null: _null.nullTag,
		omap: omap.omap,
		pairs: pairs.pairs,
		seq: seq.seq,
		set: set.set,
		timestamp: timestamp.timestamp
	};
	const coreKnownTags = {
		"tag:yaml.org,2002:binary": binary.binary,
		"tag:yaml.org,2002:merge": merge.merge,
		"tag:yaml.org,2002:omap": omap.omap,
		"tag:yaml.org,2002:pairs": pairs.pairs,
		"tag:yaml.org,2002:set": set.set,
		"tag:yaml.org,2002:timestamp": timestamp.timestamp
	};
	function getTags(customTags, schemaName, addMergeTag) {
		const schemaTags = schemas.get(schemaName);
		if (schemaTags && !customTags) return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
		let tags = schemaTags;
		if (!tags) {
			if (Array.isArray(customTags)) tags = [];
			else {
				const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
				throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
			}
		}
		if (Array.isArray(customTags)) for (const tag of customTags) tags = tags.concat(tag);
		else if (typeof customTags === "function") tags = customTags(tags.slice());
		if (addMergeTag) tags = tags.concat(merge.merge);
		return tags.reduce((tags, tag) => {
			const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
			if (!tagObj) {
				const tagName = JSON.stringify(tag);
				const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
				throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
			}
			if (!tags.includes(tagObj)) tags.push(tagObj);
			return tags;
		}, []);
	}
	exports.coreKnownTags = coreKnownTags;
	exports.getTags = getTags;
}));
// node_modules/yaml/dist/schema/Schema.js
var require_Schema = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var map = require_map();
	var seq = require_seq();
	var string = require_string();
	var tags = require_tags();
	const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
	exports.Schema = class Schema {
		constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
			this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
			this.name = typeof schema === "string" && schema || "core";
			this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
			this.tags = tags.getTags(customTags, this.name, merge);
			this.toStringOptions = toStringDefaults ?? null;
			Object.defineProperty(this, identity.MAP, { value: map.map });
			Object.defineProperty(this, identity.SCALAR, { value: string.string });
			Object.defineProperty(this, identity.SEQ, { value: seq.seq });
			this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
		}
		clone() {
			const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
			copy.tags = this.tags.slice();
			return copy;
		}
	};
}));
// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var stringify = require_stringify();
	var stringifyComment = require_stringifyComment();
	function stringifyDocument(doc, options) {
		const lines = [];
		let hasDirectives = options.directives === true;
		if (options.directives !== false && doc.directives) {
			const dir = doc.directives.toString(doc);
			if (dir) {
				lines.push(dir);
				hasDirectives = true;
			} else if (doc.directives.docStart) hasDirectives = true;
		}
		if (hasDirectives) lines.push("---");
		const ctx = stringify.createStringifyContext(doc, options);
		const { commentString } = ctx.options;
		if (doc.commentBefore) {
			if (lines.length !== 1) lines.unshift("");
			const cs = commentString(doc.commentBefore);
			lines.unshift(stringifyComment.indentComment(cs, ""));
		}
		let chompKeep = false;
		let contentComment = null;
		if (doc.contents) {
			if (identity.isNode(doc.contents)) {
				if (doc.contents.spaceBefore && hasDirectives) lines.push("");
				if (doc.contents.commentBefore) {
					const cs = commentString(doc.contents.commentBefore);
					lines.push(stringifyComment.indentComment(cs, ""));
				}
				ctx.forceBlockIndent = !!doc.comment;
				contentComment = doc.contents.comment;
			}
			const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
			let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
			if (contentComment) body += stringifyComment.lineComment(body, "", commentString(contentComment));
			if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") lines[lines.length - 1] = `--- ${body}`;
			else lines.push(body);
		} else lines.push(stringify.stringify(doc.contents, ctx));
		if (doc.directives?.docEnd) {
			if (doc.comment) {
				const cs = commentString(doc.comment);
				if (cs.includes("\n")) {
					lines.push("...");
					lines.push(stringifyComment.indentComment(cs, ""));
				} else lines.push(`... ${cs}`);
			} else lines.push("...");
		} else {
			let dc = doc.comment;
			if (dc && chompKeep) dc = dc.replace(/^\n+/, "");
			if (dc) {
				if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "") lines.push("");
				lines.push(stringifyComment.indentComment(commentString(dc), ""));
			}
		}
		return lines.join("\n") + "\n";
	}
	exports.stringifyDocument = stringifyDocument;
}));
// node_modules/yaml/dist/doc/Document.js
var require_Document = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Alias = require_Alias();
	var Collection = require_Collection();
	var identity = require_identity();
	var Pair = require_Pair();
	var toJS = require_toJS();
	var Schema = require_Schema();
	var stringifyDocument = require_stringifyDocument();
	var anchors = require_anchors();
	var applyReviver = require_applyReviver();
	var createNode = require_createNode();
	var directives = require_directives();
	var Document = class Document {
		constructor(value, replacer, options) {
			/** A comment before this Document */
			this.commentBefore = null;
			/** A comment immediately after this Document */
			this.comment = null;
			/** Errors encountered during parsing. */
			this.errors = [];
			/** Warnings encountered during parsing. */
			this.warnings = [];
			Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
			let _replacer = null;
			if (typeof replacer === "function" || Array.isArray(replacer)) _replacer = replacer;
			else if (options === void 0 && replacer) {
				options = replacer;
				replacer = void 0;
			}
			const opt = Object.assign({
				intAsBigInt: false,
				keepSourceTokens: false,
				logLevel: "warn",
				prettyErrors: true,
				strict: true,
				stringKeys: false,
				uniqueKeys: true,
				version: "1.2"
			}, options);
			this.options = opt;
			let { version } = opt;
			if (options?._directives) {
				this.directives = options._directives.atDocument();
				if (this.directives.yaml.explicit) version = this.directives.yaml.version;
			} else this.directives = new directives.Directives({ version });
			this.setSchema(version, options);
			this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
		}
		/**
		* Create a deep copy of this Document and its contents.
		*
		* Custom Node values that inherit from `Object` still refer to their original instances.
		*/
		clone() {
			const copy = Object.create(Document.prototype, { [identity.NODE_TYPE]: { value: identity.DOC } });
			copy.commentBefore = this.commentBefore;
			copy.comment = this.comment;
			copy.errors = this.errors.slice();
			copy.warnings = this.warnings.slice();
			copy.options = Object.assign({}, this.options);
			if (this.directives) copy.directives = this.directives.clone();
			copy.schema = this.schema.clone();
			copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
			if (this.range) copy.range = this.range.slice();
			return copy;
		}
		/** Adds a value to the document. */
		add(value) {
			if (assertCollection(this.contents)) this.contents.add(value);
		}
		/** Adds a value to the document. */
		addIn(path, value) {
			if (assertCollection(this.contents)) this.contents.addIn(path, value);
		}
		/**
		* Create a new `Alias` node, ensuring that the target `node` has the required anchor.
		*
		* If `node` already has an anchor, `name` is ignored.
		* Otherwise, the `node.anchor` value will be set to `name`,
		* or if an anchor with that name is already present in the document,
		* `name` will be used as a prefix for a new unique anchor.
		* If `name` is undefined, the generated anchor will use 'a' as a prefix.
		*/
		createAlias(node, name) {
			if (!node.anchor) {
				const prev = anchors.anchorNames(this);
				node.anchor = !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
			}
			return new Alias.Alias(node.anchor);
		}
		createNode(value, replacer, options) {
			let _replacer = void 0;
			if (typeof replacer === "function") {
				value = replacer.call({ "": value }, "", value);
				_replacer = replacer;
			} else if (Array.isArray(replacer)) {
				const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
				const asStr = replacer.filter(keyToStr).map(String);
				if (asStr.length > 0) replacer = replacer.concat(asStr);
				_replacer = replacer;
			} else if (options === void 0 && replacer) {
				options = replacer;
				replacer = void 0;
			}
			const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
			const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, anchorPrefix || "a");
			const ctx = {
				aliasDuplicateObjects: aliasDuplicateObjects ?? true,
				keepUndefined: keepUndefined ?? false,
				onAnchor,
				onTagObj,
				replacer: _replacer,
				schema: this.schema,
				sourceObjects
			};
			const node = createNode.createNode(value, tag, ctx);
			if (flow && identity.isCollection(node)) node.flow = true;
			setAnchors();
			return node;
		}
		/**
		* Convert a key and a value into a `Pair` using the current schema,
		* recursively wrapping all values as `Scalar` or `Collection` nodes.
		*/
		createPair(key, value, options = {}) {
			const k = this.createNode(key, null, options);
			const v = this.createNode(value, null, options);
			return new Pair.Pair(k, v);
		}
		/**
		* Removes a value from the document.
		* @returns `true` if the item was found and removed.
		*/
		delete(key) {
			return assertCollection(this.contents) ? this.contents.delete(key) : false;
		}
		/**
		* Removes a value from the document.
		* @returns `true` if the item was found and removed.
		*/
		deleteIn(path) {
			if (Collection.isEmptyPath(path)) {
				if (this.contents == null) return false;
				this.contents = null;
				return true;
			}
			return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
		}
		/**
		* Returns item at `key`, or `undefined` if not found. By default unwraps
		* scalar values from their surrounding node; to disable set `keepScalar` to
		* `true` (collections are always returned intact).
		*/
		get(key, keepScalar) {
			return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
		}
		/**
		* Returns item at `path`, or `undefined` if not found. By default unwraps
		* scalar values from their surrounding node; to disable set `keepScalar` to
		* `true` (collections are always returned intact).
		*/
		getIn(path, keepScalar) {
			if (Collection.isEmptyPath(path)) return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
			return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
		}
		/**
		* Checks if the document includes a value with the key `key`.
		*/
		has(key) {
			return identity.isCollection(this.contents) ? this.contents.has(key) : false;
		}
		/**
		* Checks if the document includes a value at `path`.
		*/
		hasIn(path) {
			if (Collection.isEmptyPath(path)) return this.contents !== void 0;
			return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
		}
		/**
		* Sets a value in this document. For `!!set`, `value` needs to be a
		* boolean to add/remove the item from the set.
		*/
		set(key, value) {
			if (this.contents == null) this.contents = Collection.collectionFromPath(this.schema, [key], value);
			else if (assertCollection(this.contents)) this.contents.set(key, value);
		}
		/**
		* Sets a value in this document. For `!!set`, `value` needs to be a
		* boolean to add/remove the item from the set.
		*/
		setIn(path, value) {
			if (Collection.isEmptyPath(path)) this.contents = value;
			else if (this.contents == null) this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
			else if (assertCollection(this.contents)) this.contents.setIn(path, value);
		}
		/**
		* Change the YAML version and schema used by the document.
		* A `null` version disables support for directives, explicit tags, anchors, and aliases.
		* It also requires the `schema` option to be given as a `Schema` instance value.
		*
		* Overrides all previously set schema options.
		*/
		setSchema(version, options = {}) {
			if (typeof version === "number") version = String(version);
			let opt;
			switch (version) {
				case "1.1":
					if (this.directives) this.directives.yaml.version = "1.1";
					else this.directives = new directives.Directives({ version: "1.1" });
					opt = {
						resolveKnownTags: false,
						schema: "yaml-1.1"
					};
					break;
				case "1.2":
				case "next":
					if (this.directives) this.directives.yaml.version = version;
					else this.directives = new directives.Directives({ version });
					opt = {
						resolveKnownTags: true,
						schema: "core"
					};
					break;
				case null:
					if (this.directives) delete this.directives;
					opt = null;
					break;
				default: {
					const sv = JSON.stringify(version);
					throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
				}
			}
			if (options.schema instanceof Object) this.schema = options.schema;
			else if (opt) this.schema = new Schema.Schema(Object.assign(opt, options));
			else throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
		}
		toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
			const ctx = {
				anchors: /* @__PURE__ */ new Map(),
				doc: this,
				keep: !json,
				mapAsMap: mapAsMap === true,
				mapKeyWarned: false,
				maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
			};
			const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
			if (typeof onAnchor === "function") for (const { count, res } of ctx.anchors.values()) onAnchor(res, count);
			return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
		}
		/**
		* A JSON representation of the document `contents`.
		*
		* @param jsonArg Used by `JSON.stringify` to indicate the array index or
		*   property name.
		*/
		toJSON(jsonArg, onAnchor) {
			return this.toJS({
				json: true,
				jsonArg,
				mapAsMap: false,
				onAnchor
			});
		}
		/** A YAML representation of the document. */
		toString(options = {}) {
			if (this.errors.length > 0) throw new Error("Document with errors cannot be stringified");
			if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
				const s = JSON.stringify(options.indent);
				throw new Error(`"indent" option must be a positive integer, not ${s}`);
			}
			return stringifyDocument.stringifyDocument(this, options);
		}
	};
	function assertCollection(contents) {
		if (identity.isCollection(contents)) return true;
		throw new Error("Expected a YAML collection as document contents");
	}
	exports.Document = Document;
}));
// node_modules/yaml/dist/errors.js
var require_errors = /* @__PURE__ */ __commonJSMin(((exports) => {
	var YAMLError = class extends Error {
		constructor(name, pos, code, message) {
			super();
			this.name = name;
			this.code = code;
			this.message = message;
			this.pos = pos;
		}
	};
	var YAMLParseError = class extends YAMLError {
		constructor(pos, code, message) {
			super("YAMLParseError", pos, code, message);
		}
	};
	var YAMLWarning = class extends YAMLError {
		constructor(pos, code, message) {
			super("YAMLWarning", pos, code, message);
		}
	};
	const prettifyError = (src, lc) => (error) => {
		if (error.pos[0] === -1) return;
		error.linePos = error.pos.map((pos) => lc.linePos(pos));
		const { line, col } = error.linePos[0];
		error.message += ` at line ${line}, column ${col}`;
		let ci = col - 1;
		let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
		if (ci >= 60 && lineStr.length > 80) {
			const trimStart = Math.min(ci - 39, lineStr.length - 79);
			lineStr = "…" + lineStr.substring(trimStart);
			ci -= trimStart - 1;
		}
		if (lineStr.length > 80) lineStr = lineStr.substring(0, 79) + "…";
		if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
			let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
			if (prev.length > 80) prev = prev.substring(0, 79) + "…\n";
			lineStr = prev + lineStr;
		}
		if (/[^ ]/.test(lineStr)) {
			let count = 1;
			const end = error.linePos[1];
			if (end?.line === line && end.col > col) count = Math.max(1, Math.min(end.col - col, 80 - ci));
			const pointer = " ".repeat(ci) + "^".repeat(count);
			error.message += `:\n\n${lineStr}\n${pointer}\n`;
		}
	};
	exports.YAMLError = YAMLError;
	exports.YAMLParseError = YAMLParseError;
	exports.YAMLWarning = YAMLWarning;
	exports.prettifyError = prettifyError;
}));
// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = /* @__PURE__ */ __commonJSMin(((exports) => {
	function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
		let spaceBefore = false;
		let atNewline = startOnNewline;
		let hasSpace = startOnNewline;
		let comment = "";
		let commentSep = "";
		let hasNewline = false;
		let reqSpace = false;
		let tab = null;
		let anchor = null;
		let tag = null;
		let newlineAfterProp = null;
		let comma = null;
		let found = null;
		let start = null;
		for (const token of tokens) {
			if (reqSpace) {
				if (token.type !== "space" && token.type !== "newline" && token.type !== "comma") onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
				reqSpace = false;
			}
			if (tab) {
				if (atNewline && token.type !== "comment" && token.type !== "newline") onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
				tab = null;
			}
			switch (token.type) {
				case "space":
					if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) tab = token;
					hasSpace = true;
					break;
				case "comment": {
					if (!hasSpace) onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
					const cb = token.source.substring(1) || " ";
					if (!comment) comment = cb;
					else comment += commentSep + cb;
					commentSep = "";
					atNewline = false;
					break;
				}
				case "newline":
					if (atNewline) {
						if (comment) comment += token.source;
						else if (!found || indicator !== "seq-item-ind") spaceBefore = true;
					} else commentSep += token.source;
					atNewline = true;
					hasNewline = true;
					if (anchor || tag) newlineAfterProp = token;
					hasSpace = true;
					break;
				case "anchor":
					if (anchor) onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
					if (token.source.endsWith(":")) onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
					anchor = token;
					start ?? (start = token.offset);
					atNewline = false;
					hasSpace = false;
					reqSpace = true;
					break;
				case "tag":
					if (tag) onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
					tag = token;
					start ?? (start = token.offset);
					atNewline = false;
					hasSpace = false;
					reqSpace = true;
					break;
				case indicator:
					if (anchor || tag) onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
					if (found) onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
					found = token;
					atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
					hasSpace = false;
					break;
				case "comma": if (flow) {
					if (comma) onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
					comma = token;
					atNewline = false;
					hasSpace = false;
					break;
				}
				default:
					onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
					atNewline = false;
					hasSpace = false;
			}
		}
		const last = tokens[tokens.length - 1];
		const end = last ? last.offset + last.source.length : offset;
		if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
		if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq")) onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
		return {
			comma,
			found,
			spaceBefore,
			comment,
			hasNewline,
			anchor,
			tag,
			newlineAfterProp,
			end,
			start: start ?? end
		};
	}
	exports.resolveProps = resolveProps;
}));
// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = /* @__PURE__ */ __commonJSMin(((exports) => {
	function containsNewline(key) {
		if (!key) return null;
		switch (key.type) {
			case "alias":
			case "scalar":
			case "double-quoted-scalar":
			case "single-quoted-scalar":
				if (key.source.includes("\n")) return true;
				if (key.end) {
					for (const st of key.end) if (st.type === "newline") return true;
				}
				return false;
			case "flow-collection":
				for (const it of key.items) {
					for (const st of it.start) if (st.type === "newline") return true;
					if (it.sep) {
						for (const st of it.sep) if (st.type === "newline") return true;
					}
					if (containsNewline(it.key) || containsNewline(it.value)) return true;
				}
				return false;
			default: return true;
		}
	}
	exports.containsNewline = containsNewline;
}));
// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = /* @__PURE__ */ __commonJSMin(((exports) => {
	var utilContainsNewline = require_util_contains_newline();
	function flowIndentCheck(indent, fc, onError) {
		if (fc?.type === "flow-collection") {
			const end = fc.end[0];
			if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) onError(end, "BAD_INDENT", "Flow end indicator should be more indented than parent", true);
		}
	}
	exports.flowIndentCheck = flowIndentCheck;
}));
// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	function mapIncludes(ctx, items, search) {
		const { uniqueKeys } = ctx.options;
		if (uniqueKeys === false) return false;
		const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
		return items.some((pair) => isEqual(pair.key, search));
	}
	exports.mapIncludes = mapIncludes;
}));
// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Pair = require_Pair();
	var YAMLMap = require_YAMLMap();
	var resolveProps = require_resolve_props();
	var utilContainsNewline = require_util_contains_newline();
	var utilFlowIndentCheck = require_util_flow_indent_check();
	var utilMapIncludes = require_util_map_includes();
	const startColMsg = "All mapping items must start at the same column";
	function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
		const map = new ((tag?.nodeClass) ?? YAMLMap.YAMLMap)(ctx.schema);
		if (ctx.atRoot) ctx.atRoot = false;
		let offset = bm.offset;
		let commentEnd = null;
		for (const collItem of bm.items) {
			const { start, key, sep, value } = collItem;
			const keyProps = resolveProps.resolveProps(start, {
				indicator: "explicit-key-ind",
				next: key ?? sep?.[0],
				offset,
				onError,
				parentIndent: bm.indent,
				startOnNewline: true
			});
			const implicitKey = !keyProps.found;
			if (implicitKey) {
				if (key) {
					if (key.type === "block-seq") onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
					else if ("indent" in key && key.indent !== bm.indent) onError(offset, "BAD_INDENT", startColMsg);
				}
				if (!keyProps.anchor && !keyProps.tag && !sep) {
					commentEnd = keyProps.end;
					if (keyProps.comment) {
						if (map.comment) map.comment += "\n" + keyProps.comment;
						else map.comment = keyProps.comment;
					}
					continue;
				}
				if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
			} else if (keyProps.found?.indent !== bm.indent) onError(offset, "BAD_INDENT", startColMsg);
			ctx.atKey = true;
			const keyStart = keyProps.end;
			const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
			if (ctx.schema.compat) utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
			ctx.atKey = false;
			if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode)) onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
			const valueProps = resolveProps.resolveProps(sep ?? [], {
				indicator: "map-value-ind",
				next: value,
				offset: keyNode.range[2],
				onError,
				parentIndent: bm.indent,
				startOnNewline: !key || key.type === "block-scalar"
			});
			offset = valueProps.end;
			if (valueProps.found) {
				if (implicitKey) {
					if (value?.type === "block-map" && !valueProps.hasNewline) onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
					if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024) onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
				}
				const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
				if (ctx.schema.compat) utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
				offset = valueNode.range[2];
				const pair = new Pair.Pair(keyNode, valueNode);
				if (ctx.options.keepSourceTokens) pair.srcToken = collItem;
				map.items.push(pair);
			} else {
				if (implicitKey) onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
				if (valueProps.comment) {
					if (keyNode.comment) keyNode.comment += "\n" + valueProps.comment;
					else keyNode.comment = valueProps.comment;
				}
				const pair = new Pair.Pair(keyNode);
				if (ctx.options.keepSourceTokens) pair.srcToken = collItem;
				map.items.push(pair);
			}
		}
		if (commentEnd && commentEnd < offset) onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
		map.range = [
			bm.offset,
			offset,
			commentEnd ?? offset
		];
		return map;
	}
	exports.resolveBlockMap = resolveBlockMap;
}));
// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = /* @__PURE__ */ __commonJSMin(((exports) => {
	var YAMLSeq = require_YAMLSeq();
	var resolveProps = require_resolve_props();
	var utilFlowIndentCheck = require_util_flow_indent_check();
	function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
		const seq = new ((tag?.nodeClass) ?? YAMLSeq.YAMLSeq)(ctx.schema);
		if (ctx.atRoot) ctx.atRoot = false;
		if (ctx.atKey) ctx.atKey = false;
		let offset = bs.offset;
		let commentEnd = null;
		for (const { start, value } of bs.items) {
			const props = resolveProps.resolveProps(start, {
				indicator: "seq-item-ind",
				next: value,
				offset,
				onError,
				parentIndent: bs.indent,
				startOnNewline: true
			});
			if (!props.found) {
				if (props.anchor || props.tag || value) {
					if (value?.type === "block-seq") onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
					else onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
				} else {
					commentEnd = props.end;
					if (props.comment) seq.comment = props.comment;
					continue;
				}
			}
			const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
			if (ctx.schema.compat) utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
			offset = node.range[2];
			seq.items.push(node);
		}
		seq.range = [
			bs.offset,
			offset,
			commentEnd ?? offset
		];
		return seq;
	}
	exports.resolveBlockSeq = resolveBlockSeq;
}));
// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = /* @__PURE__ */ __commonJSMin(((exports) => {
	function resolveEnd(end, offset, reqSpace, onError) {
		let comment = "";
		if (end) {
			let hasSpace = false;
			let sep = "";
			for (const token of end) {
				const { source, type } = token;
				switch (type) {
					case "space":
						hasSpace = true;
						break;
					case "comment": {
						if (reqSpace && !hasSpace) onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
						const cb = source.substring(1) || " ";
						if (!comment) comment = cb;
						else comment += sep + cb;
						sep = "";
						break;
					}
					case "newline":
						if (comment) sep += source;
						hasSpace = true;
						break;
					default: onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
				}
				offset += source.length;
			}
		}
		return {
			comment,
			offset
		};
	}
	exports.resolveEnd = resolveEnd;
}));
// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var Pair = require_Pair();
	var YAMLMap = require_YAMLMap();
	var YAMLSeq = require_YAMLSeq();
	var resolveEnd = require_resolve_end();
	var resolveProps = require_resolve_props();
	var utilContainsNewline = require_util_contains_newline();
	var utilMapIncludes = require_util_map_includes();
	const blockMsg = "Block collections are not allowed within flow collections";
	const isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
	function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
		const isMap = fc.start.source === "{";
		const fcName = isMap ? "flow map" : "flow sequence";
		const coll = new ((tag?.nodeClass) ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq))(ctx.schema);
		coll.flow = true;
		const atRoot = ctx.atRoot;
		if (atRoot) ctx.atRoot = false;
		if (ctx.atKey) ctx.atKey = false;
		let offset = fc.offset + fc.start.source.length;
		for (let i = 0; i < fc.items.length; ++i) {
			const collItem = fc.items[i];
			const { start, key, sep, value } = collItem;
			const props = resolveProps.resolveProps(start, {
				flow: fcName,
				indicator: "explicit-key-ind",
				next: key ?? sep?.[0],
				offset,
				onError,
				parentIndent: fc.indent,
				startOnNewline: false
			});
			if (!props.found) {
				if (!props.anchor && !props.tag && !sep && !value) {
					if (i === 0 && props.comma) onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
					else if (i < fc.items.length - 1) onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
					if (props.comment) {
						if (coll.comment) coll.comment += "\n" + props.comment;
						else coll.comment = props.comment;
					}
					offset = props.end;
					continue;
				}
				if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key)) onError(key, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
			}
			if (i === 0) {
				if (props.comma) onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
			} else {
				if (!props.comma) onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
				if (props.comment) {
					let prevItemComment = "";
					loop: for (const st of start) switch (st.type) {
						case "comma":
						case "space": break;
						case "comment":
							prevItemComment = st.source.substring(1);
							break loop;
						default: break loop;
					}
					if (prevItemComment) {
						let prev = coll.items[coll.items.length - 1];
						if (identity.isPair(prev)) prev = prev.value ?? prev.key;
						if (prev.comment) prev.comment += "\n" + prevItemComment;
						else prev.comment = prevItemComment;
						props.comment = props.comment.substring(prevItemComment.length + 1);
					}
				}
			}
			if (!isMap && !sep && !props.found) {
				const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
				coll.items.push(valueNode);
				offset = valueNode.range[2];
				if (isBlock(value)) onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
			} else {
				ctx.atKey = true;
				const keyStart = props.end;
				const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
				if (isBlock(key)) onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
				ctx.atKey = false;
				const valueProps = resolveProps.resolveProps(sep ?? [], {
					flow: fcName,
					indicator: "map-value-ind",
					next: value,
					offset: keyNode.range[2],
					onError,
					parentIndent: fc.indent,
					startOnNewline: false
				});
				if (valueProps.found) {
					if (!isMap && !props.found && ctx.options.strict) {
						if (sep) for (const st of sep) {
							if (st === valueProps.found) break;
							if (st.type === "newline") {
								onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
								break;
							}
						}
						if (props.start < valueProps.found.offset - 1024) onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
					}
				} else if (value) {
					if ("source" in value && value.source?.[0] === ":") onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
					else onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
				}
				const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
				if (valueNode) {
					if (isBlock(value)) onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
				} else if (valueProps.comment) {
					if (keyNode.comment) keyNode.comment += "\n" + valueProps.comment;
					else keyNode.comment = valueProps.comment;
				}
				const pair = new Pair.Pair(keyNode, valueNode);
				if (ctx.options.keepSourceTokens) pair.srcToken = collItem;
				if (isMap) {
					const map = coll;
					if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode)) onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
					map.items.push(pair);
				} else {
					const map = new YAMLMap.YAMLMap(ctx.schema);
					map.flow = true;
					map.items.push(pair);
					const endRange = (valueNode ?? keyNode).range;
					map.range = [
						keyNode.range[0],
						endRange[1],
						endRange[2]
					];
					coll.items.push(map);
				}
				offset = valueNode ? valueNode.range[2] : valueProps.end;
			}
		}
		const expectedEnd = isMap ? "}" : "]";
		const [ce, ...ee] = fc.end;
		let cePos = offset;
		if (ce?.source === expectedEnd) cePos = ce.offset + ce.source.length;
		else {
			const name = fcName[0].toUpperCase() + fcName.substring(1);
			const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
			onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
			if (ce && ce.source.length !== 1) ee.unshift(ce);
		}
		if (ee.length > 0) {
			const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
			if (end.comment) {
				if (coll.comment) coll.comment += "\n" + end.comment;
				else coll.comment = end.comment;
			}
			coll.range = [
				fc.offset,
				cePos,
				end.offset
			];
		} else coll.range = [
			fc.offset,
			cePos,
			cePos
		];
		return coll;
	}
	exports.resolveFlowCollection = resolveFlowCollection;
}));
// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var Scalar = require_Scalar();
	var YAMLMap = require_YAMLMap();
	var YAMLSeq = require_YAMLSeq();
	var resolveBlockMap = require_resolve_block_map();
	var resolveBlockSeq = require_resolve_block_seq();
	var resolveFlowCollection = require_resolve_flow_collection();
	function resolveCollection(CN, ctx, token, onError, tagName, tag) {
		const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
		const Coll = coll.constructor;
		if (tagName === "!" || tagName === Coll.tagName) {
			coll.tag = Coll.tagName;
			return coll;
		}
		if (tagName) coll.tag = tagName;
		return coll;
	}
	function composeCollection(CN, ctx, token, props, onError) {
		const tagToken = props.tag;
		const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
		if (token.type === "block-seq") {
			const { anchor, newlineAfterProp: nl } = props;
			const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
			if (lastProp && (!nl || nl.offset < lastProp.offset)) onError(lastProp, "MISSING_CHAR", "Missing newline after block sequence props");
		}
		const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
		if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") return resolveCollection(CN, ctx, token, onError, tagName);
		let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
		if (!tag) {
			const kt = ctx.schema.knownTags[tagName];
			if (kt?.collection === expType) {
				ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
				tag = kt;
			} else {
				if (kt) onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
				else onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
				return resolveCollection(CN, ctx, token, onError, tagName);
			}
		}
		const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
		const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
		const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
		node.range = coll.range;
		node.tag = tagName;
		if (tag?.format) node.format = tag.format;
		return node;
	}
	exports.composeCollection = composeCollection;
}));
// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Scalar = require_Scalar();
	function resolveBlockScalar(ctx, scalar, onError) {
		const start = scalar.offset;
		const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
		if (!header) return {
			value: "",
			type: null,
			comment: "",
			range: [
				start,
				start,
				start
			]
		};
		const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
		const lines = scalar.source ? splitLines(scalar.source) : [];
		let chompStart = lines.length;
		for (let i = lines.length - 1; i >= 0; --i) {
			const content = lines[i][1];
			if (content === "" || content === "\r") chompStart = i;
			else break;
		}
		if (chompStart === 0) {
			const value = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
			let end = start + header.length;
			if (scalar.source) end += scalar.source.length;
			return {
				value,
				type,
				comment: header.comment,
				range: [
					start,
					end,
					end
				]
			};
		}
		let trimIndent = scalar.indent + header.indent;
		let offset = scalar.offset + header.length;
		let contentStart = 0;
		for (let i = 0; i < chompStart; ++i) {
			const [indent, content] = lines[i];
			if (content === "" || content === "\r") {
				if (header.indent === 0 && indent.length > trimIndent) trimIndent = indent.length;
			} else {
				if (indent.length < trimIndent) onError(offset + indent.length, "MISSING_CHAR", "Block scalars with more-indented leading empty lines must use an explicit indentation indicator");
				if (header.indent === 0) trimIndent = indent.length;
				contentStart = i;
				if (trimIndent === 0 && !ctx.atRoot) onError(offset, "BAD_INDENT", "Block scalar values in collections must be indented");
				break;
			}
			offset += indent.length + content.length + 1;
		}
		for (let i = lines.length - 1; i >= chompStart; --i) if (lines[i][0].length > trimIndent) chompStart = i + 1;
		let value = "";
		let sep = "";
		let prevMoreIndented = false;
		for (let i = 0; i < contentStart; ++i) value += lines[i][0].slice(trimIndent) + "\n";
		for (let i = contentStart; i < chompStart; ++i) {
			let [indent, content] = lines[i];
			offset += indent.length + content.length + 1;
			const crlf = content[content.length - 1] === "\r";
			if (crlf) content = content.slice(0, -1);
			/* istanbul ignore if already caught in lexer */
			if (content && indent.length < trimIndent) {
				const message = `Block scalar lines must not be less indented than their ${header.indent ? "explicit indentation indicator" : "first line"}`;
				onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
				indent = "";
			}
			if (type === Scalar.Scalar.BLOCK_LITERAL) {
				value += sep + indent.slice(trimIndent) + content;
				sep = "\n";
			} else if (indent.length > trimIndent || content[0] === "	") {
				if (sep === " ") sep = "\n";
				else if (!prevMoreIndented && sep === "\n") sep = "\n\n";
				value += sep + indent.slice(trimIndent) + content;
				sep = "\n";
				prevMoreIndented = true;
			} else if (content === "") {
				if (sep === "\n") value += "\n";
				else sep = "\n";
			} else {
				value += sep + content;
				sep = " ";
				prevMoreIndented = false;
			}
		}
		switch (header.chomp) {
			case "-": break;
			case "+":
				for (let i = chompStart; i < lines.length; ++i) value += "\n" + lines[i][0].slice(trimIndent);
				if (value[value.length - 1] !== "\n") value += "\n";
				break;
			default: value += "\n";
		}
		const end = start + header.length + scalar.source.length;
		return {
			value,
			type,
			comment: header.comment,
			range: [
				start,
				end,
				end
			]
		};
	}
	function parseBlockScalarHeader({ offset, props }, strict, onError) {
		/* istanbul ignore if should not happen */
		if (props[0].type !== "block-scalar-header") {
			onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
			return null;
		}
		const { source } = props[0];
		const mode = source[0];
		let indent = 0;
		let chomp = "";
		let error = -1;
		for (let i = 1; i < source.length; ++i) {
			const ch = source[i];
			if (!chomp && (ch === "-" || ch === "+")) chomp = ch;
			else {
				const n = Number(ch);
				if (!indent && n) indent = n;
				else if (error === -1) error = offset + i;
			}
		}
		if (error !== -1) onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
		let hasSpace = false;
		let comment = "";
		let length = source.length;
		for (let i = 1; i < props.length; ++i) {
			const token = props[i];
			switch (token.type) {
				case "space": hasSpace = true;
				case "newline":
					length += token.source.length;
					break;
				case "comment":
					if (strict && !hasSpace) onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
					length += token.source.length;
					comment = token.source.substring(1);
					break;
				case "error":
					onError(token, "UNEXPECTED_TOKEN", token.message);
					length += token.source.length;
					break;
				/* istanbul ignore next should not happen */
				default: {
					onError(token, "UNEXPECTED_TOKEN", `Unexpected token in block scalar header: ${token.type}`);
					const ts = token.source;
					if (ts && typeof ts === "string") length += ts.length;
				}
			}
		}
		return {
			mode,
			indent,
			chomp,
			comment,
			length
		};
	}
	/** @returns Array of lines split up as `[indent, content]` */
	function splitLines(source) {
		const split = source.split(/\n( *)/);
		const first = split[0];
		const m = first.match(/^( *)/);
		const lines = [m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first]];
		for (let i = 1; i < split.length; i += 2) lines.push([split[i], split[i + 1]]);
		return lines;
	}
	exports.resolveBlockScalar = resolveBlockScalar;
}));
// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Scalar = require_Scalar();
	var resolveEnd = require_resolve_end();
	function resolveFlowScalar(scalar, strict, onError) {
		const { offset, type, source, end } = scalar;
		let _type;
		let value;
		const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
		switch (type) {
			case "scalar":
				_type = Scalar.Scalar.PLAIN;
				value = plainValue(source, _onError);
				break;
			case "single-quoted-scalar":
				_type = Scalar.Scalar.QUOTE_SINGLE;
				value = singleQuotedValue(source, _onError);
				break;
			case "double-quoted-scalar":
				_type = Scalar.Scalar.QUOTE_DOUBLE;
				value = doubleQuotedValue(source, _onError);
				break;
			/* istanbul ignore next should not happen */
			default:
				onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
				return {
					value: "",
					type: null,
					comment: "",
					range: [
						offset,
						offset + source.length,
						offset + source.length
					]
				};
		}
		const valueEnd = offset + source.length;
		const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
		return {
			value,
			type: _type,
			comment: re.comment,
			range: [
				offset,
				valueEnd,
				re.offset
			]
		};
	}
	function plainValue(source, onError) {
		let badChar = "";
		switch (source[0]) {
			/* istanbul ignore next should not happen */
			case "	":
				badChar = "a tab character";
				break;
			case ",":
				badChar = "flow indicator character ,";
				break;
			case "%":
				badChar = "directive indicator character %";
				break;
			case "|":
			case ">":
				badChar = `block scalar indicator ${source[0]}`;
				break;
			case "@":
			case "`": badChar = `reserved character ${source[0]}`;
		}
		if (badChar) onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
		return unfoldLines(source);
	}
	function singleQuotedValue(source, onError) {
		if (source[source.length - 1] !== "'" || source.length === 1) onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
		return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
	}
	function unfoldLines(source) {
		const line = /(.*?)\r?\n/sy;
		let match = line.exec(source);
		if (!match) return source;
		/**
		* The negative lookbehinds in these RegExps are to
		* prevent causing a polynomial search time in certain cases.
		*
		* The try-catch is for Safari < 16.4 and other old browsers:
		* https://caniuse.com/js-regexp-lookbehind
		*/
		let trimEnd, trimBoth;
		try {
			trimEnd = new RegExp("(?<![ 	])[ 	]+$");
			trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
		} catch {
			trimEnd = /[ \t]+$/;
			trimBoth = /^[ \t]+|[ \t]+$/g;
		}
		let res = match[1].replace(trimEnd, "");
		let sep = " ";
		let pos = line.lastIndex;
		while (match = line.exec(source)) {
			const lm = match[1].replace(trimBoth, "");
			if (lm === "") {
				if (sep === "\n") res += sep;
				else sep = "\n";
			} else {
				res += sep + lm;
				sep = " ";
			}
			pos = line.lastIndex;
		}
		const last = /[ \t]*(.*)/sy;
		last.lastIndex = pos;
		match = last.exec(source);
		return res + sep + (match?.[1] ?? "");
	}
	function doubleQuotedValue(source, onError) {
		let res = "";
		for (let i = 1; i < source.length - 1; ++i) {
			const ch = source[i];
			if (ch === "\r" && source[i + 1] === "\n") continue;
			if (ch === "\n") {
				const { fold, offset } = foldNewline(source, i);
				res += fold;
				i = offset;
			} else if (ch === "\\") {
				let next = source[++i];
				const cc = escapeCodes[next];
				if (cc) res += cc;
				else if (next === "\n") {
					next = source[i + 1];
					while (next === " " || next === "	") next = source[++i + 1];
				} else if (next === "\r" && source[i + 1] === "\n") {
					next = source[++i + 1];
					while (next === " " || next === "	") next = source[++i + 1];
				} else if (next === "x" || next === "u" || next === "U") {
					const length = next === "x" ? 2 : next === "u" ? 4 : 8;
					res += parseCharCode(source, i + 1, length, onError);
					i += length;
				} else {
					const raw = source.substr(i - 1, 2);
					onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
					res += raw;
				}
			} else if (ch === " " || ch === "	") {
				const wsStart = i;
				let next = source[i + 1];
				while (next === " " || next === "	") next = source[++i + 1];
				if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n")) res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
			} else res += ch;
		}
		if (source[source.length - 1] !== "\"" || source.length === 1) onError(source.length, "MISSING_CHAR", "Missing closing \"quote");
		return res;
	}
	/**
	* Fold a single newline into a space, multiple newlines to N - 1 newlines.
	* Presumes `source[offset] === '\n'`
	*/
	function foldNewline(source, offset) {
		let fold = "";
		let ch = source[offset + 1];
		while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
			if (ch === "\r" && source[offset + 2] !== "\n") break;
			if (ch === "\n") fold += "\n";
			offset += 1;
			ch = source[offset + 1];
		}
		if (!fold) fold = " ";
		return {
			fold,
			offset
		};
	}
	const escapeCodes = {
		"0": "\0",
		a: "\x07",
		b: "\b",
		e: "\x1B",
		f: "\f",
		n: "\n",
		r: "\r",
		t: "	",
		v: "\v",
		N: "",
		_: "\xA0",
		L: "\u2028",
		P: "\u2029",
		" ": " ",
		"\"": "\"",
		"/": "/",
		"\\": "\\",
		"	": "	"
	};
	function parseCharCode(source, offset, length, onError) {
		const cc = source.substr(offset, length);
		const code = cc.length === length && /^[0-9a-fA-F]+$/.test(cc) ? parseInt(cc, 16) : NaN;
		try {
			return String.fromCodePoint(code);
		} catch {
			const raw = source.substr(offset - 2, length + 2);
			onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
			return raw;
		}
	}
	exports.resolveFlowScalar = resolveFlowScalar;
}));
// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var Scalar = require_Scalar();
	var resolveBlockScalar = require_resolve_block_scalar();
	var resolveFlowScalar = require_resolve_flow_scalar();
	function composeScalar(ctx, token, tagToken, onError) {
		const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
		const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
		let tag;
		if (ctx.options.stringKeys && ctx.atKey) tag = ctx.schema[identity.SCALAR];
		else if (tagName) tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
		else if (token.type === "scalar") tag = findScalarTagByTest(ctx, value, token, onError);
		else tag = ctx.schema[identity.SCALAR];
		let scalar;
		try {
			const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
			scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
		} catch (error) {
			const msg = error instanceof Error ? error.message : String(error);
			onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
			scalar = new Scalar.Scalar(value);
		}
		scalar.range = range;
		scalar.source = value;
		if (type) scalar.type = type;
		if (tagName) scalar.tag = tagName;
		if (tag.format) scalar.format = tag.format;
		if (comment) scalar.comment = comment;
		return scalar;
	}
	function findScalarTagByName(schema, value, tagName, tagToken, onError) {
		if (tagName === "!") return schema[identity.SCALAR];
		const matchWithTest = [];
		for (const tag of schema.tags) if (!tag.collection && tag.tag === tagName) {
			if (tag.default && tag.test) matchWithTest.push(tag);
			else return tag;
		}
		for (const tag of matchWithTest) if (tag.test?.test(value)) return tag;
		const kt = schema.knownTags[tagName];
		if (kt && !kt.collection) {
			schema.tags.push(Object.assign({}, kt, {
				default: false,
				test: void 0
			}));
			return kt;
		}
		onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
		return schema[identity.SCALAR];
	}
	function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
		const tag = schema.tags.find((tag) => (tag.default === true || atKey && tag.default === "key") && tag.test?.test(value)) || schema[identity.SCALAR];
		if (schema.compat) {
			const compat = schema.compat.find((tag) => tag.default && tag.test?.test(value)) ?? schema[identity.SCALAR];
			if (tag.tag !== compat.tag) onError(token, "TAG_RESOLVE_FAILED", `Value may be parsed as either ${directives.tagString(tag.tag)} or ${directives.tagString(compat.tag)}`, true);
		}
		return tag;
	}
	exports.composeScalar = composeScalar;
}));
// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = /* @__PURE__ */ __commonJSMin(((exports) => {
	function emptyScalarPosition(offset, before, pos) {
		if (before) {
			pos ?? (pos = before.length);
			for (let i = pos - 1; i >= 0; --i) {
				let st = before[i];
				switch (st.type) {
					case "space":
					case "comment":
					case "newline":
						offset -= st.source.length;
						continue;
				}
				st = before[++i];
				while (st?.type === "space") {
					offset += st.source.length;
					st = before[++i];
				}
				break;
			}
		}
		return offset;
	}
	exports.emptyScalarPosition = emptyScalarPosition;
}));
// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Alias = require_Alias();
	var identity = require_identity();
	var composeCollection = require_compose_collection();
	var composeScalar = require_compose_scalar();
	var resolveEnd = require_resolve_end();
	var utilEmptyScalarPosition = require_util_empty_scalar_position();
	const CN = {
		composeNode,
		composeEmptyNode
	};
	function composeNode(ctx, token, props, onError) {
		const atKey = ctx.atKey;
		const { spaceBefore, comment, anchor, tag } = props;
		let node;
		let isSrcToken = true;
		switch (token.type) {
			case "alias":
				node = composeAlias(ctx, token, onError);
				if (anchor || tag) onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
				break;
			case "scalar":
			case "single-quoted-scalar":
			case "double-quoted-scalar":
			case "block-scalar":
				node = composeScalar.composeScalar(ctx, token, tag, onError);
				if (anchor) node.anchor = anchor.source.substring(1);
				break;
			case "block-map":
			case "block-seq":
			case "flow-collection":
				try {
					node = composeCollection.composeCollection(CN, ctx, token, props, onError);
					if (anchor) node.anchor = anchor.source.substring(1);
				} catch (error) {
					onError(token, "RESOURCE_EXHAUSTION", error instanceof Error ? error.message : String(error));
				}
				break;
			default:
				onError(token, "UNEXPECTED_TOKEN", token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`);
				isSrcToken = false;
		}
		node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
		if (anchor && node.anchor === "") onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
		if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) onError(tag ?? token, "NON_STRING_KEY", "With stringKeys, all keys must be strings");
		if (spaceBefore) node.spaceBefore = true;
		if (comment) {
			if (token.type === "scalar" && token.source === "") node.comment = comment;
			else node.commentBefore = comment;
		}
		if (ctx.options.keepSourceTokens && isSrcToken) node.srcToken = token;
		return node;
	}
	function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
		const token = {
			type: "scalar",
			offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
			indent: -1,
			source: ""
		};
		const node = composeScalar.composeScalar(ctx, token, tag, onError);
		if (anchor) {
			node.anchor = anchor.source.substring(1);
			if (node.anchor === "") onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
		}
		if (spaceBefore) node.spaceBefore = true;
		if (comment) {
			node.comment = comment;
			node.range[2] = end;
		}
		return node;
	}
	function composeAlias({ options }, { offset, source, end }, onError) {
		const alias = new Alias.Alias(source.substring(1));
		if (alias.source === "") onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
		if (alias.source.endsWith(":")) onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
		const valueEnd = offset + source.length;
		const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
		alias.range = [
			offset,
			valueEnd,
			re.offset
		];
		if (re.comment) alias.comment = re.comment;
		return alias;
	}
	exports.composeEmptyNode = composeEmptyNode;
	exports.composeNode = composeNode;
}));
// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Document = require_Document();
	var composeNode = require_compose_node();
	var resolveEnd = require_resolve_end();
	var resolveProps = require_resolve_props();
	function composeDoc(options, directives, { offset, start, value, end }, onError) {
		const opts = Object.assign({ _directives: directives }, options);
		const doc = new Document.Document(void 0, opts);
		const ctx = {
			atKey: false,
			atRoot: true,
			directives: doc.directives,
			options: doc.options,
			schema: doc.schema
		};
		const props = resolveProps.resolveProps(start, {
			indicator: "doc-start",
			next: value ?? end?.[0],
			offset,
			onError,
			parentIndent: 0,
			startOnNewline: true
		});
		if (props.found) {
			doc.directives.docStart = true;
			if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline) onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
		}
		doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
		const contentEnd = doc.contents.range[2];
		const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
		if (re.comment) doc.comment = re.comment;
		doc.range = [
			offset,
			contentEnd,
			re.offset
		];
		return doc;
	}
	exports.composeDoc = composeDoc;
}));
// node_modules/yaml/dist/compose/composer.js
var require_composer = /* @__PURE__ */ __commonJSMin(((exports) => {
	var node_process = __require("process");
	var directives = require_directives();
	var Document = require_Document();
	var errors = require_errors();
	var identity = require_identity();
	var composeDoc = require_compose_doc();
	var resolveEnd = require_resolve_end();
	function getErrorPos(src) {
		if (typeof src === "number") return [src, src + 1];
		if (Array.isArray(src)) return src.length === 2 ? src : [src[0], src[1]];
		const { offset, source } = src;
		return [offset, offset + (typeof source === "string" ? source.length : 1)];
	}
	function parsePrelude(prelude) {
		let comment = "";
		let atComment = false;
		let afterEmptyLine = false;
		for (let i = 0; i < prelude.length; ++i) {
			const source = prelude[i];
			switch (source[0]) {
				case "#":
					comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
					atComment = true;
					afterEmptyLine = false;
					break;
				case "%":
					if (prelude[i + 1]?.[0] !== "#") i += 1;
					atComment = false;
					break;
				default:
					if (!atComment) afterEmptyLine = true;
					atComment = false;
			}
		}
		return {
			comment,
			afterEmptyLine
		};
	}
	/**
	* Compose a stream of CST nodes into a stream of YAML Documents.
	*
	* ```ts
	* import { Composer, Parser } from 'yaml'
	*
	* const src: string = ...
	* const tokens = new Parser().parse(src)
	* const docs = new Composer().compose(tokens)
	* ```
	*/
	var Composer = class {
		constructor(options = {}) {
			this.doc = null;
			this.atDirectives = false;
			this.prelude = [];
			this.errors = [];
			this.warnings = [];
			this.onError = (source, code, message, warning) => {
				const pos = getErrorPos(source);
				if (warning) this.warnings.push(new errors.YAMLWarning(pos, code, message));
				else this.errors.push(new errors.YAMLParseError(pos, code, message));
			};
			this.directives = new directives.Directives({ version: options.version || "1.2" });
			this.options = options;
		}
		decorate(doc, afterDoc) {
			const { comment, afterEmptyLine } = parsePrelude(this.prelude);
			if (comment) {
				const dc = doc.contents;
				if (afterDoc) doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
				else if (afterEmptyLine || doc.directives.docStart || !dc) doc.commentBefore = comment;
				else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
					let it = dc.items[0];
					if (identity.isPair(it)) it = it.key;
					const cb = it.commentBefore;
					it.commentBefore = cb ? `${comment}\n${cb}` : comment;
				} else {
					const cb = dc.commentBefore;
					dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
				}
			}
			if (afterDoc) {
				for (let i = 0; i < this.errors.length; ++i) doc.errors.push(this.errors[i]);
				for (let i = 0; i < this.warnings.length; ++i) doc.warnings.push(this.warnings[i]);
			} else {
				doc.errors = this.errors;
				doc.warnings = this.warnings;
			}
			this.prelude = [];
			this.errors = [];
			this.warnings = [];
		}
		/**
		* Current stream status information.
		*
		* Mostly useful at the end of input for an empty stream.
		*/
		streamInfo() {
			return {
				comment: parsePrelude(this.prelude).comment,
				directives: this.directives,
				errors: this.errors,
				warnings: this.warnings
			};
		}
		/**
		* Compose tokens into documents.
		*
		* @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
		* @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
		*/
		*compose(tokens, forceDoc = false, endOffset = -1) {
			for (const token of tokens) yield* this.next(token);
			yield* this.end(forceDoc, endOffset);
		}
		/** Advance the composer by one CST token. */
		*next(token) {
			if (node_process.env.LOG_STREAM) console.dir(token, { depth: null });
			switch (token.type) {
				case "directive":
					this.directives.add(token.source, (offset, message, warning) => {
						const pos = getErrorPos(token);
						pos[0] += offset;
						this.onError(pos, "BAD_DIRECTIVE", message, warning);
					});
					this.prelude.push(token.source);
					this.atDirectives = true;
					break;
				case "document": {
					const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
					if (this.atDirectives && !doc.directives.docStart) this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
					this.decorate(doc, false);
					if (this.doc) yield this.doc;
					this.doc = doc;
					this.atDirectives = false;
					break;
				}
				case "byte-order-mark":
				case "space": break;
				case "comment":
				case "newline":
					this.prelude.push(token.source);
					break;
				case "error": {
					const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
					const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
					if (this.atDirectives || !this.doc) this.errors.push(error);
					else this.doc.errors.push(error);
					break;
				}
				case "doc-end": {
					if (!this.doc) {
						this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", "Unexpected doc-end without preceding document"));
						break;
					}
					this.doc.directives.docEnd = true;
					const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
					this.decorate(this.doc, true);
					if (end.comment) {
						const dc = this.doc.comment;
						this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
					}
					this.doc.range[2] = end.offset;
					break;
				}
				default: this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
			}
		}
		/**
		* Call at end of input to yield any remaining document.
		*
		* @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
		* @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
		*/
		*end(forceDoc = false, endOffset = -1) {
			if (this.doc) {
				this.decorate(this.doc, true);
				yield this.doc;
				this.doc = null;
			} else if (forceDoc) {
				const opts = Object.assign({ _directives: this.directives }, this.options);
				const doc = new Document.Document(void 0, opts);
				if (this.atDirectives) this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
				doc.range = [
					0,
					endOffset,
					endOffset
				];
				this.decorate(doc, false);
				yield doc;
			}
		}
	};
	exports.Composer = Composer;
}));
// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = /* @__PURE__ */ __commonJSMin(((exports) => {
	var resolveBlockScalar = require_resolve_block_scalar();
	var resolveFlowScalar = require_resolve_flow_scalar();
	var errors = require_errors();
	var stringifyString = require_stringifyString();
	function resolveAsScalar(token, strict = true, onError) {
		if (token) {
			const _onError = (pos, code, message) => {
				const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
				if (onError) onError(offset, code, message);
				else throw new errors.YAMLParseError([offset, offset + 1], code, message);
			};
			switch (token.type) {
				case "scalar":
				case "single-quoted-scalar":
				case "double-quoted-scalar": return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
				case "block-scalar": return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
			}
		}
		return null;
	}
	/**
	* Create a new scalar token with `value`
	*
	* Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
	* as this function does not support any schema operations and won't check for such conflicts.
	*
	* @param value The string representation of the value, which will have its content properly indented.
	* @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
	* @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
	* @param context.indent The indent level of the token.
	* @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
	* @param context.offset The offset position of the token.
	* @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
	*/
	function createScalarToken(value, context) {
		const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
		const source = stringifyString.stringifyString({
			type,
			value
		}, {
			implicitKey,
			indent: indent > 0 ? " ".repeat(indent) : "",
			inFlow,
			options: {
				blockQuote: true,
				lineWidth: -1
			}
		});
		const end = context.end ?? [{
			type: "newline",
			offset: -1,
			indent,
			source: "\n"
		}];
		switch (source[0]) {
			case "|":
			case ">": {
				const he = source.indexOf("\n");
				const head = source.substring(0, he);
				const body = source.substring(he + 1) + "\n";
				const props = [{
					type: "block-scalar-header",
					offset,
					indent,
					source: head
				}];
				if (!addEndtoBlockProps(props, end)) props.push({
					type: "newline",
					offset: -1,
					indent,
					source: "\n"
				});
				return {
					type: "block-scalar",
					offset,
					indent,
					props,
					source: body
				};
			}
			case "\"": return {
				type: "double-quoted-scalar",
				offset,
				indent,
				source,
				end
			};
			case "'": return {
				type: "single-quoted-scalar",
				offset,
				indent,
				source,
				end
			};
			default: return {
				type: "scalar",
				offset,
				indent,
				source,
				end
			};
		}
	}
	/**
	* Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
	*
	* Best efforts are made to retain any comments previously associated with the `token`,
	* though all contents within a collection's `items` will be overwritten.
	*
	* Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
	* as this function does not support any schema operations and won't check for such conflicts.
	*
	* @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
	* @param value The string representation of the value, which will have its content properly indented.
	* @param context.afterKey In most cases, values after a key should have an additional level of indentation.
	* @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
	* @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
	* @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
	*/
	function setScalarValue(token, value, context = {}) {
		let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
		let indent = "indent" in token ? token.indent : null;
		if (afterKey && typeof indent === "number") indent += 2;
		if (!type) switch (token.type) {
			case "single-quoted-scalar":
				type = "QUOTE_SINGLE";
				break;
			case "double-quoted-scalar":
				type = "QUOTE_DOUBLE";
				break;
			case "block-scalar": {
				const header = token.props[0];
				if (header.type !== "block-scalar-header") throw new Error("Invalid block scalar header");
				type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
				break;
			}
			default: type = "PLAIN";
		}
		const source = stringifyString.stringifyString({
			type,
			value
		}, {
			implicitKey: implicitKey || indent === null,
			indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
			inFlow,
			options: {
				blockQuote: true,
				lineWidth: -1
			}
		});
		switch (source[0]) {
			case "|":
			case ">":
				setBlockScalarValue(token, source);
				break;
			case "\"":
				setFlowScalarValue(token, source, "double-quoted-scalar");
				break;
			case "'":
				setFlowScalarValue(token, source, "single-quoted-scalar");
				break;
			default: setFlowScalarValue(token, source, "scalar");
		}
	}
	function setBlockScalarValue(token, source) {
		const he = source.indexOf("\n");
		const head = source.substring(0, he);
		const body = source.substring(he + 1) + "\n";
		if (token.type === "block-scalar") {
			const header = token.props[0];
			if (header.type !== "block-scalar-header") throw new Error("Invalid block scalar header");
			header.source = head;
			token.source = body;
		} else {
			const { offset } = token;
			const indent = "indent" in token ? token.indent : -1;
			const props = [{
				type: "block-scalar-header",
				offset,
				indent,
				source: head
			}];
			if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0)) props.push({
				type: "newline",
				offset: -1,
				indent,
				source: "\n"
			});
			for (const key of Object.keys(token)) if (key !== "type" && key !== "offset") delete token[key];
			Object.assign(token, {
				type: "block-scalar",
				indent,
				props,
				source: body
			});
		}
	}
	/** @returns `true` if last token is a newline */
	function addEndtoBlockProps(props, end) {
		if (end) for (const st of end) switch (st.type) {
			case "space":
			case "comment":
				props.push(st);
				break;
			case "newline":
				props.push(st);
				return true;
		}
		return false;
	}
	function setFlowScalarValue(token, source, type) {
		switch (token.type) {
			case "scalar":
			case "double-quoted-scalar":
			case "single-quoted-scalar":
				token.type = type;
				token.source = source;
				break;
			case "block-scalar": {
				const end = token.props.slice(1);
				let oa = source.length;
				if (token.props[0].type === "block-scalar-header") oa -= token.props[0].source.length;
				for (const tok of end) tok.offset += oa;
				delete token.props;
				Object.assign(token, {
					type,
					source,
					end
				});
				break;
			}
			case "block-map":
			case "block-seq": {
				const nl = {
					type: "newline",
					offset: token.offset + source.length,
					indent: token.indent,
					source: "\n"
				};
				delete token.items;
				Object.assign(token, {
					type,
					source,
					end: [nl]
				});
				break;
			}
			default: {
				const indent = "indent" in token ? token.indent : -1;
				const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
				for (const key of Object.keys(token)) if (key !== "type" && key !== "offset") delete token[key];
				Object.assign(token, {
					type,
					indent,
					source,
					end
				});
			}
		}
	}
	exports.createScalarToken = createScalarToken;
	exports.resolveAsScalar = resolveAsScalar;
	exports.setScalarValue = setScalarValue;
}));
// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = /* @__PURE__ */ __commonJSMin(((exports) => {
	/**
	* Stringify a CST document, token, or collection item
	*
	* Fair warning: This applies no validation whatsoever, and
	* simply concatenates the sources in their logical order.
	*/
	const stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
	function stringifyToken(token) {
		switch (token.type) {
			case "block-scalar": {
				let res = "";
				for (const tok of token.props) res += stringifyToken(tok);
				return res + token.source;
			}
			case "block-map":
			case "block-seq": {
				let res = "";
				for (const item of token.items) res += stringifyItem(item);
				return res;
			}
			case "flow-collection": {
				let res = token.start.source;
				for (const item of token.items) res += stringifyItem(item);
				for (const st of token.end) res += st.source;
				return res;
			}
			case "document": {
				let res = stringifyItem(token);
				if (token.end) for (const st of token.end) res += st.source;
				return res;
			}
			default: {
				let res = token.source;
				if ("end" in token && token.end) for (const st of token.end) res += st.source;
				return res;
			}
		}
	}
	function stringifyItem({ start, key, sep, value }) {
		let res = "";
		for (const st of start) res += st.source;
		if (key) res += stringifyToken(key);
		if (sep) for (const st of sep) res += st.source;
		if (value) res += stringifyToken(value);
		return res;
	}
	exports.stringify = stringify;
}));
// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = /* @__PURE__ */ __commonJSMin(((exports) => {
	const BREAK = Symbol("break visit");
	const SKIP = Symbol("skip children");
	const REMOVE = Symbol("remove item");
	/**
	* Apply a visitor to a CST document or item.
	*
	* Walks through the tree (depth-first) starting from the root, calling a
	* `visitor` function with two arguments when entering each item:
	*   - `item`: The current item, which included the following members:
	*     - `start: SourceToken[]` – Source tokens before the key or value,
	*       possibly including its anchor or tag.
	*     - `key?: Token | null` – Set for pair values. May then be `null`, if
	*       the key before the `:` separator is empty.
	*     - `sep?: SourceToken[]` – Source tokens between the key and the value,
	*       which should include the `:` map value indicator if `value` is set.
	*     - `value?: Token` – The value of a sequence item, or of a map pair.
	*   - `path`: The steps from the root to the current node, as an array of
	*     `['key' | 'value', number]` tuples.
	*
	* The return value of the visitor may be used to control the traversal:
	*   - `undefined` (default): Do nothing and continue
	*   - `visit.SKIP`: Do not visit the children of this token, continue with
	*      next sibling
	*   - `visit.BREAK`: Terminate traversal completely
	*   - `visit.REMOVE`: Remove the current item, then continue with the next one
	*   - `number`: Set the index of the next step. This is useful especially if
	*     the index of the current token has changed.
	*   - `function`: Define the next visitor for this item. After the original
	*     visitor is called on item entry, next visitors are called after handling
	*     a non-empty `key` and when exiting the item.
	*/
	function visit(cst, visitor) {
		if ("type" in cst && cst.type === "document") cst = {
			start: cst.start,
			value: cst.value
		};
		_visit(Object.freeze([]), cst, visitor);
	}
	/** Terminate visit traversal completely */
	visit.BREAK = BREAK;
	/** Do not visit the children of the current item */
	visit.SKIP = SKIP;
	/** Remove the current item */
	visit.REMOVE = REMOVE;
	/** Find the item at `path` from `cst` as the root */
	visit.itemAtPath = (cst, path) => {
		let item = cst;
		for (const [field, index] of path) {
			const tok = item?.[field];
			if (tok && "items" in tok) item = tok.items[index];
			else return void 0;
		}
		return item;
	};
	/**
	* Get the immediate parent collection of the item at `path` from `cst` as the root.
	*
	* Throws an error if the collection is not found, which should never happen if the item itself exists.
	*/
	visit.parentCollection = (cst, path) => {
		const parent = visit.itemAtPath(cst, path.slice(0, -1));
		const field = path[path.length - 1][0];
		const coll = parent?.[field];
		if (coll && "items" in coll) return coll;
		throw new Error("Parent collection not found");
	};
	function _visit(path, item, visitor) {
		let ctrl = visitor(item, path);
		if (typeof ctrl === "symbol") return ctrl;
		for (const field of ["key", "value"]) {
			const token = item[field];
			if (token && "items" in token) {
				for (let i = 0; i < token.items.length; ++i) {
					const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
					if (typeof ci === "number") i = ci - 1;
					else if (ci === BREAK) return BREAK;
					else if (ci === REMOVE) {
						token.items.splice(i, 1);
						i -= 1;
					}
				}
				if (typeof ctrl === "function" && field === "key") ctrl = ctrl(item, path);
			}
		}
		return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
	}
	exports.visit = visit;
}));
// node_modules/yaml/dist/parse/cst.js
var require_cst = /* @__PURE__ */ __commonJSMin(((exports) => {
	var cstScalar = require_cst_scalar();
	var cstStringify = require_cst_stringify();
	var cstVisit = require_cst_visit();
	/** The byte order mark */
	const BOM = "﻿";
	/** Start of doc-mode */
	const DOCUMENT = "";
	/** Unexpected end of flow-mode */
	const FLOW_END = "";
	/** Next token is a scalar value */
	const SCALAR = "";
	/** @returns `true` if `token` is a flow or block collection */
	const isCollection = (token) => !!token && "items" in token;
	/** @returns `true` if `token` is a flow or block scalar; not an alias */
	const isScalar = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
	/* istanbul ignore next */
	/** Get a printable representation of a lexer token */
	function prettyToken(token) {
		switch (token) {
			case BOM: return "<BOM>";
			case DOCUMENT: return "<DOC>";
			case FLOW_END: return "<FLOW_END>";
			case SCALAR: return "<SCALAR>";
			default: return JSON.stringify(token);
		}
	}
	/** Identify the type of a lexer token. May return `null` for unknown tokens. */
	function tokenType(source) {
		switch (source) {
			case BOM: return "byte-order-mark";
			case DOCUMENT: return "doc-mode";
			case FLOW_END: return "flow-error-end";
			case SCALAR: return "scalar";
			case "---": return "doc-start";
			case "...": return "doc-end";
			case "":
			case "\n":
			case "\r\n": return "newline";
			case "-": return "seq-item-ind";
			case "?": return "explicit-key-ind";
			case ":": return "map-value-ind";
			case "{": return "flow-map-start";
			case "}": return "flow-map-end";
			case "[": return "flow-seq-start";
			case "]": return "flow-seq-end";
			case ",": return "comma";
		}
		switch (source[0]) {
			case " ":
			case "	": return "space";
			case "#": return "comment";
			case "%": return "directive-line";
			case "*": return "alias";
			case "&": return "anchor";
			case "!": return "tag";
			case "'": return "single-quoted-scalar";
			case "\"": return "double-quoted-scalar";
			case "|":
			case ">": return "block-scalar-header";
		}
		return null;
	}
	exports.createScalarToken = cstScalar.createScalarToken;
	exports.resolveAsScalar = cstScalar.resolveAsScalar;
	exports.setScalarValue = cstScalar.setScalarValue;
	exports.stringify = cstStringify.stringify;
	exports.visit = cstVisit.visit;
	exports.BOM = BOM;
	exports.DOCUMENT = DOCUMENT;
	exports.FLOW_END = FLOW_END;
	exports.SCALAR = SCALAR;
	exports.isCollection = isCollection;
	exports.isScalar = isScalar;
	exports.prettyToken = prettyToken;
	exports.tokenType = tokenType;
}));
// node_modules/yaml/dist/parse/lexer.js
var require_lexer = /* @__PURE__ */ __commonJSMin(((exports) => {
	var cst = require_cst();
	function isEmpty(ch) {
		switch (ch) {
			case void 0:
			case " ":
			case "\n":
			case "\r":
			case "	": return true;
			default: return false;
		}
	}
	const hexDigits = /* @__PURE__ */ new Set("0123456789ABCDEFabcdef");
	const tagChars = /* @__PURE__ */ new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
	const flowIndicatorChars = /* @__PURE__ */ new Set(",[]{}");
	const invalidAnchorChars = /* @__PURE__ */ new Set(" ,[]{}\n\r	");
	const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
	/**
	* Splits an input string into lexical tokens, i.e. smaller strings that are
	* easily identifiable by `tokens.tokenType()`.
	*
	* Lexing starts always in a "stream" context. Incomplete input may be buffered
	* until a complete token can be emitted.
	*
	* In addition to slices of the original input, the following control characters
	* may also be emitted:
	*
	* - `\x02` (Start of Text): A document starts with the next token
	* - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
	* - `\x1f` (Unit Separator): Next token is a scalar value
	* - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
	*/
	var Lexer = class {
		constructor() {
			/**
			* Flag indicating whether the end of the current buffer marks the end of
			* all input
			*/
			this.atEnd = false;
			/**
			* Explicit indent set in block scalar header, as an offset from the current
			* minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
			* explicitly set.
			*/
			this.blockScalarIndent = -1;
			/**
			* Block scalars that include a + (keep) chomping indicator in their header
			* include trailing empty lines, which are otherwise excluded from the
			* scalar's contents.
			*/
			this.blockScalarKeep = false;
			/** Current input */
			this.buffer = "";
			/**
			* Flag noting whether the map value indicator : can immediately follow this
			* node within a flow context.
			*/
			this.flowKey = false;
			/** Count of surrounding flow collection levels. */
			this.flowLevel = 0;
			/**
			* Minimum level of indentation required for next lines to be parsed as a
			* part of the current scalar value.
			*/
			this.indentNext = 0;
			/** Indentation level of the current line. */
			this.indentValue = 0;
			/** Position of the next \n character. */
			this.lineEndPos = null;
			/** Stores the state of the lexer if reaching the end of incpomplete input */
			this.next = null;
			/** A pointer to `buffer`; the current position of the lexer. */
			this.pos = 0;
		}
		/**
		* Generate YAML tokens from the `source` string. If `incomplete`,
		* a part of the last line may be left as a buffer for the next call.
		*
		* @returns A generator of lexical tokens
		*/
		*lex(source, incomplete = false) {
			if (source) {
				if (typeof source !== "string") throw TypeError("source is not a string");
				this.buffer = this.buffer ? this.buffer + source : source;
				this.lineEndPos = null;
			}
			this.atEnd = !incomplete;
			let next = this.next ?? "stream";
			while (next && (incomplete || this.hasChars(1))) next = yield* this.parseNext(next);
		}
		atLineEnd() {
			let i = this.pos;
			let ch = this.buffer[i];
			while (ch === " " || ch === "	") ch = this.buffer[++i];
			if (!ch || ch === "#" || ch === "\n") return true;
			if (ch === "\r") return this.buffer[i + 1] === "\n";
			return false;
		}
		charAt(n) {
			return this.buffer[this.pos + n];
		}
		continueScalar(offset) {
			let ch = this.buffer[offset];
			if (this.indentNext > 0) {
				let indent = 0;
				while (ch === " ") ch = this.buffer[++indent + offset];
				if (ch === "\r") {
					const next = this.buffer[indent + offset + 1];
					if (next === "\n" || !next && !this.atEnd) return offset + indent + 1;
				}
				return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
			}
			if (ch === "-" || ch === ".") {
				const dt = this.buffer.substr(offset, 3);
				if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3])) return -1;
			}
			return offset;
		}
		getLine() {
			let end = this.lineEndPos;
			if (typeof end !== "number" || end !== -1 && end < this.pos) {
				end = this.buffer.indexOf("\n", this.pos);
				this.lineEndPos = end;
			}
			if (end === -1) return this.atEnd ? this.buffer.substring(this.pos) : null;
			if (this.buffer[end - 1] === "\r") end -= 1;
			return this.buffer.substring(this.pos, end);
		}
		hasChars(n) {
			return this.pos + n <= this.buffer.length;
		}
		setNext(state) {
			this.buffer = this.buffer.substring(this.pos);
			this.pos = 0;
			this.lineEndPos = null;
			this.next = state;
			return null;
		}
		peek(n) {
			return this.buffer.substr(this.pos, n);
		}
		*parseNext(next) {
			switch (next) {
				case "stream": return yield* this.parseStream();
				case "line-start": return yield* this.parseLineStart();
				case "block-start": return yield* this.parseBlockStart();
				case "doc": return yield* this.parseDocument();
				case "flow": return yield* this.parseFlowCollection();
				case "quoted-scalar": return yield* this.parseQuotedScalar();
				case "block-scalar": return yield* this.parseBlockScalar();
				case "plain-scalar": return yield* this.parsePlainScalar();
			}
		}
		*parseStream() {
			let line = this.getLine();
			if (line === null) return this.setNext("stream");
			if (line[0] === cst.BOM) {
				yield* this.pushCount(1);
				line = line.substring(1);
			}
			if (line[0] === "%") {
				let dirEnd = line.length;
				let cs = line.indexOf("#");
				while (cs !== -1) {
					const ch = line[cs - 1];
					if (ch === " " || ch === "	") {
						dirEnd = cs - 1;
						break;
					} else cs = line.indexOf("#", cs + 1);
				}
				while (true) {
					const ch = line[dirEnd - 1];
					if (ch === " " || ch === "	") dirEnd -= 1;
					else break;
				}
				const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
				yield* this.pushCount(line.length - n);
				this.pushNewline();
				return "stream";
			}
			if (this.atLineEnd()) {
				const sp = yield* this.pushSpaces(true);
				yield* this.pushCount(line.length - sp);
				yield* this.pushNewline();
				return "stream";
			}
			yield cst.DOCUMENT;
			return yield* this.parseLineStart();
		}
		*parseLineStart() {
			const ch = this.charAt(0);
			if (!ch && !this.atEnd) return this.setNext("line-start");
			if (ch === "-" || ch === ".") {
				if (!this.atEnd && !this.hasChars(4)) return this.setNext("line-start");
				const s = this.peek(3);
				if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
					yield* this.pushCount(3);
					this.indentValue = 0;
					this.indentNext = 0;
					return s === "---" ? "doc" : "stream";
				}
			}
			this.indentValue = yield* this.pushSpaces(false);
			if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1))) this.indentNext = this.indentValue;
			return yield* this.parseBlockStart();
		}
		*parseBlockStart() {
			const [ch0, ch1] = this.peek(2);
			if (!ch1 && !this.atEnd) return this.setNext("block-start");
			if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
				const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
				this.indentNext = this.indentValue + 1;
				this.indentValue += n;
				return "block-start";
			}
			return "doc";
		}
		*parseDocument() {
			yield* this.pushSpaces(true);
			const line = this.getLine();
			if (line === null) return this.setNext("doc");
			let n = yield* this.pushIndicators();
			switch (line[n]) {
				case "#": yield* this.pushCount(line.length - n);
				case void 0:
					yield* this.pushNewline();
					return yield* this.parseLineStart();
				case "{":
				case "[":
					yield* this.pushCount(1);
					this.flowKey = false;
					this.flowLevel = 1;
					return "flow";
				case "}":
				case "]":
					yield* this.pushCount(1);
					return "doc";
				case "*":
					yield* this.pushUntil(isNotAnchorChar);
					return "doc";
				case "\"":
				case "'": return yield* this.parseQuotedScalar();
				case "|":
				case ">":
					n += yield* this.parseBlockScalarHeader();
					n += yield* this.pushSpaces(true);
					yield* this.pushCount(line.length - n);
					yield* this.pushNewline();
					return yield* this.parseBlockScalar();
				default: return yield* this.parsePlainScalar();
			}
		}
		*parseFlowCollection() {
			let nl, sp;
			let indent = -1;
			do {
				nl = yield* this.pushNewline();
				if (nl > 0) {
					sp = yield* this.pushSpaces(false);
					this.indentValue = indent = sp;
				} else sp = 0;
				sp += yield* this.pushSpaces(true);
			} while (nl + sp > 0);
			const line = this.getLine();
			if (line === null) return this.setNext("flow");
			if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
				if (!(indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}"))) {
					this.flowLevel = 0;
					yield cst.FLOW_END;
					return yield* this.parseLineStart();
				}
			}
			let n = 0;
			while (line[n] === ",") {
				n += yield* this.pushCount(1);
				n += yield* this.pushSpaces(true);
				this.flowKey = false;
			}
			n += yield* this.pushIndicators();
			switch (line[n]) {
				case void 0: return "flow";
				case "#":
					yield* this.pushCount(line.length - n);
					return "flow";
				case "{":
				case "[":
					yield* this.pushCount(1);
					this.flowKey = false;
					this.flowLevel += 1;
					return "flow";
				case "}":
				case "]":
					yield* this.pushCount(1);
					this.flowKey = true;
					this.flowLevel -= 1;
					return this.flowLevel ? "flow" : "doc";
				case "*":
					yield* this.pushUntil(isNotAnchorChar);
					return "flow";
				case "\"":
				case "'":
					this.flowKey = true;
					return yield* this.parseQuotedScalar();
				case ":": {
					const next = this.charAt(1);
					if (this.flowKey || isEmpty(next) || next === ",") {
						this.flowKey = false;
						yield* this.pushCount(1);
						yield* this.pushSpaces(true);
						return "flow";
					}
				}
				default:
					this.flowKey = false;
					return yield* this.parsePlainScalar();
			}
		}
		*parseQuotedScalar() {
			const quote = this.charAt(0);
			let end = this.buffer.indexOf(quote, this.pos + 1);
			if (quote === "'") while (end !== -1 && this.buffer[end + 1] === "'") end = this.buffer.indexOf("'", end + 2);
			else while (end !== -1) {
				let n = 0;
				while (this.buffer[end - 1 - n] === "\\") n += 1;
				if (n % 2 === 0) break;
				end = this.buffer.indexOf("\"", end + 1);
			}
			const qb = this.buffer.substring(0, end);
			let nl = qb.indexOf("\n", this.pos);
			if (nl !== -1) {
				while (nl !== -1) {
					const cs = this.continueScalar(nl + 1);
					if (cs === -1) break;
					nl = qb.indexOf("\n", cs);
				}
				if (nl !== -1) end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
			}
			if (end === -1) {
				if (!this.atEnd) return this.setNext("quoted-scalar");
				end = this.buffer.length;
			}
			yield* this.pushToIndex(end + 1, false);
			return this.flowLevel ? "flow" : "doc";
		}
		*parseBlockScalarHeader() {
			this.blockScalarIndent = -1;
			this.blockScalarKeep = false;
			let i = this.pos;
			while (true) {
				const ch = this.buffer[++i];
				if (ch === "+") this.blockScalarKeep = true;
				else if (ch > "0" && ch <= "9") this.blockScalarIndent = Number(ch) - 1;
				else if (ch !== "-") break;
			}
			return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
		}
		*parseBlockScalar() {
			let nl = this.pos - 1;
			let indent = 0;
			let ch;
			loop: for (let i = this.pos; ch = this.buffer[i]; ++i) switch (ch) {
				case " ":
					indent += 1;
					break;
				case "\n":
					nl = i;
					indent = 0;
					break;
				case "\r": {
					const next = this.buffer[i + 1];
					if (!next && !this.atEnd) return this.setNext("block-scalar");
					if (next === "\n") break;
				}
				default: break loop;
			}
			if (!ch && !this.atEnd) return this.setNext("block-scalar");
			if (indent >= this.indentNext) {
				if (this.blockScalarIndent === -1) this.indentNext = indent;
				else this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
				do {
					const cs = this.continueScalar(nl + 1);
					if (cs === -1) break;
					nl = this.buffer.indexOf("\n", cs);
				} while (nl !== -1);
				if (nl === -1) {
					if (!this.atEnd) return this.setNext("block-scalar");
					nl = this.buffer.length;
				}
			}
			let i = nl + 1;
			ch = this.buffer[i];
			while (ch === " ") ch = this.buffer[++i];
			if (ch === "	") {
				while (ch === "	" || ch === " " || ch === "\r" || ch === "\n") ch = this.buffer[++i];
				nl = i - 1;
			} else if (!this.blockScalarKeep) do {
				let i = nl - 1;
				let ch = this.buffer[i];
				if (ch === "\r") ch = this.buffer[--i];
				const lastChar = i;
				while (ch === " ") ch = this.buffer[--i];
				if (ch === "\n" && i >= this.pos && i + 1 + indent > lastChar) nl = i;
				else break;
			} while (true);
			yield cst.SCALAR;
			yield* this.pushToIndex(nl + 1, true);
			return yield* this.parseLineStart();
		}
		*parsePlainScalar() {
			const inFlow = this.flowLevel > 0;
			let end = this.pos - 1;
			let i = this.pos - 1;
			let ch;
			while (ch = this.buffer[++i]) if (ch === ":") {
				const next = this.buffer[i + 1];
				if (isEmpty(next) || inFlow && flowIndicatorChars.has(next)) break;
				end = i;
			} else if (isEmpty(ch)) {
				let next = this.buffer[i + 1];
				if (ch === "\r") {
					if (next === "\n") {
						i += 1;
						ch = "\n";
						next = this.buffer[i + 1];
					} else end = i;
				}
				if (next === "#" || inFlow && flowIndicatorChars.has(next)) break;
				if (ch === "\n") {
					const cs = this.continueScalar(i + 1);
					if (cs === -1) break;
					i = Math.max(i, cs - 2);
				}
			} else {
				if (inFlow && flowIndicatorChars.has(ch)) break;
				end = i;
			}
			if (!ch && !this.atEnd) return this.setNext("plain-scalar");
			yield cst.SCALAR;
			yield* this.pushToIndex(end + 1, true);
			return inFlow ? "flow" : "doc";
		}
		*pushCount(n) {
			if (n > 0) {
				yield this.buffer.substr(this.pos, n);
				this.pos += n;
				return n;
			}
			return 0;
		}
		*pushToIndex(i, allowEmpty) {
			const s = this.buffer.slice(this.pos, i);
			if (s) {
				yield s;
				this.pos += s.length;
				return s.length;
			} else if (allowEmpty) yield "";
			return 0;
		}
		*pushIndicators() {
			let n = 0;
			loop: while (true) {
				switch (this.charAt(0)) {
					case "!":
						n += yield* this.pushTag();
						n += yield* this.pushSpaces(true);
						continue loop;
					case "&":
						n += yield* this.pushUntil(isNotAnchorChar);
						n += yield* this.pushSpaces(true);
						continue loop;
					case "-":
					case "?":
					case ":": {
						const inFlow = this.flowLevel > 0;
						const ch1 = this.charAt(1);
						if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
							if (!inFlow) this.indentNext = this.indentValue + 1;
							else if (this.flowKey) this.flowKey = false;
							n += yield* this.pushCount(1);
							n += yield* this.pushSpaces(true);
							continue loop;
						}
					}
				}
				break loop;
			}
			return n;
		}
		*pushTag() {
			if (this.charAt(1) === "<") {
				let i = this.pos + 2;
				let ch = this.buffer[i];
				while (!isEmpty(ch) && ch !== ">") ch = this.buffer[++i];
				return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
			} else {
				let i = this.pos + 1;
				let ch = this.buffer[i];
				while (ch) if (tagChars.has(ch)) ch = this.buffer[++i];
				else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) ch = this.buffer[i += 3];
				else break;
				return yield* this.pushToIndex(i, false);
			}
		}
		*pushNewline() {
			const ch = this.buffer[this.pos];
			if (ch === "\n") return yield* this.pushCount(1);
			else if (ch === "\r" && this.charAt(1) === "\n") return yield* this.pushCount(2);
			else return 0;
		}
		*pushSpaces(allowTabs) {
			let i = this.pos - 1;
			let ch;
			do
				ch = this.buffer[++i];
			while (ch === " " || allowTabs && ch === "	");
			const n = i - this.pos;
			if (n > 0) {
				yield this.buffer.substr(this.pos, n);
				this.pos = i;
			}
			return n;
		}
		*pushUntil(test) {
			let i = this.pos;
			let ch = this.buffer[i];
			while (!test(ch)) ch = this.buffer[++i];
			return yield* this.pushToIndex(i, false);
		}
	};
	exports.Lexer = Lexer;
}));
// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = /* @__PURE__ */ __commonJSMin(((exports) => {
	/**
	* Tracks newlines during parsing in order to provide an efficient API for
	* determining the one-indexed `{ line, col }` position for any offset
	* within the input.
	*/
	var LineCounter = class {
		constructor() {
			this.lineStarts = [];
			/**
			* Should be called in ascending order. Otherwise, call
			* `lineCounter.lineStarts.sort()` before calling `linePos()`.
			*/
			this.addNewLine = (offset) => this.lineStarts.push(offset);
			/**
			* Performs a binary search and returns the 1-indexed { line, col }
			* position of `offset`. If `line === 0`, `addNewLine` has never been
			* called or `offset` is before the first known newline.
			*/
			this.linePos = (offset) => {
				let low = 0;
				let high = this.lineStarts.length;
				while (low < high) {
					const mid = low + high >> 1;
					if (this.lineStarts[mid] < offset) low = mid + 1;
					else high = mid;
				}
				if (this.lineStarts[low] === offset) return {
					line: low + 1,
					col: 1
				};
				if (low === 0) return {
					line: 0,
					col: offset
				};
				const start = this.lineStarts[low - 1];
				return {
					line: low,
					col: offset - start + 1
				};
			};
		}
	};
	exports.LineCounter = LineCounter;
}));
// node_modules/yaml/dist/parse/parser.js
var require_parser = /* @__PURE__ */ __commonJSMin(((exports) => {
	var node_process = __require("process");
	var cst = require_cst();
	var lexer = require_lexer();
	function includesToken(list, type) {
		for (let i = 0; i < list.length; ++i) if (list[i].type === type) return true;
		return false;
	}
	function findNonEmptyIndex(list) {
		for (let i = 0; i < list.length; ++i) switch (list[i].type) {
			case "space":
			case "comment":
			case "newline": break;
			default: return i;
		}
		return -1;
	}
	function isFlowToken(token) {
		switch (token?.type) {
			case "alias":
			case "scalar":
			case "single-quoted-scalar":
			case "double-quoted-scalar":
			case "flow-collection": return true;
			default: return false;
		}
	}
	function getPrevProps(parent) {
		switch (parent.type) {
			case "document": return parent.start;
			case "block-map": {
				const it = parent.items[parent.items.length - 1];
				return it.sep ?? it.start;
			}
			case "block-seq": return parent.items[parent.items.length - 1].start;
			/* istanbul ignore next should not happen */
			default: return [];
		}
	}
	/** Note: May modify input array */
	function getFirstKeyStartProps(prev) {
		if (prev.length === 0) return [];
		let i = prev.length;
		loop: while (--i >= 0) switch (prev[i].type) {
			case "doc-start":
			case "explicit-key-ind":
			case "map-value-ind":
			case "seq-item-ind":
			case "newline": break loop;
		}
		while (prev[++i]?.type === "space");
		return prev.splice(i, prev.length);
	}
	function arrayPushArray(target, source) {
		if (source.length < 1e5) Array.prototype.push.apply(target, source);
		else for (let i = 0; i < source.length; ++i) target.push(source[i]);
	}
	function fixFlowSeqItems(fc) {
		if (fc.start.type === "flow-seq-start") {
			for (const it of fc.items) if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
				if (it.key) it.value = it.key;
				delete it.key;
				if (isFlowToken(it.value)) {
					if (it.value.end) arrayPushArray(it.value.end, it.sep);
					else it.value.end = it.sep;
				} else arrayPushArray(it.start, it.sep);
				delete it.sep;
			}
		}
	}
	/**
	* A YAML concrete syntax tree (CST) parser
	*
	* ```ts
	* const src: string = ...
	* for (const token of new Parser().parse(src)) {
	*   // token: Token
	* }
	* ```
	*
	* To use the parser with a user-provided lexer:
	*
	* ```ts
	* function* parse(source: string, lexer: Lexer) {
	*   const parser = new Parser()
	*   for (const lexeme of lexer.lex(source))
	*     yield* parser.next(lexeme)
	*   yield* parser.end()
	* }
	*
	* const src: string = ...
	* const lexer = new Lexer()
	* for (const token of parse(src, lexer)) {
	*   // token: Token
	* }
	* ```
	*/
	var Parser = class {
		/**
		* @param onNewLine - If defined, called separately with the start position of
		*   each new line (in `parse()`, including the start of input).
		*/
		constructor(onNewLine) {
			/** If true, space and sequence indicators count as indentation */
			this.atNewLine = true;
			/** If true, next token is a scalar value */
			this.atScalar = false;
			/** Current indentation level */
			this.indent = 0;
			/** Current offset since the start of parsing */
			this.offset = 0;
			/** On the same line with a block map key */
			this.onKeyLine = false;
			/** Top indicates the node that's currently being built */
			this.stack = [];
			/** The source of the current token, set in parse() */
			this.source = "";
			/** The type of the current token, set in parse() */
			this.type = "";
			this.lexer = new lexer.Lexer();
			this.onNewLine = onNewLine;
		}
		/**
		* Parse `source` as a YAML stream.
		* If `incomplete`, a part of the last line may be left as a buffer for the next call.
		*
		* Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
		*
		* @returns A generator of tokens representing each directive, document, and other structure.
		*/
		*parse(source, incomplete = false) {
			if (this.onNewLine && this.offset === 0) this.onNewLine(0);
			for (const lexeme of this.lexer.lex(source, incomplete)) yield* this.next(lexeme);
			if (!incomplete) yield* this.end();
		}
		/**
		* Advance the parser by the `source` of one lexical token.
		*/
		*next(source) {
			this.source = source;
			if (node_process.env.LOG_TOKENS) console.log("|", cst.prettyToken(source));
			if (this.atScalar) {
				this.atScalar = false;
				yield* this.step();
				this.offset += source.length;
				return;
			}
			const type = cst.tokenType(source);
			if (!type) {
				const message = `Not a YAML token: ${source}`;
				yield* this.pop({
					type: "error",
					offset: this.offset,
					message,
					source
				});
				this.offset += source.length;
			} else if (type === "scalar") {
				this.atNewLine = false;
				this.atScalar = true;
				this.type = "scalar";
			} else {
				this.type = type;
				yield* this.step();
				switch (type) {
					case "newline":
						this.atNewLine = true;
						this.indent = 0;
						if (this.onNewLine) this.onNewLine(this.offset + source.length);
						break;
					case "space":
						if (this.atNewLine && source[0] === " ") this.indent += source.length;
						break;
					case "explicit-key-ind":
					case "map-value-ind":
					case "seq-item-ind":
						if (this.atNewLine) this.indent += source.length;
						break;
					case "doc-mode":
					case "flow-error-end": return;
					default: this.atNewLine = false;
				}
				this.offset += source.length;
			}
		}
		/** Call at end of input to push out any remaining constructions */
		*end() {
			while (this.stack.length > 0) yield* this.pop();
		}
		get sourceToken() {
			return {
				type: this.type,
				offset: this.offset,
				indent: this.indent,
				source: this.source
			};
		}
		*step() {
			const top = this.peek(1);
			if (this.type === "doc-end" && top?.type !== "doc-end") {
				while (this.stack.length > 0) yield* this.pop();
				this.stack.push({
					type: "doc-end",
					offset: this.offset,
					source: this.source
				});
				return;
			}
			if (!top) return yield* this.stream();
			switch (top.type) {
				case "document": return yield* this.document(top);
				case "alias":
				case "scalar":
				case "single-quoted-scalar":
				case "double-quoted-scalar": return yield* this.scalar(top);
				case "block-scalar": return yield* this.blockScalar(top);
				case "block-map": return yield* this.blockMap(top);
				case "block-seq": return yield* this.blockSequence(top);
				case "flow-collection": return yield* this.flowCollection(top);
				case "doc-end": return yield* this.documentEnd(top);
			}
			/* istanbul ignore next should not happen */
			yield* this.pop();
		}
		peek(n) {
			return this.stack[this.stack.length - n];
		}
		*pop(error) {
			const token = error ?? this.stack.pop();
			/* istanbul ignore if should not happen */
			if (!token) yield {
				type: "error",
				offset: this.offset,
				source: "",
				message: "Tried to pop an empty stack"
			};
			else if (this.stack.length === 0) yield token;
			else {
				const top = this.peek(1);
				if (token.type === "block-scalar") token.indent = "indent" in top ? top.indent : 0;
				else if (token.type === "flow-collection" && top.type === "document") token.indent = 0;
				if (token.type === "flow-collection") fixFlowSeqItems(token);
				switch (top.type) {
					case "document":
						top.value = token;
						break;
					case "block-scalar":
						top.props.push(token);
						break;
					case "block-map": {
						const it = top.items[top.items.length - 1];
						if (it.value) {
							top.items.push({
								start: [],
								key: token,
								sep: []
							});
							this.onKeyLine = true;
							return;
						} else if (it.sep) it.value = token;
						else {
							Object.assign(it, {
								key: token,
								sep: []
							});
							this.onKeyLine = !it.explicitKey;
							return;
						}
						break;
					}
					case "block-seq": {
						const it = top.items[top.items.length - 1];
						if (it.value) top.items.push({
							start: [],
							value: token
						});
						else it.value = token;
						break;
					}
					case "flow-collection": {
						const it = top.items[top.items.length - 1];
						if (!it || it.value) top.items.push({
							start: [],
							key: token,
							sep: []
						});
						else if (it.sep) it.value = token;
						else Object.assign(it, {
							key: token,
							sep: []
						});
						return;
					}
					/* istanbul ignore next should not happen */
					default:
						yield* this.pop();
						yield* this.pop(token);
				}
				if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
					const last = token.items[token.items.length - 1];
					if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
						if (top.type === "document") top.end = last.start;
						else top.items.push({ start: last.start });
						token.items.splice(-1, 1);
					}
				}
			}
		}
		*stream() {
			switch (this.type) {
				case "directive-line":
					yield {
						type: "directive",
						offset: this.offset,
						source: this.source
					};
					return;
				case "byte-order-mark":
				case "space":
				case "comment":
				case "newline":
					yield this.sourceToken;
					return;
				case "doc-mode":
				case "doc-start": {
					const doc = {
						type: "document",
						offset: this.offset,
						start: []
					};
					if (this.type === "doc-start") doc.start.push(this.sourceToken);
					this.stack.push(doc);
					return;
				}
			}
			yield {
				type: "error",
				offset: this.offset,
				message: `Unexpected ${this.type} token in YAML stream`,
				source: this.source
			};
		}
		*document(doc) {
			if (doc.value) return yield* this.lineEnd(doc);
			switch (this.type) {
				case "doc-start":
					if (findNonEmptyIndex(doc.start) !== -1) {
						yield* this.pop();
						yield* this.step();
					} else doc.start.push(this.sourceToken);
					return;
				case "anchor":
				case "tag":
				case "space":
				case "comment":
				case "newline":
					doc.start.push(this.sourceToken);
					return;
			}
			const bv = this.startBlockValue(doc);
			if (bv) this.stack.push(bv);
			else yield {
				type: "error",
				offset: this.offset,
				message: `Unexpected ${this.type} token in YAML document`,
				source: this.source
			};
		}
		*scalar(scalar) {
			if (this.type === "map-value-ind") {
				const start = getFirstKeyStartProps(getPrevProps(this.peek(2)));
				let sep;
				if (scalar.end) {
					sep = scalar.end;
					sep.push(this.sourceToken);
					delete scalar.end;
				} else sep = [this.sourceToken];
				const map = {
					type: "block-map",
					offset: scalar.offset,
					indent: scalar.indent,
					items: [{
						start,
						key: scalar,
						sep
					}]
				};
				this.onKeyLine = true;
				this.stack[this.stack.length - 1] = map;
			} else yield* this.lineEnd(scalar);
		}
		*blockScalar(scalar) {
			switch (this.type) {
				case "space":
				case "comment":
				case "newline":
					scalar.props.push(this.sourceToken);
					return;
				case "scalar":
					scalar.source = this.source;
					this.atNewLine = true;
					this.indent = 0;
					if (this.onNewLine) {
						let nl = this.source.indexOf("\n") + 1;
						while (nl !== 0) {
							this.onNewLine(this.offset + nl);
							nl = this.source.indexOf("\n", nl) + 1;
						}
					}
					yield* this.pop();
					break;
				/* istanbul ignore next should not happen */
				default:
					yield* this.pop();
					yield* this.step();
			}
		}
		*blockMap(map) {
			const it = map.items[map.items.length - 1];
			switch (this.type) {
				case "newline":
					this.onKeyLine = false;
					if (it.value) {
						const end = "end" in it.value ? it.value.end : void 0;
						if ((Array.isArray(end) ? end[end.length - 1] : void 0)?.type === "comment") end?.push(this.sourceToken);
						else map.items.push({ start: [this.sourceToken] });
					} else if (it.sep) it.sep.push(this.sourceToken);
					else it.start.push(this.sourceToken);
					return;
				case "space":
				case "comment":
					if (it.value) map.items.push({ start: [this.sourceToken] });
					else if (it.sep) it.sep.push(this.sourceToken);
					else {
						if (this.atIndentedComment(it.start, map.indent)) {
							const end = map.items[map.items.length - 2]?.value?.end;
							if (Array.isArray(end)) {
								arrayPushArray(end, it.start);
								end.push(this.sourceToken);
								map.items.pop();
								return;
							}
						}
						it.start.push(this.sourceToken);
					}
					return;
			}
			if (this.indent >= map.indent) {
				const atMapIndent = !this.onKeyLine && this.indent === map.indent;
				const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
				let start = [];
				if (atNextItem && it.sep && !it.value) {
					const nl = [];
					for (let i = 0; i < it.sep.length; ++i) {
						const st = it.sep[i];
						switch (st.type) {
							case "newline":
								nl.push(i);
								break;
							case "space": break;
							case "comment":
								if (st.indent > map.indent) nl.length = 0;
								break;
							default: nl.length = 0;
						}
					}
					if (nl.length >= 2) start = it.sep.splice(nl[1]);
				}
				switch (this.type) {
					case "anchor":
					case "tag":
						if (atNextItem || it.value) {
							start.push(this.sourceToken);
							map.items.push({ start });
							this.onKeyLine = true;
						} else if (it.sep) it.sep.push(this.sourceToken);
						else it.start.push(this.sourceToken);
						return;
					case "explicit-key-ind":
						if (!it.sep && !it.explicitKey) {
							it.start.push(this.sourceToken);
							it.explicitKey = true;
						} else if (atNextItem || it.value) {
							start.push(this.sourceToken);
							map.items.push({
								start,
								explicitKey: true
							});
						} else this.stack.push({
							type: "block-map",
							offset: this.offset,
							indent: this.indent,
							items: [{
								start: [this.sourceToken],
								explicitKey: true
							}]
						});
						this.onKeyLine = true;
						return;
					case "map-value-ind":
						if (it.explicitKey) {
							if (!it.sep) {
								if (includesToken(it.start, "newline")) Object.assign(it, {
									key: null,
									sep: [this.sourceToken]
								});
								else {
									const start = getFirstKeyStartProps(it.start);
									this.stack.push({
										type: "block-map",
										offset: this.offset,
										indent: this.indent,
										items: [{
											start,
											key: null,
											sep: [this.sourceToken]
										}]
									});
								}
							} else if (it.value) map.items.push({
								start: [],
								key: null,
								sep: [this.sourceToken]
							});
							else if (includesToken(it.sep, "map-value-ind")) this.stack.push({
								type: "block-map",
								offset: this.offset,
								indent: this.indent,
								items: [{
									start,
									key: null,
									sep: [this.sourceToken]
								}]
							});
							else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
								const start = getFirstKeyStartProps(it.start);
								const key = it.key;
								const sep = it.sep;
								sep.push(this.sourceToken);
								delete it.key;
								delete it.sep;
								this.stack.push({
									type: "block-map",
									offset: this.offset,
									indent: this.indent,
									items: [{
										start,
										key,
										sep
									}]
								});
							} else if (start.length > 0) it.sep = it.sep.concat(start, this.sourceToken);
							else it.sep.push(this.sourceToken);
						} else if (!it.sep) Object.assign(it, {
							key: null,
							sep: [this.sourceToken]
						});
						else if (it.value || atNextItem) map.items.push({
							start,
							key: null,
							sep: [this.sourceToken]
						});
						else if (includesToken(it.sep, "map-value-ind")) this.stack.push({
							type: "block-map",
							offset: this.offset,
							indent: this.indent,
							items: [{
								start: [],
								key: null,
								sep: [this.sourceToken]
							}]
						});
						else it.sep.push(this.sourceToken);
						this.onKeyLine = true;
						return;
					case "alias":
					case "scalar":
					case "single-quoted-scalar":
					case "double-quoted-scalar": {
						const fs = this.flowScalar(this.type);
						if (atNextItem || it.value) {
							map.items.push({
								start,
								key: fs,
								sep: []
							});
							this.onKeyLine = true;
						} else if (it.sep) this.stack.push(fs);
						else {
							Object.assign(it, {
								key: fs,
								sep: []
							});
							this.onKeyLine = true;
						}
						return;
					}
					default: {
						const bv = this.startBlockValue(map);
						if (bv) {
							if (bv.type === "block-seq") {
								if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
									yield* this.pop({
										type: "error",
										offset: this.offset,
										message: "Unexpected block-seq-ind on same line with key",
										source: this.source
									});
									return;
								}
							} else if (atMapIndent) map.items.push({ start });
							this.stack.push(bv);
							return;
						}
					}
				}
			}
			yield* this.pop();
			yield* this.step();
		}
		*blockSequence(seq) {
			const it = seq.items[seq.items.length - 1];
			switch (this.type) {
				case "newline":
					if (it.value) {
						const end = "end" in it.value ? it.value.end : void 0;
						if ((Array.isArray(end) ? end[end.length - 1] : void 0)?.type === "comment") end?.push(this.sourceToken);
						else seq.items.push({ start: [this.sourceToken] });
					} else it.start.push(this.sourceToken);
					return;
				case "space":
				case "comment":
					if (it.value) seq.items.push({ start: [this.sourceToken] });
					else {
						if (this.atIndentedComment(it.start, seq.indent)) {
							const end = seq.items[seq.items.length - 2]?.value?.end;
							if (Array.isArray(end)) {
								arrayPushArray(end, it.start);
								end.push(this.sourceToken);
								seq.items.pop();
								return;
							}
						}
						it.start.push(this.sourceToken);
					}
					return;
				case "anchor":
				case "tag":
					if (it.value || this.indent <= seq.indent) break;
					it.start.push(this.sourceToken);
					return;
				case "seq-item-ind":
					if (this.indent !== seq.indent) break;
					if (it.value || includesToken(it.start, "seq-item-ind")) seq.items.push({ start: [this.sourceToken] });
					else it.start.push(this.sourceToken);
					return;
			}
			if (this.indent > seq.indent) {
				const bv = this.startBlockValue(seq);
				if (bv) {
					this.stack.push(bv);
					return;
				}
			}
			yield* this.pop();
			yield* this.step();
		}
		*flowCollection(fc) {
			const it = fc.items[fc.items.length - 1];
			if (this.type === "flow-error-end") {
				let top;
				do {
					yield* this.pop();
					top = this.peek(1);
				} while (top?.type === "flow-collection");
			} else if (fc.end.length === 0) {
				switch (this.type) {
					case "comma":
					case "explicit-key-ind":
						if (!it || it.sep) fc.items.push({ start: [this.sourceToken] });
						else it.start.push(this.sourceToken);
						return;
					case "map-value-ind":
						if (!it || it.value) fc.items.push({
							start: [],
							key: null,
							sep: [this.sourceToken]
						});
						else if (it.sep) it.sep.push(this.sourceToken);
						else Object.assign(it, {
							key: null,
							sep: [this.sourceToken]
						});
						return;
					case "space":
					case "comment":
					case "newline":
					case "anchor":
					case "tag":
						if (!it || it.value) fc.items.push({ start: [this.sourceToken] });
						else if (it.sep) it.sep.push(this.sourceToken);
						else it.start.push(this.sourceToken);
						return;
					case "alias":
					case "scalar":
					case "single-quoted-scalar":
					case "double-quoted-scalar": {
						const fs = this.flowScalar(this.type);
						if (!it || it.value) fc.items.push({
							start: [],
							key: fs,
							sep: []
						});
						else if (it.sep) this.stack.push(fs);
						else Object.assign(it, {
							key: fs,
							sep: []
						});
						return;
					}
					case "flow-map-end":
					case "flow-seq-end":
						fc.end.push(this.sourceToken);
						return;
				}
				const bv = this.startBlockValue(fc);
				/* istanbul ignore else should not happen */
				if (bv) this.stack.push(bv);
				else {
					yield* this.pop();
					yield* this.step();
				}
			} else {
				const parent = this.peek(2);
				if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
					yield* this.pop();
					yield* this.step();
				} else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
					const start = getFirstKeyStartProps(getPrevProps(parent));
					fixFlowSeqItems(fc);
					const sep = fc.end.splice(1, fc.end.length);
					sep.push(this.sourceToken);
					const map = {
						type: "block-map",
						offset: fc.offset,
						indent: fc.indent,
						items: [{
							start,
							key: fc,
							sep
						}]
					};
					this.onKeyLine = true;
					this.stack[this.stack.length - 1] = map;
				} else yield* this.lineEnd(fc);
			}
		}
		flowScalar(type) {
			if (this.onNewLine) {
				let nl = this.source.indexOf("\n") + 1;
				while (nl !== 0) {
					this.onNewLine(this.offset + nl);
					nl = this.source.indexOf("\n", nl) + 1;
				}
			}
			return {
				type,
				offset: this.offset,
				indent: this.indent,
				source: this.source
			};
		}
		startBlockValue(parent) {
			switch (this.type) {
				case "alias":
				case "scalar":
				case "single-quoted-scalar":
				case "double-quoted-scalar": return this.flowScalar(this.type);
				case "block-scalar-header": return {
					type: "block-scalar",
					offset: this.offset,
					indent: this.indent,
					props: [this.sourceToken],
					source: ""
				};
				case "flow-map-start":
				case "flow-seq-start": return {
					type: "flow-collection",
					offset: this.offset,
					indent: this.indent,
					start: this.sourceToken,
					items: [],
					end: []
				};
				case "seq-item-ind": return {
					type: "block-seq",
					offset: this.offset,
					indent: this.indent,
					items: [{ start: [this.sourceToken] }]
				};
				case "explicit-key-ind": {
					this.onKeyLine = true;
					const start = getFirstKeyStartProps(getPrevProps(parent));
					start.push(this.sourceToken);
					return {
						type: "block-map",
						offset: this.offset,
						indent: this.indent,
						items: [{
							start,
							explicitKey: true
						}]
					};
				}
				case "map-value-ind": {
					this.onKeyLine = true;
					const start = getFirstKeyStartProps(getPrevProps(parent));
					return {
						type: "block-map",
						offset: this.offset,
						indent: this.indent,
						items: [{
							start,
							key: null,
							sep: [this.sourceToken]
						}]
					};
				}
			}
			return null;
		}
		atIndentedComment(start, indent) {
			if (this.type !== "comment") return false;
			if (this.indent <= indent) return false;
			return start.every((st) => st.type === "newline" || st.type === "space");
		}
		*documentEnd(docEnd) {
			if (this.type !== "doc-mode") {
				if (docEnd.end) docEnd.end.push(this.sourceToken);
				else docEnd.end = [this.sourceToken];
				if (this.type === "newline") yield* this.pop();
			}
		}
		*lineEnd(token) {
			switch (this.type) {
				case "comma":
				case "doc-start":
				case "doc-end":
				case "flow-seq-end":
				case "flow-map-end":
				case "map-value-ind":
					yield* this.pop();
					yield* this.step();
					break;
				case "newline": this.onKeyLine = false;
				default:
					if (token.end) token.end.push(this.sourceToken);
					else token.end = [this.sourceToken];
					if (this.type === "newline") yield* this.pop();
			}
		}
	};
	exports.Parser = Parser;
}));
// node_modules/yaml/dist/public-api.js
var require_public_api = /* @__PURE__ */ __commonJSMin(((exports) => {
	var composer = require_composer();
	var Document = require_Document();
	var errors = require_errors();
	var log = require_log();
	var identity = require_identity();
	var lineCounter = require_line_counter();
	var parser = require_parser();
	function parseOptions(options) {
		const prettyErrors = options.prettyErrors !== false;
		return {
			lineCounter: options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null,
			prettyErrors
		};
	}
	/**
	* Parse the input as a stream of YAML documents.
	*
	* Documents should be separated from each other by `...` or `---` marker lines.
	*
	* @returns If an empty `docs` array is returned, it will be of type
	*   EmptyStream and contain additional stream information. In
	*   TypeScript, you should use `'empty' in docs` as a type guard for it.
	*/
	function parseAllDocuments(source, options = {}) {
		const { lineCounter, prettyErrors } = parseOptions(options);
		const parser$1 = new parser.Parser(lineCounter?.addNewLine);
		const composer$1 = new composer.Composer(options);
		const docs = Array.from(composer$1.compose(parser$1.parse(source)));
		if (prettyErrors && lineCounter) for (const doc of docs) {
			doc.errors.forEach(errors.prettifyError(source, lineCounter));
			doc.warnings.forEach(errors.prettifyError(source, lineCounter));
		}
		if (docs.length > 0) return docs;
		return Object.assign([], { empty: true }, composer$1.streamInfo());
	}
	/** Parse an input string into a single YAML.Document */
	function parseDocument(source, options = {}) {
		const { lineCounter, prettyErrors } = parseOptions(options);
		const parser$1 = new parser.Parser(lineCounter?.addNewLine);
		const composer$1 = new composer.Composer(options);
		let doc = null;
		for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) if (!doc) doc = _doc;
		else if (doc.options.logLevel !== "silent") {
			doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
			break;
		}
		if (prettyErrors && lineCounter) {
			doc.errors.forEach(errors.prettifyError(source, lineCounter));
			doc.warnings.forEach(errors.prettifyError(source, lineCounter));
		}
		return doc;
	}
	function parse(src, reviver, options) {
		let _reviver = void 0;
		if (typeof reviver === "function") _reviver = reviver;
		else if (options === void 0 && reviver && typeof reviver === "object") options = reviver;
		const doc = parseDocument(src, options);
		if (!doc) return null;
		doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
		if (doc.errors.length > 0) {
			if (doc.options.logLevel !== "silent") throw doc.errors[0];
			else doc.errors = [];
		}
		return doc.toJS(Object.assign({ reviver: _reviver }, options));
	}
	function stringify(value, replacer, options) {
		let _replacer = null;
		if (typeof replacer === "function" || Array.isArray(replacer)) _replacer = replacer;
		else if (options === void 0 && replacer) options = replacer;
		if (typeof options === "string") options = options.length;
		if (typeof options === "number") {
			const indent = Math.round(options);
			options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
		}
		if (value === void 0) {
			const { keepUndefined } = options ?? replacer ?? {};
			if (!keepUndefined) return void 0;
		}
		if (identity.isDocument(value) && !_replacer) return value.toString(options);
		return new Document.Document(value, _replacer, options).toString(options);
	}
	exports.parse = parse;
	exports.parseAllDocuments = parseAllDocuments;
	exports.parseDocument = parseDocument;
	exports.stringify = stringify;
}));
// node_modules/yaml/dist/index.js
var require_dist = /* @__PURE__ */ __commonJSMin(((exports) => {
	var composer = require_composer();
	var Document = require_Document();
	var Schema = require_Schema();
	var errors = require_errors();
	var Alias = require_Alias();
	var identity = require_identity();
	var Pair = require_Pair();
	var Scalar = require_Scalar();
	var YAMLMap = require_YAMLMap();
	var YAMLSeq = require_YAMLSeq();
	require_cst();
	var lexer = require_lexer();
	var lineCounter = require_line_counter();
	var parser = require_parser();
	var publicApi = require_public_api();
	var visit = require_visit();
	exports.Composer = composer.Composer;
	exports.Document = Document.Document;
	exports.Schema = Schema.Schema;
	exports.YAMLError = errors.YAMLError;
	exports.YAMLParseError = errors.YAMLParseError;
	exports.YAMLWarning = errors.YAMLWarning;
	exports.Alias = Alias.Alias;
	exports.isAlias = identity.isAlias;
	exports.isCollection = identity.isCollection;
	exports.isDocument = identity.isDocument;
	exports.isMap = identity.isMap;
	exports.isNode = identity.isNode;
	exports.isPair = identity.isPair;
	exports.isScalar = identity.isScalar;
	exports.isSeq = identity.isSeq;
	exports.Pair = Pair.Pair;
	exports.Scalar = Scalar.Scalar;
	exports.YAMLMap = YAMLMap.YAMLMap;
	exports.YAMLSeq = YAMLSeq.YAMLSeq;
	exports.Lexer = lexer.Lexer;
	exports.LineCounter = lineCounter.LineCounter;
	exports.Parser = parser.Parser;
	exports.parse = publicApi.parse;
	exports.parseAllDocuments = publicApi.parseAllDocuments;
	exports.parseDocument = publicApi.parseDocument;
	exports.stringify = publicApi.stringify;
	exports.visit = visit.visit;
	exports.visitAsync = visit.visitAsync;
}));
// dist/core/source.js
var import_dist = require_dist();
/**
* Turning a file's bytes into text, or saying precisely why they are not a plan's text: too large,
* binary, UTF-16, or a legacy single-byte encoding (the Latin-1 files old Windows machines write).
*/
/** Plans are a few kilobytes; ten megabytes is thousands of pages and keeps memory bounded. */
const MAX_FILE_BYTES = 10485760;
const utf8 = new TextDecoder("utf-8", {
	fatal: true,
	ignoreBOM: false
});
function decodeSource(bytes) {
	if (bytes.length > 10485760) return {
		ok: false,
		problem: {
			code: "tooLarge",
			size: bytes.length,
			limit: MAX_FILE_BYTES
		}
	};
	if (bytes[0] === 255 && bytes[1] === 254) return {
		ok: false,
		problem: {
			code: "utf16",
			endian: "LE"
		}
	};
	if (bytes[0] === 254 && bytes[1] === 255) return {
		ok: false,
		problem: {
			code: "utf16",
			endian: "BE"
		}
	};
	const nul = bytes.indexOf(0);
	if (nul !== -1) return {
		ok: false,
		problem: {
			code: "binary",
			offset: nul
		}
	};
	const control = firstControlRun(bytes);
	if (control !== -1) return {
		ok: false,
		problem: {
			code: "binary",
			offset: control
		}
	};
	try {
		return {
			ok: true,
			text: utf8.decode(bytes)
		};
	} catch {
		const offset = firstInvalidUtf8(bytes);
		return {
			ok: false,
			problem: {
				code: "notUtf8",
				offset,
				byte: bytes[offset] ?? 0,
				guess: guessLegacyEncoding(bytes)
			}
		};
	}
}
/**
* Text files, whatever their encoding, hold almost no control characters besides tab, line feed,
* carriage return and form feed; an image or an archive is full of them. Offset of the first one
* in a sample that has many, or -1.
*/
function firstControlRun(bytes) {
	const sample = bytes.subarray(0, 8192);
	let count = 0;
	let first = -1;
	for (let i = 0; i < sample.length; i++) {
		const b = sample[i];
		if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) {
			if (first === -1) first = i;
			count++;
		}
	}
	return count >= 4 && count * 20 >= sample.length / 10 ? first : -1;
}
/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes) {
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i];
		let need = 0;
		let min = 0;
		if (b < 128) {
			i++;
			continue;
		} else if (b >= 194 && b <= 223) {
			need = 1;
			min = 128;
		} else if (b >= 224 && b <= 239) {
			need = 2;
			min = 2048;
		} else if (b >= 240 && b <= 244) {
			need = 3;
			min = 65536;
		} else return i;
		let code = b & 63 >> need;
		for (let k = 1; k <= need; k++) {
			const c = bytes[i + k];
			if (c === void 0 || (c & 192) !== 128) return i;
			code = code << 6 | c & 63;
		}
		if (code < min || code > 1114111 || code >= 55296 && code <= 57343) return i;
		i += need + 1;
	}
	return bytes.length;
}
/**
* Which single-byte encoding non-UTF-8 text most likely is. Bytes 0x80–0x9F are printable only in
* Windows-1252 (€, ’, –); otherwise Scandinavian letters in 0xC0–0xFF point to ISO-8859-1.
*/
function guessLegacyEncoding(bytes) {
	let high = 0;
	let c1 = 0;
	let letters = 0;
	for (const b of bytes) {
		if (b < 128) continue;
		high++;
		if (b <= 159) c1++;
		if (b >= 192) letters++;
	}
	if (high === 0) return "unknown";
	if (c1 > 0) return "windows-1252";
	return letters > 0 ? "iso-8859-1" : "unknown";
}
/** 1-based line and column of a byte offset, counting columns in characters of the valid prefix. */
function bytePosition(bytes, offset) {
	let line = 1;
	let lineStart = 0;
	for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 10) {
		line++;
		lineStart = i + 1;
	}
	const prefix = new TextDecoder("utf-8").decode(bytes.subarray(lineStart, offset));
	return {
		line,
		column: [...prefix].length + 1
	};
}
// dist/core/load.js
/** Far above any real plan's use of anchors, far below what an alias bomb needs to hurt. */
const MAX_ALIAS_COUNT = 1e3;
/**
* YAML's core schema reads `200.000` as 200, `0x10` as 16, `070515` as 70515 and
* 12345678901234567890 as an inexact float. None of those may happen silently in a budget, so only
* plain decimal integers that fit exactly become numbers; every other number-like scalar stays the
* string the user wrote, for the amount and date readers to accept or refuse with a reason.
*/
const exactInteger = {
	identify: (value) => typeof value === "number" && Number.isSafeInteger(value),
	default: true,
	tag: "tag:yaml.org,2002:int",
	test: /^[-+]?[0-9]+$/,
	resolve(source) {
		const digits = source.replace(/^[-+]/, "");
		if (digits.length > 1 && digits.startsWith("0")) return source;
		const value = Number(source);
		return Number.isSafeInteger(value) ? value : source;
	}
};
function planTags(defaults) {
	const isNumberTag = (tag) => typeof tag === "object" && (tag.tag === "tag:yaml.org,2002:int" || tag.tag === "tag:yaml.org,2002:float");
	return [...defaults.filter((tag) => !isNumberTag(tag)), exactInteger];
}
function readPlanBytes(bytes, file, t) {
	const decoded = decodeSource(bytes);
	if (!decoded.ok) return { diagnostics: [decodeDiagnostic(decoded.problem, bytes, file, t)] };
	return parsePlanText(decoded.text, file, t);
}
function parsePlanText(text, file, t) {
	return {
		text,
		...parseDecoded(text, file, t)
	};
}
function parseDecoded(text, file, t) {
	const diagnostic = (ruleId, message, span = WHOLE_FILE, severity = "error", hint) => ({
		ruleId,
		severity,
		message,
		file,
		pointer: "",
		...span,
		...hint ? { hint } : {}
	});
	if (text.trim() === "") return { diagnostics: [diagnostic("file/empty", t("load.empty"), WHOLE_FILE, "error", t("load.startWithKind"))] };
	const lineCounter = new import_dist.LineCounter();
	const docs = (0, import_dist.parseAllDocuments)(text, {
		lineCounter,
		prettyErrors: false,
		uniqueKeys: true,
		schema: "core",
		customTags: planTags,
		merge: false
	});
	const documents = Array.isArray(docs) ? docs : [];
	const spanOf = (start, end) => offsetSpan(lineCounter, start, end);
	if (documents.length === 0) return { diagnostics: [diagnostic("file/empty", t("load.onlyComments"), WHOLE_FILE, "error", t("load.startWithKind"))] };
	const doc = documents[0];
	const diagnostics = [];
	const exhausted = doc.errors.filter((error) => error.code === "RESOURCE_EXHAUSTION").sort((a, b) => a.pos[0] - b.pos[0]);
	const reportedAt = /* @__PURE__ */ new Set();
	for (const error of doc.errors) {
		if (error.code === "RESOURCE_EXHAUSTION" && error !== exhausted[0]) continue;
		if (reportedAt.has(error.pos[0])) continue;
		reportedAt.add(error.pos[0]);
		diagnostics.push(yamlDiagnostic(error, "error"));
	}
	for (const warning of doc.warnings) diagnostics.push(yamlDiagnostic(warning, "warning"));
	if (documents.length > 1) {
		const start = documents[1].range[0];
		diagnostics.push(diagnostic("yaml/multiple-documents", t("load.multipleDocuments", { count: documents.length }), spanOf(start, start + 3), "error", t("load.multipleDocumentsHint")));
	}
	if (diagnostics.some((d) => d.severity === "error")) {
		const indented = indentedFirstLine(text);
		if (!indented) return { diagnostics };
		const { line, indent, shift } = indented;
		const rest = parseDecoded(indented.text, file, t).diagnostics.map((d) => d.line === line ? {
			...d,
			column: d.column + shift,
			endColumn: d.endLine === line ? d.endColumn + shift : d.endColumn
		} : d);
		const at = {
			line,
			column: indent + 1,
			endLine: line,
			endColumn: indent + 2
		};
		return { diagnostics: [diagnostic("yaml/bad-indent", t("load.indentedStart"), at, "error", t("load.indentedStartHint", { line })), ...rest] };
	}
	const unresolved = unresolvedAliases(doc);
	if (unresolved.length > 0) return { diagnostics: unresolved.map((alias) => {
		const name = excerpt(alias.source);
		return diagnostic("yaml/bad-alias", t("load.undefinedAlias", { name }), spanOf(alias.range[0], alias.range[1]), "error", t("load.undefinedAliasHint", { name }));
	}) };
	let data;
	try {
		data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
	} catch (error) {
		return { diagnostics: [diagnostic("yaml/alias-limit", error instanceof ReferenceError ? t("load.aliasLimit", { limit: MAX_ALIAS_COUNT }) : t("load.unreadableYaml", { reason: String(error.message ?? error) }))] };
	}
	const tooDeep = deepestNode(doc.contents);
	if (tooDeep) {
		const range = tooDeep.range ?? [0, 1];
		return { diagnostics: [diagnostic("yaml/too-deep", t("load.tooDeep", { limit: 64 }), spanOf(range[0], range[0] + 1))] };
	}
	if (data === null || data === void 0) return { diagnostics: [diagnostic("file/empty", t("load.onlyComments"), WHOLE_FILE, "error", t("load.startWithKind"))] };
	if (typeof data !== "object" || Array.isArray(data)) {
		const range = doc.contents?.range;
		return { diagnostics: [diagnostic("plan/not-a-mapping", t("load.notMapping", { found: Array.isArray(data) ? t("type.array") : t("type." + typeof data) }), range ? spanOf(range[0], range[1]) : WHOLE_FILE, "error", t("load.startWithKind"))] };
	}
	return {
		source: {
			file,
			text,
			doc,
			lineCounter,
			data
		},
		diagnostics
	};
	function yamlDiagnostic(error, severity) {
		const ruleId = "yaml/" + error.code.toLowerCase().replace(/_/g, "-");
		const [start, end] = error.pos;
		const opener = unclosedOpener(text, error);
		if (opener) {
			const at = spanOf(opener.offset, opener.offset + 1);
			const noticed = lineCounter.linePos(start);
			const id = opener.char === "\"" || opener.char === "'" ? "load.unclosedQuote" : "load.unclosedBracket";
			return diagnostic(ruleId, t(id, {
				char: opener.char,
				closing: CLOSING[opener.char],
				line: noticed.line
			}), at, severity);
		}
		const id = "yaml." + error.code;
		const detail = firstLine(error.message);
		const translated = t(id, { detail });
		const message = translated === id ? t("load.yamlSyntax", { detail }) : translated;
		return diagnostic(ruleId, message, spanOf(start, Math.max(end, start + 1)), severity);
	}
}
/** Each alias is reported once by its name, and a file full of them does not make a thousand messages. */
const MAX_ALIAS_REPORTS = 20;
/**
* Aliases with no anchor of their name before them, in the order yaml itself resolves them: an
* alias repeats the last node above it that carries its anchor.
*/
function unresolvedAliases(doc) {
	const anchors = /* @__PURE__ */ new Set();
	const names = /* @__PURE__ */ new Set();
	const found = [];
	(0, import_dist.visit)(doc, { Node(_key, node) {
		if ((0, import_dist.isAlias)(node)) {
			if (!anchors.has(node.source) && !names.has(node.source) && node.range) {
				names.add(node.source);
				found.push(node);
				if (found.length >= MAX_ALIAS_REPORTS) return import_dist.visit.BREAK;
			}
		} else if (typeof node.anchor === "string") anchors.add(node.anchor);
	} });
	return found;
}
/**
* The plan's first line (after comments and blank lines), when it is indented more than a line
* below it that starts a key: the text with that line moved back to the others' margin, and by how much.
*/
function indentedFirstLine(text) {
	const lines = text.split("\n");
	const content = (l) => l.trim() !== "" && !/^\s*#/.test(l) && !/^(---|\.\.\.|%)/.test(l);
	const first = lines.findIndex(content);
	if (first < 0) return void 0;
	const indent = /^ */.exec(lines[first])[0].length;
	if (indent === 0) return void 0;
	let margin = indent;
	for (const l of lines.slice(first + 1)) if (content(l)) margin = Math.min(margin, /^ */.exec(l)[0].length);
	if (margin >= indent) return void 0;
	const shift = indent - margin;
	const moved = [
		...lines.slice(0, first),
		lines[first].slice(shift),
		...lines.slice(first + 1)
	].join("\n");
	return {
		line: first + 1,
		indent,
		shift,
		text: moved
	};
}
const CLOSING = {
	"\"": "\"",
	"'": "'",
	"[": "]",
	"{": "}"
};
/** Where the quote or bracket that the parser found unclosed was opened, when that is the problem. */
function unclosedOpener(text, error) {
	const before = text.slice(0, error.pos[0]);
	if (error.code === "MISSING_CHAR" && /closing "quote/.test(error.message)) {
		for (let i = before.length - 1; i >= 0; i--) if (before[i] === "\"" && !/(^|[^\\])(\\\\)*\\$/.test(before.slice(0, i))) return {
			char: "\"",
			offset: i
		};
	}
	if (error.code === "MISSING_CHAR" && /closing 'quote/.test(error.message)) {
		for (let i = before.length - 1; i >= 0; i--) if (before[i] === "'" && before[i - 1] !== "'" && before[i + 1] !== "'") return {
			char: "'",
			offset: i
		};
	}
	if (/^Flow (sequence|mapping)|end with a [\]}]/.test(error.message)) return lastOpenBracket(before);
}
/** The innermost [ or { still open at the end of `text`, outside quotes and comments. */
function lastOpenBracket(text) {
	const open = [];
	let quote;
	for (let i = 0; i < text.length; i++) {
		const char = text[i];
		if (quote) {
			if (char === "\\" && quote === "\"") i++;
			else if (char === quote) quote = void 0;
		} else if (char === "#" && (i === 0 || /\s/.test(text[i - 1]))) {
			const end = text.indexOf("\n", i);
			i = end < 0 ? text.length : end;
		} else if ((char === "\"" || char === "'") && (open.length > 0 || /[:\-,\[{]\s*$/.test(text.slice(Math.max(0, i - 3), i)))) quote = char;
		else if (char === "[" || char === "{") open.push({
			char,
			offset: i
		});
		else if ((char === "]" || char === "}") && open.length > 0) open.pop();
	}
	return open.at(-1);
}
/** The first node nested deeper than MAX_NESTING levels, looked for without recursion. */
function deepestNode(root) {
	const stack = [{
		node: root,
		depth: 0
	}];
	while (stack.length > 0) {
		const { node, depth } = stack.pop();
		if (!(0, import_dist.isMap)(node) && !(0, import_dist.isSeq)(node)) continue;
		if (depth > 64) return node;
		for (const item of node.items) stack.push({
			node: (0, import_dist.isPair)(item) ? item.value : item,
			depth: depth + 1
		});
	}
}
function firstLine(message) {
	return message.split("\n")[0].replace(/ at line \d+, column \d+.*$/, "");
}
function decodeDiagnostic(problem, bytes, file, t) {
	let span = WHOLE_FILE;
	let ruleId = "file/encoding";
	let message;
	let hint;
	switch (problem.code) {
		case "tooLarge":
			ruleId = "file/too-large";
			message = t("load.tooLarge", {
				size: formatBytes(problem.size),
				limit: formatBytes(problem.limit)
			});
			break;
		case "binary": {
			const at = bytePosition(bytes, problem.offset);
			span = {
				line: at.line,
				column: at.column,
				endLine: at.line,
				endColumn: at.column + 1
			};
			ruleId = "file/binary";
			message = t("load.binary");
			break;
		}
		case "utf16":
			message = t("load.utf16", { endian: problem.endian });
			hint = t("load.saveAsUtf8");
			break;
		case "notUtf8": {
			const at = bytePosition(bytes, problem.offset);
			span = {
				line: at.line,
				column: at.column,
				endLine: at.line,
				endColumn: at.column + 1
			};
			const byte = "0x" + problem.byte.toString(16).toUpperCase().padStart(2, "0");
			message = problem.guess === "unknown" ? t("load.notUtf8", { byte }) : t("load.notUtf8Guess", {
				byte,
				encoding: problem.guess === "windows-1252" ? "Windows-1252" : "ISO-8859-1 (Latin-1)"
			});
			hint = t("load.saveAsUtf8");
			break;
		}
	}
	return {
		ruleId,
		severity: "error",
		message,
		file,
		pointer: "",
		...span,
		...hint ? { hint } : {}
	};
}
function formatBytes(bytes) {
	if (bytes >= 1048576) return `${(bytes / 1048576).toFixed(1)} MB`;
	if (bytes >= 1024) return `${Math.round(bytes / 1024)} kB`;
	return `${bytes} B`;
}
function offsetSpan(lineCounter, start, end) {
	const from = lineCounter.linePos(start);
	const to = lineCounter.linePos(Math.max(end, start));
	return {
		line: Math.max(from.line, 1),
		column: from.col,
		endLine: Math.max(to.line, 1),
		endColumn: to.col
	};
}
/**
* Where a JSON pointer lands in the file. For a key that is not there (a missing required field)
* it is the nearest enclosing key that is, so that the user is sent to the mapping to add it to.
*/
function locate(source, pointer, target = "value") {
	const segments = fromPointer(pointer);
	let node = source.doc.contents;
	let lastPair;
	for (const segment of segments) if ((0, import_dist.isMap)(node)) {
		const pair = node.items.find((item) => (0, import_dist.isPair)(item) && keyText(item.key) === segment);
		if (!pair) return spanOfMissing(source, lastPair, node);
		lastPair = pair;
		node = pair.value;
	} else if ((0, import_dist.isSeq)(node)) {
		const index = Number(segment);
		const item = Number.isInteger(index) ? node.items[index] : void 0;
		if (item === void 0) return spanOfMissing(source, lastPair, node);
		node = item;
		lastPair = void 0;
	} else return spanOfMissing(source, lastPair, node);
	if (target === "key" && lastPair && hasRange(lastPair.key)) return rangeSpan(source, lastPair.key);
	if (hasRange(node)) return rangeSpan(source, node);
	if (lastPair && hasRange(lastPair.key)) return rangeSpan(source, lastPair.key);
	return WHOLE_FILE;
}
function spanOfMissing(source, lastPair, node) {
	if (lastPair && hasRange(lastPair.key)) return rangeSpan(source, lastPair.key);
	if (hasRange(node)) {
		const start = node.range[0];
		return offsetSpan(source.lineCounter, start, start);
	}
	return WHOLE_FILE;
}
function keyText(key) {
	if ((0, import_dist.isScalar)(key)) return String(key.value);
}
function hasRange(node) {
	return typeof node === "object" && node !== null && Array.isArray(node.range);
}
/** A block value spans to its last line; a diagnostic points at where it starts and ends on its first. */
function rangeSpan(source, node) {
	const [start, valueEnd] = node.range;
	return offsetSpan(source.lineCounter, start, valueEnd);
}
// dist/core/suggest.js
/** Optimal string alignment distance: Levenshtein plus swapping two neighbours ("budjet", "bugdet"). */
function editDistance(a, b) {
	const rows = a.length + 1;
	const cols = b.length + 1;
	const d = new Array(rows * cols).fill(0);
	for (let i = 0; i < rows; i++) d[i * cols] = i;
	for (let j = 0; j < cols; j++) d[j] = j;
	for (let i = 1; i < rows; i++) for (let j = 1; j < cols; j++) {
		const cost = a[i - 1] === b[j - 1] ? 0 : 1;
		let best = Math.min(d[(i - 1) * cols + j] + 1, d[i * cols + j - 1] + 1, d[(i - 1) * cols + j - 1] + cost);
		if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[(i - 2) * cols + j - 2] + 1);
		d[i * cols + j] = best;
	}
	return d[rows * cols - 1];
}
/**
* The candidate the user most likely meant, if any is close enough: case and punctuation are
* ignored, and up to a third of the word may be wrong (at least one letter, at most three).
*/
function didYouMean(input, candidates) {
	const normalise = (s) => s.toLowerCase().replace(/[\s._\-/]/g, "");
	const wanted = normalise(input);
	if (wanted === "") return void 0;
	let best;
	let bestDistance = Infinity;
	for (const candidate of candidates) {
		const distance = editDistance(wanted, normalise(candidate));
		if (distance < bestDistance) {
			best = candidate;
			bestDistance = distance;
		}
	}
	const allowed = Math.min(3, Math.max(1, Math.floor(wanted.length / 3)));
	return bestDistance <= allowed ? best : void 0;
}
// dist/core/package.js
/** The package's root folder (where templates/ and schemas/ are), from dist/core or src/core alike. */
const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
// node_modules/zod/v4/core/util.js
function getEnumValues(entries) {
	const numericValues = Object.values(entries).filter((v) => typeof v === "number");
	return Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
}
function joinValues(array, separator = "|") {
	return array.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
	if (typeof value === "bigint") return value.toString();
	return value;
}
var Cached = class {
	constructor(getter) {
		this._getter = getter;
		this._value = void 0;
	}
	get value() {
		const getter = this._getter;
		if (getter !== void 0) {
			this._value = getter();
			this._getter = void 0;
		}
		return this._value;
	}
};
function cached(getter) {
	return new Cached(getter);
}
function nullish(input) {
	return input === null || input === void 0;
}
function cleanRegex(source) {
	const start = source.startsWith("^") ? 1 : 0;
	const end = source.endsWith("$") ? source.length - 1 : source.length;
	return source.slice(start, end);
}
function floatSafeRemainder(val, step) {
	const ratio = val / step;
	const roundedRatio = Math.round(ratio);
	const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
	if (Math.abs(ratio - roundedRatio) < tolerance) return 0;
	return ratio - roundedRatio;
}
const EVALUATING = /* @__PURE__*/ Symbol("evaluating");
function defineLazy(object, key, getter) {
	let value = void 0;
	Object.defineProperty(object, key, {
		get() {
			if (value === EVALUATING) return;
			if (value === void 0) {
				value = EVALUATING;
				value = getter();
			}
			return value;
		},
		set(v) {
			Object.defineProperty(object, key, { value: v });
		},
		configurable: true
	});
}
function assignProp(target, prop, value) {
	Object.defineProperty(target, prop, {
		value,
		writable: true,
		enumerable: true,
		configurable: true
	});
}
/**
* Whichever object a def's `shape` currently answers from: the one the caller passed until the first read, the frozen copy after it.
*
* Its keys and descriptors read without invoking anything, which is what lets a discriminated union check its discriminator, and the cycle walk read a shape, without resolving a getter that references the schema being constructed. A def that answers `shape` from an accessor of its own has none.
*/
function rawShape(def) {
	const desc = Object.getOwnPropertyDescriptor(def, "shape");
	return desc?.get ? desc.get.raw : desc?.value;
}
function sourceShape(schema) {
	return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
function deferProp(target, key, getter) {
	Object.defineProperty(target, key, {
		get() {
			const value = getter();
			assignProp(this, key, value);
			return value;
		},
		enumerable: true,
		configurable: true
	});
}
function putProp(target, key, value) {
	if (key in target) assignProp(target, key, value);
	else target[key] = value;
}
/**
* Copies `keys` of `source`'s shape onto `target`, each value passed through `wrap`.
*
* A key the source has resolved is copied through now, so the derived shape states it outright and nothing has to resolve it to learn what it holds. A key the source still defers stays deferred, and reads back through the source's own `shape`, so it resolves once and both shapes get that one schema.
*/
function mirrorShape(target, source, keys, wrap) {
	const raw = sourceShape(source);
	for (const key of keys) {
		const desc = Object.getOwnPropertyDescriptor(raw, key);
		if (!desc.enumerable) continue;
		if (desc.get) deferProp(target, key, () => {
			const value = source._zod.def.shape[key];
			return wrap ? wrap(value, key) : value;
		});
		else putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
	}
}
function mirrorProps(target, source) {
	for (const key of Reflect.ownKeys(source)) {
		const desc = Object.getOwnPropertyDescriptor(source, key);
		if (!desc.enumerable) continue;
		if (desc.get) deferProp(target, key, () => source[key]);
		else putProp(target, key, desc.value);
	}
}
function mergeDefs(...defs) {
	const mergedDescriptors = {};
	for (const def of defs) {
		const descriptors = Object.getOwnPropertyDescriptors(def);
		Object.assign(mergedDescriptors, descriptors);
	}
	return Object.defineProperties({}, mergedDescriptors);
}
function esc(str) {
	return JSON.stringify(str);
}
function slugify(input) {
	return input.toLowerCase().trim().replace(/[^\w\s-]/g, "").replace(/[\s_-]+/g, "-").replace(/^-+|-+$/g, "");
}
const captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {};
function isObject(data) {
	return typeof data === "object" && data !== null && !Array.isArray(data);
}
const allowsEval = /* @__PURE__*/ cached(() => {
	if (globalConfig.jitless) return false;
	if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) return false;
	try {
		new Function("");
		return true;
	} catch (_) {
		return false;
	}
});
function isPlainObject(o) {
	if (isObject(o) === false) return false;
	const ctor = o.constructor;
	if (ctor === void 0) return true;
	if (typeof ctor !== "function") return true;
	const prot = ctor.prototype;
	if (isObject(prot) === false) return false;
	if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) return false;
	return true;
}
function shallowClone(o) {
	if (isPlainObject(o)) return { ...o };
	if (Array.isArray(o)) return [...o];
	if (o instanceof Map) return new Map(o);
	if (o instanceof Set) return new Set(o);
	return o;
}
const propertyKeyTypes = /* @__PURE__*/ new Set([
	"string",
	"number",
	"symbol"
]);
function escapeRegex(str) {
	return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def, params) {
	const cl = new inst._zod.constr(def ?? inst._zod.def);
	if (!def || params?.parent) cl._zod.parent = inst;
	return cl;
}
function normalizeParams(_params) {
	const params = _params;
	if (!params) return {};
	if (typeof params === "string") return { error: () => params };
	if (params?.message !== void 0) {
		if (params?.error !== void 0) throw new Error("Cannot specify both `message` and `error` params");
		params.error = params.message;
	}
	delete params.message;
	if (typeof params.error === "string") return {
		...params,
		error: () => params.error
	};
	return params;
}
function stringifyPrimitive(value) {
	if (typeof value === "bigint") return value.toString() + "n";
	if (typeof value === "string") return `"${value}"`;
	return `${value}`;
}
function optionalKeys(shape) {
	return Object.keys(shape).filter((k) => {
		return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
	});
}
const NUMBER_FORMAT_RANGES = /*@__PURE__*/ (() => ({
	safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
	int32: [-2147483648, 2147483647],
	uint32: [0, 4294967295],
	float32: [-34028234663852886e22, 34028234663852886e22],
	float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
}))();
const BIGINT_FORMAT_RANGES = {
	int64: [/* @__PURE__*/ BigInt("-9223372036854775808"), /* @__PURE__*/ BigInt("9223372036854775807")],
	uint64: [/* @__PURE__*/ BigInt(0), /* @__PURE__*/ BigInt("18446744073709551615")]
};
function pick(schema, mask) {
	const currDef = schema._zod.def;
	const checks = currDef.checks;
	if (checks && checks.length > 0) throw new Error(".pick() cannot be used on object schemas containing refinements");
	const newShape = {};
	mirrorShape(newShape, schema, maskedKeys(schema, mask));
	return clone(schema, mergeDefs(currDef, {
		shape: newShape,
		checks: []
	}));
}
function maskedKeys(schema, mask) {
	const raw = sourceShape(schema);
	const keys = [];
	for (const key of Reflect.ownKeys(mask)) {
		if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) throw new Error(`Unrecognized key: "${String(key)}"`);
		if (mask[key]) keys.push(key);
	}
	return keys;
}
function omit(schema, mask) {
	const currDef = schema._zod.def;
	const checks = currDef.checks;
	if (checks && checks.length > 0) throw new Error(".omit() cannot be used on object schemas containing refinements");
	const omitted = new Set(maskedKeys(schema, mask));
	const newShape = {};
	mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)));
	return clone(schema, mergeDefs(currDef, {
		shape: newShape,
		checks: []
	}));
}
function extend(schema, shape) {
	if (!isPlainObject(shape)) throw new Error("Invalid input to extend: expected a plain object");
	const checks = schema._zod.def.checks;
	if (checks && checks.length > 0) {
		const existingShape = sourceShape(schema);
		for (const key of Reflect.ownKeys(shape)) if (Object.getOwnPropertyDescriptor(existingShape, key) !== void 0) throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
	}
	return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function extended(schema, shape) {
	const newShape = {};
	mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
	mirrorProps(newShape, shape);
	return newShape;
}
function safeExtend(schema, shape) {
	if (!isPlainObject(shape)) throw new Error("Invalid input to safeExtend: expected a plain object");
	return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function merge(a, b) {
	if (!b?._zod?.def) throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
	if (a._zod.def.checks?.length) throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
	const newShape = {};
	mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
	mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
	return clone(a, mergeDefs(a._zod.def, {
		shape: newShape,
		get catchall() {
			return b._zod.def.catchall;
		},
		checks: b._zod.def.checks ?? []
	}));
}
function partial(Class, schema, mask, name = "partial") {
	const checks = schema._zod.def.checks;
	if (checks && checks.length > 0) throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
	const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
	const newShape = {};
	mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class && ((value, key) => selected && !selected.has(key) ? value : new Class({
		type: "optional",
		innerType: value
	})));
	return clone(schema, mergeDefs(schema._zod.def, {
		shape: newShape,
		checks: []
	}));
}
function required(Class, schema, mask) {
	const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
	const newShape = {};
	mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => selected && !selected.has(key) ? value : new Class({
		type: "nonoptional",
		innerType: value
	}));
	return clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
}
function aborted(x, startIndex = 0) {
	if (x.aborted === true) return true;
	for (let i = startIndex; i < x.issues.length; i++) if (x.issues[i]?.continue !== true) return true;
	return false;
}
function explicitlyAborted(x, startIndex = 0) {
	if (x.aborted === true) return true;
	for (let i = startIndex; i < x.issues.length; i++) if (x.issues[i]?.continue === false) return true;
	return false;
}
function prefixIssues(path, issues) {
	return issues.map((iss) => {
		var _a;
		(_a = iss).path ?? (_a.path = []);
		iss.path.unshift(path);
		return iss;
	});
}
function unwrapMessage(message) {
	return typeof message === "string" ? message : message?.message;
}
/** The leading size checks of `defChecks` that set an upper bound, each paired with it. */
function sizeCaps(defChecks) {
	const caps = [];
	for (const ch of defChecks ?? []) {
		const d = ch._zod.def;
		if (!/_(length|size)$|_equals$/.test(d.check)) break;
		const max = d.maximum ?? d.length ?? d.size;
		if (max >= 0) caps.push([max, ch]);
	}
	return caps;
}
function attachSchema(issues, start, inst) {
	var _a;
	for (let i = start; i < issues.length; i++) (_a = issues[i]).schema ?? (_a.schema = inst);
}
function finalizeIssue(iss, ctx, config) {
	var _a;
	const traits = iss.inst?._zod?.traits;
	if (traits?.has("$ZodType")) {
		if (traits.has("$ZodCheck")) (_a = iss).schema ?? (_a.schema = iss.inst);
		else iss.schema = iss.inst;
	}
	const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
	const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config.customError?.(iss)) ?? unwrapMessage(config.localeError?.(iss)) ?? "Invalid input";
	const full = {};
	for (const k of Object.keys(iss)) {
		if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__") continue;
		full[k] = iss[k];
	}
	full.path ?? (full.path = []);
	full.message = message;
	if (ctx?.reportInput) full.input = iss.input;
	return full;
}
const highSurrogate = /[\uD800-\uDBFF]/;
function codePointLength(str) {
	const units = str.length;
	if (!highSurrogate.test(str)) return units;
	let count = units;
	for (let i = 0; i < units - 1; i++) if ((str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320) {
		count--;
		i++;
	}
	return count;
}
function getLengthableOrigin(input) {
	if (Array.isArray(input)) return "array";
	if (typeof input === "string") return "string";
	return "unknown";
}
function parsedType(data) {
	const t = typeof data;
	switch (t) {
		case "number": return Number.isNaN(data) ? "nan" : "number";
		case "object": {
			if (data === null) return "null";
			if (Array.isArray(data)) return "array";
			const obj = data;
			if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) return obj.constructor.name;
		}
	}
	return t;
}
function issue(...args) {
	const [iss, input, inst] = args;
	if (typeof iss === "string") return {
		message: iss,
		code: "custom",
		input,
		inst
	};
	return { ...iss };
}
/**
* Installs a trait's members on its prototype. Each value builds that member for the instance on first read; the built value shadows the accessor as an own property, so a detached `const { parse } = schema` keeps working.
*
* Call this from a `proto` initializer, which runs once per prototype — never per instance.
*/
function members(proto, table) {
	for (const key in table) {
		const desc = Object.getOwnPropertyDescriptor(table, key);
		if (desc.get) Object.defineProperty(proto, key, {
			...desc,
			enumerable: false
		});
		else defineBound(proto, key, desc.value);
	}
}
/** Shadows a prototype member with an own value, so a getter that builds from the instance runs once. */
function own$1(inst, key, value, enumerable = true) {
	Object.defineProperty(inst, key, {
		configurable: true,
		writable: true,
		enumerable,
		value
	});
	return value;
}
/** Like {@link own}, for a member that was never an own data property and has to stay out of `Object.keys`. */
function hide(inst, key, value) {
	return own$1(inst, key, value, false);
}
/** Adds members a table derives from the instance: each builds on first read and shadows as own data, and assignment shadows the same way, as when these were own properties. */
/* @__NO_SIDE_EFFECTS__ */
function derived(computes, table) {
	for (const key in computes) {
		const compute = computes[key];
		Object.defineProperty(table, key, {
			configurable: true,
			enumerable: true,
			get() {
				return own$1(this, key, compute(this));
			},
			set(value) {
				own$1(this, key, value);
			}
		});
	}
	return table;
}
function defineBound(proto, key, fn) {
	Object.defineProperty(proto, key, {
		configurable: true,
		get() {
			return this == null ? fn : own$1(this, key, fn.bind(this));
		},
		set(value) {
			own$1(this, key, value);
		}
	});
}
/** Returns the prototype to install on, or `undefined` if this group is already installed on it. */
function claim(inst, sentinel) {
	const proto = Object.getPrototypeOf(inst);
	return sentinel in proto ? void 0 : proto;
}
let installing;
let broke = false;
const breaker = {
	configurable: true,
	get() {
		broke = true;
	}
};
/**
* Installs a lazily-derived internal on the `_zod` prototype of `inst`'s
* constructor, computed from the internals object itself and cached there on
* first read. One accessor per constructor rather than one per instance.
*/
function defineLazyInternal(inst, key, compute) {
	const proto = Object.getPrototypeOf(inst._zod);
	if (key in proto && installing !== inst._zod) {
		installing = void 0;
		return;
	}
	installing = inst._zod;
	Object.defineProperty(proto, key, {
		configurable: true,
		get() {
			Object.defineProperty(this, key, breaker);
			const outer = broke;
			broke = false;
			try {
				const value = compute(this);
				if (broke) delete this[key];
				else Object.defineProperty(this, key, {
					configurable: true,
					writable: true,
					value
				});
				broke = broke || outer;
				return value;
			} catch (err) {
				delete this[key];
				broke = broke || outer;
				throw err;
			}
		},
		set(value) {
			Object.defineProperty(this, key, {
				configurable: true,
				writable: true,
				value
			});
		}
	});
}
/**
* Installs `key` on `inst`'s prototype, computed by `make` on first read and cached there as an own
* data property. One accessor per constructor rather than one per instance, because an own accessor
* puts every instance after the first into v8 dictionary mode. The key doubles as the sentinel.
*/
function installLazyProp(inst, key, make, enumerable) {
	const proto = claim(inst, key);
	if (!proto) return;
	Object.defineProperty(proto, key, {
		configurable: true,
		get() {
			const desc = {
				configurable: true,
				writable: true,
				enumerable,
				value: void 0
			};
			Object.defineProperty(this, key, desc);
			desc.value = make(this);
			Object.defineProperty(this, key, desc);
			return desc.value;
		},
		set(value) {
			Object.defineProperty(this, key, {
				configurable: true,
				writable: true,
				enumerable,
				value
			});
		}
	});
}
/** Marks the thunk `_catch` synthesises for a constant catch value. `Function.length` cannot tell that thunk from a user callback — rest and defaulted parameters both report arity 0 — and a user callback reads `ctx.error`, whose issues only finalize correctly against the caller's per-parse error map. Provenance can say what arity cannot. A plain string key rather than `Symbol.for`, whose call at module scope no bundler can prove pure — the same shape that anchored `urlCanParse` into every build. */
const CONSTANT_CATCH = "~constantCatch";
/** Wraps a constant catch value in a thunk tagged with {@link CONSTANT_CATCH}. */
function constantCatch(value) {
	const fn = () => value;
	fn[CONSTANT_CATCH] = true;
	return fn;
}
// node_modules/zod/v4/core/core.js
var _a$1;
/** A special constant with type `never` */
const NEVER = /*@__PURE__*/ Object.freeze({ status: "aborted" });
const _zodDesc = {
	value: void 0,
	enumerable: false
};
let _E = "captureStackTrace" in Error ? Error : null;
function newError(Definition) {
	const E = _E;
	if (E) {
		const saved = E.stackTraceLimit;
		if (typeof saved === "number") {
			try {
				E.stackTraceLimit = 0;
			} catch {
				_E = null;
				return new Definition();
			}
			try {
				return new Definition();
			} finally {
				E.stackTraceLimit = saved;
			}
		}
	}
	return new Definition();
}
/* @__NO_SIDE_EFFECTS__ */
function $constructor(name, initializer, proto, params) {
	const zodProto = {};
	function Internals(def) {
		this.def = def;
		this.constr = _;
		this.traits = /* @__PURE__ */ new Set();
	}
	Internals.prototype = zodProto;
	const protoMembers = proto;
	const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
	function init(inst, def) {
		if (!inst._zod) {
			_zodDesc.value = new Internals(def);
			try {
				Object.defineProperty(inst, "_zod", _zodDesc);
			} finally {
				_zodDesc.value = void 0;
			}
		} else if (inst._zod.traits.has(name)) return;
		inst._zod.traits.add(name);
		initializer(inst, def);
		if (initialized) {
			const own = Object.getPrototypeOf(inst);
			const ctorProto = inst._zod.constr.prototype;
			let up = own;
			while (up && up !== ctorProto) up = Object.getPrototypeOf(up);
			const target = up ?? own;
			if (!initialized.has(target)) {
				initialized.add(target);
				members(target, protoMembers);
			}
		}
		const proto = _.prototype;
		for (const k in proto) {
			if (!Object.prototype.hasOwnProperty.call(proto, k)) continue;
			if (!(k in inst)) inst[k] = proto[k].bind(inst);
		}
	}
	const Parent = params?.Parent ?? Object;
	class Definition extends Parent {}
	Object.defineProperty(Definition, "name", { value: name });
	function _(def) {
		const inst = params?.Parent ? newError(Definition) : this;
		init(inst, def);
		const deferred = inst._zod.deferred;
		if (deferred) {
			for (const fn of deferred) fn();
			inst._zod.deferred = void 0;
		}
		const pp = globalThis.__zod_globalConfig?.postProcessor;
		if (pp) pp(inst);
		return inst;
	}
	Object.defineProperty(_, "init", { value: init });
	Object.defineProperty(_, Symbol.hasInstance, { value: (inst) => {
		if (params?.Parent && inst instanceof params.Parent) return true;
		return inst?._zod?.traits?.has(name);
	} });
	Object.defineProperty(_, "name", { value: name });
	return _;
}
var $ZodAsyncError = class extends Error {
	constructor() {
		super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
	}
};
var $ZodEncodeError = class extends Error {
	constructor(name) {
		super(`Encountered unidirectional transform during encode: ${name}`);
		this.name = "ZodEncodeError";
	}
};
(_a$1 = globalThis).__zod_globalConfig ?? (_a$1.__zod_globalConfig = {});
const globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
	if (newConfig) Object.assign(globalConfig, newConfig);
	return globalConfig;
}
// node_modules/zod/v4/core/errors.js
function _getMessage() {
	const internals = this._zod;
	internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
	return internals.message;
}
function _setMessage(value) {
	this._zod.message = value;
}
const _messageDesc = {
	get: _getMessage,
	set: _setMessage,
	enumerable: true,
	configurable: true
};
const _issuesDesc = {
	value: void 0,
	enumerable: false
};
const _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
const initializer$1 = (inst, def) => {
	inst.name = "$ZodError";
	_issuesDesc.value = def;
	Object.defineProperty(inst, "issues", _issuesDesc);
	_issuesDesc.value = void 0;
	Object.defineProperty(inst, "message", _messageDesc);
	const proto = Object.getPrototypeOf(inst);
	if (!_installedToString.has(proto)) {
		_installedToString.add(proto);
		Object.defineProperty(proto, "toString", {
			configurable: true,
			enumerable: false,
			get() {
				const value = () => this.message;
				Object.defineProperty(this, "toString", {
					value,
					configurable: true,
					writable: true
				});
				return value;
			},
			set(value) {
				Object.defineProperty(this, "toString", {
					value,
					configurable: true,
					writable: true
				});
			}
		});
	}
};
const $ZodError = /* @__PURE__ */ $constructor("$ZodError", initializer$1);
/** Get-or-create `obj[key]` as an own data property. A path segment naming an inherited member
* ("toString", "constructor") would otherwise read through to the prototype, and assigning
* "__proto__" would hit the setter instead of creating a key. */
function node(obj, key, make) {
	if (!Object.prototype.hasOwnProperty.call(obj, key)) {
		if (key === "__proto__") Object.defineProperty(obj, key, {
			value: make(),
			writable: true,
			enumerable: true,
			configurable: true
		});
		else obj[key] = make();
	}
	return obj[key];
}
function flattenError(error, mapper = (issue) => issue.message) {
	const fieldErrors = {};
	const formErrors = [];
	for (const sub of error.issues) if (sub.path.length > 0) node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
	else formErrors.push(mapper(sub));
	return {
		formErrors,
		fieldErrors
	};
}
function formatError(error, mapper = (issue) => issue.message) {
	const fieldErrors = { _errors: [] };
	const processError = (error, path = []) => {
		for (const issue of error.issues) if (issue.code === "invalid_union" && issue.errors.length) issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
		else if (issue.code === "invalid_key") processError({ issues: issue.issues }, [...path, ...issue.path]);
		else if (issue.code === "invalid_element") processError({ issues: issue.issues }, [...path, ...issue.path]);
		else {
			const fullpath = [...path, ...issue.path];
			if (fullpath.length === 0) fieldErrors._errors.push(mapper(issue));
			else {
				let curr = fieldErrors;
				let i = 0;
				while (i < fullpath.length) {
					const el = fullpath[i];
					const terminal = i === fullpath.length - 1;
					if (el === "_errors") {
						if (terminal) curr._errors.push(mapper(issue));
						i++;
						continue;
					}
					if (!Object.prototype.hasOwnProperty.call(curr, el)) Object.defineProperty(curr, el, {
						value: { _errors: [] },
						enumerable: true,
						writable: true,
						configurable: true
					});
					const node = curr[el];
					if (terminal) node._errors.push(mapper(issue));
					curr = node;
					i++;
				}
			}
		}
	};
	processError(error);
	return fieldErrors;
}
// node_modules/zod/v4/core/parse.js
function finalizeParams(callee, params) {
	return {
		callee: params?.callee ?? callee,
		Err: params?.Err
	};
}
const _parse = (_Err) => {
	const fn = (schema, value, _ctx, _params) => {
		const ctx = _ctx ? {
			..._ctx,
			async: false
		} : { async: false };
		const result = schema._zod.run({
			value,
			issues: []
		}, ctx);
		if (result instanceof Promise) throw new $ZodAsyncError();
		if (result.issues.length) {
			const e = new ((_params?.Err) ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
			captureStackTrace(e, _params?.callee ?? fn);
			throw e;
		}
		return result.value;
	};
	return fn;
};
const _parseAsync = (_Err) => {
	const fn = async (schema, value, _ctx, params) => {
		const ctx = _ctx ? {
			..._ctx,
			async: true
		} : { async: true };
		let result = schema._zod.run({
			value,
			issues: []
		}, ctx);
		if (result instanceof Promise) result = await result;
		if (result.issues.length) {
			const e = new ((params?.Err) ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
			captureStackTrace(e, params?.callee ?? fn);
			throw e;
		}
		return result.value;
	};
	return fn;
};
const _safeParse = (_Err) => (schema, value, _ctx) => {
	const ctx = _ctx ? {
		..._ctx,
		async: false
	} : { async: false };
	const result = schema._zod.run({
		value,
		issues: []
	}, ctx);
	if (result instanceof Promise) throw new $ZodAsyncError();
	return result.issues.length ? failure(_Err, result.issues, ctx) : {
		success: true,
		data: result.value
	};
};
function failure(Err, issues, ctx) {
	let error;
	return {
		success: false,
		get error() {
			if (!error) {
				error = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
				issues = void 0;
				ctx = void 0;
			}
			return error;
		},
		set error(e) {
			error = e;
			issues = void 0;
			ctx = void 0;
		}
	};
}
const _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
	const ctx = _ctx ? {
		..._ctx,
		async: true
	} : { async: true };
	let result = schema._zod.run({
		value,
		issues: []
	}, ctx);
	if (result instanceof Promise) result = await result;
	return result.issues.length ? failure(_Err, result.issues, ctx) : {
		success: true,
		data: result.value
	};
};
const COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
const COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
const validate$2 = ((schema, value, _ctx) => {
	const validator = schema._zod.bag.validator;
	if (validator !== void 0) {
		if (validator(value) !== COMPILE_INVALID) return true;
		if (validator.definite === true && _ctx === void 0) return false;
	}
	return validateFallback(schema, value, _ctx);
});
function validateFallback(schema, value, _ctx) {
	const ctx = _ctx ? {
		..._ctx,
		async: false,
		abortEarly: true
	} : {
		async: false,
		abortEarly: true
	};
	const fallbackRun = schema._zod.bag.fallbackRun;
	let result;
	if (fallbackRun) {
		ctx[COMPILE_FALLBACK] = true;
		result = fallbackRun({
			value,
			issues: []
		}, ctx);
	} else result = schema._zod.run({
		value,
		issues: []
	}, ctx);
	if (result instanceof Promise) throw new $ZodAsyncError();
	return result.issues.length === 0;
}
const validateAsync$1 = async (schema, value, _ctx) => {
	const ctx = _ctx ? {
		..._ctx,
		async: true,
		abortEarly: true
	} : {
		async: true,
		abortEarly: true
	};
	let result = schema._zod.run({
		value,
		issues: []
	}, ctx);
	if (result instanceof Promise) result = await result;
	return result.issues.length === 0;
};
const _encode = (_Err) => {
	const parse = _parse(_Err);
	const fn = (schema, value, _ctx, _params) => {
		const ctx = _ctx ? {
			..._ctx,
			direction: "backward"
		} : { direction: "backward" };
		return parse(schema, value, ctx, finalizeParams(fn, _params));
	};
	return fn;
};
const _decode = (_Err) => {
	const parse = _parse(_Err);
	const fn = (schema, value, _ctx, _params) => {
		return parse(schema, value, _ctx, finalizeParams(fn, _params));
	};
	return fn;
};
const _encodeAsync = (_Err) => {
	const parseAsync = _parseAsync(_Err);
	const fn = async (schema, value, _ctx, _params) => {
		const ctx = _ctx ? {
			..._ctx,
			direction: "backward"
		} : { direction: "backward" };
		return await parseAsync(schema, value, ctx, finalizeParams(fn, _params));
	};
	return fn;
};
const _decodeAsync = (_Err) => {
	const parseAsync = _parseAsync(_Err);
	const fn = async (schema, value, _ctx, _params) => {
		return await parseAsync(schema, value, _ctx, finalizeParams(fn, _params));
	};
	return fn;
};
const _safeEncode = (_Err) => (schema, value, _ctx) => {
	const ctx = _ctx ? {
		..._ctx,
		direction: "backward"
	} : { direction: "backward" };
	return _safeParse(_Err)(schema, value, ctx);
};
const _safeDecode = (_Err) => (schema, value, _ctx) => {
	return _safeParse(_Err)(schema, value, _ctx);
};
const _safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
	const ctx = _ctx ? {
		..._ctx,
		direction: "backward"
	} : { direction: "backward" };
	return _safeParseAsync(_Err)(schema, value, ctx);
};
const _safeDecodeAsync = (_Err) => async (schema, value, _ctx) => {
	return _safeParseAsync(_Err)(schema, value, _ctx);
};
// node_modules/zod/v4/core/regexes.js
/**
* @deprecated CUID v1 is deprecated by its authors due to information leakage
* (timestamps embedded in the id). Use {@link cuid2} instead.
* See https://github.com/paralleldrive/cuid.
*/
const cuid = /^[cC][0-9a-z]{6,}$/;
const cuid2 = /^[0-9a-z]+$/;
const ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
const xid = /^[0-9a-vA-V]{20}$/;
const ksuid = /^[A-Za-z0-9]{27}$/;
const nanoid = /^[a-zA-Z0-9_-]{21}$/;
function nanoidOfLength(length) {
	return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
}
/** ISO 8601-1 duration regex. Does not support the 8601-2 extensions like negative durations or fractional/negative components. */
const duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
/** A regex for any UUID-like identifier: 8-4-4-4-12 hex pattern */
const guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
/** Returns a regex for validating an RFC 9562/4122 UUID.
*
* @param version Optionally specify a version 1-8. If no version is specified, all versions are supported. */
const uuid = (version) => {
	if (!version) return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
	return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
};
/** Practical email validation */
const email$2 = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
const _emoji$1 = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
function emoji() {
	return new RegExp(_emoji$1, "u");
}
const ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
const ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
const cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
const cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
const base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
const base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
const httpProtocol = /^https?$/;
const e164 = /^\+[1-9]\d{6,14}$/;
const dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
/** Anchors a pattern source. The interpolation lives here rather than at the call site because
* esbuild will not drop a `@__PURE__` call whose own argument interpolates a variable, but it
* will drop `anchor(dateSource)`. Keeping it inline pinned `date` into every bundle. */
function anchor(source) {
	return new RegExp(`^${source}$`);
}
const date$1 = /*@__PURE__*/ anchor(dateSource);
function timeSource(args) {
	const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
	return typeof args.precision === "number" ? args.precision === -1 ? `${hhmm}` : args.precision === 0 ? `${hhmm}:[0-5]\\d` : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}` : args.seconds ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?` : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
}
function time(args) {
	return new RegExp(`^${timeSource(args)}$`);
}
function datetime(args) {
	const opts = ["Z"];
	if (args.offset) opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
	const qualified = `${timeSource({
		precision: args.precision,
		seconds: true
	})}(?:${opts.join("|")})`;
	const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
	return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
const anyString = /^[\s\S]{0,}$/;
const integer = /^-?\d+$/;
const number$1 = /^-?\d+(?:\.\d+)?$/;
const boolean$1 = /^(?:true|false)$/i;
const lowercase = /^[^A-Z]*$/;
const uppercase = /^[^a-z]*$/;
// node_modules/zod/v4/core/checks.js
const $ZodCheck = /*@__PURE__*/ $constructor("$ZodCheck", (inst, def) => {
	var _a;
	inst._zod ?? (inst._zod = {});
	inst._zod.def = def;
	(_a = inst._zod).onattach ?? (_a.onattach = []);
});
/** Default `when` for length-based checks: run only on non-nullish values with a `length`. */
const _whenHasLength = (payload) => {
	const val = payload.value;
	return !nullish(val) && val.length !== void 0;
};
const numericOriginMap = {
	number: "number",
	bigint: "bigint",
	object: "date"
};
const $ZodCheckLessThan = /*@__PURE__*/ $constructor("$ZodCheckLessThan", (inst, def) => {
	$ZodCheck.init(inst, def);
	const origin = numericOriginMap[typeof def.value];
	inst._zod.check = (payload) => {
		if (def.inclusive ? payload.value <= def.value : payload.value < def.value) return;
		payload.issues.push({
			origin: numericOriginMap[typeof payload.value] ?? origin,
			code: "too_big",
			maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
			input: payload.value,
			inclusive: def.inclusive,
			inst,
			continue: !def.abort
		});
	};
});
const $ZodCheckGreaterThan = /*@__PURE__*/ $constructor("$ZodCheckGreaterThan", (inst, def) => {
	$ZodCheck.init(inst, def);
	const origin = numericOriginMap[typeof def.value];
	inst._zod.check = (payload) => {
		if (def.inclusive ? payload.value >= def.value : payload.value > def.value) return;
		payload.issues.push({
			origin: numericOriginMap[typeof payload.value] ?? origin,
			code: "too_small",
			minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
			input: payload.value,
			inclusive: def.inclusive,
			inst,
			continue: !def.abort
		});
	};
});
const $ZodCheckMultipleOf = /*@__PURE__*/ $constructor("$ZodCheckMultipleOf", (inst, def) => {
	$ZodCheck.init(inst, def);
	inst._zod.check = (payload) => {
		if (typeof payload.value !== typeof def.value) throw new Error("Cannot mix number and bigint in multiple_of check.");
		if (typeof payload.value === "bigint" ? def.value !== BigInt(0) && payload.value % def.value === BigInt(0) : floatSafeRemainder(payload.value, def.value) === 0) return;
		payload.issues.push({
			origin: typeof payload.value,
			code: "not_multiple_of",
			divisor: def.value,
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
const $ZodCheckNumberFormat = /*@__PURE__*/ $constructor("$ZodCheckNumberFormat", (inst, def) => {
	$ZodCheck.init(inst, def);
	def.format = def.format || "float64";
	const isInt = def.format?.includes("int");
	const origin = isInt ? "int" : "number";
	const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
	inst._zod.check = (payload) => {
		const input = payload.value;
		if (isInt) {
			if (!Number.isInteger(input)) {
				payload.issues.push({
					expected: origin,
					format: def.format,
					code: "invalid_type",
					continue: false,
					input,
					inst
				});
				return;
			}
			if (!Number.isSafeInteger(input)) {
				if (input > 0) payload.issues.push({
					input,
					code: "too_big",
					maximum: Number.MAX_SAFE_INTEGER,
					note: "Integers must be within the safe integer range.",
					inst,
					origin,
					inclusive: true,
					continue: !def.abort
				});
				else payload.issues.push({
					input,
					code: "too_small",
					minimum: Number.MIN_SAFE_INTEGER,
					note: "Integers must be within the safe integer range.",
					inst,
					origin,
					inclusive: true,
					continue: !def.abort
				});
				return;
			}
		}
		if (input < minimum) payload.issues.push({
			origin: "number",
			input,
			code: "too_small",
			minimum,
			inclusive: true,
			inst,
			continue: !def.abort
		});
		if (input > maximum) payload.issues.push({
			origin: "number",
			input,
			code: "too_big",
			maximum,
			inclusive: true,
			inst,
			continue: !def.abort
		});
	};
});
const $ZodCheckMaxLength = /*@__PURE__*/ $constructor("$ZodCheckMaxLength", (inst, def) => {
	var _a;
	$ZodCheck.init(inst, def);
	(_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
	inst._zod.check = (payload) => {
		const input = payload.value;
		const units = input.length;
		if ((typeof input === "string" && units > def.maximum ? codePointLength(input) : units) <= def.maximum) return;
		const origin = getLengthableOrigin(input);
		payload.issues.push({
			origin,
			code: "too_big",
			maximum: def.maximum,
			inclusive: true,
			input,
			inst,
			continue: !def.abort
		});
	};
});
const $ZodCheckMinLength = /*@__PURE__*/ $constructor("$ZodCheckMinLength", (inst, def) => {
	var _a;
	$ZodCheck.init(inst, def);
	(_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
	inst._zod.check = (payload) => {
		const input = payload.value;
		const units = input.length;
		if ((typeof input === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units) >= def.minimum) return;
		const origin = getLengthableOrigin(input);
		payload.issues.push({
			origin,
			code: "too_small",
			minimum: def.minimum,
			inclusive: true,
			input,
			inst,
			continue: !def.abort
		});
	};
});
const $ZodCheckLengthEquals = /*@__PURE__*/ $constructor("$ZodCheckLengthEquals", (inst, def) => {
	var _a;
	$ZodCheck.init(inst, def);
	(_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
	inst._zod.check = (payload) => {
		const input = payload.value;
		const units = input.length;
		const length = typeof input === "string" && units >= def.length && units <= def.length * 2 ? codePointLength(input) : units;
		if (length === def.length) return;
		const origin = getLengthableOrigin(input);
		const tooBig = length > def.length;
		payload.issues.push({
			origin,
			...tooBig ? {
				code: "too_big",
				maximum: def.length
			} : {
				code: "too_small",
				minimum: def.length
			},
			inclusive: true,
			exact: true,
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
const $ZodCheckStringFormat = /*@__PURE__*/ $constructor("$ZodCheckStringFormat", (inst, def) => {
	var _a, _b;
	$ZodCheck.init(inst, def);
	if (def.pattern) (_a = inst._zod).check ?? (_a.check = (payload) => {
		def.pattern.lastIndex = 0;
		if (def.pattern.test(payload.value)) return;
		payload.issues.push({
			origin: "string",
			code: "invalid_format",
			format: def.format,
			input: payload.value,
			...def.pattern ? { pattern: def.pattern.toString() } : {},
			inst,
			continue: !def.abort
		});
	});
	else (_b = inst._zod).check ?? (_b.check = () => {});
});
const $ZodCheckRegex = /*@__PURE__*/ $constructor("$ZodCheckRegex", (inst, def) => {
	$ZodCheckStringFormat.init(inst, def);
	inst._zod.check = (payload) => {
		def.pattern.lastIndex = 0;
		if (def.pattern.test(payload.value)) return;
		payload.issues.push({
			origin: "string",
			code: "invalid_format",
			format: "regex",
			input: payload.value,
			pattern: def.pattern.toString(),
			inst,
			continue: !def.abort
		});
	};
});
const $ZodCheckLowerCase = /*@__PURE__*/ $constructor("$ZodCheckLowerCase", (inst, def) => {
	def.pattern ?? (def.pattern = lowercase);
	$ZodCheckStringFormat.init(inst, def);
});
const $ZodCheckUpperCase = /*@__PURE__*/ $constructor("$ZodCheckUpperCase", (inst, def) => {
	def.pattern ?? (def.pattern = uppercase);
	$ZodCheckStringFormat.init(inst, def);
});
const $ZodCheckIncludes = /*@__PURE__*/ $constructor("$ZodCheckIncludes", (inst, def) => {
	$ZodCheck.init(inst, def);
	const escapedRegex = escapeRegex(def.includes);
	def.pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
	inst._zod.check = (payload) => {
		if (payload.value.includes(def.includes, def.position)) return;
		payload.issues.push({
			origin: "string",
			code: "invalid_format",
			format: "includes",
			includes: def.includes,
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
const $ZodCheckStartsWith = /*@__PURE__*/ $constructor("$ZodCheckStartsWith", (inst, def) => {
	$ZodCheck.init(inst, def);
	const pattern = new RegExp(`^${escapeRegex(def.prefix)}.*`);
	def.pattern ?? (def.pattern = pattern);
	inst._zod.check = (payload) => {
		if (payload.value.startsWith(def.prefix)) return;
		payload.issues.push({
			origin: "string",
			code: "invalid_format",
			format: "starts_with",
			prefix: def.prefix,
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
const $ZodCheckEndsWith = /*@__PURE__*/ $constructor("$ZodCheckEndsWith", (inst, def) => {
	$ZodCheck.init(inst, def);
	const pattern = new RegExp(`.*${escapeRegex(def.suffix)}$`);
	def.pattern ?? (def.pattern = pattern);
	inst._zod.check = (payload) => {
		if (payload.value.endsWith(def.suffix)) return;
		payload.issues.push({
			origin: "string",
			code: "invalid_format",
			format: "ends_with",
			suffix: def.suffix,
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
const $ZodCheckOverwrite = /*@__PURE__*/ $constructor("$ZodCheckOverwrite", (inst, def) => {
	$ZodCheck.init(inst, def);
	inst._zod.check = (payload) => {
		payload.value = def.tx(payload.value);
	};
});
// node_modules/zod/v4/core/doc.js
var Doc = class {
	constructor(args = [], closed = {}) {
		this.content = [];
		this.indent = 0;
		this.args = args;
		this.closed = closed;
	}
	indented(fn) {
		this.indent += 1;
		try {
			fn(this);
		} finally {
			this.indent -= 1;
		}
	}
	write(arg) {
		if (typeof arg === "function") {
			arg(this, { execution: "sync" });
			arg(this, { execution: "async" });
			return;
		}
		const lines = arg.split("\n").filter((x) => x);
		const minIndent = Math.min(...lines.map((x) => x.length - x.trimStart().length));
		const dedented = lines.map((x) => x.slice(minIndent)).map((x) => " ".repeat(this.indent * 2) + x);
		for (const line of dedented) this.content.push(line);
	}
	compile() {
		const F = Function;
		const content = this?.content ?? [``];
		return new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {\n${content.join("\n")}\n};`)(...Object.values(this.closed));
	}
};
// node_modules/zod/v4/core/versions.js
const version = {
	major: 4,
	minor: 6,
	patch: 7
};
// node_modules/zod/v4/core/schemas.js
const $ZodType = /*@__PURE__*/ $constructor("$ZodType", (inst, def) => {
	var _a;
	inst ?? (inst = {});
	inst._zod.def = def;
	inst._zod.bag = inst._zod.bag || {};
	inst._zod.version = version;
	const defChecks = inst._zod.def.checks;
	const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
	for (const ch of checks) for (const fn of ch._zod.onattach) fn(inst);
	if (checks.length === 0) {
		(_a = inst._zod).deferred ?? (_a.deferred = []);
		inst._zod.deferred?.push(() => {
			inst._zod.run = inst._zod.parse;
		});
	} else {
		const runChecks = (payload, checks, ctx) => {
			if (payload.memo) return payload;
			let isAborted = aborted(payload);
			let asyncResult;
			for (const ch of checks) {
				if (ch._zod.def.when) {
					if (explicitlyAborted(payload)) continue;
					if (!ch._zod.def.when(payload)) continue;
				} else if (isAborted) continue;
				const currLen = payload.issues.length;
				const _ = ch._zod.check(payload);
				if (_ instanceof Promise && ctx?.async === false) throw new $ZodAsyncError();
				if (asyncResult || _ instanceof Promise) asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
					await _;
					if (payload.issues.length === currLen) return;
					attachSchema(payload.issues, currLen, inst);
					if (!isAborted) isAborted = aborted(payload, currLen);
				});
				else {
					if (payload.issues.length === currLen) continue;
					attachSchema(payload.issues, currLen, inst);
					if (!isAborted) isAborted = aborted(payload, currLen);
				}
			}
			if (asyncResult) return asyncResult.then(() => {
				return payload;
			});
			return payload;
		};
		const handleCanaryResult = (canary, payload, ctx) => {
			if (aborted(canary)) {
				canary.aborted = true;
				return canary;
			}
			const checkResult = runChecks(payload, checks, ctx);
			if (checkResult instanceof Promise) {
				if (ctx.async === false) throw new $ZodAsyncError();
				return checkResult.then((checkResult) => inst._zod.parse(checkResult, ctx));
			}
			return inst._zod.parse(checkResult, ctx);
		};
		inst._zod.run = (payload, ctx) => {
			if (ctx.skipChecks) return inst._zod.parse(payload, ctx);
			if (ctx.direction === "backward") {
				const canary = inst._zod.parse({
					value: payload.value,
					issues: []
				}, {
					...ctx,
					skipChecks: true
				});
				if (canary instanceof Promise) return canary.then((canary) => {
					return handleCanaryResult(canary, payload, ctx);
				});
				return handleCanaryResult(canary, payload, ctx);
			}
			const result = inst._zod.parse(payload, ctx);
			if (result instanceof Promise) {
				if (ctx.async === false) throw new $ZodAsyncError();
				return result.then((result) => runChecks(result, checks, ctx));
			}
			return runChecks(result, checks, ctx);
		};
	}
}, {
	get "~standard"() {
		return hide(this, "~standard", standardProps(this));
	},
	set "~standard"(value) {
		own$1(this, "~standard", value);
	}
});
/** The Standard Schema surface for `inst`. Shared so wrappers can extend it without forcing it. */
const toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync(inst, value) {
	const ctx = { async: true };
	return toStandardResult(await inst._zod.run({
		value,
		issues: []
	}, ctx), ctx);
}
function standardProps(inst) {
	return {
		validate: (value) => {
			const ctx = { async: false };
			try {
				const r = inst._zod.run({
					value,
					issues: []
				}, ctx);
				if (!(r instanceof Promise)) return toStandardResult(r, ctx);
			} catch (_) {}
			return validateAsync(inst, value);
		},
		vendor: "zod",
		version: 1
	};
}
const $ZodString = /*@__PURE__*/ $constructor("$ZodString", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.pattern = def.pattern ?? anyString;
	inst._zod.parse = (payload, _) => {
		if (def.coerce) try {
			payload.value = String(payload.value);
		} catch (_) {}
		if (typeof payload.value === "string") return payload;
		payload.issues.push({
			expected: "string",
			code: "invalid_type",
			input: payload.value,
			inst
		});
		return payload;
	};
});
const $ZodStringFormat = /*@__PURE__*/ $constructor("$ZodStringFormat", (inst, def) => {
	$ZodCheckStringFormat.init(inst, def);
	$ZodString.init(inst, def);
});
const $ZodGUID = /*@__PURE__*/ $constructor("$ZodGUID", (inst, def) => {
	def.pattern ?? (def.pattern = guid);
	$ZodStringFormat.init(inst, def);
});
const $ZodUUID = /*@__PURE__*/ $constructor("$ZodUUID", (inst, def) => {
	if (def.version) {
		const v = {
			v1: 1,
			v2: 2,
			v3: 3,
			v4: 4,
			v5: 5,
			v6: 6,
			v7: 7,
			v8: 8
		}[def.version];
		if (v === void 0) throw new Error(`Invalid UUID version: "${def.version}"`);
		def.pattern ?? (def.pattern = uuid(v));
	} else def.pattern ?? (def.pattern = uuid());
	$ZodStringFormat.init(inst, def);
});
const $ZodEmail = /*@__PURE__*/ $constructor("$ZodEmail", (inst, def) => {
	def.pattern ?? (def.pattern = email$2);
	$ZodStringFormat.init(inst, def);
});
function canParseURL(input) {
	try {
		if (typeof URL !== "undefined" && typeof URL.canParse === "function") return URL.canParse(input);
		new URL(input);
		return true;
	} catch {
		return false;
	}
}
function validateURL(trimmed, def) {
	if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) return canParseURL(trimmed) || 2;
	return parseURLObject(trimmed, def);
}
/** Parses a URL while preserving the non-normalizing HTTP guard. */
function parseURLObject(trimmed, def) {
	if (!def.normalize && def.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed)) return 1;
	try {
		if (typeof URL !== "undefined") {
			const URLStatic = URL;
			if (typeof URLStatic.parse === "function") return URLStatic.parse(trimmed) ?? 2;
		}
		return new URL(trimmed);
	} catch {
		return 2;
	}
}
const asciiTabOrNewline = /[\t\n\r]/g;
/** The URL parser deletes every ASCII tab, LF and CR from its input before it parses, so `new URL("https://exa\nmple.com")` reports on `example.com`. Applying the same deletion to the returned value closes the half of that divergence which can move the host; the parser's other rewrite, stripping C0 controls at the edges, cannot. */
function stripTabAndNewline(value) {
	return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url, hostname) {
	hostname.lastIndex = 0;
	return hostname.test(url.hostname);
}
function urlProtocolOk(url, protocol) {
	protocol.lastIndex = 0;
	return protocol.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
}
const $ZodURL = /*@__PURE__*/ $constructor("$ZodURL", (inst, def) => {
	$ZodStringFormat.init(inst, def);
	inst._zod.check = (payload) => {
		try {
			const trimmed = payload.value.trim();
			const url = validateURL(trimmed, def);
			if (url === 1) {
				payload.issues.push({
					code: "invalid_format",
					format: "url",
					note: "Invalid URL format",
					input: payload.value,
					inst,
					continue: !def.abort
				});
				return;
			}
			if (url === 2) {
				payload.issues.push({
					code: "invalid_format",
					format: "url",
					input: payload.value,
					inst,
					continue: !def.abort
				});
				return;
			}
			if (url === true) {
				payload.value = stripTabAndNewline(trimmed);
				return;
			}
			if (def.hostname && !urlHostnameOk(url, def.hostname)) payload.issues.push({
				code: "invalid_format",
				format: "url",
				note: "Invalid hostname",
				pattern: def.hostname.source,
				input: payload.value,
				inst,
				continue: !def.abort
			});
			if (def.protocol && !urlProtocolOk(url, def.protocol)) payload.issues.push({
				code: "invalid_format",
				format: "url",
				note: "Invalid protocol",
				pattern: def.protocol.source,
				input: payload.value,
				inst,
				continue: !def.abort
			});
			payload.value = def.normalize ? url.href : stripTabAndNewline(trimmed);
			return;
		} catch (_) {
			payload.issues.push({
				code: "invalid_format",
				format: "url",
				input: payload.value,
				inst,
				continue: !def.abort
			});
		}
	};
});
const $ZodEmoji = /*@__PURE__*/ $constructor("$ZodEmoji", (inst, def) => {
	def.pattern ?? (def.pattern = emoji());
	$ZodStringFormat.init(inst, def);
});
const $ZodNanoID = /*@__PURE__*/ $constructor("$ZodNanoID", (inst, def) => {
	if (def.length !== void 0 && (!Number.isInteger(def.length) || def.length < 1)) throw new Error(`Invalid nanoid length: ${def.length}`);
	def.pattern ?? (def.pattern = def.length === void 0 ? nanoid : nanoidOfLength(def.length));
	$ZodStringFormat.init(inst, def);
});
/**
* @deprecated CUID v1 is deprecated by its authors due to information leakage
* (timestamps embedded in the id). Use {@link $ZodCUID2} instead.
* See https://github.com/paralleldrive/cuid.
*/
const $ZodCUID = /*@__PURE__*/ $constructor("$ZodCUID", (inst, def) => {
	def.pattern ?? (def.pattern = cuid);
	$ZodStringFormat.init(inst, def);
});
const $ZodCUID2 = /*@__PURE__*/ $constructor("$ZodCUID2", (inst, def) => {
	def.pattern ?? (def.pattern = cuid2);
	$ZodStringFormat.init(inst, def);
});
const $ZodULID = /*@__PURE__*/ $constructor("$ZodULID", (inst, def) => {
	def.pattern ?? (def.pattern = ulid);
	$ZodStringFormat.init(inst, def);
});
const $ZodXID = /*@__PURE__*/ $constructor("$ZodXID", (inst, def) => {
	def.pattern ?? (def.pattern = xid);
	$ZodStringFormat.init(inst, def);
});
const $ZodKSUID = /*@__PURE__*/ $constructor("$ZodKSUID", (inst, def) => {
	def.pattern ?? (def.pattern = ksuid);
	$ZodStringFormat.init(inst, def);
});
const $ZodISODateTime = /*@__PURE__*/ $constructor("$ZodISODateTime", (inst, def) => {
	def.pattern ?? (def.pattern = datetime(def));
	$ZodStringFormat.init(inst, def);
});
const $ZodISODate = /*@__PURE__*/ $constructor("$ZodISODate", (inst, def) => {
	def.pattern ?? (def.pattern = date$1);
	$ZodStringFormat.init(inst, def);
});
const $ZodISOTime = /*@__PURE__*/ $constructor("$ZodISOTime", (inst, def) => {
	def.pattern ?? (def.pattern = time(def));
	$ZodStringFormat.init(inst, def);
});
const $ZodISODuration = /*@__PURE__*/ $constructor("$ZodISODuration", (inst, def) => {
	def.pattern ?? (def.pattern = duration);
	$ZodStringFormat.init(inst, def);
});
const $ZodIPv4 = /*@__PURE__*/ $constructor("$ZodIPv4", (inst, def) => {
	def.pattern ?? (def.pattern = ipv4);
	$ZodStringFormat.init(inst, def);
});
/** An IPv6 address is written with hex digits, colons and dots, and nothing else. The guard is what makes the check below an IPv6 check: `new URL("http://[...]")` parses an authority, not an address, so `@` and `\` re-delimit it and `"::@1\\"` validates against the host `0.0.0.1`. The URL parser also deletes ASCII tab, LF and CR rather than failing, which is how `"::1\n"` validated as `::1`. */
const ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
function isValidIPv6(value) {
	if (!ipv6Alphabet.test(value)) return false;
	return canParseURL(`http://[${value}]`);
}
const $ZodIPv6 = /*@__PURE__*/ $constructor("$ZodIPv6", (inst, def) => {
	def.pattern ?? (def.pattern = ipv6);
	$ZodStringFormat.init(inst, def);
	inst._zod.check = (payload) => {
		if (!isValidIPv6(payload.value)) payload.issues.push({
			code: "invalid_format",
			format: "ipv6",
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
const $ZodCIDRv4 = /*@__PURE__*/ $constructor("$ZodCIDRv4", (inst, def) => {
	def.pattern ?? (def.pattern = cidrv4);
	$ZodStringFormat.init(inst, def);
});
function isValidCIDRv6(value) {
	const parts = value.split("/");
	if (parts.length !== 2) return false;
	const [address, prefix] = parts;
	if (!prefix) return false;
	const prefixNum = Number(prefix);
	if (`${prefixNum}` !== prefix) return false;
	if (prefixNum < 0 || prefixNum > 128) return false;
	return isValidIPv6(address);
}
const $ZodCIDRv6 = /*@__PURE__*/ $constructor("$ZodCIDRv6", (inst, def) => {
	def.pattern ?? (def.pattern = cidrv6);
	$ZodStringFormat.init(inst, def);
	inst._zod.check = (payload) => {
		if (!isValidCIDRv6(payload.value)) payload.issues.push({
			code: "invalid_format",
			format: "cidrv6",
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
function isValidBase64(data) {
	if (data === "") return true;
	if (/\s/.test(data)) return false;
	if (data.length % 4 !== 0) return false;
	try {
		atob(data);
		return true;
	} catch {
		return false;
	}
}
const base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
const $ZodBase64 = /*@__PURE__*/ $constructor("$ZodBase64", (inst, def) => {
	def.pattern ?? (def.pattern = base64Charset);
	$ZodStringFormat.init(inst, def);
	inst._zod.check = (payload) => {
		if (isValidBase64(payload.value)) return;
		payload.issues.push({
			code: "invalid_format",
			format: "base64",
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
const base64urlCharset = /^[A-Za-z0-9_-]*$/;
function isValidBase64URL(data) {
	if (!base64urlCharset.test(data)) return false;
	const base64 = data.replace(/[-_]/g, (c) => c === "-" ? "+" : "/");
	return isValidBase64(base64.padEnd(Math.ceil(base64.length / 4) * 4, "="));
}
const $ZodBase64URL = /*@__PURE__*/ $constructor("$ZodBase64URL", (inst, def) => {
	def.pattern ?? (def.pattern = base64urlCharset);
	$ZodStringFormat.init(inst, def);
	inst._zod.check = (payload) => {
		if (isValidBase64URL(payload.value)) return;
		payload.issues.push({
			code: "invalid_format",
			format: "base64url",
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
const $ZodE164 = /*@__PURE__*/ $constructor("$ZodE164", (inst, def) => {
	def.pattern ?? (def.pattern = e164);
	$ZodStringFormat.init(inst, def);
});
function isValidJWT(token, algorithm = null) {
	try {
		const tokensParts = token.split(".");
		if (tokensParts.length !== 3) return false;
		const [header] = tokensParts;
		if (!header) return false;
		const parsedHeader = JSON.parse(atob(header));
		if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT") return false;
		if (!parsedHeader.alg) return false;
		if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm)) return false;
		return true;
	} catch {
		return false;
	}
}
const $ZodJWT = /*@__PURE__*/ $constructor("$ZodJWT", (inst, def) => {
	$ZodStringFormat.init(inst, def);
	inst._zod.check = (payload) => {
		if (isValidJWT(payload.value, def.alg)) return;
		payload.issues.push({
			code: "invalid_format",
			format: "jwt",
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
const $ZodNumber = /*@__PURE__*/ $constructor("$ZodNumber", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.pattern = number$1;
	inst._zod.parse = (payload, _ctx) => {
		if (def.coerce) try {
			payload.value = Number(payload.value);
		} catch (_) {}
		const input = payload.value;
		if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) return payload;
		const received = typeof input === "number" ? Number.isNaN(input) ? "NaN" : !Number.isFinite(input) ? String(input) : void 0 : void 0;
		payload.issues.push({
			expected: "number",
			code: "invalid_type",
			input,
			inst,
			...received ? { received } : {}
		});
		return payload;
	};
});
const $ZodNumberFormat = /*@__PURE__*/ $constructor("$ZodNumberFormat", (inst, def) => {
	$ZodCheckNumberFormat.init(inst, def);
	$ZodNumber.init(inst, def);
});
const $ZodBoolean = /*@__PURE__*/ $constructor("$ZodBoolean", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.pattern = boolean$1;
	inst._zod.parse = (payload, _ctx) => {
		if (def.coerce) try {
			payload.value = Boolean(payload.value);
		} catch (_) {}
		const input = payload.value;
		if (typeof input === "boolean") return payload;
		payload.issues.push({
			expected: "boolean",
			code: "invalid_type",
			input,
			inst
		});
		return payload;
	};
});
const $ZodUnknown = /*@__PURE__*/ $constructor("$ZodUnknown", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.parse = (payload) => payload;
});
const $ZodNever = /*@__PURE__*/ $constructor("$ZodNever", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.parse = (payload, _ctx) => {
		payload.issues.push({
			expected: "never",
			code: "invalid_type",
			input: payload.value,
			inst
		});
		return payload;
	};
});
function capSize(inst, size) {
	const caps = sizeCaps(inst._zod.def.checks);
	if (!caps.length) return;
	const cap = Math.min(...caps.map((c) => c[0]));
	const parse = inst._zod.parse;
	inst._zod.parse = (payload, ctx) => {
		const n = size(payload.value);
		if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
			for (const [max, ch] of sizeCaps(inst._zod.def.checks)) if (n > max && ch._zod.def.when(payload)) {
				const start = payload.issues.length;
				ch._zod.check(payload);
				payload.issues[start].continue = false;
				attachSchema(payload.issues, start, inst);
				return payload;
			}
		}
		return parse(payload, ctx);
	};
}
const arraySize = (input) => Array.isArray(input) ? input.length : -1;
function handleArrayResult(result, final, index) {
	if (result.issues.length) final.issues.push(...prefixIssues(index, result.issues));
	final.value[index] = result.value;
}
const $ZodArray = /*@__PURE__*/ $constructor("$ZodArray", (inst, def) => {
	$ZodType.init(inst, def);
	const memo = globalConfig.memoizer;
	memo?.attach(inst);
	inst._zod.parse = (payload, ctx) => {
		const input = payload.value;
		if (!Array.isArray(input)) {
			payload.issues.push({
				expected: "array",
				code: "invalid_type",
				input,
				inst
			});
			return payload;
		}
		payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
		const proms = [];
		const abortEarly = ctx?.abortEarly;
		for (let i = 0; i < input.length; i++) {
			const item = input[i];
			const result = def.element._zod.run({
				value: item,
				issues: []
			}, ctx);
			if (result instanceof Promise) proms.push(result.then((result) => handleArrayResult(result, payload, i)));
			else {
				handleArrayResult(result, payload, i);
				if (abortEarly && result.issues.length !== 0 && aborted(result)) break;
			}
		}
		if (proms.length) return Promise.all(proms).then(() => payload);
		return payload;
	};
	capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
	const isPresent = key in input;
	const isOptionalOut = optout === "optional";
	if (!isPresent && isOptionalOut && optin === "optional") return;
	if (result.issues.length) {
		if (optin !== void 0 && isOptionalOut && !isPresent) return;
		final.issues.push(...prefixIssues(key, result.issues));
	}
	if (!isPresent && optin === void 0) {
		if (!result.issues.length) final.issues.push({
			code: "invalid_type",
			expected: "nonoptional",
			input: void 0,
			path: [key]
		});
		return;
	}
	if (result.value === void 0) {
		if (isPresent || optin === "defaulted" && !isOptionalOut) final.value[key] = void 0;
	} else final.value[key] = result.value;
}
const NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
	const keys = Object.keys(def.shape);
	const ownSymbols = Object.getOwnPropertySymbols(def.shape);
	const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
	const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
	for (const k of allKeys) if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
	const okeys = optionalKeys(def.shape);
	return {
		...def,
		allKeys,
		symbolKeys,
		keySet: new Set(keys),
		numKeys: keys.length,
		optionalKeys: new Set(okeys)
	};
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
	const unrecognized = [];
	const keySet = def.keySet;
	const _catchall = def.catchall._zod;
	const t = _catchall.def.type;
	const optin = _catchall.optin;
	const optout = _catchall.optout;
	let seen = 0;
	for (const key in input) {
		if (abortEarly && payload.issues.length !== seen) {
			if (aborted(payload, seen)) break;
			seen = payload.issues.length;
		}
		if (keySet.has(key)) continue;
		if (key === "__proto__") {
			if (t === "never") unrecognized.push(key);
			continue;
		}
		if (t === "never") {
			unrecognized.push(key);
			continue;
		}
		const r = _catchall.run({
			value: input[key],
			issues: []
		}, ctx);
		if (r instanceof Promise) proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
		else handlePropertyResult(r, payload, key, input, optin, optout);
	}
	if (unrecognized.length) payload.issues.push({
		code: "unrecognized_keys",
		keys: unrecognized,
		input,
		inst,
		continue: true
	});
	if (!proms.length) return payload;
	return Promise.all(proms).then(() => {
		return payload;
	});
}
const $ZodObject = /*@__PURE__*/ $constructor("$ZodObject", (inst, def) => {
	$ZodType.init(inst, def);
	const desc = Object.getOwnPropertyDescriptor(def, "shape");
	const sh = desc?.get ? desc.get.raw : def.shape ?? {};
	if (sh) {
		const get = () => {
			const newSh = { ...sh };
			Object.defineProperty(def, "shape", { value: newSh });
			get.raw = newSh;
			return newSh;
		};
		get.raw = sh;
		Object.defineProperty(def, "shape", { get });
	}
	const _normalized = cached(() => normalizeDef(def));
	defineLazyInternal(inst, "propValues", (zod) => {
		const shape = zod.def.shape;
		const propValues = {};
		for (const key in shape) {
			const field = shape[key]._zod;
			if (field.values) {
				if (!Object.prototype.hasOwnProperty.call(propValues, key)) assignProp(propValues, key, /* @__PURE__ */ new Set());
				for (const v of field.values) propValues[key].add(v);
				if (field.optin !== void 0) propValues[key].add(void 0);
			}
		}
		return propValues;
	});
	const isObject$1 = isObject;
	const catchall = def.catchall;
	let value;
	const memo = globalConfig.memoizer;
	memo?.attach(inst);
	inst._zod.parse = (payload, ctx) => {
		value ?? (value = _normalized.value);
		const input = payload.value;
		if (!isObject$1(input)) {
			payload.issues.push({
				expected: "object",
				code: "invalid_type",
				input,
				inst
			});
			return payload;
		}
		payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
		const proms = [];
		const shape = value.shape;
		const abortEarly = ctx?.abortEarly;
		let seen = payload.issues.length;
		for (const key of value.allKeys) {
			if (abortEarly && payload.issues.length !== seen) {
				if (aborted(payload, seen)) break;
				seen = payload.issues.length;
			}
			if (key === "__proto__") continue;
			const el = shape[key];
			const optin = el._zod.optin;
			const optout = el._zod.optout;
			const r = el._zod.run({
				value: input[key],
				issues: []
			}, ctx);
			if (r instanceof Promise) proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
			else handlePropertyResult(r, payload, key, input, optin, optout);
		}
		if (!catchall) return proms.length ? Promise.all(proms).then(() => payload) : payload;
		return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
	};
});
const $ZodObjectJIT = /*@__PURE__*/ $constructor("$ZodObjectJIT", (inst, def) => {
	$ZodObject.init(inst, def);
	const superParse = inst._zod.parse;
	const _normalized = cached(() => normalizeDef(def));
	const memo = globalConfig.memoizer;
	const generateFastpass = (shape) => {
		const normalized = _normalized.value;
		const syms = normalized.symbolKeys;
		const doc = new Doc(["payload", "ctx"], {
			shape,
			inst,
			memo,
			syms
		});
		const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
		const prefixStr = (id, k) => `
          let ${id}_ab = false;
          for (let i = 0; i < ${id}.issues.length; i++) {
            const iss = ${id}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id}_ab = true;
          }
          if (${id}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
		doc.write(`const input = payload.value;`);
		const ids = Object.create(null);
		let counter = 0;
		for (const key of normalized.allKeys) ids[key] = `key_${counter++}`;
		doc.write(memo ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
		for (const key of normalized.allKeys) {
			if (key === "__proto__") continue;
			const id = ids[key];
			const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : esc(key);
			const isPresent = `${k} in input`;
			const schema = shape[key];
			const optin = schema?._zod?.optin;
			const isOptionalIn = optin !== void 0;
			const isOptionalOut = schema?._zod?.optout === "optional";
			doc.write(`const ${id} = ${parseStr(k)};`);
			if (isOptionalIn && isOptionalOut) {
				const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
				doc.write(`
        const ${id}_present = ${isPresent};
        if (!${id}.issues.length || ${id}_present) {
          if (${id}.issues.length) {${prefixStr(id, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id}.value;
          }
        }

      `);
			} else if (!isOptionalIn) doc.write(`
        const ${id}_present = ${isPresent};
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
        if (!${id}_present && !${id}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id}_present) {
          newResult[${k}] = ${id}.value;
        }

      `);
			else {
				doc.write(`
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
      `);
				if (optin === "defaulted") doc.write(`newResult[${k}] = ${id}.value;`);
				else doc.write(`
        if (${id}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id}.value;
        }
      `);
			}
		}
		doc.write(`payload.value = newResult;`);
		doc.write(`return payload;`);
		return doc.compile();
	};
	let fastpass;
	const isObject$2 = isObject;
	const jit = !globalConfig.jitless;
	const fastEnabled = jit && allowsEval.value;
	const catchall = def.catchall;
	let value;
	inst._zod.parse = (payload, ctx) => {
		value ?? (value = _normalized.value);
		const input = payload.value;
		if (!isObject$2(input)) {
			payload.issues.push({
				expected: "object",
				code: "invalid_type",
				input,
				inst
			});
			return payload;
		}
		if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
			if (!fastpass) fastpass = generateFastpass(def.shape);
			payload = fastpass(payload, ctx);
			if (!catchall) return payload;
			return handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === true);
		}
		return superParse(payload, ctx);
	};
});
function handleUnionResults(results, final, inst, ctx) {
	for (const result of results) if (result.issues.length === 0) {
		final.value = result.value;
		return final;
	}
	const nonaborted = results.filter((r) => !aborted(r));
	if (nonaborted.length === 1) {
		final.value = nonaborted[0].value;
		return nonaborted[0];
	}
	final.issues.push({
		code: "invalid_union",
		input: final.value,
		inst,
		errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
	});
	return final;
}
const $ZodUnion = /*@__PURE__*/ $constructor("$ZodUnion", (inst, def) => {
	$ZodType.init(inst, def);
	defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0);
	defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0);
	defineLazyInternal(inst, "values", (zod) => {
		if (zod.def.options.every((o) => o._zod.values)) return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
	});
	defineLazyInternal(inst, "pattern", (zod) => {
		if (zod.def.options.every((o) => o._zod.pattern)) {
			const patterns = zod.def.options.map((o) => o._zod.pattern);
			return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
		}
	});
	const first = def.options.length === 1 ? def.options[0]._zod.run : null;
	inst._zod.parse = (payload, ctx) => {
		if (first) return first(payload, ctx);
		let async = false;
		const results = [];
		for (const option of def.options) {
			const result = option._zod.run({
				value: payload.value,
				issues: []
			}, ctx);
			if (result instanceof Promise) {
				results.push(result);
				async = true;
			} else {
				if (result.issues.length === 0) return result;
				results.push(result);
			}
		}
		if (!async) return handleUnionResults(results, payload, inst, ctx);
		return Promise.all(results).then((results) => {
			return handleUnionResults(results, payload, inst, ctx);
		});
	};
});
const $ZodIntersection = /*@__PURE__*/ $constructor("$ZodIntersection", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.parse = (payload, ctx) => {
		const input = payload.value;
		const left = def.left._zod.run({
			value: input,
			issues: []
		}, ctx);
		const right = def.right._zod.run({
			value: input,
			issues: []
		}, ctx);
		if (left instanceof Promise || right instanceof Promise) return Promise.all([left, right]).then(([left, right]) => {
			return handleIntersectionResults(payload, left, right);
		});
		return handleIntersectionResults(payload, left, right);
	};
});
function mergeValues(a, b) {
	if (a === b) return {
		valid: true,
		data: a
	};
	if (a instanceof Date && b instanceof Date && +a === +b) return {
		valid: true,
		data: a
	};
	if (isPlainObject(a) && isPlainObject(b)) {
		const bKeys = Object.keys(b);
		const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
		const newObj = {
			...a,
			...b
		};
		if (Object.prototype.hasOwnProperty.call(newObj, "__proto__")) delete newObj.__proto__;
		for (const key of sharedKeys) {
			if (key === "__proto__") continue;
			const sharedValue = mergeValues(a[key], b[key]);
			if (!sharedValue.valid) return {
				valid: false,
				mergeErrorPath: [key, ...sharedValue.mergeErrorPath]
			};
			newObj[key] = sharedValue.data;
		}
		return {
			valid: true,
			data: newObj
		};
	}
	if (Array.isArray(a) && Array.isArray(b)) {
		if (a.length !== b.length) return {
			valid: false,
			mergeErrorPath: []
		};
		const newArray = [];
		for (let index = 0; index < a.length; index++) {
			const itemA = a[index];
			const itemB = b[index];
			const sharedValue = mergeValues(itemA, itemB);
			if (!sharedValue.valid) return {
				valid: false,
				mergeErrorPath: [index, ...sharedValue.mergeErrorPath]
			};
			newArray.push(sharedValue.data);
		}
		return {
			valid: true,
			data: newArray
		};
	}
	return {
		valid: false,
		mergeErrorPath: []
	};
}
function handleIntersectionResults(result, left, right) {
	const unrecKeys = /* @__PURE__ */ new Map();
	let unrecIssue;
	const keyIssues = /* @__PURE__ */ new Map();
	const collect = (iss, side) => {
		let keys;
		if (iss.code === "unrecognized_keys" && !iss.path?.length) {
			unrecIssue ?? (unrecIssue = iss);
			keys = iss.keys;
		} else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
			const k = String(iss.path[0]);
			if (!keyIssues.has(k)) keyIssues.set(k, iss);
			keys = [k];
		} else return false;
		for (const k of keys) {
			if (!unrecKeys.has(k)) unrecKeys.set(k, {});
			unrecKeys.get(k)[side] = true;
		}
		return true;
	};
	for (const iss of left.issues) if (!collect(iss, "l")) result.issues.push(iss);
	for (const iss of right.issues) if (!collect(iss, "r")) result.issues.push(iss);
	const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
	if (bothKeys.length) {
		const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
		if (aggregated.length) result.issues.push({
			...unrecIssue,
			keys: aggregated
		});
		for (const k of bothKeys) if (!aggregated.includes(k) && keyIssues.has(k)) result.issues.push(keyIssues.get(k));
	}
	const merged = mergeValues(left.value, right.value);
	if (!merged.valid) {
		if (aborted(result)) return result;
		throw new Error(`Unmergable intersection. Error path: ${JSON.stringify(merged.mergeErrorPath)}`);
	}
	result.value = merged.data;
	return result;
}
const $ZodRecord = /*@__PURE__*/ $constructor("$ZodRecord", (inst, def) => {
	$ZodType.init(inst, def);
	const memo = globalConfig.memoizer;
	memo?.attach(inst);
	inst._zod.parse = (payload, ctx) => {
		const input = payload.value;
		if (!isPlainObject(input)) {
			payload.issues.push({
				expected: "record",
				code: "invalid_type",
				input,
				inst
			});
			return payload;
		}
		const proms = [];
		const values = def.keyType._zod.values;
		if (values && !def.partial) {
			payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
			const recordKeys = /* @__PURE__ */ new Set();
			for (const key of values) if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
				recordKeys.add(typeof key === "number" ? key.toString() : key);
				if (key === "__proto__") continue;
				const keyResult = def.keyType._zod.run({
					value: key,
					issues: []
				}, ctx);
				if (keyResult instanceof Promise) throw new Error("Async schemas not supported in object keys currently");
				if (keyResult.issues.length) {
					payload.issues.push({
						code: "invalid_key",
						origin: "record",
						issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
						input: key,
						path: [key],
						inst
					});
					continue;
				}
				const outKey = keyResult.value;
				if (outKey === "__proto__") continue;
				const result = def.valueType._zod.run({
					value: input[key],
					issues: []
				}, ctx);
				if (result instanceof Promise) proms.push(result.then((result) => {
					if (result.issues.length) payload.issues.push(...prefixIssues(key, result.issues));
					payload.value[outKey] = result.value;
				}));
				else {
					if (result.issues.length) payload.issues.push(...prefixIssues(key, result.issues));
					payload.value[outKey] = result.value;
				}
			}
			let unrecognized;
			for (const key in input) if (!recordKeys.has(key)) {
				if (def.mode === "loose") {
					if (key === "__proto__") continue;
					payload.value[key] = input[key];
				} else {
					unrecognized = unrecognized ?? [];
					unrecognized.push(key);
				}
			}
			if (unrecognized && unrecognized.length > 0) payload.issues.push({
				code: "unrecognized_keys",
				input,
				inst,
				keys: unrecognized,
				continue: true
			});
		} else {
			payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
			let unrecognized;
			for (const key of Reflect.ownKeys(input)) {
				if (key === "__proto__") continue;
				if (!Object.prototype.propertyIsEnumerable.call(input, key)) continue;
				let keyResult = def.keyType._zod.run({
					value: key,
					issues: []
				}, ctx);
				if (keyResult instanceof Promise) throw new Error("Async schemas not supported in object keys currently");
				if (typeof key === "string" && number$1.test(key) && keyResult.issues.length) {
					const retryResult = def.keyType._zod.run({
						value: Number(key),
						issues: []
					}, ctx);
					if (retryResult instanceof Promise) throw new Error("Async schemas not supported in object keys currently");
					if (retryResult.issues.length === 0) keyResult = retryResult;
				}
				if (keyResult.issues.length) {
					if (def.mode === "loose") payload.value[key] = input[key];
					else if (values) {
						unrecognized = unrecognized ?? [];
						unrecognized.push(key);
					} else payload.issues.push({
						code: "invalid_key",
						origin: "record",
						issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
						input: key,
						path: [key],
						inst
					});
					continue;
				}
				const outKey = keyResult.value;
				if (outKey === "__proto__") continue;
				const result = def.valueType._zod.run({
					value: input[key],
					issues: []
				}, ctx);
				if (result instanceof Promise) proms.push(result.then((result) => {
					if (result.issues.length) payload.issues.push(...prefixIssues(key, result.issues));
					payload.value[outKey] = result.value;
				}));
				else {
					if (result.issues.length) payload.issues.push(...prefixIssues(key, result.issues));
					payload.value[outKey] = result.value;
				}
			}
			if (unrecognized && unrecognized.length > 0) payload.issues.push({
				code: "unrecognized_keys",
				input,
				inst,
				keys: unrecognized,
				continue: true
			});
		}
		if (proms.length) return Promise.all(proms).then(() => payload);
		return payload;
	};
});
const $ZodEnum = /*@__PURE__*/ $constructor("$ZodEnum", (inst, def) => {
	$ZodType.init(inst, def);
	const values = getEnumValues(def.entries);
	const valuesSet = new Set(values);
	inst._zod.values = valuesSet;
	defineLazyInternal(inst, "pattern", (zod) => {
		const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
		return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
	});
	inst._zod.parse = (payload, _ctx) => {
		const input = payload.value;
		if (valuesSet.has(input)) return payload;
		payload.issues.push({
			code: "invalid_value",
			values,
			input,
			inst
		});
		return payload;
	};
});
const $ZodLiteral = /*@__PURE__*/ $constructor("$ZodLiteral", (inst, def) => {
	$ZodType.init(inst, def);
	const values = new Set(def.values);
	inst._zod.values = values;
	defineLazyInternal(inst, "pattern", (zod) => {
		const vals = zod.def.values;
		return new RegExp(vals.length ? `^(${vals.map((o) => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o)).join("|")})$` : "^[^\\s\\S]$");
	});
	inst._zod.parse = (payload, _ctx) => {
		const input = payload.value;
		if (values.has(input)) return payload;
		payload.issues.push({
			code: "invalid_value",
			values: def.values,
			input,
			inst
		});
		return payload;
	};
});
const $ZodTransform = /*@__PURE__*/ $constructor("$ZodTransform", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.optin = "optional";
	globalConfig.memoizer?.guard(inst);
	inst._zod.parse = (payload, ctx) => {
		if (ctx.direction === "backward") throw new $ZodEncodeError(inst.constructor.name);
		const _out = def.transform(payload.value, payload);
		if (ctx.async) return (_out instanceof Promise ? _out : Promise.resolve(_out)).then((output) => {
			payload.value = output;
			return payload;
		});
		if (_out instanceof Promise) throw new $ZodAsyncError();
		payload.value = _out;
		return payload;
	};
});
function handleOptionalResult(payload, result) {
	payload.value = result.issues.length ? void 0 : result.value;
	return payload;
}
const $ZodOptional = /*@__PURE__*/ $constructor("$ZodOptional", (inst, def) => {
	$ZodType.init(inst, def);
	defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
	inst._zod.optout = "optional";
	defineLazyInternal(inst, "values", (zod) => {
		const values = zod.def.innerType._zod.values;
		return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
	});
	defineLazyInternal(inst, "pattern", (zod) => {
		const pattern = zod.def.innerType._zod.pattern;
		return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
	});
	inst._zod.parse = (payload, ctx) => {
		if (payload.value === void 0) {
			if (def.innerType._zod.optin !== "defaulted") return payload;
			const result = def.innerType._zod.run({
				value: payload.value,
				issues: []
			}, ctx);
			if (result instanceof Promise) return result.then((result) => handleOptionalResult(payload, result));
			return handleOptionalResult(payload, result);
		}
		return def.innerType._zod.run(payload, ctx);
	};
});
const $ZodExactOptional = /*@__PURE__*/ $constructor("$ZodExactOptional", (inst, def) => {
	$ZodOptional.init(inst, def);
	defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
	defineLazyInternal(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
	inst._zod.parse = (payload, ctx) => {
		return def.innerType._zod.run(payload, ctx);
	};
});
const $ZodNullable = /*@__PURE__*/ $constructor("$ZodNullable", (inst, def) => {
	$ZodType.init(inst, def);
	defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
	defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
	defineLazyInternal(inst, "pattern", (zod) => {
		const pattern = zod.def.innerType._zod.pattern;
		return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : void 0;
	});
	defineLazyInternal(inst, "values", (zod) => {
		return zod.def.innerType._zod.values ? /* @__PURE__ */ new Set([...zod.def.innerType._zod.values, null]) : void 0;
	});
	inst._zod.parse = (payload, ctx) => {
		if (payload.value === null) return payload;
		return def.innerType._zod.run(payload, ctx);
	};
});
const $ZodDefault = /*@__PURE__*/ $constructor("$ZodDefault", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.optin = "defaulted";
	defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
	inst._zod.parse = (payload, ctx) => {
		if (ctx.direction === "backward") return def.innerType._zod.run(payload, ctx);
		if (payload.value === void 0) {
			payload.value = def.defaultValue;
			/**
			* $ZodDefault returns the default value immediately in forward direction.
			* It doesn't pass the default value into the validator ("prefault"). There's no reason to pass the default value through validation. The validity of the default is enforced by TypeScript statically. Otherwise, it's the responsibility of the user to ensure the default is valid. In the case of pipes with divergent in/out types, you can specify the default on the `in` schema of your ZodPipe to set a "prefault" for the pipe.   */
			return payload;
		}
		const result = def.innerType._zod.run(payload, ctx);
		if (result instanceof Promise) return result.then((result) => handleDefaultResult(result, def));
		return handleDefaultResult(result, def);
	};
});
function handleDefaultResult(payload, def) {
	if (payload.value === void 0) payload.value = def.defaultValue;
	return payload;
}
const $ZodPrefault = /*@__PURE__*/ $constructor("$ZodPrefault", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.optin = "defaulted";
	defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
	inst._zod.parse = (payload, ctx) => {
		if (ctx.direction === "backward") return def.innerType._zod.run(payload, ctx);
		if (payload.value === void 0) payload.value = def.defaultValue;
		return def.innerType._zod.run(payload, ctx);
	};
});
const $ZodNonOptional = /*@__PURE__*/ $constructor("$ZodNonOptional", (inst, def) => {
	$ZodType.init(inst, def);
	defineLazyInternal(inst, "values", (zod) => {
		const v = zod.def.innerType._zod.values;
		return v ? new Set([...v].filter((x) => x !== void 0)) : void 0;
	});
	inst._zod.parse = (payload, ctx) => {
		const result = def.innerType._zod.run(payload, ctx);
		if (result instanceof Promise) return result.then((result) => handleNonOptionalResult(result, inst));
		return handleNonOptionalResult(result, inst);
	};
});
function handleNonOptionalResult(payload, inst) {
	if (!payload.issues.length && payload.value === void 0) payload.issues.push({
		code: "invalid_type",
		expected: "nonoptional",
		input: payload.value,
		inst
	});
	return payload;
}
function handleCatchResult(payload, result, def, ctx) {
	if (!result.issues.length) {
		payload.value = result.value;
		if (result.memo) payload.memo = true;
		return payload;
	}
	payload.value = def.catchValue({
		...result,
		value: payload.value,
		error: { issues: result.issues.map((iss) => finalizeIssue(iss, ctx, config())) },
		input: payload.value
	});
	return payload;
}
const $ZodCatch = /*@__PURE__*/ $constructor("$ZodCatch", (inst, def) => {
	$ZodType.init(inst, def);
	defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
	defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
	defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
	inst._zod.parse = (payload, ctx) => {
		if (ctx.direction === "backward") return def.innerType._zod.run(payload, ctx);
		const result = def.innerType._zod.run({
			value: payload.value,
			issues: []
		}, ctx);
		if (result instanceof Promise) return result.then((result) => handleCatchResult(payload, result, def, ctx));
		return handleCatchResult(payload, result, def, ctx);
	};
});
const $ZodPipe = /*@__PURE__*/ $constructor("$ZodPipe", (inst, def) => {
	$ZodType.init(inst, def);
	defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
	defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
	defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
	defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
	inst._zod.parse = (payload, ctx) => {
		if (ctx.direction === "backward") {
			const right = def.out._zod.run(payload, ctx);
			if (right instanceof Promise) return right.then((right) => handlePipeResult(right, def.in, ctx));
			return handlePipeResult(right, def.in, ctx);
		}
		const left = def.in._zod.run(payload, ctx);
		if (left instanceof Promise) return left.then((left) => handlePipeResult(left, def.out, ctx));
		return handlePipeResult(left, def.out, ctx);
	};
});
function handlePipeResult(left, next, ctx) {
	if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
		left.aborted = true;
		return left;
	}
	return next._zod.run({
		value: left.value,
		issues: left.issues
	}, ctx);
}
const $ZodReadonly = /*@__PURE__*/ $constructor("$ZodReadonly", (inst, def) => {
	$ZodType.init(inst, def);
	defineLazyInternal(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
	defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
	defineLazyInternal(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
	defineLazyInternal(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
	inst._zod.parse = (payload, ctx) => {
		if (ctx.direction === "backward") return def.innerType._zod.run(payload, ctx);
		const result = def.innerType._zod.run(payload, ctx);
		if (result instanceof Promise) return result.then(handleReadonlyResult);
		return handleReadonlyResult(result);
	};
});
function handleReadonlyResult(payload) {
	if (!payload.memo) payload.value = Object.freeze(payload.value);
	return payload;
}
const $ZodLazy = /*@__PURE__*/ $constructor("$ZodLazy", (inst, def) => {
	$ZodType.init(inst, def);
	defineLazy(inst._zod, "innerType", () => {
		const d = def;
		if (!d._cachedInner) d._cachedInner = def.getter();
		return d._cachedInner;
	});
	defineLazyInternal(inst, "pattern", (zod) => zod.innerType?._zod?.pattern);
	defineLazyInternal(inst, "propValues", (zod) => zod.innerType?._zod?.propValues);
	defineLazyInternal(inst, "optin", (zod) => zod.innerType?._zod?.optin ?? void 0);
	defineLazyInternal(inst, "optout", (zod) => zod.innerType?._zod?.optout ?? void 0);
	inst._zod.parse = (payload, ctx) => {
		return inst._zod.innerType._zod.run(payload, ctx);
	};
});
const $ZodCustom = /*@__PURE__*/ $constructor("$ZodCustom", (inst, def) => {
	$ZodCheck.init(inst, def);
	$ZodType.init(inst, def);
	inst._zod.parse = (payload, _) => {
		return payload;
	};
	inst._zod.check = (payload) => {
		const input = payload.value;
		const r = def.fn(input);
		if (r instanceof Promise) return r.then((r) => handleRefineResult(r, payload, input, inst));
		handleRefineResult(r, payload, input, inst);
	};
});
function handleRefineResult(result, payload, input, inst) {
	if (!result) {
		const _iss = {
			code: "custom",
			input,
			inst,
			path: [...inst._zod.def.path ?? []],
			continue: !inst._zod.def.abort
		};
		if (inst._zod.def.params) _iss.params = inst._zod.def.params;
		payload.issues.push(issue(_iss));
	}
}
// node_modules/zod/v4/core/memoizer.js
var $ZodCyclicError = class extends Error {
	constructor() {
		super(`Cannot parse a reference cycle that closes through a transform`);
		this.name = "ZodCyclicError";
	}
};
/** Keyed off the context object every schema in one parse call already shares. */
const STATE = "~memo";
const NO_ISSUES = [];
function isRef(value) {
	return value !== null && typeof value === "object";
}
function cloneIssues(issues) {
	return issues.map((iss) => iss.path ? {
		...iss,
		path: iss.path.slice()
	} : { ...iss });
}
const recursive = /*@__PURE__*/ new WeakMap();
/** What the walk established, in order of certainty: ordered so the strongest answer among children wins. */
const NONE = 0;
const ASSUMED = 1;
const PROVEN = 2;
/** Whether this schema's subtree contains a cycle, so one parse can re-enter it. */
function isRecursive(inst, stack, resolve) {
	const cached = recursive.get(inst);
	if (cached !== void 0) return cached ? PROVEN : NONE;
	if (stack.has(inst)) return PROVEN;
	stack.add(inst);
	let result = NONE;
	const check = (child) => {
		if (result !== PROVEN && child?._zod) {
			const answer = isRecursive(child, stack, resolve);
			if (answer > result) result = answer;
		}
	};
	const shape = (sh, spread) => {
		let answer = NONE;
		for (const key of Reflect.ownKeys(sh)) {
			const desc = Object.getOwnPropertyDescriptor(sh, key);
			if (spread && !desc.enumerable) continue;
			const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack, resolve) : NONE;
			if (child > answer) answer = child;
		}
		return answer;
	};
	const merge = (answer) => {
		if (answer > result) result = answer;
	};
	const def = inst._zod.def;
	switch (def.type) {
		case "object": {
			const raw = rawShape(def);
			merge(raw ? shape(raw, true) : ASSUMED);
			check(def.catchall);
			break;
		}
		case "array":
			check(def.element);
			break;
		case "tuple":
			for (const el of def.items) check(el);
			check(def.rest);
			break;
		case "record":
		case "map":
			check(def.keyType);
			check(def.valueType);
			break;
		case "set":
			check(def.valueType);
			break;
		case "union":
			for (const el of def.options) check(el);
			break;
		case "intersection":
			check(def.left);
			check(def.right);
			break;
		case "optional":
		case "nullable":
		case "default":
		case "prefault":
		case "catch":
		case "readonly":
		case "nonoptional":
		case "promise":
		case "success":
			check(def.innerType);
			break;
		case "pipe":
			check(def.in);
			check(def.out);
			break;
		case "function":
			check(def.input);
			check(def.output);
			break;
		case "lazy": {
			const inner = def._cachedInner ?? (resolve ? inst._zod.innerType : void 0);
			merge(inner ? isRecursive(inner, stack, false) : ASSUMED);
			break;
		}
		case "template_literal":
		case "string":
		case "number":
		case "int":
		case "boolean":
		case "bigint":
		case "symbol":
		case "undefined":
		case "null":
		case "void":
		case "never":
		case "any":
		case "unknown":
		case "date":
		case "nan":
		case "enum":
		case "literal":
		case "file":
		case "transform":
		case "custom": break;
		default: for (const key in def) {
			const desc = Object.getOwnPropertyDescriptor(def, key);
			if (!desc || desc.get) continue;
			const value = desc.value;
			if (!value || typeof value !== "object") continue;
			if (value._zod) check(value);
			else if (Array.isArray(value)) for (const el of value) check(el);
		}
	}
	stack.delete(inst);
	return settle$1(inst, result);
}
/** An assumed answer must not outlive the resolution that settles it, so only a certain one is cached. */
function settle$1(inst, answer) {
	if (answer !== ASSUMED) recursive.set(inst, answer === PROVEN);
	return answer;
}
function bucketFor(state, inst) {
	let bucket = state.buckets.get(inst);
	if (!bucket) {
		bucket = /* @__PURE__ */ new WeakMap();
		state.buckets.set(inst, bucket);
	}
	return bucket;
}
let handoff;
const open = [];
const memo = {
	alloc(_inst, payload, empty) {
		const bucket = handoff;
		if (!bucket) return empty;
		handoff = void 0;
		const entry = {
			value: empty,
			issues: null
		};
		bucket.set(payload.value, entry);
		open.push(entry);
		return empty;
	},
	guard(inst) {
		var _a;
		(_a = inst._zod).deferred ?? (_a.deferred = []);
		inst._zod.deferred.push(() => {
			const base = inst._zod.parse;
			const wrapped = (payload, ctx) => {
				if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value)) throw new $ZodCyclicError();
				return base(payload, ctx);
			};
			inst._zod.parse = wrapped;
			if (inst._zod.run === base) inst._zod.run = wrapped;
		});
	},
	attach(inst) {
		var _a;
		let isRecursiveInst;
		let rechecked = false;
		let lastCtx;
		let lastBucket;
		(_a = inst._zod).deferred ?? (_a.deferred = []);
		inst._zod.deferred.push(() => {
			const base = inst._zod.parse;
			const wrapped = (payload, ctx) => {
				if (isRecursiveInst === void 0) {
					const walked = isRecursive(inst, /* @__PURE__ */ new Set(), false);
					if (walked === NONE) {
						inst._zod.parse = base;
						if (inst._zod.run === wrapped) inst._zod.run = base;
						return base(payload, ctx);
					}
					if (walked === PROVEN || rechecked) isRecursiveInst = true;
					else rechecked = true;
				}
				const input = payload.value;
				if (!isRef(input)) return base(payload, ctx);
				let state = ctx[STATE];
				if (!state) {
					state = {
						buckets: /* @__PURE__ */ new WeakMap(),
						backEdges: void 0
					};
					ctx[STATE] = state;
				}
				let bucket;
				if (lastCtx === ctx) bucket = lastBucket;
				else {
					bucket = bucketFor(state, inst);
					lastCtx = ctx;
					lastBucket = bucket;
				}
				const hit = bucket.get(input);
				if (hit) {
					payload.value = hit.value;
					if (hit.issues) {
						if (hit.issues.length) payload.issues.push(...cloneIssues(hit.issues));
					} else {
						payload.memo = true;
						state.backEdges ?? (state.backEdges = /* @__PURE__ */ new WeakSet());
						state.backEdges.add(hit.value);
					}
					return payload;
				}
				handoff = bucket;
				const depth = open.length;
				const result = base(payload, ctx);
				handoff = void 0;
				const entry = open.length > depth ? open.pop() : void 0;
				if (result instanceof Promise) return result.then((r) => {
					if (entry) entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
					return r;
				});
				if (entry) entry.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES;
				return result;
			};
			inst._zod.parse = wrapped;
			if (inst._zod.run === base) inst._zod.run = wrapped;
		});
	}
};
/** The memoizer that gives containers cycle support. `zod` installs it by default; `zod/mini` opts in with `config({ memoizer: memoizer() })`. */
function memoizer() {
	return memo;
}
/** Whether this value is a node a back-edge resolved to before it finished. */
function isBackEdge(ctx, value) {
	const backEdges = ctx[STATE]?.backEdges;
	return backEdges !== void 0 && isRef(value) && backEdges.has(value);
}
// node_modules/zod/v4/locales/en.js
const error = () => {
	const Sizable = {
		string: {
			unit: "characters",
			verb: "to have"
		},
		file: {
			unit: "bytes",
			verb: "to have"
		},
		array: {
			unit: "items",
			verb: "to have"
		},
		set: {
			unit: "items",
			verb: "to have"
		},
		map: {
			unit: "entries",
			verb: "to have"
		}
	};
	function getSizing(origin) {
		return Sizable[origin] ?? null;
	}
	const FormatDictionary = {
		regex: "input",
		email: "email address",
		url: "URL",
		emoji: "emoji",
		uuid: "UUID",
		uuidv4: "UUIDv4",
		uuidv6: "UUIDv6",
		nanoid: "nanoid",
		guid: "GUID",
		cuid: "cuid",
		cuid2: "cuid2",
		ulid: "ULID",
		xid: "XID",
		ksuid: "KSUID",
		datetime: "ISO datetime",
		date: "ISO date",
		time: "ISO time",
		duration: "ISO duration",
		ipv4: "IPv4 address",
		ipv6: "IPv6 address",
		mac: "MAC address",
		cidrv4: "IPv4 range",
		cidrv6: "IPv6 range",
		base64: "base64-encoded string",
		base64url: "base64url-encoded string",
		json_string: "JSON string",
		e164: "E.164 number",
		currency_code: "currency code",
		credit_card: "credit card number",
		iban: "IBAN",
		jwt: "JWT",
		template_literal: "input"
	};
	const TypeDictionary = { nan: "NaN" };
	function getTypeName(type, input) {
		if (type === "number" && typeof input === "number" && !Number.isFinite(input)) return String(input);
		return TypeDictionary[type] ?? type;
	}
	return (issue) => {
		switch (issue.code) {
			case "invalid_type": return `Invalid input: expected ${getTypeName(issue.expected)}, received ${getTypeName(parsedType(issue.input), issue.input)}`;
			case "invalid_value":
				if (issue.values.length === 1) return `Invalid input: expected ${stringifyPrimitive(issue.values[0])}`;
				return `Invalid option: expected one of ${joinValues(issue.values, "|")}`;
			case "too_big": {
				const adj = issue.exact ? "exactly " : issue.inclusive ? "<=" : "<";
				const sizing = getSizing(issue.origin);
				if (sizing) return `Too big: expected ${issue.origin ?? "value"} to have ${adj}${issue.maximum.toString()} ${sizing.unit ?? "elements"}`;
				return `Too big: expected ${issue.origin ?? "value"} to be ${adj}${issue.maximum.toString()}`;
			}
			case "too_small": {
				const adj = issue.exact ? "exactly " : issue.inclusive ? ">=" : ">";
				const sizing = getSizing(issue.origin);
				if (sizing) return `Too small: expected ${issue.origin} to have ${adj}${issue.minimum.toString()} ${sizing.unit}`;
				return `Too small: expected ${issue.origin} to be ${adj}${issue.minimum.toString()}`;
			}
			case "invalid_format": {
				const _issue = issue;
				if (_issue.format === "starts_with") return `Invalid string: must start with "${_issue.prefix}"`;
				if (_issue.format === "ends_with") return `Invalid string: must end with "${_issue.suffix}"`;
				if (_issue.format === "includes") return `Invalid string: must include "${_issue.includes}"`;
				if (_issue.format === "regex") return `Invalid string: must match pattern ${_issue.pattern}`;
				return `Invalid ${FormatDictionary[_issue.format] ?? issue.format}`;
			}
			case "not_multiple_of": return `Invalid number: must be a multiple of ${issue.divisor}`;
			case "unrecognized_keys": return `Unrecognized key${issue.keys.length > 1 ? "s" : ""}: ${joinValues(issue.keys, ", ")}`;
			case "invalid_key": return `Invalid key in ${issue.origin}`;
			case "invalid_union":
				if (issue.options && Array.isArray(issue.options) && issue.options.length > 0) return `Invalid discriminator value. Expected ${issue.options.map((o) => `'${o}'`).join(" | ")}`;
				if (issue.inclusive === false) return "Invalid input: more than one option matched";
				return "Invalid input";
			case "invalid_element": return `Invalid value in ${issue.origin}`;
			default: return `Invalid input`;
		}
	};
};
function en_default() {
	return { localeError: error() };
}
// node_modules/zod/v4/core/registries.js
var _a;
var $ZodRegistry = class {
	constructor() {
		this._map = /* @__PURE__ */ new WeakMap();
		this._idmap = /* @__PURE__ */ new Map();
	}
	add(schema, ..._meta) {
		const meta = _meta[0];
		this._map.set(schema, meta);
		if (meta && typeof meta === "object" && "id" in meta) this._idmap.set(meta.id, schema);
		return this;
	}
	clear() {
		this._map = /* @__PURE__ */ new WeakMap();
		this._idmap = /* @__PURE__ */ new Map();
		return this;
	}
	remove(schema) {
		const meta = this._map.get(schema);
		if (meta && typeof meta === "object" && "id" in meta) this._idmap.delete(meta.id);
		this._map.delete(schema);
		return this;
	}
	get(schema) {
		const p = schema._zod.parent;
		if (p) {
			const pm = { ...this.get(p) ?? {} };
			delete pm.id;
			const f = {
				...pm,
				...this._map.get(schema)
			};
			return Object.keys(f).length ? f : void 0;
		}
		return this._map.get(schema);
	}
	has(schema) {
		return this._map.has(schema);
	}
};
function registry() {
	return new $ZodRegistry();
}
(_a = globalThis).__zod_globalRegistry ?? (_a.__zod_globalRegistry = registry());
const globalRegistry = globalThis.__zod_globalRegistry;
// node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
	if (def.checks) def.checks = [...def.checks];
	return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
	return new Class(snapshotChecks({
		type: "string",
		...normalizeParams(params)
	}));
}
// @__NO_SIDE_EFFECTS__
function _email(Class, params) {
	return new Class({
		type: "string",
		format: "email",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _guid(Class, params) {
	return new Class({
		type: "string",
		format: "guid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _uuid(Class, params) {
	return new Class({
		type: "string",
		format: "uuid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _uuidv4(Class, params) {
	return new Class({
		type: "string",
		format: "uuid",
		check: "string_format",
		abort: false,
		version: "v4",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _uuidv6(Class, params) {
	return new Class({
		type: "string",
		format: "uuid",
		check: "string_format",
		abort: false,
		version: "v6",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _uuidv7(Class, params) {
	return new Class({
		type: "string",
		format: "uuid",
		check: "string_format",
		abort: false,
		version: "v7",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _url(Class, params) {
	return new Class({
		type: "string",
		format: "url",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _emoji(Class, params) {
	return new Class({
		type: "string",
		format: "emoji",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _nanoid(Class, params) {
	return new Class({
		type: "string",
		format: "nanoid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
/**
* @deprecated CUID v1 is deprecated by its authors due to information leakage
* (timestamps embedded in the id). Use {@link _cuid2} instead.
* See https://github.com/paralleldrive/cuid.
*/
// @__NO_SIDE_EFFECTS__
function _cuid(Class, params) {
	return new Class({
		type: "string",
		format: "cuid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _cuid2(Class, params) {
	return new Class({
		type: "string",
		format: "cuid2",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _ulid(Class, params) {
	return new Class({
		type: "string",
		format: "ulid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _xid(Class, params) {
	return new Class({
		type: "string",
		format: "xid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _ksuid(Class, params) {
	return new Class({
		type: "string",
		format: "ksuid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _ipv4(Class, params) {
	return new Class({
		type: "string",
		format: "ipv4",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _ipv6(Class, params) {
	return new Class({
		type: "string",
		format: "ipv6",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _cidrv4(Class, params) {
	return new Class({
		type: "string",
		format: "cidrv4",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _cidrv6(Class, params) {
	return new Class({
		type: "string",
		format: "cidrv6",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _base64(Class, params) {
	return new Class({
		type: "string",
		format: "base64",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _base64url(Class, params) {
	return new Class({
		type: "string",
		format: "base64url",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _e164(Class, params) {
	return new Class({
		type: "string",
		format: "e164",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _jwt(Class, params) {
	return new Class({
		type: "string",
		format: "jwt",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class, params) {
	return new Class({
		type: "string",
		format: "datetime",
		check: "string_format",
		offset: false,
		local: false,
		precision: null,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class, params) {
	return new Class({
		type: "string",
		format: "date",
		check: "string_format",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class, params) {
	return new Class({
		type: "string",
		format: "time",
		check: "string_format",
		precision: null,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class, params) {
	return new Class({
		type: "string",
		format: "duration",
		check: "string_format",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
	return new Class(snapshotChecks({
		type: "number",
		checks: [],
		...normalizeParams(params)
	}));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
	return new Class({
		type: "number",
		check: "number_format",
		abort: false,
		format: "safeint",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class, params) {
	return new Class({
		type: "boolean",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class) {
	return new Class({ type: "unknown" });
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
	return new Class({
		type: "never",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _lt(value, params) {
	return new $ZodCheckLessThan({
		check: "less_than",
		...normalizeParams(params),
		value,
		inclusive: false
	});
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
	return new $ZodCheckLessThan({
		check: "less_than",
		...normalizeParams(params),
		value,
		inclusive: true
	});
}
// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
	return new $ZodCheckGreaterThan({
		check: "greater_than",
		...normalizeParams(params),
		value,
		inclusive: false
	});
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
	return new $ZodCheckGreaterThan({
		check: "greater_than",
		...normalizeParams(params),
		value,
		inclusive: true
	});
}
// @__NO_SIDE_EFFECTS__
function _multipleOf(value, params) {
	return new $ZodCheckMultipleOf({
		check: "multiple_of",
		...normalizeParams(params),
		value
	});
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
	return new $ZodCheckMaxLength({
		check: "max_length",
		...normalizeParams(params),
		maximum
	});
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
	return new $ZodCheckMinLength({
		check: "min_length",
		...normalizeParams(params),
		minimum
	});
}
// @__NO_SIDE_EFFECTS__
function _length(length, params) {
	return new $ZodCheckLengthEquals({
		check: "length_equals",
		...normalizeParams(params),
		length
	});
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
	return new $ZodCheckRegex({
		check: "string_format",
		format: "regex",
		...normalizeParams(params),
		pattern
	});
}
// @__NO_SIDE_EFFECTS__
function _lowercase(params) {
	return new $ZodCheckLowerCase({
		check: "string_format",
		format: "lowercase",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _uppercase(params) {
	return new $ZodCheckUpperCase({
		check: "string_format",
		format: "uppercase",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _includes(includes, params) {
	return new $ZodCheckIncludes({
		check: "string_format",
		format: "includes",
		...normalizeParams(params),
		includes
	});
}
// @__NO_SIDE_EFFECTS__
function _startsWith(prefix, params) {
	return new $ZodCheckStartsWith({
		check: "string_format",
		format: "starts_with",
		...normalizeParams(params),
		prefix
	});
}
// @__NO_SIDE_EFFECTS__
function _endsWith(suffix, params) {
	return new $ZodCheckEndsWith({
		check: "string_format",
		format: "ends_with",
		...normalizeParams(params),
		suffix
	});
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
	return new $ZodCheckOverwrite({
		check: "overwrite",
		tx
	});
}
// @__NO_SIDE_EFFECTS__
function _normalize(form) {
	return /* @__PURE__ */ _overwrite((input) => input.normalize(form));
}
// @__NO_SIDE_EFFECTS__
function _trim() {
	return /* @__PURE__ */ _overwrite((input) => input.trim());
}
// @__NO_SIDE_EFFECTS__
function _toLowerCase() {
	return /* @__PURE__ */ _overwrite((input) => input.toLowerCase());
}
// @__NO_SIDE_EFFECTS__
function _toUpperCase() {
	return /* @__PURE__ */ _overwrite((input) => input.toUpperCase());
}
// @__NO_SIDE_EFFECTS__
function _slugify() {
	return /* @__PURE__ */ _overwrite((input) => slugify(input));
}
// @__NO_SIDE_EFFECTS__
function _array(Class, element, params) {
	return new Class({
		type: "array",
		element,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _refine(Class, fn, _params) {
	return new Class({
		type: "custom",
		check: "custom",
		fn,
		...normalizeParams(_params)
	});
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
	const ch = /* @__PURE__ */ _check((payload) => {
		payload.addIssue = (issue$2) => {
			if (typeof issue$2 === "string") payload.issues.push(issue(issue$2, payload.value, ch._zod.def));
			else {
				const _issue = issue$2;
				if (_issue.fatal) _issue.continue = false;
				_issue.code ?? (_issue.code = "custom");
				if (!("input" in _issue)) _issue.input = payload.value;
				_issue.inst ?? (_issue.inst = ch);
				_issue.continue ?? (_issue.continue = !ch._zod.def.abort);
				payload.issues.push(issue(_issue));
			}
		};
		return fn(payload.value, payload);
	}, params);
	return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
	const ch = new $ZodCheck({
		check: "custom",
		...normalizeParams(params)
	});
	ch._zod.check = fn;
	return ch;
}
// node_modules/zod/v4/core/to-json-schema.js
function assignProps(target, ...sources) {
	for (const source of sources) for (const key of Reflect.ownKeys(source)) if (Object.prototype.propertyIsEnumerable.call(source, key)) assignProp(target, key, source[key]);
	return target;
}
function initializeContext(params) {
	let target = params?.target ?? "draft-2020-12";
	if (target === "draft-4") target = "draft-04";
	if (target === "draft-7") target = "draft-07";
	return {
		processors: params.processors ?? {},
		metadataRegistry: params?.metadata ?? globalRegistry,
		target,
		unrepresentable: params?.unrepresentable ?? "throw",
		override: params?.override ?? (() => {}),
		io: params?.io ?? "output",
		counter: 0,
		seen: /* @__PURE__ */ new Map(),
		sharedDefsExtractedFor: void 0,
		sharedEmitDoneFor: void 0,
		cycles: params?.cycles ?? "ref",
		reused: params?.reused ?? "inline",
		intersections: [],
		deferred: [],
		external: params?.external ?? void 0
	};
}
/**
* Applies the `unrepresentable` setting at a site that has no JSON Schema equivalent. Throws
* `message` unless the setting (or the handler's return value) says otherwise. Returns `true` if a
* custom JSON Schema was written into `json`, in which case the caller must not write its own.
*/
function handleUnrepresentable(schema, ctx, json, params, message) {
	const result = typeof ctx.unrepresentable === "function" ? ctx.unrepresentable({
		zodSchema: schema,
		path: params.path,
		message
	}) : ctx.unrepresentable;
	if (result === "any") return false;
	if (result === void 0 || result === "throw") throw new Error(message);
	Object.assign(json, result);
	return true;
}
function processSchema(schema, ctx, _params = {
	path: [],
	schemaPath: []
}) {
	var _a;
	const def = schema._zod.def;
	const seen = ctx.seen.get(schema);
	if (seen) {
		seen.count++;
		if (_params.schemaPath.includes(schema)) seen.cycle = _params.path;
		return seen.schema;
	}
	const result = {
		schema: {},
		count: 1,
		cycle: void 0,
		path: _params.path
	};
	ctx.seen.set(schema, result);
	ctx.sharedDefsExtractedFor = void 0;
	ctx.sharedEmitDoneFor = void 0;
	const overrideSchema = schema._zod.toJSONSchema?.();
	if (overrideSchema) result.schema = overrideSchema;
	else {
		const params = {
			..._params,
			schemaPath: [..._params.schemaPath, schema],
			path: _params.path
		};
		if (schema._zod.processJSONSchema) schema._zod.processJSONSchema(ctx, result.schema, params);
		else {
			const _json = result.schema;
			const processor = ctx.processors[def.type];
			if (!processor) throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
			processor(schema, ctx, _json, params);
		}
		const parent = schema._zod.parent;
		if (parent) {
			if (!result.ref) result.ref = parent;
			processSchema(parent, ctx, params);
			ctx.seen.get(parent).isParent = true;
		}
	}
	const meta = ctx.metadataRegistry.get(schema);
	if (meta) assignProps(result.schema, meta);
	if (ctx.io === "input" && isTransforming(schema)) {
		delete result.schema.examples;
		delete result.schema.default;
	}
	if (ctx.io === "input" && "_prefault" in result.schema) (_a = result.schema).default ?? (_a.default = result.schema._prefault);
	delete result.schema._prefault;
	return ctx.seen.get(schema).schema;
}
function encodeJSONPointerSegment(segment) {
	return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function extractDefs(ctx, schema) {
	const root = ctx.seen.get(schema);
	if (!root) throw new Error("Unprocessed schema. This is a bug in Zod.");
	if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external) return;
	const idToSchema = /* @__PURE__ */ new Map();
	for (const entry of ctx.seen.entries()) {
		const id = ctx.metadataRegistry.get(entry[0])?.id;
		if (id) {
			const existing = idToSchema.get(id);
			if (existing && existing !== entry[0]) throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
			idToSchema.set(id, entry[0]);
		}
	}
	const makeURI = (entry) => {
		const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
		if (ctx.external) {
			const externalId = ctx.external.registry.get(entry[0])?.id;
			const uriGenerator = ctx.external.uri ?? ((id) => id);
			if (externalId) return { ref: uriGenerator(externalId) };
			const id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
			entry[1].defId = id;
			return {
				defId: id,
				ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}`
			};
		}
		const uriPrefix = `#`;
		const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
		if (entry[1] === root && !entry[1].schema.id) return { ref: uriPrefix };
		const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
		return {
			defId,
			ref: defUriPrefix + encodeJSONPointerSegment(defId)
		};
	};
	const extractToDef = (entry) => {
		if (entry[1].schema.$ref) return;
		const seen = entry[1];
		const { ref, defId } = makeURI(entry);
		seen.def = { ...seen.schema };
		if (defId) seen.defId = defId;
		const schema = seen.schema;
		for (const key in schema) delete schema[key];
		schema.$ref = ref;
	};
	if (ctx.cycles === "throw") for (const entry of ctx.seen.entries()) {
		const seen = entry[1];
		if (seen.cycle) throw new Error(`Cycle detected: #/${seen.cycle?.join("/")}/<root>

Set the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`);
	}
	for (const entry of ctx.seen.entries()) {
		const seen = entry[1];
		if (schema === entry[0]) {
			extractToDef(entry);
			continue;
		}
		if (ctx.external) {
			const ext = ctx.external.registry.get(entry[0])?.id;
			if (schema !== entry[0] && ext) {
				extractToDef(entry);
				continue;
			}
		}
		if (ctx.metadataRegistry.get(entry[0])?.id) {
			extractToDef(entry);
			continue;
		}
		if (seen.cycle) {
			extractToDef(entry);
			continue;
		}
		if (seen.count > 1) {
			if (ctx.reused === "ref") extractToDef(entry);
		}
	}
	if (ctx.external) ctx.sharedDefsExtractedFor = ctx.external;
}
/** Rewrites `anyOf: [{type: "a"}, {type: "b"}]` to `type: ["a", "b"]`, which every JSON Schema draft treats as equivalent and most consumers render far better for the nullable case. Only branches that are a bare type assertion qualify — anything carrying a constraint, `$ref`, `const` or metadata is left alone. Runs after `flattenRef`, so a branch an override decorated or `$defs` extraction turned into a `$ref` is no longer bare and correctly stays in `anyOf`. `oneOf` is excluded: `integer` and `number` overlap, so "exactly one" and "at least one" are not the same there. OpenAPI 3.0 is excluded: its `type` must be a single string. */
function compactTypeUnion(schema) {
	const options = schema.anyOf;
	if (!Array.isArray(options) || options.length === 0 || schema.type !== void 0) return;
	const types = [];
	for (const option of options) {
		if (!option || typeof option !== "object") return;
		compactTypeUnion(option);
		const keys = Object.keys(option);
		if (keys.length !== 1 || keys[0] !== "type") return;
		const type = option.type;
		for (const member of Array.isArray(type) ? type : [type]) {
			if (typeof member !== "string") return;
			if (!types.includes(member)) types.push(member);
		}
	}
	delete schema.anyOf;
	schema.type = types.length === 1 ? types[0] : types;
}
/** Keywords `foldIntersection` knows how to combine. Anything else — `$ref`, `patternProperties`,
* an annotation like `description` — makes a member unfoldable, so a constraint this does not
* understand leaves the `allOf` alone instead of being silently dropped or misattributed. */
const FOLDABLE_KEYS = /* @__PURE__ */ new Set([
	"type",
	"properties",
	"required",
	"additionalProperties"
]);
const UNION_KEYS = ["oneOf", "anyOf"];
/** A member's constraint on a key it does not declare itself. A `catchall` states one; `false`, an absent `additionalProperties`, and the empty schema a loose object emits state nothing. */
function undeclaredConstraint(member) {
	const extra = member.additionalProperties;
	if (extra === void 0 || extra === false || typeof extra !== "object" || extra === null) return null;
	return Object.keys(extra).length ? extra : null;
}
/** Combines object members into the single object they describe together, or returns `null` if any of them carries a keyword outside {@link FOLDABLE_KEYS}. */
function foldObjects(members) {
	const objects = [];
	for (const member of members) {
		if (typeof member !== "object" || member.type !== "object") return null;
		for (const key in member) if (!FOLDABLE_KEYS.has(key)) return null;
		objects.push(member);
	}
	const properties = {};
	const required = /* @__PURE__ */ new Set();
	for (const object of objects) {
		for (const key in object.properties) {
			if (Object.prototype.hasOwnProperty.call(properties, key)) continue;
			const parts = [];
			for (const other of objects) {
				const part = other.properties?.[key] ?? undeclaredConstraint(other);
				if (part === null || part === void 0) continue;
				if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part))) parts.push(part);
			}
			assignProp(properties, key, parts.length === 1 ? parts[0] : foldObjects(parts) ?? { allOf: parts });
		}
		for (const key of object.required ?? []) required.add(key);
	}
	const folded = {
		type: "object",
		properties
	};
	if (required.size) folded.required = [...required];
	if (objects.every((object) => object.additionalProperties === false)) folded.additionalProperties = false;
	else {
		const constraints = [];
		for (const object of objects) {
			const constraint = undeclaredConstraint(object);
			if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint))) constraints.push(constraint);
		}
		if (constraints.length === 1) folded.additionalProperties = constraints[0];
		else if (constraints.length > 1) folded.additionalProperties = { allOf: constraints };
	}
	return folded;
}
/** `additionalProperties` in an `allOf` member sees only that member's own `properties`, so two
* closed object members reject each other's keys and the schema validates nothing. Zod's parser
* pools the key sets instead — `handleIntersectionResults` reports a key as unrecognized only when
* *every* side rejects it — so the emitted schema has to pool them too, and folding the members
* into one object is the encoding that says so on every target.
*
* This runs from `finalize`, after `extractDefs`, which is what keeps it clear of the `$ref`
* machinery: a member extracted into `$defs` is already a `$ref` by now and declines to fold, so it
* keeps its reference and its own closedness rather than being inlined as a stale copy. */
function foldIntersection(json) {
	const allOf = json.allOf;
	if (!Array.isArray(allOf) || allOf.length < 2) return;
	for (const key of FOLDABLE_KEYS) if (key in json) return;
	const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
	let folded = null;
	if (!unions.length) folded = foldObjects(allOf);
	else {
		const union = unions[0];
		const keyword = UNION_KEYS.find((k) => Array.isArray(union[k]));
		if (Object.keys(union).length !== 1) return;
		const rest = allOf.filter((m) => m !== union);
		const branches = union[keyword].map((branch) => foldObjects([...rest, branch]));
		if (branches.some((b) => !b)) return;
		folded = { [keyword]: branches };
	}
	if (!folded) return;
	delete json.allOf;
	assignProps(json, folded);
}
function finalize(ctx, schema) {
	const root = ctx.seen.get(schema);
	if (!root) throw new Error("Unprocessed schema. This is a bug in Zod.");
	const flattenRef = (zodSchema) => {
		const seen = ctx.seen.get(zodSchema);
		if (seen.ref === null) return;
		const schema = seen.def ?? seen.schema;
		const _cached = { ...schema };
		const ref = seen.ref;
		seen.ref = null;
		if (ref) {
			flattenRef(ref);
			const refSeen = ctx.seen.get(ref);
			const refSchema = refSeen.schema;
			if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
				schema.allOf = schema.allOf ?? [];
				schema.allOf.push(refSchema);
			} else assignProps(schema, refSchema);
			assignProps(schema, _cached);
			if (zodSchema._zod.parent === ref) for (const key in schema) {
				if (key === "$ref" || key === "allOf") continue;
				if (!(key in _cached)) delete schema[key];
			}
			if (refSchema.$ref && refSeen.def) for (const key in schema) {
				if (key === "$ref" || key === "allOf") continue;
				if (key in refSeen.def && JSON.stringify(schema[key]) === JSON.stringify(refSeen.def[key])) delete schema[key];
			}
		}
		const parent = zodSchema._zod.parent;
		if (parent && parent !== ref) {
			flattenRef(parent);
			const parentSeen = ctx.seen.get(parent);
			if (parentSeen?.schema.$ref) {
				schema.$ref = parentSeen.schema.$ref;
				if (parentSeen.def) for (const key in schema) {
					if (key === "$ref" || key === "allOf") continue;
					if (key in parentSeen.def && JSON.stringify(schema[key]) === JSON.stringify(parentSeen.def[key])) delete schema[key];
				}
			}
		}
		ctx.override({
			zodSchema,
			jsonSchema: schema,
			path: seen.path ?? []
		});
	};
	if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
		for (const entry of [...ctx.seen.entries()].reverse()) flattenRef(entry[0]);
		if (ctx.target !== "openapi-3.0") for (const entry of ctx.seen.entries()) compactTypeUnion(entry[1].def ?? entry[1].schema);
		for (const rewrite of ctx.deferred) rewrite();
		if (ctx.intersections.length) {
			const carriers = /* @__PURE__ */ new Map();
			for (const seen of ctx.seen.values()) for (const json of [seen.schema, seen.def]) {
				const allOf = json?.allOf;
				if (!Array.isArray(allOf)) continue;
				const existing = carriers.get(allOf);
				if (existing) existing.push(json);
				else carriers.set(allOf, [json]);
			}
			for (const allOf of ctx.intersections) for (const json of carriers.get(allOf) ?? []) foldIntersection(json);
		}
	}
	const result = {};
	if (ctx.target === "draft-2020-12") result.$schema = "https://json-schema.org/draft/2020-12/schema";
	else if (ctx.target === "draft-07") result.$schema = "http://json-schema.org/draft-07/schema#";
	else if (ctx.target === "draft-04") result.$schema = "http://json-schema.org/draft-04/schema#";
	else if (ctx.target === "openapi-3.0") {}
	if (ctx.external?.uri) {
		const id = ctx.external.registry.get(schema)?.id;
		if (!id) throw new Error("Schema is missing an `id` property");
		result.$id = ctx.external.uri(id);
	}
	assignProps(result, root.defId ? root.schema : root.def ?? root.schema);
	const rootMetaId = ctx.metadataRegistry.get(schema)?.id;
	if (rootMetaId !== void 0 && result.id === rootMetaId) delete result.id;
	const defs = ctx.external?.defs ?? {};
	if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) for (const entry of ctx.seen.entries()) {
		const seen = entry[1];
		if (seen.def && seen.defId) {
			if (seen.def.id === seen.defId) delete seen.def.id;
			assignProp(defs, seen.defId, seen.def);
		}
	}
	if (ctx.external) ctx.sharedEmitDoneFor = ctx.external;
	if (ctx.external) {} else if (Object.keys(defs).length > 0) {
		if (ctx.target === "draft-2020-12") result.$defs = defs;
		else result.definitions = defs;
	}
	try {
		const finalized = JSON.parse(JSON.stringify(result));
		Object.defineProperty(finalized, "~standard", {
			value: {
				...schema["~standard"],
				jsonSchema: {
					input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
					output: createStandardJSONSchemaMethod(schema, "output", ctx.processors)
				}
			},
			enumerable: false,
			writable: false
		});
		return finalized;
	} catch (_err) {
		throw new Error("Error converting schema to JSON.");
	}
}
function isTransforming(_schema, _ctx) {
	const ctx = _ctx ?? { seen: /* @__PURE__ */ new Set() };
	if (ctx.seen.has(_schema)) return false;
	ctx.seen.add(_schema);
	const def = _schema._zod.def;
	if (def.type === "transform") return true;
	if (def.type === "array") return isTransforming(def.element, ctx);
	if (def.type === "set") return isTransforming(def.valueType, ctx);
	if (def.type === "lazy") return isTransforming(def.getter(), ctx);
	if (def.type === "promise" || def.type === "optional" || def.type === "nonoptional" || def.type === "nullable" || def.type === "readonly" || def.type === "default" || def.type === "prefault" || def.type === "catch") return isTransforming(def.innerType, ctx);
	if (def.type === "intersection") return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
	if (def.type === "record" || def.type === "map") return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
	if (def.type === "pipe") {
		if (_schema._zod.traits.has("$ZodCodec")) return true;
		return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
	}
	if (def.type === "object") {
		for (const key in def.shape) if (isTransforming(def.shape[key], ctx)) return true;
		return false;
	}
	if (def.type === "union") {
		for (const option of def.options) if (isTransforming(option, ctx)) return true;
		return false;
	}
	if (def.type === "tuple") {
		for (const item of def.items) if (isTransforming(item, ctx)) return true;
		if (def.rest && isTransforming(def.rest, ctx)) return true;
		return false;
	}
	return false;
}
/**
* Creates a toJSONSchema method for a schema instance.
* This encapsulates the logic of initializing context, processing, extracting defs, and finalizing.
*/
const createToJSONSchemaMethod = (schema, processors = {}) => (params) => {
	const ctx = initializeContext({
		...params,
		processors
	});
	processSchema(schema, ctx);
	extractDefs(ctx, schema);
	return finalize(ctx, schema);
};
const createStandardJSONSchemaMethod = (schema, io, processors = {}) => (params) => {
	const { libraryOptions, target } = params ?? {};
	const ctx = initializeContext({
		...libraryOptions ?? {},
		target,
		io,
		processors
	});
	processSchema(schema, ctx);
	extractDefs(ctx, schema);
	return finalize(ctx, schema);
};
// node_modules/zod/v4/core/json-schema-processors.js
const narrowMin = (agg, key, value) => {
	if (agg[key] === void 0 || value > agg[key]) agg[key] = value;
};
const narrowMax = (agg, key, value) => {
	if (agg[key] === void 0 || value < agg[key]) agg[key] = value;
};
const narrowBoth = (agg, value) => {
	narrowMin(agg, "minimum", value);
	narrowMax(agg, "maximum", value);
};
const addDivisor = (agg, value) => {
	agg.multipleOf ?? (agg.multipleOf = []);
	if (!agg.multipleOf.includes(value)) agg.multipleOf.push(value);
};
const addPattern = (agg, pattern) => {
	agg.patterns ?? (agg.patterns = /* @__PURE__ */ new Set());
	agg.patterns.add(pattern);
};
const intersectMime = (agg, mime) => {
	agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
};
const setFormat = (agg, format) => {
	agg.format = format;
	if (format.includes("int")) agg.isInt = true;
};
const minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
const maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
const formatContributor = (ranges) => (agg, def) => {
	setFormat(agg, def.format);
	const [minimum, maximum] = ranges[def.format];
	narrowMin(agg, "minimum", minimum);
	narrowMax(agg, "maximum", maximum);
};
const contributors = {
	greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
	less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
	multiple_of: (agg, def) => addDivisor(agg, def.value),
	number_format: formatContributor(NUMBER_FORMAT_RANGES),
	bigint_format: formatContributor(BIGINT_FORMAT_RANGES),
	min_length: minContributor,
	max_length: maxContributor,
	length_equals: (agg, def) => narrowBoth(agg, def.length),
	min_size: minContributor,
	max_size: maxContributor,
	size_equals: (agg, def) => narrowBoth(agg, def.size),
	string_format: (agg, def) => {
		setFormat(agg, def.format);
		if (def.pattern) addPattern(agg, def.pattern);
		if (def.format === "base64" || def.format === "base64url") agg.contentEncoding = def.format;
		if (def.local || def.precision === -1) agg.laxFormat = true;
	},
	mime_type: (agg, def) => intersectMime(agg, def.mime)
};
function aggregateChecks(schema) {
	const agg = {};
	const def = schema._zod.def;
	const list = schema._zod.traits.has("$ZodCheck") ? [schema, ...def.checks ?? []] : def.checks ?? [];
	for (const ch of list) contributors[ch._zod.def.check]?.(agg, ch._zod.def);
	const bag = schema._zod.bag;
	if (bag.minimum !== void 0) narrowMin(agg, "minimum", bag.minimum);
	if (bag.exclusiveMinimum !== void 0) narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
	if (bag.maximum !== void 0) narrowMax(agg, "maximum", bag.maximum);
	if (bag.exclusiveMaximum !== void 0) narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
	if (bag.multipleOf !== void 0) addDivisor(agg, bag.multipleOf);
	if (bag.format !== void 0) {
		agg.format ?? (agg.format = bag.format);
		if (bag.format.includes("int")) agg.isInt = true;
	}
	if (bag.mime) intersectMime(agg, bag.mime);
	for (const pattern of bag.patterns ?? []) addPattern(agg, pattern);
	return agg;
}
const formatMap = {
	guid: "uuid",
	url: "uri",
	datetime: "date-time",
	json_string: "json-string",
	regex: ""
};
const exactPatterns = /* @__PURE__ */ new Map([[base64Charset, base64], [base64urlCharset, base64url]]);
const exactPattern = (p) => exactPatterns.get(p) ?? p;
const stringProcessor = (schema, ctx, _json, _params) => {
	const json = _json;
	json.type = "string";
	const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema);
	if (typeof minimum === "number") json.minLength = minimum;
	if (typeof maximum === "number") json.maxLength = maximum;
	if (format) {
		json.format = formatMap[format] ?? format;
		if (json.format === "") delete json.format;
		if (format === "time" || laxFormat) delete json.format;
	}
	if (contentEncoding) json.contentEncoding = contentEncoding;
	if (patterns && patterns.size > 0) {
		const patternList = [...patterns].map(exactPattern);
		if (patternList.length === 1) json.pattern = patternList[0].source;
		else if (patternList.length > 1) json.allOf = [...patternList.map((regex) => ({
			...ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0" ? { type: "string" } : {},
			pattern: regex.source
		}))];
	}
};
const numberProcessor = (schema, ctx, _json, params) => {
	const json = _json;
	const { minimum, maximum, multipleOf, exclusiveMaximum, exclusiveMinimum, isInt } = aggregateChecks(schema);
	json.type = isInt ? "integer" : "number";
	const exMin = typeof exclusiveMinimum === "number" && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY);
	const exMax = typeof exclusiveMaximum === "number" && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY);
	const legacy = ctx.target === "draft-04" || ctx.target === "openapi-3.0";
	if (exMin) {
		if (legacy) {
			json.minimum = exclusiveMinimum;
			json.exclusiveMinimum = true;
		} else json.exclusiveMinimum = exclusiveMinimum;
	} else if (typeof minimum === "number") json.minimum = minimum;
	if (exMax) {
		if (legacy) {
			json.maximum = exclusiveMaximum;
			json.exclusiveMaximum = true;
		} else json.exclusiveMaximum = exclusiveMaximum;
	} else if (typeof maximum === "number") json.maximum = maximum;
	if (multipleOf) {
		const divisors = /* @__PURE__ */ new Set();
		for (const divisor of multipleOf) if (Number.isFinite(divisor) && divisor !== 0) divisors.add(Math.abs(divisor));
		else handleUnrepresentable(schema, ctx, json, params, `A multipleOf divisor of ${divisor} cannot be represented in JSON Schema`);
		const [first, ...rest] = divisors;
		if (first !== void 0) json.multipleOf = first;
		if (rest.length) json.allOf = [...json.allOf ?? [], ...rest.map((m) => ({ multipleOf: m }))];
	}
};
const booleanProcessor = (_schema, _ctx, json, _params) => {
	json.type = "boolean";
};
const bigintProcessor = (schema, ctx, json, params) => {
	handleUnrepresentable(schema, ctx, json, params, "BigInt cannot be represented in JSON Schema");
};
const symbolProcessor = (schema, ctx, json, params) => {
	handleUnrepresentable(schema, ctx, json, params, "Symbols cannot be represented in JSON Schema");
};
const nullProcessor = (_schema, ctx, json, _params) => {
	if (ctx.target === "openapi-3.0") {
		json.type = "string";
		json.nullable = true;
		json.enum = [null];
	} else json.type = "null";
};
const undefinedProcessor = (schema, ctx, json, params) => {
	handleUnrepresentable(schema, ctx, json, params, "Undefined cannot be represented in JSON Schema");
};
const voidProcessor = (schema, ctx, json, params) => {
	handleUnrepresentable(schema, ctx, json, params, "Void cannot be represented in JSON Schema");
};
const neverProcessor = (_schema, _ctx, json, _params) => {
	json.not = {};
};
const anyProcessor = (_schema, _ctx, _json, _params) => {};
const unknownProcessor = (_schema, _ctx, _json, _params) => {};
const dateProcessor = (schema, ctx, json, params) => {
	handleUnrepresentable(schema, ctx, json, params, "Date cannot be represented in JSON Schema");
};
const enumProcessor = (schema, _ctx, json, _params) => {
	const def = schema._zod.def;
	const values = getEnumValues(def.entries);
	if (values.length === 0) {
		json.not = {};
		return;
	}
	if (values.every((v) => typeof v === "number")) json.type = "number";
	if (values.every((v) => typeof v === "string")) json.type = "string";
	json.enum = values;
};
const literalProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	if (def.values.length === 0) {
		json.not = {};
		return;
	}
	const vals = [];
	for (const val of def.values) if (val === void 0) {
		if (handleUnrepresentable(schema, ctx, json, params, "Literal `undefined` cannot be represented in JSON Schema")) return;
	} else if (typeof val === "bigint") {
		if (handleUnrepresentable(schema, ctx, json, params, "BigInt literals cannot be represented in JSON Schema")) return;
		vals.push(Number(val));
	} else vals.push(val);
	if (vals.length === 0) {} else if (vals.length === 1) {
		const val = vals[0];
		json.type = val === null ? "null" : typeof val;
		if (ctx.target === "draft-04" || ctx.target === "openapi-3.0") json.enum = [val];
		else json.const = val;
	} else {
		if (vals.every((v) => typeof v === "number")) json.type = "number";
		if (vals.every((v) => typeof v === "string")) json.type = "string";
		if (vals.every((v) => typeof v === "boolean")) json.type = "boolean";
		if (vals.every((v) => v === null)) json.type = "null";
		json.enum = vals;
	}
};
const nanProcessor = (schema, ctx, json, params) => {
	handleUnrepresentable(schema, ctx, json, params, "NaN cannot be represented in JSON Schema");
};
const templateLiteralProcessor = (schema, _ctx, json, _params) => {
	const _json = json;
	const pattern = schema._zod.pattern;
	if (!pattern) throw new Error("Pattern not found in template literal");
	_json.type = "string";
	_json.pattern = pattern.source;
};
const fileProcessor = (schema, _ctx, json, _params) => {
	const _json = json;
	_json.type = "string";
	_json.format = "binary";
	_json.contentEncoding = "binary";
	const { minimum, maximum, mime } = aggregateChecks(schema);
	if (minimum !== void 0) _json.minLength = minimum;
	if (maximum !== void 0) _json.maxLength = maximum;
	if (!mime) return;
	if (mime.length === 0) _json.not = {};
	else if (mime.length === 1) _json.contentMediaType = mime[0];
	else _json.anyOf = mime.map((m) => ({ contentMediaType: m }));
};
const successProcessor = (_schema, _ctx, json, _params) => {
	json.type = "boolean";
};
const customProcessor = (schema, ctx, json, params) => {
	handleUnrepresentable(schema, ctx, json, params, "Custom types cannot be represented in JSON Schema");
};
const functionProcessor = (schema, ctx, json, params) => {
	handleUnrepresentable(schema, ctx, json, params, "Function types cannot be represented in JSON Schema");
};
const transformProcessor = (schema, ctx, json, params) => {
	handleUnrepresentable(schema, ctx, json, params, "Transforms cannot be represented in JSON Schema");
};
const mapProcessor = (schema, ctx, json, params) => {
	handleUnrepresentable(schema, ctx, json, params, "Map cannot be represented in JSON Schema");
};
const setProcessor = (schema, ctx, json, params) => {
	handleUnrepresentable(schema, ctx, json, params, "Set cannot be represented in JSON Schema");
};
const arrayProcessor = (schema, ctx, _json, params) => {
	const json = _json;
	const def = schema._zod.def;
	const { minimum, maximum } = aggregateChecks(schema);
	if (typeof minimum === "number") json.minItems = minimum;
	if (typeof maximum === "number") json.maxItems = maximum;
	json.type = "array";
	json.items = processSchema(def.element, ctx, {
		...params,
		path: [...params.path, "items"]
	});
};
function inputOptin(schema) {
	const def = schema._zod.def;
	if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) return inputOptin(def.out);
	if (def.type === "catch") return inputOptin(def.innerType);
	return schema._zod.optin;
}
const objectProcessor = (schema, ctx, _json, params) => {
	const json = _json;
	const def = schema._zod.def;
	const shape = def.shape;
	if (Object.getOwnPropertySymbols(shape).length && handleUnrepresentable(schema, ctx, json, params, "Symbol keys cannot be represented in JSON Schema")) return;
	json.type = "object";
	json.properties = {};
	for (const key in shape) assignProp(json.properties, key, processSchema(shape[key], ctx, {
		...params,
		path: [
			...params.path,
			"properties",
			key
		]
	}));
	const requiredKeys = [];
	for (const key of Object.keys(shape)) {
		const field = def.shape[key];
		if (ctx.io === "input" ? inputOptin(field) === void 0 : field._zod.optout === void 0) requiredKeys.push(key);
	}
	if (requiredKeys.length > 0) json.required = requiredKeys;
	if (def.catchall?._zod.def.type === "never") json.additionalProperties = false;
	else if (!def.catchall) {
		if (ctx.io === "output") json.additionalProperties = false;
	} else if (def.catchall) json.additionalProperties = processSchema(def.catchall, ctx, {
		...params,
		path: [...params.path, "additionalProperties"]
	});
};
const unionProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	const isExclusive = def.inclusive === false;
	const options = def.options.map((x, i) => processSchema(x, ctx, {
		...params,
		path: [
			...params.path,
			isExclusive ? "oneOf" : "anyOf",
			i
		]
	}));
	if (isExclusive) json.oneOf = options;
	else json.anyOf = options;
};
const intersectionProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	const a = processSchema(def.left, ctx, {
		...params,
		path: [
			...params.path,
			"allOf",
			0
		]
	});
	const b = processSchema(def.right, ctx, {
		...params,
		path: [
			...params.path,
			"allOf",
			1
		]
	});
	const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
	const allOf = [...isSimpleIntersection(a) ? a.allOf : [a], ...isSimpleIntersection(b) ? b.allOf : [b]];
	json.allOf = allOf;
	ctx.intersections.push(allOf);
};
const tupleProcessor = (schema, ctx, _json, params) => {
	const json = _json;
	const def = schema._zod.def;
	json.type = "array";
	const prefixPath = ctx.target === "draft-2020-12" ? "prefixItems" : "items";
	const restPath = ctx.target === "draft-2020-12" ? "items" : ctx.target === "openapi-3.0" ? "items" : "additionalItems";
	const prefixItems = def.items.map((x, i) => processSchema(x, ctx, {
		...params,
		path: [
			...params.path,
			prefixPath,
			i
		]
	}));
	const rest = def.rest ? processSchema(def.rest, ctx, {
		...params,
		path: [
			...params.path,
			restPath,
			...ctx.target === "openapi-3.0" ? [def.items.length] : []
		]
	}) : null;
	let minItems = def.items.length;
	while (minItems > 0) {
		const item = def.items[minItems - 1];
		if (!(ctx.io === "input" ? inputOptin(item) !== void 0 : item._zod.optout === "optional")) break;
		minItems--;
	}
	const maxItems = def.items.length;
	const isClosed = !def.rest;
	if (ctx.target === "draft-2020-12") {
		json.prefixItems = prefixItems;
		if (isClosed) json.items = false;
		else if (rest) json.items = rest;
		if (minItems > 0) json.minItems = minItems;
		if (isClosed) json.maxItems = maxItems;
	} else if (ctx.target === "openapi-3.0") {
		json.items = { anyOf: prefixItems };
		if (rest) json.items.anyOf.push(rest);
		if (minItems > 0) json.minItems = minItems;
		if (isClosed) json.maxItems = maxItems;
	} else {
		json.items = prefixItems;
		if (isClosed) json.additionalItems = false;
		else if (rest) json.additionalItems = rest;
		if (minItems > 0) json.minItems = minItems;
		if (isClosed) json.maxItems = maxItems;
	}
	const { minimum, maximum } = aggregateChecks(schema);
	if (typeof minimum === "number") json.minItems = minimum;
	if (typeof maximum === "number") json.maxItems = maximum;
};
/** JSON object keys are always strings, so a numeric record key schema is re-expressed over the
* numeric-string form the record parser matches. Deferred to `finalize`, after the flatten: a key
* behind a wrapper only carries its own `type` before then, and a union key only has its branches.
*
* A numeric bound cannot apply to a property name, so `minimum` and its siblings are dropped rather
* than carried over: keeping them beside `type: "string"` reproduces the match-nothing schema this
* exists to fix. A key that carries one therefore emits wider than the record parses — `z.record(z.number().min(5), V)`
* accepts `"3"` — which is the deliberate trade, since throwing on it would reject an ordinary schema
* outright. */
function stringifyKeyNames(bySchema, json, visited) {
	if (json.$ref) {
		if (visited.has(json)) return json;
		visited.add(json);
		const def = bySchema.get(json)?.def;
		if (!def) return json;
		const inlined = stringifyKeyNames(bySchema, def, visited);
		return inlined === def ? json : inlined;
	}
	for (const keyword of ["anyOf", "oneOf"]) {
		const branches = json[keyword];
		if (!Array.isArray(branches)) continue;
		const mapped = branches.map((branch) => stringifyKeyNames(bySchema, branch, visited));
		if (mapped.some((branch, i) => branch !== branches[i])) json = {
			...json,
			[keyword]: mapped
		};
	}
	const types = Array.isArray(json.type) ? json.type : [json.type];
	const numericType = !types.includes("string") && types.some((t) => t === "number" || t === "integer");
	const values = json.enum ?? (json.const !== void 0 ? [json.const] : void 0);
	if (!numericType && !values?.some((v) => typeof v === "number")) return json;
	const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, format, id, ...rest } = json;
	if (rest.enum) rest.enum = rest.enum.map((v) => typeof v === "number" ? String(v) : v);
	else if (typeof rest.const === "number") rest.const = String(rest.const);
	if (!numericType) return rest;
	rest.type = "string";
	if (!values) rest.pattern = (types.includes("number") ? number$1 : integer).source;
	return rest;
}
/** Every record of one conversion, so the carriers are found in a single pass rather than once per record. */
const pendingRecords = /* @__PURE__ */ new WeakMap();
function rewriteKeyNames(ctx) {
	const bySchema = /* @__PURE__ */ new Map();
	for (const entry of ctx.seen.values()) if (entry.def && !bySchema.has(entry.schema)) bySchema.set(entry.schema, entry);
	const rewrites = /* @__PURE__ */ new Map();
	for (const record of pendingRecords.get(ctx) ?? []) {
		const seen = ctx.seen.get(record);
		const names = (seen?.def ?? seen?.schema)?.propertyNames;
		if (!names || names === true || rewrites.has(names)) continue;
		const rewritten = stringifyKeyNames(bySchema, names, /* @__PURE__ */ new Set());
		if (rewritten !== names) rewrites.set(names, rewritten);
	}
	if (!rewrites.size) return;
	for (const entry of ctx.seen.values()) for (const carrier of [entry.schema, entry.def]) {
		const rewritten = carrier && rewrites.get(carrier.propertyNames);
		if (rewritten) carrier.propertyNames = rewritten;
	}
}
const recordProcessor = (schema, ctx, _json, params) => {
	const json = _json;
	const def = schema._zod.def;
	json.type = "object";
	const keyType = def.keyType;
	const patterns = aggregateChecks(keyType).patterns;
	if (def.mode === "loose" && patterns && patterns.size > 0) {
		const valueSchema = processSchema(def.valueType, ctx, {
			...params,
			path: [
				...params.path,
				"patternProperties",
				"*"
			]
		});
		json.patternProperties = {};
		for (const pattern of patterns) assignProp(json.patternProperties, exactPattern(pattern).source, valueSchema);
	} else {
		if (ctx.target === "draft-07" || ctx.target === "draft-2020-12") {
			json.propertyNames = processSchema(def.keyType, ctx, {
				...params,
				path: [...params.path, "propertyNames"]
			});
			let pending = pendingRecords.get(ctx);
			if (!pending) {
				pending = [];
				pendingRecords.set(ctx, pending);
				ctx.deferred.push(() => rewriteKeyNames(ctx));
			}
			pending.push(schema);
		}
		json.additionalProperties = processSchema(def.valueType, ctx, {
			...params,
			path: [...params.path, "additionalProperties"]
		});
	}
	const keyValues = keyType._zod.values;
	const omittableOnInput = ctx.io === "input" && inputOptin(def.valueType) !== void 0;
	if (keyValues && !def.partial && !omittableOnInput) {
		const validKeyValues = [...keyValues].filter((v) => typeof v === "string" || typeof v === "number");
		if (validKeyValues.length > 0) json.required = validKeyValues.map(String);
	}
};
const nullableProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	const inner = processSchema(def.innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	if (ctx.target === "openapi-3.0") {
		seen.ref = def.innerType;
		json.nullable = true;
	} else json.anyOf = [inner, { type: "null" }];
};
const nonoptionalProcessor = (schema, ctx, _json, params) => {
	const def = schema._zod.def;
	processSchema(def.innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	seen.ref = def.innerType;
};
/** Round-trips a default value through JSON so the emitted schema is guaranteed to be valid JSON.
* A BigInt has no reliable encoding, so it goes through `unrepresentable` like any other
* unrepresentable value. Returns a sentinel when the caller must not write a default of its own. */
const UNREPRESENTABLE_DEFAULT = Symbol();
function serializeDefaultValue(value, schema, ctx, json, params) {
	let unrepresentable = false;
	const serialized = JSON.stringify(value, (_, val) => {
		if (typeof val !== "bigint") return val;
		unrepresentable = true;
		return null;
	});
	if (!unrepresentable) return JSON.parse(serialized);
	handleUnrepresentable(schema, ctx, json, params, "BigInt defaults cannot be represented in JSON Schema");
	return UNREPRESENTABLE_DEFAULT;
}
const defaultProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	processSchema(def.innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	seen.ref = def.innerType;
	const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
	if (value !== UNREPRESENTABLE_DEFAULT) json.default = value;
};
const prefaultProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	processSchema(def.innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	seen.ref = def.innerType;
	if (ctx.io !== "input") return;
	const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
	if (value !== UNREPRESENTABLE_DEFAULT) json._prefault = value;
};
const catchProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	processSchema(def.innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	seen.ref = def.innerType;
	let catchValue;
	try {
		catchValue = def.catchValue(void 0);
	} catch {
		handleUnrepresentable(schema, ctx, json, params, "Dynamic catch values are not supported in JSON Schema");
		return;
	}
	json.default = catchValue;
};
const pipeProcessor = (schema, ctx, _json, params) => {
	const def = schema._zod.def;
	const inIsTransform = def.in._zod.traits.has("$ZodTransform");
	const innerType = ctx.io === "input" ? inIsTransform ? def.out : def.in : def.out;
	processSchema(innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	seen.ref = innerType;
};
const readonlyProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	processSchema(def.innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	seen.ref = def.innerType;
	json.readOnly = true;
};
const promiseProcessor = (schema, ctx, _json, params) => {
	const def = schema._zod.def;
	processSchema(def.innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	seen.ref = def.innerType;
};
const optionalProcessor = (schema, ctx, _json, params) => {
	const def = schema._zod.def;
	processSchema(def.innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	seen.ref = def.innerType;
};
const lazyProcessor = (schema, ctx, _json, params) => {
	const innerType = schema._zod.innerType;
	processSchema(innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	seen.ref = innerType;
};
const allProcessors = {
	string: stringProcessor,
	number: numberProcessor,
	boolean: booleanProcessor,
	bigint: bigintProcessor,
	symbol: symbolProcessor,
	null: nullProcessor,
	undefined: undefinedProcessor,
	void: voidProcessor,
	never: neverProcessor,
	any: anyProcessor,
	unknown: unknownProcessor,
	date: dateProcessor,
	enum: enumProcessor,
	literal: literalProcessor,
	nan: nanProcessor,
	template_literal: templateLiteralProcessor,
	file: fileProcessor,
	success: successProcessor,
	custom: customProcessor,
	function: functionProcessor,
	transform: transformProcessor,
	map: mapProcessor,
	set: setProcessor,
	array: arrayProcessor,
	object: objectProcessor,
	union: unionProcessor,
	intersection: intersectionProcessor,
	tuple: tupleProcessor,
	record: recordProcessor,
	nullable: nullableProcessor,
	nonoptional: nonoptionalProcessor,
	default: defaultProcessor,
	prefault: prefaultProcessor,
	catch: catchProcessor,
	pipe: pipeProcessor,
	readonly: readonlyProcessor,
	promise: promiseProcessor,
	optional: optionalProcessor,
	lazy: lazyProcessor
};
function toJSONSchema(input, params) {
	if ("_idmap" in input) {
		const registry = input;
		const ctx = initializeContext({
			...params,
			processors: allProcessors
		});
		const defs = {};
		for (const entry of registry._idmap.entries()) {
			const [_, schema] = entry;
			processSchema(schema, ctx);
		}
		const schemas = {};
		ctx.external = {
			registry,
			uri: params?.uri,
			defs
		};
		for (const entry of registry._idmap.entries()) {
			const [key, schema] = entry;
			extractDefs(ctx, schema);
			assignProp(schemas, key, finalize(ctx, schema));
		}
		if (Object.keys(defs).length > 0) schemas.__shared = { [ctx.target === "draft-2020-12" ? "$defs" : "definitions"]: defs };
		return { schemas };
	}
	const ctx = initializeContext({
		...params,
		processors: allProcessors
	});
	processSchema(input, ctx);
	extractDefs(ctx, input);
	return finalize(ctx, input);
}
// node_modules/zod/v4/classic/errors.js
const _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
function _lazyMethod(proto, key, make) {
	Object.defineProperty(proto, key, {
		configurable: true,
		enumerable: false,
		get() {
			const value = make(this);
			Object.defineProperty(this, key, {
				value,
				configurable: true,
				writable: true
			});
			return value;
		},
		set(value) {
			Object.defineProperty(this, key, {
				value,
				configurable: true,
				writable: true
			});
		}
	});
}
const initializer = (inst, issues) => {
	$ZodError.init(inst, issues);
	inst.name = "ZodError";
	const proto = Object.getPrototypeOf(inst);
	if (_installedErrorProtos.has(proto)) return;
	_installedErrorProtos.add(proto);
	_lazyMethod(proto, "format", (self) => (mapper) => formatError(self, mapper));
	_lazyMethod(proto, "flatten", (self) => (mapper) => flattenError(self, mapper));
	_lazyMethod(proto, "addIssue", (self) => (issue) => {
		self.issues.push(issue);
		self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
	});
	_lazyMethod(proto, "addIssues", (self) => (issues) => {
		self.issues.push(...issues);
		self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
	});
	Object.defineProperty(proto, "isEmpty", {
		configurable: true,
		enumerable: false,
		get() {
			return this.issues.length === 0;
		}
	});
};
const ZodRealError = /*@__PURE__*/ $constructor("ZodError", initializer, void 0, { Parent: Error });
// node_modules/zod/v4/classic/parse.js
const parse = /* @__PURE__ */ _parse(ZodRealError);
const parseAsync = /* @__PURE__ */ _parseAsync(ZodRealError);
const safeParse = /* @__PURE__ */ _safeParse(ZodRealError);
const safeParseAsync = /* @__PURE__ */ _safeParseAsync(ZodRealError);
const encode = /* @__PURE__ */ _encode(ZodRealError);
const decode = /* @__PURE__ */ _decode(ZodRealError);
const encodeAsync = /* @__PURE__ */ _encodeAsync(ZodRealError);
const decodeAsync = /* @__PURE__ */ _decodeAsync(ZodRealError);
const safeEncode = /* @__PURE__ */ _safeEncode(ZodRealError);
const safeDecode = /* @__PURE__ */ _safeDecode(ZodRealError);
const safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync(ZodRealError);
const safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);
// node_modules/zod/v4/classic/schemas.js
function _ensureDefaultLocale() {
	if (!globalConfig.localeError) config(en_default());
}
function _ensureDefaultMemoizer() {
	if (!globalConfig.memoizer) config({ memoizer: memoizer() });
}
const ZodType = /*@__PURE__*/ $constructor("ZodType", (inst, def) => {
	_ensureDefaultLocale();
	$ZodType.init(inst, def);
	inst.def = def;
	inst.type = def.type;
	return inst;
}, {
	check(...chks) {
		const def = this.def;
		return this.clone(mergeDefs(def, { checks: [...def.checks ?? [], ...chks.map((ch) => typeof ch === "function" ? { _zod: {
			check: ch,
			def: { check: "custom" },
			onattach: []
		} } : ch)] }), { parent: true });
	},
	with(...chks) {
		return this.check(...chks);
	},
	clone(def, params) {
		return clone(this, def, params);
	},
	brand() {
		return this;
	},
	register(reg, meta) {
		reg.add(this, meta);
		return this;
	},
	refine(check, params) {
		return this.check(refine(check, params));
	},
	superRefine(refinement, params) {
		return this.check(superRefine(refinement, params));
	},
	overwrite(fn) {
		return this.check(/* @__PURE__ */ _overwrite(fn));
	},
	optional() {
		return optional(this);
	},
	exactOptional() {
		return exactOptional(this);
	},
	nullable() {
		return nullable(this);
	},
	nullish() {
		return optional(nullable(this));
	},
	nonoptional(params) {
		return nonoptional(this, params);
	},
	array() {
		return array(this);
	},
	or(arg) {
		return union([this, arg]);
	},
	and(arg) {
		return intersection(this, arg);
	},
	transform(tx) {
		return pipe(this, transform(tx));
	},
	default(d) {
		return _default(this, d);
	},
	prefault(d) {
		return prefault(this, d);
	},
	catch(params) {
		return _catch(this, params);
	},
	pipe(target) {
		return pipe(this, target);
	},
	readonly() {
		return readonly(this);
	},
	describe(description) {
		const cl = this.clone();
		globalRegistry.add(cl, { description });
		return cl;
	},
	meta(...args) {
		if (args.length === 0) return globalRegistry.get(this);
		const cl = this.clone();
		globalRegistry.add(cl, args[0]);
		return cl;
	},
	isOptional() {
		return this.safeParse(void 0).success;
	},
	isNullable() {
		return this.safeParse(null).success;
	},
	apply(fn, ...args) {
		return args.length === 0 ? fn(this) : fn(this, ...args);
	},
	get "~standard"() {
		return hide(this, "~standard", {
			...standardProps(this),
			jsonSchema: {
				input: createStandardJSONSchemaMethod(this, "input"),
				output: createStandardJSONSchemaMethod(this, "output")
			}
		});
	},
	set "~standard"(value) {
		own$1(this, "~standard", value);
	},
	parse: function _parse(data, params) {
		return parse(this, data, params, { callee: _parse });
	},
	parseAsync: async function _parseAsync(data, params) {
		return await parseAsync(this, data, params, { callee: _parseAsync });
	},
	safeParse(data, params) {
		return safeParse(this, data, params);
	},
	async safeParseAsync(data, params) {
		return safeParseAsync(this, data, params);
	},
	get spa() {
		return this?.safeParseAsync;
	},
	set spa(value) {
		own$1(this, "spa", value);
	},
	validate(data, params) {
		return validate$2(this, data, params);
	},
	validateAsync(data, params) {
		return validateAsync$1(this, data, params);
	},
	encode: function _encode(data, params) {
		return encode(this, data, params, { callee: _encode });
	},
	decode: function _decode(data, params) {
		return decode(this, data, params, { callee: _decode });
	},
	encodeAsync: async function _encodeAsync(data, params) {
		return await encodeAsync(this, data, params, { callee: _encodeAsync });
	},
	decodeAsync: async function _decodeAsync(data, params) {
		return await decodeAsync(this, data, params, { callee: _decodeAsync });
	},
	safeEncode(data, params) {
		return safeEncode(this, data, params);
	},
	safeDecode(data, params) {
		return safeDecode(this, data, params);
	},
	async safeEncodeAsync(data, params) {
		return safeEncodeAsync(this, data, params);
	},
	async safeDecodeAsync(data, params) {
		return safeDecodeAsync(this, data, params);
	},
	toJSONSchema(params) {
		return createToJSONSchemaMethod(this, {})(params);
	},
	get description() {
		return globalRegistry.get(this)?.description;
	},
	get _def() {
		return this._zod.def;
	}
});
/** @internal */
const _ZodString = /*@__PURE__*/ $constructor("_ZodString", (inst, def) => {
	$ZodString.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => stringProcessor(inst, ctx, json, params);
}, /*@__PURE__*/ derived({
	format: (inst) => aggregateChecks(inst).format ?? null,
	minLength: (inst) => aggregateChecks(inst).minimum ?? null,
	maxLength: (inst) => aggregateChecks(inst).maximum ?? null
}, {
	regex(...args) {
		return this.check(/* @__PURE__ */ _regex(...args));
	},
	includes(...args) {
		return this.check(/* @__PURE__ */ _includes(...args));
	},
	startsWith(...args) {
		return this.check(/* @__PURE__ */ _startsWith(...args));
	},
	endsWith(...args) {
		return this.check(/* @__PURE__ */ _endsWith(...args));
	},
	min(...args) {
		return this.check(/* @__PURE__ */ _minLength(...args));
	},
	max(...args) {
		return this.check(/* @__PURE__ */ _maxLength(...args));
	},
	length(...args) {
		return this.check(/* @__PURE__ */ _length(...args));
	},
	nonempty(...args) {
		return this.check(/* @__PURE__ */ _minLength(1, ...args));
	},
	lowercase(params) {
		return this.check(/* @__PURE__ */ _lowercase(params));
	},
	uppercase(params) {
		return this.check(/* @__PURE__ */ _uppercase(params));
	},
	trim() {
		return this.check(/* @__PURE__ */ _trim());
	},
	normalize(...args) {
		return this.check(/* @__PURE__ */ _normalize(...args));
	},
	toLowerCase() {
		return this.check(/* @__PURE__ */ _toLowerCase());
	},
	toUpperCase() {
		return this.check(/* @__PURE__ */ _toUpperCase());
	},
	slugify() {
		return this.check(/* @__PURE__ */ _slugify());
	}
}));
const ZodString = /*@__PURE__*/ $constructor("ZodString", (inst, def) => {
	$ZodString.init(inst, def);
	_ZodString.init(inst, def);
}, {
	email(params) {
		return this.check(/* @__PURE__ */ _email(ZodEmail, params));
	},
	url(params) {
		return this.check(/* @__PURE__ */ _url(ZodURL, params));
	},
	jwt(params) {
		return this.check(/* @__PURE__ */ _jwt(ZodJWT, params));
	},
	emoji(params) {
		return this.check(/* @__PURE__ */ _emoji(ZodEmoji, params));
	},
	guid(params) {
		return this.check(/* @__PURE__ */ _guid(ZodGUID, params));
	},
	uuid(params) {
		return this.check(/* @__PURE__ */ _uuid(ZodUUID, params));
	},
	uuidv4(params) {
		return this.check(/* @__PURE__ */ _uuidv4(ZodUUID, params));
	},
	uuidv6(params) {
		return this.check(/* @__PURE__ */ _uuidv6(ZodUUID, params));
	},
	uuidv7(params) {
		return this.check(/* @__PURE__ */ _uuidv7(ZodUUID, params));
	},
	nanoid(params) {
		return this.check(/* @__PURE__ */ _nanoid(ZodNanoID, params));
	},
	cuid(params) {
		return this.check(/* @__PURE__ */ _cuid(ZodCUID, params));
	},
	cuid2(params) {
		return this.check(/* @__PURE__ */ _cuid2(ZodCUID2, params));
	},
	ulid(params) {
		return this.check(/* @__PURE__ */ _ulid(ZodULID, params));
	},
	base64(params) {
		return this.check(/* @__PURE__ */ _base64(ZodBase64, params));
	},
	base64url(params) {
		return this.check(/* @__PURE__ */ _base64url(ZodBase64URL, params));
	},
	xid(params) {
		return this.check(/* @__PURE__ */ _xid(ZodXID, params));
	},
	ksuid(params) {
		return this.check(/* @__PURE__ */ _ksuid(ZodKSUID, params));
	},
	ipv4(params) {
		return this.check(/* @__PURE__ */ _ipv4(ZodIPv4, params));
	},
	ipv6(params) {
		return this.check(/* @__PURE__ */ _ipv6(ZodIPv6, params));
	},
	cidrv4(params) {
		return this.check(/* @__PURE__ */ _cidrv4(ZodCIDRv4, params));
	},
	cidrv6(params) {
		return this.check(/* @__PURE__ */ _cidrv6(ZodCIDRv6, params));
	},
	e164(params) {
		return this.check(/* @__PURE__ */ _e164(ZodE164, params));
	},
	datetime(params) {
		return this.check(/* @__PURE__ */ _isoDateTime(ZodISODateTime, params));
	},
	date(params) {
		return this.check(/* @__PURE__ */ _isoDate(ZodISODate, params));
	},
	time(params) {
		return this.check(/* @__PURE__ */ _isoTime(ZodISOTime, params));
	},
	duration(params) {
		return this.check(/* @__PURE__ */ _isoDuration(ZodISODuration, params));
	}
});
function string(params) {
	return /* @__PURE__ */ _string(ZodString, params);
}
const ZodStringFormat = /*@__PURE__*/ $constructor("ZodStringFormat", (inst, def) => {
	$ZodStringFormat.init(inst, def);
	_ZodString.init(inst, def);
});
const ZodISODateTime = /*@__PURE__*/ $constructor("ZodISODateTime", (inst, def) => {
	$ZodISODateTime.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodISODate = /*@__PURE__*/ $constructor("ZodISODate", (inst, def) => {
	$ZodISODate.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodISOTime = /*@__PURE__*/ $constructor("ZodISOTime", (inst, def) => {
	$ZodISOTime.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodISODuration = /*@__PURE__*/ $constructor("ZodISODuration", (inst, def) => {
	$ZodISODuration.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodEmail = /*@__PURE__*/ $constructor("ZodEmail", (inst, def) => {
	$ZodEmail.init(inst, def);
	ZodStringFormat.init(inst, def);
});
function email$1(params) {
	return /* @__PURE__ */ _email(ZodEmail, params);
}
const ZodGUID = /*@__PURE__*/ $constructor("ZodGUID", (inst, def) => {
	$ZodGUID.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodUUID = /*@__PURE__*/ $constructor("ZodUUID", (inst, def) => {
	$ZodUUID.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodURL = /*@__PURE__*/ $constructor("ZodURL", (inst, def) => {
	$ZodURL.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodEmoji = /*@__PURE__*/ $constructor("ZodEmoji", (inst, def) => {
	$ZodEmoji.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodNanoID = /*@__PURE__*/ $constructor("ZodNanoID", (inst, def) => {
	$ZodNanoID.init(inst, def);
	ZodStringFormat.init(inst, def);
});
/**
* @deprecated CUID v1 is deprecated by its authors due to information leakage
* (timestamps embedded in the id). Use {@link ZodCUID2} instead.
* See https://github.com/paralleldrive/cuid.
*/
const ZodCUID = /*@__PURE__*/ $constructor("ZodCUID", (inst, def) => {
	$ZodCUID.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodCUID2 = /*@__PURE__*/ $constructor("ZodCUID2", (inst, def) => {
	$ZodCUID2.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodULID = /*@__PURE__*/ $constructor("ZodULID", (inst, def) => {
	$ZodULID.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodXID = /*@__PURE__*/ $constructor("ZodXID", (inst, def) => {
	$ZodXID.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodKSUID = /*@__PURE__*/ $constructor("ZodKSUID", (inst, def) => {
	$ZodKSUID.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodIPv4 = /*@__PURE__*/ $constructor("ZodIPv4", (inst, def) => {
	$ZodIPv4.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodIPv6 = /*@__PURE__*/ $constructor("ZodIPv6", (inst, def) => {
	$ZodIPv6.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodCIDRv4 = /*@__PURE__*/ $constructor("ZodCIDRv4", (inst, def) => {
	$ZodCIDRv4.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodCIDRv6 = /*@__PURE__*/ $constructor("ZodCIDRv6", (inst, def) => {
	$ZodCIDRv6.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodBase64 = /*@__PURE__*/ $constructor("ZodBase64", (inst, def) => {
	$ZodBase64.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodBase64URL = /*@__PURE__*/ $constructor("ZodBase64URL", (inst, def) => {
	$ZodBase64URL.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodE164 = /*@__PURE__*/ $constructor("ZodE164", (inst, def) => {
	$ZodE164.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodJWT = /*@__PURE__*/ $constructor("ZodJWT", (inst, def) => {
	$ZodJWT.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodNumber = /*@__PURE__*/ $constructor("ZodNumber", (inst, def) => {
	$ZodNumber.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => numberProcessor(inst, ctx, json, params);
	inst.isFinite = true;
}, /*@__PURE__*/ derived({
	minValue: (inst) => {
		const { minimum, exclusiveMinimum } = aggregateChecks(inst);
		return Math.max(minimum ?? Number.NEGATIVE_INFINITY, exclusiveMinimum ?? Number.NEGATIVE_INFINITY);
	},
	maxValue: (inst) => {
		const { maximum, exclusiveMaximum } = aggregateChecks(inst);
		return Math.min(maximum ?? Number.POSITIVE_INFINITY, exclusiveMaximum ?? Number.POSITIVE_INFINITY);
	},
	isInt: (inst) => {
		const { isInt, multipleOf } = aggregateChecks(inst);
		return !!isInt || !!multipleOf?.some(Number.isSafeInteger);
	},
	format: (inst) => aggregateChecks(inst).format ?? null
}, {
	gt(value, params) {
		return this.check(/* @__PURE__ */ _gt(value, params));
	},
	gte(value, params) {
		return this.check(/* @__PURE__ */ _gte(value, params));
	},
	min(value, params) {
		return this.check(/* @__PURE__ */ _gte(value, params));
	},
	lt(value, params) {
		return this.check(/* @__PURE__ */ _lt(value, params));
	},
	lte(value, params) {
		return this.check(/* @__PURE__ */ _lte(value, params));
	},
	max(value, params) {
		return this.check(/* @__PURE__ */ _lte(value, params));
	},
	int(params) {
		return this.check(int(params));
	},
	safe(params) {
		return this.check(int(params));
	},
	positive(params) {
		return this.check(/* @__PURE__ */ _gt(0, params));
	},
	nonnegative(params) {
		return this.check(/* @__PURE__ */ _gte(0, params));
	},
	negative(params) {
		return this.check(/* @__PURE__ */ _lt(0, params));
	},
	nonpositive(params) {
		return this.check(/* @__PURE__ */ _lte(0, params));
	},
	multipleOf(value, params) {
		return this.check(/* @__PURE__ */ _multipleOf(value, params));
	},
	step(value, params) {
		return this.check(/* @__PURE__ */ _multipleOf(value, params));
	},
	finite() {
		return this;
	}
}));
function number(params) {
	return /* @__PURE__ */ _number(ZodNumber, params);
}
const ZodNumberFormat = /*@__PURE__*/ $constructor("ZodNumberFormat", (inst, def) => {
	$ZodNumberFormat.init(inst, def);
	ZodNumber.init(inst, def);
});
function int(params) {
	return /* @__PURE__ */ _int(ZodNumberFormat, params);
}
const ZodBoolean = /*@__PURE__*/ $constructor("ZodBoolean", (inst, def) => {
	$ZodBoolean.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => booleanProcessor(inst, ctx, json, params);
});
function boolean(params) {
	return /* @__PURE__ */ _boolean(ZodBoolean, params);
}
const ZodUnknown = /*@__PURE__*/ $constructor("ZodUnknown", (inst, def) => {
	$ZodUnknown.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => void 0;
});
function unknown() {
	return /* @__PURE__ */ _unknown(ZodUnknown);
}
const ZodNever = /*@__PURE__*/ $constructor("ZodNever", (inst, def) => {
	$ZodNever.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => neverProcessor(inst, ctx, json, params);
});
function never(params) {
	return /* @__PURE__ */ _never(ZodNever, params);
}
const ZodArray = /*@__PURE__*/ $constructor("ZodArray", (inst, def) => {
	_ensureDefaultMemoizer();
	$ZodArray.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => arrayProcessor(inst, ctx, json, params);
	inst.element = def.element;
}, {
	min(n, params) {
		return this.check(/* @__PURE__ */ _minLength(n, params));
	},
	nonempty(params) {
		return this.check(/* @__PURE__ */ _minLength(1, params));
	},
	max(n, params) {
		return this.check(/* @__PURE__ */ _maxLength(n, params));
	},
	length(n, params) {
		return this.check(/* @__PURE__ */ _length(n, params));
	},
	unwrap() {
		return this.element;
	}
});
function array(element, params) {
	return /* @__PURE__ */ _array(ZodArray, element, params);
}
const ZodObject = /*@__PURE__*/ $constructor("ZodObject", (inst, def) => {
	_ensureDefaultMemoizer();
	$ZodObjectJIT.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => objectProcessor(inst, ctx, json, params);
	installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
}, {
	keyof() {
		return _enum(Object.keys(this._zod.def.shape));
	},
	catchall(catchall) {
		return this.clone(mergeDefs(this._zod.def, { catchall }));
	},
	passthrough() {
		return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
	},
	loose() {
		return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
	},
	strict() {
		return this.clone(mergeDefs(this._zod.def, { catchall: never() }));
	},
	strip() {
		return this.clone(mergeDefs(this._zod.def, { catchall: void 0 }));
	},
	extend(incoming) {
		return extend(this, incoming);
	},
	safeExtend(incoming) {
		return safeExtend(this, incoming);
	},
	merge(other) {
		return merge(this, other);
	},
	pick(mask) {
		return pick(this, mask);
	},
	omit(mask) {
		return omit(this, mask);
	},
	partial(...args) {
		return partial(ZodOptional, this, args[0]);
	},
	exactPartial(...args) {
		return partial(ZodExactOptional, this, args[0], "exactPartial");
	},
	required(...args) {
		return required(ZodNonOptional, this, args[0]);
	}
});
function strictObject$1(shape, params) {
	return new ZodObject({
		type: "object",
		shape,
		catchall: never(),
		...normalizeParams(params)
	});
}
function looseObject(shape, params) {
	return new ZodObject({
		type: "object",
		shape,
		catchall: unknown(),
		...normalizeParams(params)
	});
}
const ZodUnion = /*@__PURE__*/ $constructor("ZodUnion", (inst, def) => {
	$ZodUnion.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => unionProcessor(inst, ctx, json, params);
	inst.options = def.options;
});
function union(options, params) {
	return new ZodUnion({
		type: "union",
		options,
		...normalizeParams(params)
	});
}
const ZodIntersection = /*@__PURE__*/ $constructor("ZodIntersection", (inst, def) => {
	$ZodIntersection.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => intersectionProcessor(inst, ctx, json, params);
});
function intersection(left, right) {
	return new ZodIntersection({
		type: "intersection",
		left,
		right
	});
}
const ZodRecord = /*@__PURE__*/ $constructor("ZodRecord", (inst, def) => {
	_ensureDefaultMemoizer();
	$ZodRecord.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => recordProcessor(inst, ctx, json, params);
	inst.keyType = def.keyType;
	inst.valueType = def.valueType;
});
function record(keyType, valueType, params) {
	if (!valueType || !valueType._zod) return new ZodRecord({
		type: "record",
		keyType: string(),
		valueType: keyType,
		...normalizeParams(valueType)
	});
	return new ZodRecord({
		type: "record",
		keyType,
		valueType,
		...normalizeParams(params)
	});
}
function partialRecord(keyType, valueType, params) {
	return new ZodRecord({
		type: "record",
		keyType,
		valueType,
		...normalizeParams(params),
		partial: true
	});
}
const ZodEnum = /*@__PURE__*/ $constructor("ZodEnum", (inst, def) => {
	$ZodEnum.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => enumProcessor(inst, ctx, json, params);
	inst.enum = def.entries;
	inst.options = [...inst._zod.values];
	const keys = new Set(Object.keys(def.entries));
	inst.extract = (values, params) => {
		const newEntries = {};
		for (const value of values) if (keys.has(value)) newEntries[value] = def.entries[value];
		else throw new Error(`Key ${value} not found in enum`);
		return new ZodEnum({
			...def,
			checks: [],
			...normalizeParams(params),
			entries: newEntries
		});
	};
	inst.exclude = (values, params) => {
		const newEntries = { ...def.entries };
		for (const value of values) if (keys.has(value)) delete newEntries[value];
		else throw new Error(`Key ${value} not found in enum`);
		return new ZodEnum({
			...def,
			checks: [],
			...normalizeParams(params),
			entries: newEntries
		});
	};
});
function _enum(values, params) {
	const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
	return new ZodEnum({
		type: "enum",
		entries,
		...normalizeParams(params)
	});
}
const ZodLiteral = /*@__PURE__*/ $constructor("ZodLiteral", (inst, def) => {
	$ZodLiteral.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => literalProcessor(inst, ctx, json, params);
	inst.values = new Set(def.values);
	Object.defineProperty(inst, "value", { get() {
		if (def.values.length > 1) throw new Error("This schema contains multiple valid literal values. Use `.values` instead.");
		return def.values[0];
	} });
});
function literal(value, params) {
	return new ZodLiteral({
		type: "literal",
		values: Array.isArray(value) ? value : [value],
		...normalizeParams(params)
	});
}
const ZodTransform = /*@__PURE__*/ $constructor("ZodTransform", (inst, def) => {
	_ensureDefaultMemoizer();
	$ZodTransform.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => transformProcessor(inst, ctx, json, params);
	inst._zod.parse = (payload, _ctx) => {
		if (_ctx.direction === "backward") throw new $ZodEncodeError(inst.constructor.name);
		payload.addIssue = (issue$1) => {
			if (typeof issue$1 === "string") payload.issues.push(issue(issue$1, payload.value, def));
			else {
				const _issue = issue$1;
				if (_issue.fatal) _issue.continue = false;
				_issue.code ?? (_issue.code = "custom");
				if (!("input" in _issue)) _issue.input = payload.value;
				_issue.inst ?? (_issue.inst = inst);
				payload.issues.push(issue(_issue));
			}
		};
		const output = def.transform(payload.value, payload);
		if (output instanceof Promise) return output.then((output) => {
			payload.value = output;
			return payload;
		});
		payload.value = output;
		return payload;
	};
});
function transform(fn) {
	return new ZodTransform({
		type: "transform",
		transform: fn
	});
}
const ZodOptional = /*@__PURE__*/ $constructor("ZodOptional", (inst, def) => {
	$ZodOptional.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
});
function optional(innerType) {
	return new ZodOptional({
		type: "optional",
		innerType
	});
}
const ZodExactOptional = /*@__PURE__*/ $constructor("ZodExactOptional", (inst, def) => {
	$ZodExactOptional.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
});
function exactOptional(innerType) {
	return new ZodExactOptional({
		type: "optional",
		innerType
	});
}
const ZodNullable = /*@__PURE__*/ $constructor("ZodNullable", (inst, def) => {
	$ZodNullable.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => nullableProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
});
function nullable(innerType) {
	return new ZodNullable({
		type: "nullable",
		innerType
	});
}
const ZodDefault = /*@__PURE__*/ $constructor("ZodDefault", (inst, def) => {
	$ZodDefault.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => defaultProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
	inst.removeDefault = inst.unwrap;
});
function _default(innerType, defaultValue) {
	return new ZodDefault({
		type: "default",
		innerType,
		get defaultValue() {
			return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
		}
	});
}
const ZodPrefault = /*@__PURE__*/ $constructor("ZodPrefault", (inst, def) => {
	$ZodPrefault.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => prefaultProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
});
function prefault(innerType, defaultValue) {
	return new ZodPrefault({
		type: "prefault",
		innerType,
		get defaultValue() {
			return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
		}
	});
}
const ZodNonOptional = /*@__PURE__*/ $constructor("ZodNonOptional", (inst, def) => {
	$ZodNonOptional.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => nonoptionalProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
});
function nonoptional(innerType, params) {
	return new ZodNonOptional({
		type: "nonoptional",
		innerType,
		...normalizeParams(params)
	});
}
const ZodCatch = /*@__PURE__*/ $constructor("ZodCatch", (inst, def) => {
	$ZodCatch.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => catchProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
	inst.removeCatch = inst.unwrap;
});
function _catch(innerType, catchValue) {
	return new ZodCatch({
		type: "catch",
		innerType,
		catchValue: typeof catchValue === "function" ? catchValue : constantCatch(catchValue)
	});
}
const ZodPipe = /*@__PURE__*/ $constructor("ZodPipe", (inst, def) => {
	$ZodPipe.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => pipeProcessor(inst, ctx, json, params);
	inst.in = def.in;
	inst.out = def.out;
});
function pipe(in_, out) {
	return new ZodPipe({
		type: "pipe",
		in: in_,
		out
	});
}
const ZodReadonly = /*@__PURE__*/ $constructor("ZodReadonly", (inst, def) => {
	$ZodReadonly.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => readonlyProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
});
function readonly(innerType) {
	return new ZodReadonly({
		type: "readonly",
		innerType
	});
}
const ZodLazy = /*@__PURE__*/ $constructor("ZodLazy", (inst, def) => {
	$ZodLazy.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => lazyProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.getter();
});
function lazy(getter) {
	return new ZodLazy({
		type: "lazy",
		getter
	});
}
const ZodCustom = /*@__PURE__*/ $constructor("ZodCustom", (inst, def) => {
	$ZodCustom.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => customProcessor(inst, ctx, json, params);
});
function refine(fn, _params = {}) {
	return /* @__PURE__ */ _refine(ZodCustom, fn, _params);
}
function superRefine(fn, params) {
	return /* @__PURE__ */ _superRefine(fn, params);
}
// dist/check/schema-walk.js
/** zod keeps a schema's structure in `_zod.def`; these are the wrappers that have one inner schema. */
const WRAPPERS = /* @__PURE__ */ new Set([
	"optional",
	"nullable",
	"default",
	"prefault",
	"readonly",
	"nonoptional",
	"catch",
	"success"
]);
const defOf$2 = (schema) => schema._zod.def;
/** The schemas a value at `path` may have to match (several where a union allows several shapes). */
function schemasAt(root, path) {
	let current = [root];
	for (const segment of path) {
		const next = [];
		for (const schema of current.flatMap(unwrap)) {
			const def = defOf$2(schema);
			if (def.type === "object") {
				const shape = def.shape;
				const field = Object.prototype.hasOwnProperty.call(shape, segment) ? shape[String(segment)] : void 0;
				if (field) next.push(field);
			} else if (def.type === "array" && Number.isInteger(Number(segment))) next.push(def.element);
			else if (def.type === "record") next.push(def.valueType);
			else if (def.type === "tuple") {
				const item = def.items[Number(segment)];
				if (item) next.push(item);
			}
		}
		current = next;
	}
	return current;
}
/** A schema with its optional/pipe/union wrappers removed, as the concrete shapes it accepts. */
function unwrap(schema) {
	const def = defOf$2(schema);
	if (WRAPPERS.has(def.type)) return unwrap(def.innerType);
	if (def.type === "pipe") return unwrap(def.in);
	if (def.type === "lazy") return unwrap(def.getter());
	if (def.type === "union") return def.options.flatMap(unwrap);
	return [schema];
}
/** The keys a mapping at `path` may have. */
function knownKeysAt(root, path) {
	const keys = /* @__PURE__ */ new Set();
	for (const schema of schemasAt(root, path).flatMap(unwrap)) {
		const def = defOf$2(schema);
		if (def.type === "object") for (const key of Object.keys(def.shape)) keys.add(key);
	}
	return [...keys];
}
/** The title and description given to the field at `path`, looking through its wrappers. */
function metaAt(root, path) {
	for (const schema of schemasAt(root, path)) {
		let current = schema;
		while (current) {
			const meta = globalRegistry.get(current);
			if (meta?.title || meta?.description) return meta;
			const def = defOf$2(current);
			current = WRAPPERS.has(def.type) ? def.innerType : def.type === "pipe" ? def.in : void 0;
		}
	}
	return {};
}
// dist/check/schema-issues.js
/** Say what zod found in words a plan's author knows, at the key or value it is about. */
function describeIssues(issues, schema, lang, t) {
	const problems = [];
	for (const issue of issues) problems.push(...describeIssue(issue, schema, lang, t));
	const suggested = new Set(problems.filter((p) => p.ruleId === "schema/unknown-key" && p.suggestion).map((p) => p.suggestion));
	return problems.filter((p) => !(p.ruleId === "schema/required" && suggested.has(p.pointer)));
}
function describeIssue(issue, schema, lang, t) {
	const path = issue.path;
	const pointer = toPointer(path);
	const fieldName = () => {
		const title = metaAt(schema, path).title;
		const key = String(path[path.length - 1] ?? "");
		return title ? t("schema.fieldWithTitle", {
			key,
			title
		}) : t("schema.field", { key });
	};
	if ((issue.code === "invalid_type" || issue.code === "invalid_union") && "input" in issue && issue.input === void 0) {
		const description = metaAt(schema, path).description;
		return [{
			ruleId: "schema/required",
			pointer,
			message: t("schema.required", { field: fieldName() }),
			...description ? { hint: description } : {}
		}];
	}
	if (t(issue.message) !== issue.message) {
		const params = formatParams(issue.params ?? {});
		const input = "input" in issue ? describeValue(issue.input) : "";
		const hintId = issue.message + "Hint";
		const hint = t(hintId, {
			input,
			...params
		});
		return [{
			ruleId: ruleIdFor(issue.message),
			pointer,
			message: t(issue.message, {
				input,
				field: fieldName(),
				...params
			}),
			...hint !== hintId ? { hint } : {}
		}];
	}
	switch (issue.code) {
		case "unrecognized_keys": {
			const known = knownKeysAt(schema, path);
			return issue.keys.map((key) => {
				const suggestion = didYouMean(key, known);
				const hint = suggestion ? t("schema.didYouMean", { suggestion }) : t("schema.knownKeys", { keys: formatList(lang, known.map((k) => `"${k}"`)) });
				return {
					ruleId: "schema/unknown-key",
					pointer: toPointer([...path, key]),
					target: "key",
					message: t("schema.unknownKey", { key }),
					hint,
					...suggestion ? { suggestion: toPointer([...path, suggestion]) } : {}
				};
			});
		}
		case "invalid_type":
			if (issue.input === void 0) {
				const description = metaAt(schema, path).description;
				return [{
					ruleId: "schema/required",
					pointer,
					message: t("schema.required", { field: fieldName() }),
					...description ? { hint: description } : {}
				}];
			}
			if (issue.input === null && issue.expected === "string") return [{
				ruleId: "field/empty-text",
				pointer,
				message: t("field.emptyText", { field: fieldName() })
			}];
			if ((issue.input === null || typeof issue.input === "string" && issue.input.trim() === "") && issue.expected === "number") return [{
				ruleId: "schema/invalid-type",
				pointer,
				message: t("field.emptyNumber", { field: fieldName() })
			}];
			return [{
				ruleId: "schema/invalid-type",
				pointer,
				message: t("schema.invalidType", {
					field: fieldName(),
					expected: typeName(issue.expected, t),
					found: typeName(valueType(issue.input), t)
				})
			}];
		case "invalid_union": {
			if ("input" in issue && issue.input === void 0) return [{
				ruleId: "schema/required",
				pointer,
				message: t("schema.required", { field: fieldName() })
			}];
			const fitting = issue.errors.filter((branch) => !rejectsType(branch));
			if (fitting.length === 0) {
				const expected = /* @__PURE__ */ new Set();
				collectExpected(issue.errors, expected, t);
				if (expected.size > 0) return [{
					ruleId: "schema/invalid-type",
					pointer,
					message: t("schema.invalidType", {
						field: fieldName(),
						expected: formatList(lang, [...expected], "or"),
						found: typeName(valueType(issue.input), t)
					})
				}];
			}
			return ([...fitting.length > 0 ? fitting : issue.errors].sort((a, b) => Math.max(0, ...b.map((i) => i.path.length)) - Math.max(0, ...a.map((i) => i.path.length)))[0] ?? []).flatMap((inner) => describeIssue({
				...inner,
				path: [...path, ...inner.path]
			}, schema, lang, t));
		}
		case "invalid_value": {
			const allowed = issue.values.map((v) => String(v));
			const suggestion = typeof issue.input === "string" ? didYouMean(issue.input, allowed) : void 0;
			const hint = suggestion ? t("schema.didYouMean", { suggestion }) : void 0;
			return [{
				ruleId: "schema/invalid-value",
				pointer,
				message: t("schema.invalidValue", {
					field: fieldName(),
					found: describeValue(issue.input),
					allowed: formatList(lang, allowed.map((v) => `"${v}"`), "or")
				}),
				...hint ? { hint } : {}
			}];
		}
		case "invalid_format": return [{
			ruleId: "schema/invalid-format",
			pointer,
			message: t("schema.invalidFormat", {
				field: fieldName(),
				found: describeValue(issue.input),
				format: t("format." + issue.format)
			})
		}];
		case "too_small":
			if (issue.origin === "array") return [{
				ruleId: "schema/too-small",
				pointer,
				message: t(Number(issue.minimum) === 1 ? "schema.tooFewItemsOne" : "schema.tooFewItems", {
					field: fieldName(),
					minimum: Number(issue.minimum)
				})
			}];
			if (issue.origin === "string") return [{
				ruleId: "field/empty-text",
				pointer,
				message: t("field.emptyText", { field: fieldName() })
			}];
			return [{
				ruleId: "schema/too-small",
				pointer,
				message: t("schema.tooSmall", {
					field: fieldName(),
					minimum: Number(issue.minimum)
				})
			}];
		case "too_big":
			if (issue.origin === "array") return [{
				ruleId: "schema/too-big",
				pointer,
				message: t("schema.tooManyItems", {
					field: fieldName(),
					maximum: Number(issue.maximum)
				})
			}];
			return [{
				ruleId: "schema/too-big",
				pointer,
				message: t("schema.tooBig", {
					field: fieldName(),
					maximum: Number(issue.maximum)
				})
			}];
		default: return [{
			ruleId: "schema/invalid",
			pointer,
			message: t("schema.invalid", {
				field: fieldName(),
				detail: issue.message
			})
		}];
	}
}
/** True when a union's branch refused the value for its type (a list where it wanted text), not its content. */
function rejectsType(branch) {
	return branch.some((inner) => inner.path.length === 0 && (inner.code === "invalid_type" || inner.code === "invalid_union" && inner.errors.every(rejectsType)));
}
/** The types a union's branches wanted, looking into unions nested in it. */
function collectExpected(branches, into, t) {
	for (const branch of branches) for (const inner of branch) {
		if (inner.path.length !== 0) continue;
		if (inner.code === "invalid_type") into.add(typeName(inner.expected, t));
		else if (inner.code === "invalid_union") collectExpected(inner.errors, into, t);
	}
}
/** "amount.fraction" → "schema/invalid-amount", "date.noSuchDay" → "schema/invalid-date"; a kind's own id "prosjektplan.x" keeps its group. */
function ruleIdFor(messageId) {
	const [group = "schema", name = "invalid"] = messageId.split(".");
	if (group === "amount") return "schema/invalid-amount";
	if (group === "date") return "schema/invalid-date";
	if (group === "field") return "field/" + name.replace(/[A-Z]/g, (c) => "-" + c.toLowerCase());
	return group + "/" + name.replace(/[A-Z]/g, (c) => "-" + c.toLowerCase());
}
function formatParams(params) {
	const out = {};
	for (const [key, value] of Object.entries(params)) if (typeof value === "number") out[key] = key === "limit" || key === "count" ? value : formatAmount(value);
	else if (typeof value === "string") out[key] = value;
	return out;
}
function valueType(value) {
	if (value === null) return "null";
	if (Array.isArray(value)) return "array";
	return typeof value;
}
function typeName(type, t) {
	const id = "type." + type;
	const name = t(id);
	return name === id ? type : name;
}
function describeValue(value) {
	if (typeof value === "string") return value.length > 60 ? value.slice(0, 57) + "…" : value;
	if (value === null || value === void 0) return "";
	if (typeof value === "object") return Array.isArray(value) ? "[…]" : "{…}";
	return String(value);
}
// dist/render/helper-names.js
/**
* The names templates may call besides their fields: plan's helpers (src/render/helpers.ts) and
* Handlebars' own. Kept apart from the helpers themselves so that checking a kind's templates does
* not load Handlebars and the renderer; a test keeps the two lists the same.
*/
const HELPER_NAMES$1 = /* @__PURE__ */ new Set([
	"amount",
	"budgetTable",
	"budgetBalance",
	"date",
	"eq",
	"ne",
	"and",
	"or",
	"not",
	"join",
	"isList",
	"number",
	"someFilled",
	"add",
	"image",
	"filled",
	"link",
	"markdown"
]);
const HANDLEBARS_BUILTINS = /* @__PURE__ */ new Set([
	"each",
	"with",
	"if",
	"unless",
	"lookup",
	"log",
	"this"
]);
/**
* The word tables are looked up with whatever word the user wrote, so they have no prototype:
* "constructor 2007" must find no month, not Object's constructor.
*/
function wordTable(entries) {
	return Object.assign(Object.create(null), entries);
}
const MONTH_WORDS = Object.create(null);
for (const [month, words] of [
	[1, [
		"januari",
		"januar",
		"january",
		"jan"
	]],
	[2, [
		"februari",
		"februar",
		"february",
		"feb",
		"febr"
	]],
	[3, [
		"mars",
		"march",
		"mar"
	]],
	[4, ["april", "apr"]],
	[5, [
		"maj",
		"mai",
		"may"
	]],
	[6, [
		"juni",
		"june",
		"jun"
	]],
	[7, [
		"juli",
		"july",
		"jul"
	]],
	[8, [
		"augusti",
		"august",
		"aug"
	]],
	[9, [
		"september",
		"sept",
		"sep"
	]],
	[10, [
		"oktober",
		"october",
		"okt",
		"oct"
	]],
	[11, ["november", "nov"]],
	[12, [
		"december",
		"desember",
		"dec",
		"des"
	]]
]) for (const word of words) MONTH_WORDS[word] = month;
const MONTH_NAMES = {
	sv: [
		"januari",
		"februari",
		"mars",
		"april",
		"maj",
		"juni",
		"juli",
		"augusti",
		"september",
		"oktober",
		"november",
		"december"
	],
	nb: [
		"januar",
		"februar",
		"mars",
		"april",
		"mai",
		"juni",
		"juli",
		"august",
		"september",
		"oktober",
		"november",
		"desember"
	],
	en: [
		"January",
		"February",
		"March",
		"April",
		"May",
		"June",
		"July",
		"August",
		"September",
		"October",
		"November",
		"December"
	]
};
const SEASON_WORDS = wordTable({
	vår: "spring",
	våren: "spring",
	spring: "spring",
	sommar: "summer",
	sommaren: "summer",
	sommer: "summer",
	sommeren: "summer",
	summer: "summer",
	höst: "autumn",
	hösten: "autumn",
	høst: "autumn",
	høsten: "autumn",
	autumn: "autumn",
	fall: "autumn",
	vinter: "winter",
	vintern: "winter",
	vinteren: "winter",
	winter: "winter"
});
/** First and last month of a season; winter runs into the next year. */
const SEASON_MONTHS = {
	spring: [3, 5],
	summer: [6, 8],
	autumn: [9, 11],
	winter: [12, 14]
};
const STATUS_WORDS = wordTable({
	klart: "done",
	klar: "done",
	klara: "done",
	avslutat: "done",
	avslutad: "done",
	genomfört: "done",
	genomförd: "done",
	ferdig: "done",
	ferdigstilt: "done",
	fullført: "done",
	gjennomført: "done",
	avsluttet: "done",
	done: "done",
	completed: "done",
	finished: "done",
	complete: "done",
	pågår: "ongoing",
	pågående: "ongoing",
	ongoing: "ongoing",
	påbörjat: "started",
	påbörjad: "started",
	påbörjade: "started",
	påbörjas: "started",
	påbörjats: "started",
	startar: "started",
	startat: "started",
	inleds: "started",
	fortsätter: "started",
	påbegynt: "started",
	startet: "started",
	starter: "started",
	fortsetter: "started",
	igangsatt: "started",
	started: "started",
	starts: "started",
	continues: "started",
	planerad: "planned",
	planerat: "planned",
	planerade: "planned",
	planeras: "planned",
	planlagt: "planned",
	planlegges: "planned",
	planlagd: "planned",
	planned: "planned"
});
const DEADLINE_WORDS = /* @__PURE__ */ new Set([
	"senast",
	"före",
	"innan",
	"innen",
	"senest",
	"før",
	"by",
	"before"
]);
/** Words that may stand before a date without changing it: "den 1 maj", "under hösten 2007", "i januar 2008". */
const FILLER_WORDS = /* @__PURE__ */ new Set([
	"den",
	"i",
	"under",
	"vid",
	"ved",
	"på",
	"in",
	"during",
	"at",
	"on",
	"the",
	"of",
	"år",
	"året"
]);
const ORDINALS = wordTable({
	första: 1,
	förste: 1,
	første: 1,
	first: 1,
	andra: 2,
	annen: 2,
	andre: 2,
	second: 2,
	tredje: 3,
	third: 3,
	fjärde: 4,
	fjerde: 4,
	fourth: 4
});
/** "primo", "medio", "ultimo" and their phrases: the first, middle and last third of a month (or year). */
const PART_WORDS = [
	[/^(primo|(i )?början av|(i )?begynnelsen av|(i )?starten av|early|(at )?the beginning of|beginning of|the start of)$/, 0],
	[/^(medio|(i )?mitten av|(i )?midten av|mid|mid-|(in )?the middle of|middle of)$/, 1],
	[/^(ultimo|(i )?slutet av|(i )?slutten av|late|(at )?the end of|end of)$/, 2]
];
const TURN_OF_YEAR = /^(årsskiftet|årsskifte|the turn of the year|turn of the year|new year)$/;
const pad = (n, width = 2) => String(n).padStart(width, "0");
const iso = (y, m, d) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
function daysInMonth(year, month) {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
function monthSpan(year, month) {
	return {
		from: iso(year, month, 1),
		to: iso(year, month, daysInMonth(year, month))
	};
}
function monthsSpan(year, first, last) {
	const end = new Date(Date.UTC(year, last - 1, 1));
	return {
		from: iso(year, first, 1),
		to: iso(end.getUTCFullYear(), end.getUTCMonth() + 1, daysInMonth(end.getUTCFullYear(), end.getUTCMonth() + 1))
	};
}
const MIN_YEAR = 1900;
const MAX_YEAR = 2199;
const isYear = (y) => Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
function isIsoDay(value) {
	const m = ISO_DAY.exec(value);
	if (!m) return false;
	const [y, mo, d] = [
		Number(m[1]),
		Number(m[2]),
		Number(m[3])
	];
	return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}
function formatDay(isoDay, lang) {
	const m = ISO_DAY.exec(isoDay);
	if (!m) return isoDay;
	const [y, mo, d] = [
		Number(m[1]),
		Number(m[2]),
		Number(m[3])
	];
	return formatDayParts(y, mo, d, lang);
}
function formatDayParts(y, mo, d, lang) {
	const name = MONTH_NAMES[lang][mo - 1] ?? String(mo);
	return lang === "nb" ? `${d}. ${name} ${y}` : `${d} ${name} ${y}`;
}
function formatMonth(y, mo, lang) {
	return `${MONTH_NAMES[lang][mo - 1] ?? mo} ${y}`;
}
/** Null for figures no calendar has (month 13, day 32): those are some other number, not a date. */
function dayPhrase(y, mo, d, lang) {
	if (!isYear(y) || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
	const days = daysInMonth(y, mo);
	if (d > days) return {
		kind: "problem",
		problem: {
			code: "noSuchDay",
			day: formatDayParts(y, mo, d, lang),
			month: formatMonth(y, mo, lang),
			days: String(days),
			last: formatDayParts(y, mo, days, lang)
		}
	};
	const day = iso(y, mo, d);
	return {
		kind: "date",
		span: {
			from: day,
			to: day
		},
		exact: true
	};
}
function yearless(exact, complete) {
	return {
		kind: "yearless",
		exact,
		complete
	};
}
const MONTH = "(\\p{L}+)\\.?";
const YEAR = "(\\d{4})";
const re = (source) => new RegExp("^" + source + "$", "u");
const P = {
	isoDay: /^(\d{4})-(\d{1,2})-(\d{1,2})$/,
	isoSlash: /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/,
	isoMonth: /^(\d{4})-(\d{2})$/,
	compact8: /^(\d{4})(\d{2})(\d{2})$/,
	compact6: /^(\d{2})(\d{2})(\d{2})$/,
	year: /^(\d{4})$/,
	dotted: /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/,
	dottedShort: /^(\d{1,2})\.(\d{1,2})\.(\d{2})$/,
	slashSpaceYear: /^(\d{1,2})\/(\d{1,2}) ?(\d{4})$/,
	slashYear: /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/,
	slashShort: /^(\d{1,2})\/(\d{1,2})$/,
	dayMonthYear: re(`(\\d{1,2})(?:\\.|:e|:a)? ?${MONTH},? ${YEAR}`),
	dayMonth: re(`(\\d{1,2})(?:\\.|:e|:a)? ?${MONTH}`),
	monthDayYear: re(`${MONTH} (\\d{1,2})(?:st|nd|rd|th)?,? ${YEAR}`),
	monthYear: re(`${MONTH},? ${YEAR}`),
	monthOnly: re(MONTH),
	partMonth: re(`(.+?) ${MONTH}(?: ${YEAR})?`),
	partYear: re(`(.+?) ${YEAR}`),
	season: re(`(sen|sein|för|for|tidig|tidlig)?(\\p{L}+)(?: ${YEAR}(?: ?\\/ ?(\\d{4}|\\d{2}))?)?`),
	turn: re(`(.+?)(?: ${YEAR}(?: ?\\/ ?(\\d{4}|\\d{2}))?)?`),
	quarterQ: /^q([1-4])[ -]?(\d{4})$/,
	quarterQAfter: /^(\d{4})[ -]?q([1-4])$/,
	quarterWord: re(`(?:(\\d)(?:\\.|:e|:a)?|(\\p{L}+)) (?:kvartal|kvartalet|quarter)(?: of)?(?: ${YEAR})?`),
	quarterNumber: re(`kvartal (\\d) ${YEAR}`),
	halfH: /^h([12])[ -]?(\d{4})$/,
	halfWord: re(`(?:(\\d)(?:\\.|:e|:a)?|(\\p{L}+)) (?:halvår|halvåret|halvårs|half|half-year|half of)(?: of)?(?: ${YEAR})?`)
};
function parsePhrase(text, lang) {
	let m;
	if ((m = P.isoDay.exec(text)) || (m = P.isoSlash.exec(text))) {
		const [y, mo, d] = [
			Number(m[1]),
			Number(m[2]),
			Number(m[3])
		];
		if (isYear(y) && (mo < 1 || mo > 12 || d < 1 || d > 31)) return {
			kind: "problem",
			problem: { code: "notADate" }
		};
		return dayPhrase(y, mo, d, lang);
	}
	if (m = P.compact8.exec(text)) return dayPhrase(Number(m[1]), Number(m[2]), Number(m[3]), lang);
	if (m = P.compact6.exec(text)) {
		const yy = Number(m[1]);
		return dayPhrase(yy < 70 ? 2e3 + yy : 1900 + yy, Number(m[2]), Number(m[3]), lang);
	}
	if (m = P.isoMonth.exec(text)) {
		const [y, mo] = [Number(m[1]), Number(m[2])];
		return isYear(y) && mo >= 1 && mo <= 12 ? {
			kind: "date",
			span: monthSpan(y, mo),
			exact: false
		} : null;
	}
	if (m = P.year.exec(text)) {
		const y = Number(m[1]);
		return isYear(y) ? {
			kind: "date",
			span: {
				from: iso(y, 1, 1),
				to: iso(y, 12, 31)
			},
			exact: false
		} : null;
	}
	if ((m = P.dotted.exec(text)) || (m = P.slashSpaceYear.exec(text))) return dayPhrase(Number(m[3]), Number(m[2]), Number(m[1]), lang);
	if (m = P.dottedShort.exec(text)) return ambiguousNumeric(Number(m[1]), Number(m[2]), Number(m[3]), lang, true);
	if (m = P.slashYear.exec(text)) return ambiguousNumeric(Number(m[1]), Number(m[2]), Number(m[3]), lang, false);
	if (m = P.slashShort.exec(text)) {
		const [d, mo] = [Number(m[1]), Number(m[2])];
		return d >= 1 && d <= 31 && mo >= 1 && mo <= 12 ? yearless(true, (y) => dayPhrase(y, mo, d, lang)) : null;
	}
	if (m = P.dayMonthYear.exec(text)) {
		const mo = MONTH_WORDS[m[2]];
		if (mo) return dayPhrase(Number(m[3]), mo, Number(m[1]), lang);
	}
	if (m = P.monthDayYear.exec(text)) {
		const mo = MONTH_WORDS[m[1]];
		if (mo) return dayPhrase(Number(m[3]), mo, Number(m[2]), lang);
	}
	if (m = P.dayMonth.exec(text)) {
		const mo = MONTH_WORDS[m[2]];
		const d = Number(m[1]);
		if (mo && d >= 1 && d <= 31) return yearless(true, (y) => dayPhrase(y, mo, d, lang));
	}
	if (m = P.monthYear.exec(text)) {
		const mo = MONTH_WORDS[m[1]];
		const y = Number(m[2]);
		if (mo) return isYear(y) ? {
			kind: "date",
			span: monthSpan(y, mo),
			exact: false
		} : {
			kind: "problem",
			problem: { code: "notADate" }
		};
	}
	if (m = P.monthOnly.exec(text)) {
		const mo = MONTH_WORDS[m[1]];
		if (mo) return yearless(false, (y) => isYear(y) ? {
			kind: "date",
			span: monthSpan(y, mo),
			exact: false
		} : {
			kind: "problem",
			problem: { code: "notADate" }
		});
	}
	if (m = P.partMonth.exec(text)) {
		const part = partOf(m[1]);
		const mo = MONTH_WORDS[m[2]];
		if (part !== void 0 && mo) {
			const make = (y) => {
				if (!isYear(y)) return {
					kind: "problem",
					problem: { code: "notADate" }
				};
				const last = daysInMonth(y, mo);
				const [from, to] = part === 0 ? [1, 10] : part === 1 ? [11, 20] : [21, last];
				return {
					kind: "date",
					span: {
						from: iso(y, mo, from),
						to: iso(y, mo, to)
					},
					exact: false
				};
			};
			return m[3] ? make(Number(m[3])) : yearless(false, make);
		}
	}
	if (m = P.partYear.exec(text)) {
		const part = partOf(m[1]);
		const y = Number(m[2]);
		if (part !== void 0 && isYear(y)) return {
			kind: "date",
			span: monthsSpan(y, part * 4 + 1, part * 4 + 4),
			exact: false
		};
	}
	if ((m = P.quarterQ.exec(text)) || (m = P.quarterNumber.exec(text))) return quarter(Number(m[1]), Number(m[2]));
	if (m = P.quarterQAfter.exec(text)) return quarter(Number(m[2]), Number(m[1]));
	if (m = P.quarterWord.exec(text)) {
		const n = m[1] ? Number(m[1]) : ORDINALS[m[2]];
		if (n !== void 0 && n >= 1 && n <= 4) return m[3] ? quarter(n, Number(m[3])) : yearless(false, (y) => quarter(n, y));
	}
	if (m = P.halfH.exec(text)) return half(Number(m[1]), Number(m[2]));
	if (m = P.halfWord.exec(text)) {
		const n = m[1] ? Number(m[1]) : ORDINALS[m[2]];
		if (n !== void 0 && n >= 1 && n <= 2) return m[3] ? half(n, Number(m[3])) : yearless(false, (y) => half(n, y));
	}
	if (m = P.season.exec(text)) {
		const season = SEASON_WORDS[m[2]];
		if (season) return seasonPhrase(season, m[1], m[3], m[4], lang, text);
	}
	if ((m = P.turn.exec(text)) && TURN_OF_YEAR.test(m[1])) {
		if (!m[2]) return yearless(false, (y) => turnOfYear(y));
		const first = Number(m[2]);
		if (!m[3]) return {
			kind: "problem",
			problem: {
				code: "ambiguous",
				readings: formatList(lang, [`${m[1]} ${first - 1}/${first}`, `${m[1]} ${first}/${first + 1}`], "or"),
				example: `${m[1]} ${first}/${first + 1}`
			}
		};
		if (secondYear(first, m[3]) !== first + 1) return {
			kind: "problem",
			problem: { code: "notADate" }
		};
		return turnOfYear(first);
	}
	return null;
}
function partOf(words) {
	for (const [pattern, part] of PART_WORDS) if (pattern.test(words)) return part;
}
/** "2005/06" → 2006, "2005/2006" → 2006. */
function secondYear(first, written) {
	if (written.length === 4) return Number(written);
	const candidate = Math.floor(first / 100) * 100 + Number(written);
	return candidate < first ? candidate + 100 : candidate;
}
function quarter(n, y) {
	if (!isYear(y) || n < 1 || n > 4) return {
		kind: "problem",
		problem: { code: "notADate" }
	};
	return {
		kind: "date",
		span: monthsSpan(y, n * 3 - 2, n * 3),
		exact: false
	};
}
function half(n, y) {
	if (!isYear(y) || n < 1 || n > 2) return {
		kind: "problem",
		problem: { code: "notADate" }
	};
	return {
		kind: "date",
		span: monthsSpan(y, n * 6 - 5, n * 6),
		exact: false
	};
}
function turnOfYear(y) {
	if (!isYear(y) || !isYear(y + 1)) return {
		kind: "problem",
		problem: { code: "notADate" }
	};
	return {
		kind: "date",
		span: {
			from: iso(y, 12, 1),
			to: iso(y + 1, 1, 31)
		},
		exact: false
	};
}
function seasonPhrase(season, prefix, yearText, secondText, lang, text) {
	let [first, last] = SEASON_MONTHS[season];
	if (prefix) {
		if (season === "winter") return {
			kind: "problem",
			problem: { code: "notADate" }
		};
		if (/^(sen|sein)$/.test(prefix)) first = last;
		else last = first;
	}
	const make = (y) => isYear(y) ? {
		kind: "date",
		span: monthsSpan(y, first, last),
		exact: false
	} : {
		kind: "problem",
		problem: { code: "notADate" }
	};
	if (!yearText) return yearless(false, make);
	const y = Number(yearText);
	if (season === "winter") {
		if (!secondText) {
			const word = text.replace(/\s*\d.*$/, "");
			return {
				kind: "problem",
				problem: {
					code: "ambiguous",
					readings: formatList(lang, [`${word} ${y - 1}/${y}`, `${word} ${y}/${y + 1}`], "or"),
					example: `${word} ${y}/${y + 1}`
				}
			};
		}
		if (secondYear(y, secondText) !== y + 1) return {
			kind: "problem",
			problem: { code: "notADate" }
		};
		return make(y);
	}
	if (secondText) return {
		kind: "problem",
		problem: { code: "notADate" }
	};
	return make(y);
}
/** "05/06/07", "5/6/2007": day or month first? Both readings are shown, and neither is taken. */
function ambiguousNumeric(a, b, c, lang, dotted) {
	const year = c < 100 ? c < 70 ? 2e3 + c : 1900 + c : c;
	const readings = [];
	const add = (y, mo, d) => {
		if (isYear(y) && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo)) {
			const text = formatDayParts(y, mo, d, lang);
			if (!readings.includes(text)) readings.push(text);
		}
	};
	add(year, b, a);
	if (!dotted) add(year, a, b);
	if (c < 100) add(a < 70 ? 2e3 + a : 1900 + a, b, c);
	if (readings.length === 0) return {
		kind: "problem",
		problem: { code: "notADate" }
	};
	const first = readings[0];
	return {
		kind: "problem",
		problem: {
			code: "ambiguous",
			readings: formatList(lang, readings, "or"),
			example: first
		}
	};
}
function normalise(input) {
	return input.replace(/\u00ad/g, "").replace(/[\u2010-\u2015\u2212]/g, "-").replace(/\s+/gu, " ").trim();
}
function tokenize(lower) {
	const tokens = [];
	for (const m of lower.matchAll(/\p{L}+|\d+|[^\s\p{L}\d]/gu)) tokens.push({
		text: m[0],
		start: m.index,
		end: m.index + m[0].length,
		word: /^\p{L}/u.test(m[0])
	});
	return tokens;
}
/** The longest phrase at a token that is not just a number of one to three digits. */
const MAX_PHRASE_TOKENS = 9;
const RANGE_WORDS = /* @__PURE__ */ new Set([
	"-",
	"till",
	"til",
	"to",
	"until"
]);
function findPhrases(lower, tokens, lang) {
	const found = [];
	let i = 0;
	while (i < tokens.length) {
		let best;
		for (let j = Math.min(tokens.length - 1, i + MAX_PHRASE_TOKENS); j >= i; j--) {
			const phrase = parsePhrase(lower.slice(tokens[i].start, tokens[j].end), lang);
			if (phrase) {
				best = {
					first: i,
					last: j,
					phrase
				};
				break;
			}
		}
		if (best) {
			found.push(best);
			i = best.last + 1;
		} else i++;
	}
	return found;
}
/** "oktober-november 2007", "1 januari 2009 – 31 mars 2012": two phrases joined by a dash or "till". */
function joinRanges(tokens, found) {
	const dates = [];
	for (let k = 0; k < found.length; k++) {
		const left = found[k];
		const right = found[k + 1];
		if (right && right.first === left.last + 2 && RANGE_WORDS.has(tokens[left.last + 1].text) && right.phrase.kind !== "problem" && left.phrase.kind !== "problem") {
			dates.push({
				phrase: range(left.phrase, right.phrase),
				first: left.first,
				last: right.last
			});
			k++;
		} else dates.push({
			phrase: left.phrase,
			first: left.first,
			last: left.last
		});
	}
	return dates;
}
function range(left, right) {
	if (right.kind === "yearless") {
		if (left.kind !== "date") return right;
		const completed = right.complete(Number(left.span.to.slice(0, 4)));
		if (!completed) return {
			kind: "problem",
			problem: { code: "notADate" }
		};
		right = completed;
		if (right.kind === "date" && right.span.to < left.span.from) return {
			kind: "problem",
			problem: { code: "backwards" }
		};
	}
	if (right.kind !== "date") return right;
	if (left.kind === "yearless") {
		const year = Number(right.span.from.slice(0, 4));
		const same = left.complete(year);
		const completed = same?.kind === "date" && same.span.from > right.span.to ? left.complete(year - 1) : same;
		if (!completed) return {
			kind: "problem",
			problem: { code: "notADate" }
		};
		left = completed;
	}
	if (left.kind !== "date") return left;
	if (left.span.from > right.span.to) return {
		kind: "problem",
		problem: { code: "backwards" }
	};
	return {
		kind: "date",
		span: {
			from: left.span.from,
			to: right.span.to
		},
		exact: false
	};
}
function fail(problem) {
	return {
		ok: false,
		problem
	};
}
function shortInput(text) {
	return text.length > 60 ? text.slice(0, 57) + "…" : text;
}
/** Numbers the YAML loader hands over (2007, 20070515) and Date objects are read as the user's digits. */
function inputText(input) {
	if (typeof input === "string") return input;
	if (typeof input === "number" && Number.isSafeInteger(input) && input >= 0) return String(input);
	if (input instanceof Date && !Number.isNaN(input.getTime())) return input.toISOString().slice(0, 10);
}
function describe(input) {
	if (input === null || input === void 0) return String(input);
	if (typeof input === "object") return Array.isArray(input) ? "[…]" : "{…}";
	try {
		return shortInput(String(input));
	} catch {
		return "?";
	}
}
function scan(input, lang) {
	const raw = inputText(input);
	if (raw === void 0) return {
		code: "notADate",
		input: describe(input)
	};
	const text = raw.trim();
	if (text === "") return {
		code: "empty",
		input: ""
	};
	if (text.length > 200) return {
		code: "tooLong",
		input: shortInput(text),
		limit: String(200)
	};
	const lower = normalise(text).toLowerCase();
	const tokens = tokenize(lower);
	const dates = joinRanges(tokens, findPhrases(lower, tokens, lang));
	const used = /* @__PURE__ */ new Set();
	for (const d of dates) for (let k = d.first; k <= d.last; k++) used.add(k);
	let status;
	let deadline = false;
	const leftover = [];
	tokens.forEach((token, k) => {
		if (used.has(k)) return;
		const s = STATUS_WORDS[token.text];
		if (s) status = s;
		else if (DEADLINE_WORDS.has(token.text)) deadline = true;
		else if (token.word && !FILLER_WORDS.has(token.text)) leftover.push(token);
		else if (!token.word && /\d/.test(token.text)) leftover.push(token);
	});
	return {
		text,
		lower,
		tokens,
		dates,
		...status ? { status } : {},
		deadline,
		leftover
	};
}
function isProblem(value) {
	return "code" in value;
}
/** An unknown word where a month or season should be: the date word it most resembles, if any. */
function unknownWord(s) {
	const candidates = [
		...Object.keys(MONTH_WORDS).filter((w) => w.length > 3),
		...Object.keys(SEASON_WORDS),
		"årsskiftet",
		"kvartal",
		"halvår",
		"medio",
		"primo",
		"ultimo"
	];
	for (const token of s.leftover) {
		if (!token.word || token.text.length < 3) continue;
		const suggestion = didYouMean(token.text, candidates);
		if (suggestion) return {
			code: "unknownWord",
			input: shortInput(s.text),
			word: token.text,
			suggestion
		};
	}
}
/**
* In a free-text cell most words are just words, but one that is nearly a month's name and stands
* beside a number ("Klart 1 febuari 2008") was meant as a date: refuse it rather than read the year alone.
*/
function misspeltMonthInCell(s) {
	const months = Object.keys(MONTH_WORDS).filter((w) => w.length > 3);
	for (const token of s.leftover) {
		if (!token.word || token.text.length < 4 || MONTH_WORDS[token.text]) continue;
		if (!(/\d\.?\s*$/.test(s.lower.slice(0, token.start)) || /^\s*\d/.test(s.lower.slice(token.end)))) continue;
		const suggestion = didYouMean(token.text, months);
		if (suggestion) return {
			code: "unknownWord",
			input: shortInput(s.text),
			word: token.text,
			suggestion
		};
	}
}
function problemOf$1(phrase, s) {
	if (phrase.kind === "problem") return {
		...phrase.problem,
		input: shortInput(s.text)
	};
}
/** A date as plans write it (exact or fuzzy, sv/nb/en), optionally with a status word and a deadline word beside it. */
function readDate(input, lang) {
	try {
		const s = scan(input, lang);
		if (isProblem(s)) return fail(s);
		const input_ = shortInput(s.text);
		if (s.leftover.length > 0 || s.dates.length > 1) return fail(unknownWord(s) ?? {
			code: "notADate",
			input: input_
		});
		const only = s.dates[0];
		if (!only) return fail(s.status ? {
			code: "statusOnly",
			input: input_
		} : unknownWord(s) ?? {
			code: "notADate",
			input: input_
		});
		const problem = problemOf$1(only.phrase, s);
		if (problem) return fail(problem);
		if (only.phrase.kind !== "date") return fail({
			code: "yearMissing",
			input: input_
		});
		return {
			ok: true,
			value: {
				text: s.text,
				span: only.phrase.span,
				...only.phrase.exact ? { exact: true } : {},
				...s.deadline ? { deadline: true } : {},
				...s.status ? { status: s.status } : {}
			}
		};
	} catch {
		return fail({
			code: "notADate",
			input: describe(input)
		});
	}
}
/**
* A free-text date cell ("Pågår, Klart feb 2008", "Påbörjat april 2007 på två enheter", "Arbetet
* fortsätter under hösten"): status and dates are found anywhere in the text; at least one of them
* is required. Several dates ("påbörjas okt 2007 … Klart 1 jan. 2008") give one span from the first
* to the last; the last status word is the status. A month or season without a year ("under
* hösten") gives no span; a day without a year ("Klart 1 maj") is refused, as is a day that does
* not exist.
*/
function readDateCell(input, lang) {
	try {
		const s = scan(input, lang);
		if (isProblem(s)) return fail(s);
		const misspelt = misspeltMonthInCell(s);
		if (misspelt) return fail(misspelt);
		const input_ = shortInput(s.text);
		let span;
		let dated = 0;
		let exact = false;
		for (const d of s.dates) {
			const problem = problemOf$1(d.phrase, s);
			if (problem) return fail(problem);
			if (d.phrase.kind === "yearless") {
				if (d.phrase.exact) return fail({
					code: "yearMissing",
					input: input_
				});
				continue;
			}
			if (d.phrase.kind !== "date") continue;
			dated++;
			exact = d.phrase.exact;
			span = span ? {
				from: min(span.from, d.phrase.span.from),
				to: max(span.to, d.phrase.span.to)
			} : d.phrase.span;
		}
		if (!span && !s.status) {
			if (s.dates.length > 0) return fail({
				code: "yearMissing",
				input: input_
			});
			return fail(unknownWord(s) ?? {
				code: "notADate",
				input: input_
			});
		}
		const lastDate = s.dates[s.dates.length - 1];
		const note = lastDate ? noteAfter(s, lastDate.last) : void 0;
		return {
			ok: true,
			value: {
				text: s.text,
				...span ? { span } : {},
				...span && exact && dated === 1 ? { exact: true } : {},
				...s.deadline ? { deadline: true } : {},
				...s.status ? { status: s.status } : {},
				...note ? { note } : {}
			}
		};
	} catch {
		return fail({
			code: "notADate",
			input: describe(input)
		});
	}
}
const min = (a, b) => a < b ? a : b;
const max = (a, b) => a > b ? a : b;
/** The words after the last date (and its status word, if it follows), in the user's own case and spelling. */
function noteAfter(s, lastToken) {
	let k = lastToken + 1;
	while (s.tokens[k] && (STATUS_WORDS[s.tokens[k].text] || DEADLINE_WORDS.has(s.tokens[k].text) || /^[^\p{L}\d]$/u.test(s.tokens[k].text))) k++;
	const next = s.tokens[k];
	if (!next) return void 0;
	const original = normalise(s.text);
	if (original.length !== s.lower.length) return void 0;
	const rest = original.slice(next.start).replace(/^[\s,.;:–-]+|[\s,.;:…]+$/g, "");
	return /\p{L}/u.test(rest) ? rest : void 0;
}
/**
* A date in the document's language: an exact day as the language writes it ("28. juni 2007",
* "1 maj 2008", "1 May 2008"); a fuzzy date, or a cell with status words or a note, as the user
* wrote it with its spacing tidied. A span is written as a day, a month, a year or "from – to".
*/
function formatDate(value, lang) {
	try {
		if (typeof value === "string") {
			if (isIsoDay(value)) return formatDay(value, lang);
			const read = readDate(value, lang);
			return read.ok ? formatDate(read.value, lang) : normalise(value);
		}
		if (value === null || typeof value !== "object") return "";
		if ("text" in value) {
			const { span, exact, status, note, deadline } = value;
			if (span && exact && !status && !note && span.from === span.to && isIsoDay(span.from)) {
				const day = formatDay(span.from, lang);
				return deadline ? `${DEADLINE_WORD[lang]} ${day}` : day;
			}
			return normalise(String(value.text ?? ""));
		}
		return formatSpan(value, lang);
	} catch {
		return "";
	}
}
const DEADLINE_WORD = {
	sv: "senast",
	nb: "innen",
	en: "by"
};
function formatSpan(span, lang) {
	const { from, to } = span;
	if (!isIsoDay(from) || !isIsoDay(to)) return `${from} – ${to}`;
	if (from === to) return formatDay(from, lang);
	const [fy, fm, fd] = from.split("-").map(Number);
	const [ty, tm, td] = to.split("-").map(Number);
	const wholeMonths = fd === 1 && td === daysInMonth(ty, tm);
	if (wholeMonths && fy === ty && fm === 1 && tm === 12) return String(fy);
	if (wholeMonths && fy === ty && fm === tm) return formatMonth(fy, fm, lang);
	if (wholeMonths) return `${formatMonth(fy, fm, lang)} – ${formatMonth(ty, tm, lang)}`;
	return `${formatDay(from, lang)} – ${formatDay(to, lang)}`;
}
/** True when every day of `inner` lies within `outer`. */
function spanWithin(inner, outer) {
	return inner.from >= outer.from && inner.to <= outer.to;
}
/**
* The same day `months` later (or earlier), kept within the month: 2008-01-31 + 1 → 2008-02-29.
* Anything that is not an ISO day, or a month count that is not an integer, is returned unchanged.
*/
function addMonths(isoDay, months) {
	const m = typeof isoDay === "string" ? ISO_DAY.exec(isoDay) : null;
	if (!m || !Number.isInteger(months) || !isIsoDay(isoDay)) return isoDay;
	const total = Number(m[1]) * 12 + Number(m[2]) - 1 + months;
	const y = Math.floor(total / 12);
	const mo = total - y * 12 + 1;
	if (y < 0 || y > 9999) return isoDay;
	return iso(y, mo, Math.min(Number(m[3]), daysInMonth(y, mo)));
}
// dist/kinds/handlingsplan/messages.js
const messages$8 = {
	en: {
		"handlingsplan.summary.date": "Date of the plan",
		"handlingsplan.summary.actions": "Actions",
		"handlingsplan.summary.done": "Done",
		"handlingsplan.summary.ongoing": "Ongoing",
		"handlingsplan.summary.planned": "Planned",
		"handlingsplan.summary.overdue": "Overdue on {date} ({count})",
		"handlingsplan.summary.overdueNone": "Overdue on {date}",
		"handlingsplan.summary.overdueItem": "{problem} (due {due}; {responsible})",
		"handlingsplan.deadlinePassed": "\"{date}\" ends on {end}, before the plan's own date ({planDate}), but the row does not say that the work has started or is done.",
		"handlingsplan.deadlinePassedHint": "Write the status beside the date, e.g. \"Klart {date}\" or \"Påbörjat {date}\", or correct the date."
	},
	sv: {
		"handlingsplan.summary.date": "Planens datum",
		"handlingsplan.summary.actions": "Åtgärder",
		"handlingsplan.summary.done": "Klara",
		"handlingsplan.summary.ongoing": "Pågående",
		"handlingsplan.summary.planned": "Planerade",
		"handlingsplan.summary.overdue": "Försenade den {date} ({count})",
		"handlingsplan.summary.overdueNone": "Försenade den {date}",
		"handlingsplan.summary.overdueItem": "{problem} (senast {due}; {responsible})",
		"handlingsplan.deadlinePassed": "\"{date}\" slutar {end}, före planens eget datum ({planDate}), men raden säger inte att arbetet är påbörjat eller klart.",
		"handlingsplan.deadlinePassedHint": "Skriv status vid datumet, t.ex. \"Klart {date}\" eller \"Påbörjat {date}\", eller rätta datumet."
	},
	nb: {
		"handlingsplan.summary.date": "Planens dato",
		"handlingsplan.summary.actions": "Tiltak",
		"handlingsplan.summary.done": "Ferdige",
		"handlingsplan.summary.ongoing": "Pågående",
		"handlingsplan.summary.planned": "Planlagte",
		"handlingsplan.summary.overdue": "Forsinket per {date} ({count})",
		"handlingsplan.summary.overdueNone": "Forsinket per {date}",
		"handlingsplan.summary.overdueItem": "{problem} (frist {due}; {responsible})",
		"handlingsplan.deadlinePassed": "\"{date}\" slutter {end}, før planens egen dato ({planDate}), men raden sier ikke at arbeidet er påbegynt eller ferdig.",
		"handlingsplan.deadlinePassedHint": "Skriv status ved datoen, f.eks. \"Klart {date}\" eller \"Påbörjat {date}\", eller rett datoen."
	}
};
// dist/kinds/handlingsplan/progress.js
/**
* The statements of a date cell. "Pågår, Klart feb 2008" says two things, of which the date reader
* keeps the last status; read clause by clause, it says the work is going on and when it ends. A
* cell whose clauses do not each read as a date or status is taken whole.
*/
function statementsOf(entry, index, planDay) {
	const clauses = entry.text.split(/\s*[,;]\s+/).filter((clause) => clause !== "");
	let dates = [entry];
	if (clauses.length > 1) {
		const read = clauses.map((clause) => readDateCell(clause, "sv"));
		if (read.every((r) => r.ok)) dates = read.map((r) => r.value);
	}
	return dates.map((date) => ({
		entry: index,
		date,
		fact: isFact(date, planDay)
	}));
}
function isFact(date, planDay) {
	if (date.status !== "done" && date.status !== "started" && date.status !== "ongoing") return false;
	return !date.span || date.span.from <= planDay.to;
}
function progressOf(action, index, planDay) {
	const statements = action.date.flatMap((entry, i) => statementsOf(entry, i, planDay));
	const ahead = statements.filter((s) => !s.fact);
	const facts = statements.filter((s) => s.fact);
	const phase = ahead.length === 0 && facts.every((s) => s.date.status === "done") ? "done" : facts.length > 0 ? "ongoing" : "planned";
	const due = ahead.reduce((last, s) => s.date.span && (!last || s.date.span.to > last) ? s.date.span.to : last, void 0);
	return {
		index,
		phase,
		...due && phase !== "done" ? { due } : {},
		statements
	};
}
function planDay(plan) {
	return plan.date.span;
}
/** The plan's key figures: where its actions stand and, on a given day, which are overdue. */
function summarise$1(plan, asOf) {
	const day = planDay(plan);
	const byPhase = {
		done: 0,
		ongoing: 0,
		planned: 0
	};
	const overdue = [];
	if (day) plan.actions.forEach((action, index) => {
		const progress = progressOf(action, index, day);
		byPhase[progress.phase]++;
		if (asOf && progress.due && progress.due < asOf) overdue.push({
			index,
			problem: action.problem,
			due: progress.due,
			responsible: action.responsible.map((r) => r.role)
		});
	});
	return {
		...day ? { date: day.from } : {},
		actions: plan.actions.length,
		byPhase,
		overdue
	};
}
const handlingsplanModule = {
	rules: [{
		id: "handlingsplan/date-before-plan",
		severity: "error",
		description: "A date that ends before the plan's own date is allowed only in a row that says the work has started or is done.",
		check(plan, { t, lang, report }) {
			const day = planDay(plan);
			if (!day) return;
			plan.actions.forEach((action, a) => {
				const progress = progressOf(action, a, day);
				if (progress.statements.some((s) => s.fact)) return;
				const reported = /* @__PURE__ */ new Set();
				for (const { entry, date } of progress.statements) {
					if (!date.span || date.span.to >= day.from || reported.has(entry)) continue;
					reported.add(entry);
					const written = action.date[entry];
					report({
						pointer: `/actions/${a}/date/${entry}`,
						message: t("handlingsplan.deadlinePassed", {
							date: written.text,
							end: formatDate(date.span.to, lang),
							planDate: formatDate(plan.date, lang)
						}),
						hint: t("handlingsplan.deadlinePassedHint", { date: written.text })
					});
				}
			});
		}
	}],
	messages: messages$8,
	summary(plan, { t, lang, asOf }) {
		const { date, actions, byPhase, overdue } = summarise$1(plan, asOf);
		const day = (iso) => formatDate(iso, lang);
		return {
			figures: [
				...date ? [{
					label: t("handlingsplan.summary.date"),
					value: day(date)
				}] : [],
				{
					label: t("handlingsplan.summary.actions"),
					value: actions
				},
				{
					label: t("handlingsplan.summary.done"),
					value: byPhase.done
				},
				{
					label: t("handlingsplan.summary.ongoing"),
					value: byPhase.ongoing
				},
				{
					label: t("handlingsplan.summary.planned"),
					value: byPhase.planned
				}
			],
			lists: asOf ? [{
				title: t(overdue.length ? "handlingsplan.summary.overdue" : "handlingsplan.summary.overdueNone", {
					date: day(asOf),
					count: overdue.length
				}),
				items: overdue.map((item) => t("handlingsplan.summary.overdueItem", {
					problem: item.problem.replace(/\s+/g, " ").trim(),
					due: day(item.due),
					responsible: item.responsible.join(", ")
				}))
			}] : []
		};
	}
};
// dist/kinds/prosjektplan/messages.js
const messages$7 = {
	en: {
		"prosjektplan.summary.periodValue": "{start} – {end} ({months} months)",
		"prosjektplan.summary.period": "Project period",
		"prosjektplan.summary.subGoals": "Sub-goals",
		"prosjektplan.summary.activities": "Main activities",
		"prosjektplan.summary.milestones": "Milestones",
		"prosjektplan.summary.ahead": "Milestones after {date}",
		"prosjektplan.monthsTooFew": "{field}: the project lasts at least one month.",
		"prosjektplan.resourcesAmount": "1.3: give the resource frame either per year (\"perYear\") or for the whole project (\"total\"), one of them.",
		"prosjektplan.factorNumber": "{field}: \"Vedr. pkt.\" is the number of a success factor in 5.1, counting from 1.",
		"prosjektplan.subGoalNumber": "The sub-goal \"{id}\" has no number; write it as \"Delmål 2\", so that its main activities can be numbered \"HA 2.1\", \"HA 2.2\" ….",
		"prosjektplan.activityNumber": "The main activity \"{id}\" has no number of the form \"HA N.M\".",
		"prosjektplan.activityNumberHint": "Write for example \"{example}\": the sub-goal's number, a full stop, and the activity's number under it.",
		"prosjektplan.activityGoal": "\"{id}\" sits under \"{goal}\": the main activities under it are numbered \"HA {number}.1\", \"HA {number}.2\" ….",
		"prosjektplan.activityGoalMove": "Move it to \"{goal}\", or number it \"HA {number}.M\".",
		"prosjektplan.activityGoalRenumber": "Number it \"HA {number}.M\".",
		"prosjektplan.duplicateSubGoal": "The sub-goal \"{id}\" appears twice; give each sub-goal its own number.",
		"prosjektplan.duplicateActivity": "The main activity \"{id}\" appears twice (first under \"{goal}\"); give each activity its own number.",
		"prosjektplan.decisionPoint": "The decision point \"{text}\"",
		"prosjektplan.activity": "The main activity {id}",
		"prosjektplan.milestone": "The milestone \"{text}\"",
		"prosjektplan.undated": "{what} has no date.",
		"prosjektplan.undatedHint": "Write when it is in the text, for example \"28. juni 2007 ved presentasjon av hovedprosjektet.\" or \"… i kommunestyret januar 2008.\"",
		"prosjektplan.afterPeriod": "{what} ({date}) comes after the project period ends ({period}).",
		"prosjektplan.beforePeriod": "{what} ({date}) comes before the project starts ({period}).",
		"prosjektplan.acrossPeriod": "{what} ({date}) reaches outside the project period ({period}).",
		"prosjektplan.outsidePeriodHint": "The project period runs from the start ({start}) through the time frame of {months} months in 1.3; correct the date, or the start or the time frame.",
		"prosjektplan.deadlineUnread": "{what}: the text is longer than {limit} characters, so plan does not look for a deadline in it.",
		"prosjektplan.deadlineUnreadHint": "If the activity has a deadline, give it in \"deadline\", for example deadline: innen 1. mai 2008."
	},
	nb: {
		"prosjektplan.summary.periodValue": "{start} – {end} ({months} måneder)",
		"prosjektplan.summary.period": "Prosjektperiode",
		"prosjektplan.summary.subGoals": "Delmål",
		"prosjektplan.summary.activities": "Hovedaktiviteter",
		"prosjektplan.summary.milestones": "Milepæler",
		"prosjektplan.summary.ahead": "Milepæler etter {date}",
		"prosjektplan.monthsTooFew": "{field}: prosjektet varer minst én måned.",
		"prosjektplan.resourcesAmount": "1.3: oppgi ressursrammen enten pr. år (\"perYear\") eller for hele prosjektet (\"total\"), én av dem.",
		"prosjektplan.factorNumber": "{field}: \"Vedr. pkt.\" er nummeret på en suksessfaktor i 5.1, regnet fra 1.",
		"prosjektplan.subGoalNumber": "Delmålet \"{id}\" har ikke noe nummer; skriv det som \"Delmål 2\", slik at hovedaktivitetene kan nummereres \"HA 2.1\", \"HA 2.2\" ….",
		"prosjektplan.activityNumber": "Hovedaktiviteten \"{id}\" har ikke et nummer av formen \"HA N.M\".",
		"prosjektplan.activityNumberHint": "Skriv for eksempel \"{example}\": delmålets nummer, punktum og aktivitetens nummer under det.",
		"prosjektplan.activityGoal": "\"{id}\" står under \"{goal}\": hovedaktivitetene der nummereres \"HA {number}.1\", \"HA {number}.2\" ….",
		"prosjektplan.activityGoalMove": "Flytt den til \"{goal}\", eller gi den nummeret \"HA {number}.M\".",
		"prosjektplan.activityGoalRenumber": "Gi den nummeret \"HA {number}.M\".",
		"prosjektplan.duplicateSubGoal": "Delmålet \"{id}\" forekommer to ganger; gi hvert delmål sitt eget nummer.",
		"prosjektplan.duplicateActivity": "Hovedaktiviteten \"{id}\" forekommer to ganger (først under \"{goal}\"); gi hver aktivitet sitt eget nummer.",
		"prosjektplan.decisionPoint": "Beslutningspunktet \"{text}\"",
		"prosjektplan.activity": "Hovedaktiviteten {id}",
		"prosjektplan.milestone": "Milepælen \"{text}\"",
		"prosjektplan.undated": "{what} har ingen dato.",
		"prosjektplan.undatedHint": "Skriv når det er i teksten, for eksempel \"28. juni 2007 ved presentasjon av hovedprosjektet.\" eller \"… i kommunestyret januar 2008.\"",
		"prosjektplan.afterPeriod": "{what} ({date}) ligger etter at prosjektperioden er slutt ({period}).",
		"prosjektplan.beforePeriod": "{what} ({date}) ligger før prosjektet starter ({period}).",
		"prosjektplan.acrossPeriod": "{what} ({date}) går utenfor prosjektperioden ({period}).",
		"prosjektplan.outsidePeriodHint": "Prosjektperioden går fra oppstart ({start}) og tidsrammen på {months} måneder ut (1.3); rett datoen, eller oppstarten eller tidsrammen.",
		"prosjektplan.deadlineUnread": "{what}: teksten er lengre enn {limit} tegn, så plan leter ikke etter en frist i den.",
		"prosjektplan.deadlineUnreadHint": "Har aktiviteten en frist, oppgi den i \"deadline\", for eksempel deadline: innen 1. mai 2008."
	},
	sv: {
		"prosjektplan.summary.periodValue": "{start} – {end} ({months} månader)",
		"prosjektplan.summary.period": "Projektperiod",
		"prosjektplan.summary.subGoals": "Delmål",
		"prosjektplan.summary.activities": "Huvudaktiviteter",
		"prosjektplan.summary.milestones": "Milstolpar",
		"prosjektplan.summary.ahead": "Milstolpar efter {date}",
		"prosjektplan.monthsTooFew": "{field}: projektet varar minst en månad.",
		"prosjektplan.resourcesAmount": "1.3: ange resursramen antingen per år (\"perYear\") eller för hela projektet (\"total\"), en av dem.",
		"prosjektplan.factorNumber": "{field}: \"Vedr. pkt.\" är numret på en framgångsfaktor i 5.1, räknat från 1.",
		"prosjektplan.subGoalNumber": "Delmålet \"{id}\" har inget nummer; skriv det som \"Delmål 2\", så att huvudaktiviteterna kan numreras \"HA 2.1\", \"HA 2.2\" ….",
		"prosjektplan.activityNumber": "Huvudaktiviteten \"{id}\" har inget nummer av formen \"HA N.M\".",
		"prosjektplan.activityNumberHint": "Skriv till exempel \"{example}\": delmålets nummer, punkt och aktivitetens nummer under det.",
		"prosjektplan.activityGoal": "\"{id}\" står under \"{goal}\": huvudaktiviteterna där numreras \"HA {number}.1\", \"HA {number}.2\" ….",
		"prosjektplan.activityGoalMove": "Flytta den till \"{goal}\", eller ge den numret \"HA {number}.M\".",
		"prosjektplan.activityGoalRenumber": "Ge den numret \"HA {number}.M\".",
		"prosjektplan.duplicateSubGoal": "Delmålet \"{id}\" förekommer två gånger; ge varje delmål ett eget nummer.",
		"prosjektplan.duplicateActivity": "Huvudaktiviteten \"{id}\" förekommer två gånger (först under \"{goal}\"); ge varje aktivitet ett eget nummer.",
		"prosjektplan.decisionPoint": "Beslutspunkten \"{text}\"",
		"prosjektplan.activity": "Huvudaktiviteten {id}",
		"prosjektplan.milestone": "Milstolpen \"{text}\"",
		"prosjektplan.undated": "{what} har inget datum.",
		"prosjektplan.undatedHint": "Skriv när den är i texten, till exempel \"28. juni 2007 ved presentasjon av hovedprosjektet.\" eller \"… i kommunestyret januar 2008.\"",
		"prosjektplan.afterPeriod": "{what} ({date}) ligger efter att projektperioden har slutat ({period}).",
		"prosjektplan.beforePeriod": "{what} ({date}) ligger innan projektet startar ({period}).",
		"prosjektplan.acrossPeriod": "{what} ({date}) går utanför projektperioden ({period}).",
		"prosjektplan.outsidePeriodHint": "Projektperioden går från starten ({start}) och tidsramen på {months} månader ut (1.3); rätta datumet, eller starten eller tidsramen.",
		"prosjektplan.deadlineUnread": "{what}: texten är längre än {limit} tecken, så plan letar inte efter en frist i den.",
		"prosjektplan.deadlineUnreadHint": "Har aktiviteten en frist, ange den i \"deadline\", till exempel deadline: innen 1. mai 2008."
	}
};
// dist/kinds/prosjektplan/rules.js
/** "Delmål 2" → 2: the number a sub-goal's activities are numbered under. */
function subGoalNumber(id) {
	const match = /(\d+)\s*$/.exec(id);
	return match ? Number(match[1]) : void 0;
}
/** "HA 2.1" → [2, 1]. */
function activityNumber(id) {
	const match = /(\d+)\.(\d+)\s*$/.exec(id);
	return match ? [Number(match[1]), Number(match[2])] : void 0;
}
/** Ids compare as a reader reads them: "HA 2.1", "ha  2.1" and "HA2.1" are the same activity. */
const sameId = (id) => id.toLowerCase().replace(/\s+/g, "");
const activityIds = {
	id: "activity/id-format",
	severity: "error",
	description: "Sub-goals are numbered (\"Delmål 2\") and main activities carry a number \"HA N.M\".",
	check(plan, { t, report }) {
		plan.subGoals.forEach((goal, g) => {
			if (subGoalNumber(goal.id) === void 0) report({
				pointer: toPointer([
					"subGoals",
					g,
					"id"
				]),
				message: t("prosjektplan.subGoalNumber", { id: goal.id })
			});
			goal.activities?.forEach((activity, a) => {
				if (activityNumber(activity.id)) return;
				const example = `HA ${subGoalNumber(goal.id) ?? 1}.${a + 1}`;
				report({
					pointer: toPointer([
						"subGoals",
						g,
						"activities",
						a,
						"id"
					]),
					message: t("prosjektplan.activityNumber", { id: activity.id }),
					hint: t("prosjektplan.activityNumberHint", { example })
				});
			});
		});
	}
};
const activityUnderItsGoal = {
	id: "activity/sub-goal-mismatch",
	severity: "error",
	description: "A main activity \"HA N.M\" sits under \"Delmål N\".",
	check(plan, { t, report }) {
		plan.subGoals.forEach((goal, g) => {
			const goalNumber = subGoalNumber(goal.id);
			if (goalNumber === void 0) return;
			goal.activities?.forEach((activity, a) => {
				const number = activityNumber(activity.id);
				if (!number || number[0] === goalNumber) return;
				const target = plan.subGoals.find((other) => subGoalNumber(other.id) === number[0]);
				report({
					pointer: toPointer([
						"subGoals",
						g,
						"activities",
						a,
						"id"
					]),
					message: t("prosjektplan.activityGoal", {
						id: activity.id,
						goal: goal.id,
						number: goalNumber
					}),
					hint: target ? t("prosjektplan.activityGoalMove", {
						goal: target.id,
						number: goalNumber
					}) : t("prosjektplan.activityGoalRenumber", { number: goalNumber })
				});
			});
		});
	}
};
const uniqueIds = {
	id: "activity/duplicate-id",
	severity: "error",
	description: "No two sub-goals, and no two main activities, share an id.",
	check(plan, { t, report }) {
		const goals = /* @__PURE__ */ new Map();
		const activities = /* @__PURE__ */ new Map();
		plan.subGoals.forEach((goal, g) => {
			const key = sameId(goal.id);
			if (goals.get(key) !== void 0) report({
				pointer: toPointer([
					"subGoals",
					g,
					"id"
				]),
				message: t("prosjektplan.duplicateSubGoal", { id: goal.id })
			});
			else goals.set(key, goal.id);
			goal.activities?.forEach((activity, a) => {
				const activityKey = sameId(activity.id);
				const under = activities.get(activityKey);
				if (under !== void 0) report({
					pointer: toPointer([
						"subGoals",
						g,
						"activities",
						a,
						"id"
					]),
					message: t("prosjektplan.duplicateActivity", {
						id: activity.id,
						goal: under
					})
				});
				else activities.set(activityKey, goal.id);
			});
		});
	}
};
/**
* The project period: from the start (1.3, "Beslutningspunkt for oppstart") through the time frame
* in months. A frame in whole months ends with the month it ends in: 30 months from the end of
* June 2007 run to 31 December 2009, as the plan's own last milestone says.
*/
function projectPeriod(plan) {
	const start = plan.period.start.span;
	if (!start) return void 0;
	const [year, month, day] = addMonths(start.to, plan.period.months).split("-").map(Number);
	const [endYear, endMonth] = day > 1 ? [year, month] : month > 1 ? [year, month - 1] : [year - 1, 12];
	return {
		from: start.from,
		to: `${endYear}-${String(endMonth).padStart(2, "0")}-${String(daysInMonth(endYear, endMonth)).padStart(2, "0")}`
	};
}
/** A sentence with its date inside ("Medio november 2007 ved avleveringen …"), read by the shared date reader. */
function readSentence(text, lang) {
	const result = readDateCell(text, lang);
	if (result.ok) return result.value.span ? {
		date: result.value,
		inSentence: true
	} : {};
	if (result.problem.code === "notADate" || result.problem.code === "statusOnly") return {};
	return { problem: result.problem };
}
const short = (text) => (text.length > 60 ? text.slice(0, 57).trimEnd() + "…" : text).trim();
/** Four rules look at the same dates; reading every sentence once per plan and language halves a run. */
const datedCache = /* @__PURE__ */ new WeakMap();
function datedThings(plan, t) {
	let byTranslator = datedCache.get(plan);
	if (!byTranslator) datedCache.set(plan, byTranslator = /* @__PURE__ */ new Map());
	let dated = byTranslator.get(t);
	if (!dated) byTranslator.set(t, dated = readDatedThings(plan, t));
	return dated;
}
function readDatedThings(plan, t) {
	const dated = [];
	const points = (list, key) => list?.forEach((text, i) => dated.push({
		what: t("prosjektplan.decisionPoint", { text: short(text) }),
		path: [
			"decisionPoints",
			key,
			i
		],
		required: true,
		...readSentence(text, "nb")
	}));
	points(plan.decisionPoints.mandatory, "mandatory");
	points(plan.decisionPoints.planned, "planned");
	plan.subGoals.forEach((goal, g) => goal.activities?.forEach((activity, a) => {
		const what = t("prosjektplan.activity", { id: activity.id });
		if (activity.deadline) dated.push({
			what,
			path: [
				"subGoals",
				g,
				"activities",
				a,
				"deadline"
			],
			date: activity.deadline,
			required: false
		});
		else {
			const read = readSentence(activity.text, "nb");
			if (read.problem?.code === "tooLong") dated.push({
				what,
				path: [
					"subGoals",
					g,
					"activities",
					a,
					"text"
				],
				required: false,
				unread: true
			});
			else dated.push({
				what,
				path: [
					"subGoals",
					g,
					"activities",
					a,
					"text"
				],
				required: false,
				...read
			});
		}
	}));
	plan.milestones.forEach((milestone, m) => dated.push({
		what: t("prosjektplan.milestone", { text: short(milestone.description) }),
		path: [
			"milestones",
			m,
			"date"
		],
		date: milestone.date,
		required: true
	}));
	return dated;
}
function reportDateProblem(item, problem, { t, report }) {
	const params = {
		...problem,
		field: item.what
	};
	const hintId = `date.${problem.code}Hint`;
	const hint = t(hintId, params);
	report({
		pointer: toPointer(item.path),
		message: `${item.what}: ${t(`date.${problem.code}`, params)}`,
		...hint !== hintId ? { hint } : {}
	});
}
/** The rules, their texts and the key figures, as kind.yaml's `module: plan:prosjektplan`. */
const prosjektplanModule = {
	rules: [
		activityIds,
		activityUnderItsGoal,
		uniqueIds,
		{
			id: "date/invalid",
			severity: "error",
			description: "A date written in a decision point or an activity is a real date with a year.",
			check(plan, context) {
				for (const item of datedThings(plan, context.t)) if (item.problem) reportDateProblem(item, item.problem, context);
			}
		},
		{
			id: "date/unread",
			severity: "warning",
			description: "A main activity whose text is too long to find its deadline in gives the deadline in a field of its own.",
			check(plan, { t, report }) {
				for (const item of datedThings(plan, t)) if (item.unread) report({
					pointer: toPointer(item.path),
					message: t("prosjektplan.deadlineUnread", {
						what: item.what,
						limit: 200
					}),
					hint: t("prosjektplan.deadlineUnreadHint")
				});
			}
		},
		{
			id: "date/missing",
			severity: "error",
			description: "Every decision point in 4.2 says when it is.",
			check(plan, { t, report }) {
				for (const item of datedThings(plan, t)) {
					if (!item.required || item.date || item.problem) continue;
					report({
						pointer: toPointer(item.path),
						message: t("prosjektplan.undated", { what: item.what }),
						hint: t("prosjektplan.undatedHint")
					});
				}
			}
		},
		{
			id: "date/outside-period",
			severity: "error",
			description: "Decision points, activity deadlines and milestones fall inside the project period (start + time frame in months).",
			check(plan, { t, report, lang }) {
				const period = projectPeriod(plan);
				if (!period) return;
				const hint = t("prosjektplan.outsidePeriodHint", {
					start: formatDate(plan.period.start, lang),
					months: plan.period.months
				});
				for (const item of datedThings(plan, t)) {
					const span = item.date?.span;
					if (!span || spanWithin(span, period)) continue;
					report({
						pointer: toPointer(item.path),
						message: t(span.from > period.to ? "prosjektplan.afterPeriod" : span.to < period.from ? "prosjektplan.beforePeriod" : "prosjektplan.acrossPeriod", {
							what: item.what,
							date: item.inSentence ? formatDate(span, lang) : formatDate(item.date, lang),
							period: formatDate(period, lang)
						}),
						hint
					});
				}
			}
		}
	],
	messages: messages$7,
	summary(plan, { t, lang, asOf }) {
		const period = projectPeriod(plan);
		const ahead = asOf ? plan.milestones.filter((milestone) => milestone.date.span && milestone.date.span.to > asOf) : [];
		return {
			figures: [
				...period ? [{
					label: t("prosjektplan.summary.period"),
					value: t("prosjektplan.summary.periodValue", {
						start: formatDate(plan.period.start, lang),
						end: formatDate(period.to, lang),
						months: plan.period.months
					})
				}] : [],
				{
					label: t("prosjektplan.summary.subGoals"),
					value: plan.subGoals.length
				},
				{
					label: t("prosjektplan.summary.activities"),
					value: plan.subGoals.reduce((count, goal) => count + (goal.activities?.length ?? 0), 0)
				},
				{
					label: t("prosjektplan.summary.milestones"),
					value: plan.milestones.length
				}
			],
			lists: asOf ? [{
				title: t("prosjektplan.summary.ahead", { date: formatDate(asOf, lang) }),
				items: ahead.map((milestone) => `${formatDate(milestone.date, lang)}: ${milestone.description}`)
			}] : []
		};
	}
};
// dist/kinds/builtin-modules.js
/** The package's own kinds' rules modules, by the name kind.yaml gives them: `module: plan:<name>`. */
const BUILTIN_MODULES = {
	handlingsplan: () => handlingsplanModule,
	prosjektplan: () => prosjektplanModule
};
// dist/core/contact.js
/**
* Contact details as plans print them: telephone numbers and web addresses. Each is kept as the
* user wrote it (a form prints "08-508 25 410", not "+46850825410"); reading only decides whether
* it is well formed, and if not, says why in a way the message can explain.
*/
/** Examples of well-formed numbers, for messages that show how to write one. */
const PHONE_EXAMPLES = {
	SE: [
		"08-123 456 78",
		"070-123 45 67",
		"+46 8 123 456 78"
	],
	NO: ["62 46 80 00", "+47 62 46 80 00"]
};
/** Digits in groups separated by a space or a hyphen, optionally "+" and a country code first. */
const SHAPE = /^\+?\d+(?:(?:\s*-\s*|\s+)\d+)*$/;
function readPhone(input, country = "SE") {
	const text = typeof input === "number" ? String(input) : typeof input === "string" ? input.replace(/[\s\u00a0]+/g, " ").trim() : "";
	const plain = text.replace(/^(\+\d+)\s*\(0\)\s*-?\s*/, "$1 ").replace(/^\((0\d{1,3})\)\s*/, "$1 ");
	if (!SHAPE.test(plain)) return {
		ok: false,
		problem: {
			code: "notAPhone",
			input: text
		}
	};
	const digits = plain.replace(/\D/g, "");
	const international = text.startsWith("+") ? digits : digits.startsWith("00") ? digits.slice(2) : void 0;
	if (international !== void 0) {
		if (international.startsWith("0")) return {
			ok: false,
			problem: {
				code: "notAPhone",
				input: text
			}
		};
		if (international.startsWith("46")) return expectDigits(text, international.slice(2), 7, 9, "7–9", true);
		if (international.startsWith("47")) return expectDigits(text, international.slice(2), 8, 8, "8", true);
		return expectDigits(text, international, 7, 15, "7–15", false);
	}
	if (country === "NO") return digits.startsWith("0") ? {
		ok: false,
		problem: {
			code: "notAPhone",
			input: text
		}
	} : expectDigits(text, digits, 8, 8, "8", false);
	if (!digits.startsWith("0")) return {
		ok: false,
		problem: {
			code: "noAreaCode",
			input: text
		}
	};
	return expectDigits(text, digits, 8, 10, "8–10", false);
}
function expectDigits(text, digits, min, max, expected, noLeadingZero) {
	if (noLeadingZero && digits.startsWith("0")) return {
		ok: false,
		problem: {
			code: "notAPhone",
			input: text
		}
	};
	if (digits.length < min || digits.length > max) return {
		ok: false,
		problem: {
			code: "digitCount",
			input: text,
			count: digits.length,
			expected,
			tooFew: digits.length < min
		}
	};
	return {
		ok: true,
		value: text
	};
}
/**
* A number as older documents print it, read by readPhone after two things real forms do: a slash
* after the area code ("018/727 00 00", read as the hyphen it stands for), and a number cut short
* after it ("018/"). A number cut short reads as too few digits rather than as no number, so that a
* rule can warn about it rather than refuse it. The number is kept as written.
*/
function readContactPhone(input, country = "SE") {
	const text = input.trim();
	const read = readPhone(text.replace(/^(\+?\d+)\s*\/\s*/, "$1-").replace(/\s*[-/]\s*$/, ""), country);
	return read.ok ? {
		ok: true,
		value: text
	} : {
		ok: false,
		problem: {
			...read.problem,
			input: text
		}
	};
}
/** A host with a top-level domain of letters, then an optional port, path, query and fragment without spaces. */
const WEB_ADDRESS = new RegExp(`^(?:https?://)?(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+\\p{L}{2,63}\\.?(?::\\d{1,5})?(?:[/?#][^\\s]*)?$`, "iu");
/**
* A web address as leaflets print it: "www.projektcarpe.se", "projektcarpe.se/om" or with
* "http://" or "https://". Other schemes (mailto:, javascript:) and e-mail addresses are refused.
*/
function readWebAddress(input) {
	const text = typeof input === "string" ? input.trim() : "";
	const host = /^(?:https?:\/\/)?([^/?#:]*)/i.exec(text)[1];
	if (!WEB_ADDRESS.test(text) || /^www\./i.test(host) && host.split(".").filter(Boolean).length < 3) return {
		ok: false,
		problem: {
			code: "notAWebAddress",
			input: text
		}
	};
	return {
		ok: true,
		value: text
	};
}
// dist/core/fields.js
/** Prose the user writes: any string with something other than white space in it. */
function text$1(meta) {
	return string().refine((value) => /\S/.test(value), { message: "field.emptyText" }).meta(meta);
}
/** Prose that may be left out, or left empty (the form then prints an empty box). */
function optionalText(meta) {
	return string().nullish().meta(meta);
}
/** A whole amount, read exactly or refused (see core/money.ts). */
function amount(meta, options = {}) {
	return union([number(), string()], { error: "amount.notAnAmount" }).transform((input, ctx) => {
		const result = readAmount(input, options);
		if (result.ok) return result.value;
		const { code, ...params } = result.problem;
		ctx.addIssue({
			code: "custom",
			message: `amount.${code}`,
			params,
			input
		});
		return NEVER;
	}).meta(meta);
}
/** A budget cell: an amount, or empty (`~` or nothing) where the form leaves the cell blank. */
function amountCell$1(meta, options = {}) {
	return amount(meta, options).nullish().transform((value) => value ?? null);
}
/** An e-mail address, as written. */
function email(meta) {
	return email$1({ error: "field.email" }).meta(meta);
}
/** A web address as printed ("www.exempel.se" or with http(s)://), kept as written; see core/contact.ts. */
function url(meta) {
	return string().transform((input, ctx) => {
		const result = readWebAddress(input);
		if (result.ok) return result.value;
		ctx.addIssue({
			code: "custom",
			message: "field.url",
			input
		});
		return NEVER;
	}).meta(meta);
}
/** A telephone number, kept as written, that looks like one of the country's (or has its country code); see core/contact.ts. */
function phone(meta, { country = "SE" } = {}) {
	return union([string(), number()]).transform((input, ctx) => {
		const result = readPhone(input, country);
		if (result.ok) return result.value;
		const { code, ...params } = result.problem;
		ctx.addIssue({
			code: "custom",
			message: `field.phone.${code}`,
			params: {
				...params,
				examples: PHONE_EXAMPLES[country].join(", ")
			},
			input
		});
		return NEVER;
	}).meta(meta);
}
function dateField(meta, read, options) {
	return union([string(), number()], { error: "date.notADate" }).transform((input, ctx) => {
		const result = read(input, options.lang ?? "sv");
		if (result.ok) return result.value;
		const { code, ...params } = result.problem;
		ctx.addIssue({
			code: "custom",
			message: `date.${code}`,
			params,
			input
		});
		return NEVER;
	}).meta(meta);
}
/** A date (exact or fuzzy: "1 maj 2008", "Hösten 2005", "medio november 2007"), read to a PlanDate (see core/dates.ts). */
function date(meta, options = {}) {
	return dateField(meta, readDate, options);
}
/** A free-text date cell: a date, a status word or both ("Pågår, Klart feb 2008"), read to a PlanDate. */
function dateCell(meta, options = {}) {
	return dateField(meta, readDateCell, options);
}
function strictObject(shape, meta) {
	return strictObject$1(shape).meta(meta);
}
// dist/core/figures.js
const MINUS = /^[-−–]/;
function readFigure(input) {
	if (typeof input === "number") return Number.isFinite(input) ? {
		ok: true,
		value: input
	} : {
		ok: false,
		problem: {
			code: "notANumber",
			input: String(input)
		}
	};
	if (typeof input !== "string") return {
		ok: false,
		problem: {
			code: "notANumber",
			input: ""
		}
	};
	const raw = input.trim();
	let text = raw.replace(/[\u00a0\u202f\u2009]/g, " ");
	let sign = 1;
	if (MINUS.test(text)) {
		sign = -1;
		text = text.slice(1).trimStart();
	} else if (text.startsWith("+")) text = text.slice(1).trimStart();
	const whole = /^(\d{1,3}(?: \d{3})+|\d+)(?:,(\d+))?$/.exec(text);
	if (whole) return {
		ok: true,
		value: sign * Number(`${whole[1].replace(/ /g, "")}.${whole[2] ?? "0"}`)
	};
	const point = /^(\d+)\.(\d+)$/.exec(text);
	if (point) {
		if (point[2].length === 3) return {
			ok: false,
			problem: {
				code: "ambiguous",
				input: raw,
				thousands: (sign < 0 ? "-" : "") + point[1] + point[2],
				decimal: (sign < 0 ? "-" : "") + point[1] + "," + point[2]
			}
		};
		return {
			ok: true,
			value: sign * Number(text)
		};
	}
	return {
		ok: false,
		problem: {
			code: "notANumber",
			input: raw
		}
	};
}
/** A result figure in a plan: a YAML number or a number as Swedish reports write it. */
function figure$1(meta) {
	return union([number(), string()], { error: "figure.notANumber" }).transform((input, ctx) => {
		const result = readFigure(input);
		if (result.ok) return result.value;
		const { code, ...params } = result.problem;
		ctx.addIssue({
			code: "custom",
			message: `figure.${code}`,
			params,
			input
		});
		return NEVER;
	}).meta(meta);
}
function decimalsOf(value) {
	const text = String(value);
	const point = text.indexOf(".");
	return point < 0 || /e/i.test(text) ? 0 : text.length - point - 1;
}
/** The sum of figures with each term's sign, exact to the finest decimal among them. */
function combine(terms) {
	const scale = 10 ** Math.max(0, ...terms.map((term) => decimalsOf(term.value)));
	return terms.reduce((sum, term) => sum + term.sign * Math.round(term.value * scale), 0) / scale;
}
const difference$1 = (to, from) => combine([{
	value: to,
	sign: 1
}, {
	value: from,
	sign: -1
}]);
/** "5 897", "16,6", "-1,6"; with `signed`, "+1,1" for a rise. */
function formatFigure(value, { signed = false } = {}) {
	const [whole = "0", fraction] = Math.abs(value).toString().split(".");
	const grouped = whole.length > 4 ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, " ") : whole;
	const body = fraction ? `${grouped},${fraction}` : grouped;
	if (value < 0) return "-" + body;
	return signed && value > 0 ? "+" + body : body;
}
// dist/core/orgnumber.js
const ORG_NUMBER_EXAMPLES = {
	SE: "212000-0142",
	NO: "974 760 673"
};
function readOrgNumber(input, country) {
	const text = typeof input === "number" ? String(input) : typeof input === "string" ? input.trim() : "";
	const example = ORG_NUMBER_EXAMPLES[country];
	const bare = text.replace(/^(SE|NO)\s*/i, "").replace(/\s*(MVA|01)$/i, (suffix) => country === "NO" && /MVA/i.test(suffix) ? "" : suffix);
	const digits = bare.replace(/[\s-]/g, "");
	if (!(country === "SE" ? /^\d{6}-?\d{4}$/.test(bare.replace(/\s/g, "")) : /^\d{3}\s?\d{3}\s?\d{3}$/.test(bare)) || !/^\d+$/.test(digits)) return {
		ok: false,
		problem: {
			code: "shape",
			input: text,
			example
		}
	};
	return (country === "SE" ? luhn(digits) : mod11(digits)) ? {
		ok: true,
		value: text
	} : {
		ok: false,
		problem: {
			code: "checkDigit",
			input: text
		}
	};
}
function luhn(digits) {
	let sum = 0;
	for (let i = 0; i < digits.length; i++) {
		let d = Number(digits[digits.length - 1 - i]);
		if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
		sum += d;
	}
	return sum % 10 === 0;
}
function mod11(digits) {
	const rest = [
		3,
		2,
		7,
		6,
		5,
		4,
		3,
		2
	].reduce((total, weight, i) => total + weight * Number(digits[i]), 0) % 11;
	const check = rest === 0 ? 0 : 11 - rest;
	return check !== 10 && check === Number(digits[8]);
}
// dist/core/period.js
/**
* The period ends after it starts: one rule for every kind with a period. Dates are quoted as the
* plan writes them, whatever language the message is in, so the user finds them in the file.
*/
function periodOrderRule(periodOf, pointer = "/period") {
	return {
		id: "period/order",
		severity: "error",
		description: "The project period ends after it starts.",
		check(plan, { t, report }) {
			const period = periodOf(plan);
			const start = period?.start;
			const end = period?.end;
			if (!start?.span || !end?.span || end.span.to >= start.span.from) return;
			report({
				pointer: `${pointer}/end`,
				message: t("period.order", {
					start: start.text,
					end: end.text
				}),
				hint: t("period.orderHint")
			});
		}
	};
}
/** "1 januari 2009 – 31 mars 2012": each end as the document's language writes it, fuzzy ends as the plan does. */
function formatPeriod(period, lang) {
	const [start, end] = "from" in period ? [period.from, period.to] : [period.start, period.end];
	return [start, end].map((day) => day ? formatDate(day, lang) : "…").join(" – ");
}
// dist/kinds/data/format.js
/**
* The kind file (`kind.yaml`): a funder's form as data. Strict everywhere, so that a misspelt key
* is an error at its line with a suggestion, as in a plan. Its JSON Schema (schemas/kind.schema.json)
* comes from this, so an editor completes and explains a kind file as it does a plan.
* docs/kinds.md documents every key with an example.
*/
const FIELD_TYPES = [
	"text",
	"markdown",
	"amount",
	"integer",
	"number",
	"percent",
	"date",
	"fuzzy-date",
	"date-cell",
	"period",
	"email",
	"phone",
	"url",
	"org-number",
	"choice",
	"yes-no",
	"list",
	"group",
	"contact",
	"person",
	"table"
];
const localized = union([string(), strictObject$1({
	sv: string().optional(),
	nb: string().optional(),
	en: string().optional()
})]).meta({ description: "A text in the document's language, or one per language: { sv: …, nb: …, en: … }." });
/** A text in the language asked for, else in the first language the kind gives it in. */
function localize(text, lang) {
	if (text === void 0) return void 0;
	if (typeof text === "string") return text;
	return text[lang] ?? text.sv ?? text.nb ?? text.en;
}
const country = _enum(["SE", "NO"]).meta({ description: "The country whose numbering is used: SE or NO (default: the kind's language, nb → NO, else SE)." });
const choiceOption = union([string(), strictObject$1({
	value: string(),
	label: localized.optional()
})]);
const column = strictObject$1({
	label: localized.optional(),
	help: localized.optional(),
	computed: string().optional().meta({ description: "A formula over the row's other columns, e.g. \"actual - budget\". The tool works it out and checks a stated figure." }),
	heading: localized.optional().meta({ description: "The column's heading in the printed table, where the form heads it otherwise than its cells are named in messages (default: its label)." }),
	required: boolean().optional().meta({ description: "Whether every row must have an amount in this column (default: false, an empty cell is allowed)." })
}).meta({ description: "One amount column of a table." });
const fieldSpec = lazy(() => strictObject$1({
	type: _enum(FIELD_TYPES).meta({ description: "What the field holds: " + FIELD_TYPES.join(", ") + "." }),
	label: localized.optional().meta({ description: "The field's name as the form prints it, e.g. \"D.2 Rubrik för aktivitet\"." }),
	help: localized.optional().meta({ description: "What to write: the form's guidance. Shown as hover help, in `plan init` comments and in draft placeholders." }),
	required: boolean().optional().meta({ description: "Whether the plan must fill it in (default: true)." }),
	default: unknown().optional().meta({ description: "The value a plan has when it leaves the field out." }),
	starter: unknown().optional().meta({ description: "The value `plan init` writes into a new plan." }),
	maxLength: int().positive().optional().meta({ description: "The most characters the form allows (spaces and line breaks count)." }),
	min: number().optional().meta({ description: "The smallest number allowed." }),
	max: number().optional().meta({ description: "The largest number allowed." }),
	minMessage: string().regex(/^[a-z][\w-]*\.[A-Za-z][\w.]*$/).optional().meta({ description: "For a whole number or a number: the id of the message said when it is below `min`, from the kind's module (prosjektplan.monthsTooFew); the problem's rule id is the id's group and name (prosjektplan/months-too-few)." }),
	minItems: int().nonnegative().optional().meta({ description: "For a list: the fewest entries allowed; for a table: the fewest rows." }),
	single: boolean().optional().meta({ description: "For a list: a plan may write one entry without the list (`date: Klart 1 maj 2008` for `date: [Klart 1 maj 2008]`); it is read as a list of one." }),
	tooFew: strictObject$1({
		id: string().regex(/^(?!(?:amount|date)\/)[a-z][a-z0-9-]*\/[a-z][a-z0-9]*(?:-[a-z][a-z0-9]*)*$/).meta({ description: "The rule id the problem is reported with, e.g. handlingsplan/no-date." }),
		message: localized.meta({ description: "What the plan is told, e.g. \"Write at least one date or status.\"" })
	}).optional().meta({ description: "For a list: the rule id and message when it has fewer entries than it needs (default: schema/too-small and a general message)." }),
	shorthand: union([string(), strictObject$1({
		field: string(),
		help: localized.optional().meta({ description: "What to write, either way: the entry's hover help (default: the group's help)." })
	})]).optional().meta({ description: "For a group, contact or person: the field a plan may write alone, without the group (`Enhetschef` for `{ role: Enhetschef }`), or { field, help }. It is read as the group. Rules given the group's path (reference, unique, used) compare this field and report at the entry." }),
	or: fieldSpec.optional().meta({ description: "Another kind of value the field may hold instead, e.g. an appendix number or a designation: { type: text }." }),
	country: country.optional(),
	options: array(choiceOption).min(1).optional().meta({ description: "For a choice: the values allowed." }),
	items: fieldSpec.optional().meta({ description: "For a list: what each entry is." }),
	fields: record(string(), fieldSpec).optional().meta({ description: "For a group, contact or person: its fields, by key; a contact or person that names its preset fields takes them in this order. For a period: its start and/or end (type date or fuzzy-date), to give them the form's own label and help, or required: false for an end the plan may leave out." }),
	exactlyOne: strictObject$1({
		fields: array(string()).min(2).meta({ description: "Keys of the group's own optional fields." }),
		message: string().optional().meta({ description: "The id of the message said otherwise, from the kind's module (default: field.exactlyOne, naming the fields)." })
	}).optional().meta({ description: "For a group: exactly one of these fields is filled in (a frame per year or for the whole project, not both)." }),
	computed: string().optional().meta({ description: "For a number in a group or list entry: a formula over its sibling fields, e.g. \"probability * consequence\"; a dotted name reaches into a sibling group, e.g. \"final.value - baseline.value\"." }),
	inPlan: boolean().optional().meta({ description: "For a computed field: false when a plan never writes it. plan always works it out, for templates (a change printed as the tool computes it), and a plan that writes the key is told it is unknown (default: true)." }),
	lenient: boolean().optional().meta({ description: "For a phone: true to keep any text as written and leave its checking to the rules phone-format and phone-complete, so that a number cut short can be a warning rather than an error. A number YAML has read as digits is still refused, with how to quote it." }),
	orText: union([boolean(), strictObject$1({ help: localized.optional() })]).optional().meta({ description: "For a list: the plan may write it as one running text instead (\"Haninge, Sollentuna och Södertälje\"); { help: … } says what that text is. A template tells the two apart with (isList field)." }),
	atLeastOne: strictObject$1({
		id: string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/).meta({ description: "The rule id it is reported under, e.g. kompetensstegen/methods-empty." }),
		message: localized.meta({ description: "What the plan is told, e.g. \"D.5 är tom: beskriv …\"." })
	}).optional().meta({ description: "For a group: at least one of its fields must be filled in. Checked as the plan is read, as a missing field is, so a plan without any of them is not checked further." }),
	id: string().optional().meta({ description: "For a table: the name messages and balances use for it, e.g. \"D.7.1\" (default: its label)." }),
	caption: localized.optional().meta({ description: "For a table: the line printed above it." }),
	rowLabel: strictObject$1({
		key: string(),
		label: localized.optional(),
		help: localized.optional(),
		heading: localized.optional().meta({ description: "The heading printed over the row labels in `plan budget` and {{> budgetTable}} (default: the label; \"\" for none)." })
	}).optional().meta({ description: "For a table: the key of each row's label, e.g. { key: costType, label: Kostnadstyp }." }),
	row: strictObject$1({
		label: localized.optional(),
		help: localized.optional()
	}).optional().meta({ description: "For a table: what one row is, for editors and `plan init`, e.g. { label: Kostnadsrad, help: … } (default: the table's label and help)." }),
	showEmpty: boolean().optional().meta({ description: "For an optional table: the form prints it even when the plan leaves it out, so the budget, the summary and the template see it with no rows (default: false, left out)." }),
	rowFields: record(string(), fieldSpec).optional().meta({ description: "For a table: other fields each row may have (a note, a follow-up column)." }),
	rowList: strictObject$1({
		label: localized.optional(),
		help: localized.optional()
	}).optional().meta({ description: "For a table: what its list of rows, `rows:`, is called and what it is, e.g. { label: Kostnader, help: Kostnadsradene. } (default: the row label's name and the table's help)." }),
	columns: union([strictObject$1({
		from: string().meta({ description: "The field that names the columns, e.g. budget.years. It must name at least one (budget/no-years) when it is required." }),
		help: localized.optional().meta({ description: "What a row's `amounts` list is (default: one amount per column)." }),
		cellHelp: localized.optional().meta({ description: "What each amount in it is (default: the sum row's label)." })
	}), record(string(), column)]).optional().meta({ description: "For a table: its amount columns by key, or { from: <field> } for columns named by a list in the plan (each row then has `amounts: [...]`)." }),
	rows: array(string()).optional().meta({ description: "For a table: the form's own rows, written into a new plan." }),
	fixedRows: boolean().optional().meta({ description: "For a table: true when a plan may not add rows of its own (default: false)." }),
	total: strictObject$1({
		label: localized.optional(),
		help: localized.optional().meta({ description: "What the stated sum row is, for editors and `plan init` (default: its label)." }),
		stated: _enum([
			"optional",
			"required",
			"never"
		]).optional(),
		figure: boolean().optional().meta({ description: "For a table with one amount column: the plan states its sum as one figure, `total: 550 000`, rather than under the column's key." })
	}).optional().meta({ description: "For a table: the sum row, e.g. { label: Summa kronor }. A sum the plan states is checked against its rows." })
}).meta({ description: "A field of the form." }));
const ruleSpec = looseObject({
	use: string().meta({ description: "The library rule: see docs/kinds.md#rules." }),
	id: string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/).optional().meta({ description: "The rule id users configure it by (default: the library rule's own)." }),
	severity: _enum(["error", "warning"]).optional(),
	description: string().optional().meta({ description: "What the rule checks in this form, one sentence in English, for rule listings and SARIF (default: the library rule's own)." }),
	message: localized.optional().meta({ description: "A message of the kind's own instead of the library's, with the same {placeholders}." }),
	hint: localized.optional().meta({ description: "A hint of the kind's own; an empty one leaves the library's hint out." }),
	messages: record(string(), localized).optional().meta({ description: "The kind's own wording for any of the library rule's messages, by message id (e.g. rule.answeredHintAfter), with the same {placeholders}; an empty text leaves a hint out. For rules that say different things in different cases, where one `message:` is not enough." }),
	quote: record(string().regex(/^\w+$/), string()).optional().meta({ description: "More {placeholders} for the rule's own message and hint: a name for each field whose value is quoted, as the document prints it, e.g. { title: title }. A path through a list takes the entry the problem is at." })
}).meta({ description: "A rule from the library, with its parameters." });
const figure = strictObject$1({
	label: localized,
	value: string().optional().meta({ description: "The field whose value is shown." }),
	count: string().optional().meta({ description: "The list whose entries are counted." }),
	filled: array(string()).min(1).optional().meta({ description: "Fields counted as \"3 of 13\" by how many are filled in (text with something in it, a list with an entry)." })
});
const kindFileSchema = strictObject$1({
	$schema: string().optional(),
	id: string().regex(/^[a-z][a-z0-9-]*$/).meta({ description: "The value of `kind:` in a plan; the kind's folder has the same name." }),
	lang: _enum(LANGS).meta({ description: "The document's language: sv, nb or en." }),
	title: string().meta({ description: "The document's title as the form prints it." }),
	description: string().meta({ description: "One sentence saying what the document is, for `plan kinds`." }),
	help: localized.optional().meta({ description: "The document described in its own language, for editors' hover help on the whole plan (default: description)." }),
	source: string().optional().meta({ description: "Where the form comes from: the funder's guidance, with its address." }),
	templates: partialRecord(_enum(LANGS), string()).optional().meta({ description: "The Handlebars template for each language, relative to the kind's folder (default: <lang>.md.hbs)." }),
	example: string().optional().meta({ description: "The example plan, relative to the folder (default: example.yaml)." }),
	module: string().optional().meta({ description: "A JavaScript module beside the kind file with rules no library rule expresses (see docs/kinds.md#module)." }),
	fields: record(string(), fieldSpec).meta({ description: "The form's fields, in its order, by the key a plan writes." }),
	rules: array(ruleSpec).optional().meta({ description: "Checks between fields, taken from the rule library." }),
	summary: array(figure).optional().meta({ description: "The key figures `plan summary` shows." })
}).meta({
	title: "plan kind file",
	description: "A document kind for plan: its fields, tables, rules and templates."
});
// dist/kinds/data/paths.js
function parseFieldPath(text) {
	if (!/^[A-Za-z_$][\w-]*(\[\])?(\.[A-Za-z_$][\w-]*(\[\])?)*$/.test(text)) return void 0;
	return text.split(".").flatMap((part) => part.endsWith("[]") ? [part.slice(0, -2), "[]"] : [part]);
}
function formatFieldPath(path) {
	return path.map((segment, i) => segment === "[]" ? "[]" : i === 0 ? segment : `.${segment}`).join("");
}
function own(value, key) {
	return value !== null && typeof value === "object" && !Array.isArray(value) && Object.prototype.hasOwnProperty.call(value, key) ? value[key] : void 0;
}
/** Every place the path reaches in `root`, including places where the value is absent (undefined). */
function resolvePath(root, path, bound = []) {
	let current = [{
		value: root,
		path: [],
		indices: []
	}];
	for (const segment of path) {
		const next = [];
		for (const place of current) {
			if (segment !== "[]") {
				next.push({
					value: own(place.value, segment),
					path: [...place.path, segment],
					indices: place.indices
				});
				continue;
			}
			if (!Array.isArray(place.value)) continue;
			const fixed = bound[place.indices.length];
			place.value.forEach((item, index) => {
				if (fixed === void 0 || fixed === index) next.push({
					value: item,
					path: [...place.path, index],
					indices: [...place.indices, index]
				});
			});
		}
		current = next;
	}
	return current;
}
const pointerOf = (place) => toPointer(place.path);
// dist/rules/library.js
const path = string().meta({ description: "A field path, e.g. budget.total or risks[].owner." });
const paths = union([path, array(path).min(1)]);
const asList = (value) => Array.isArray(value) ? value : [value];
/** A list named as a whole ("Roller" for roles[]), where a rule speaks of the list rather than one entry. */
const listLabel = (env, path) => env.label(path[path.length - 1] === "[]" ? path.slice(0, -1) : path);
const isNumber = (value) => typeof value === "number" && Number.isFinite(value);
const hasSpan = (value) => Boolean(value && typeof value === "object" && value.span);
const nameParam = paths.optional().meta({ description: "The field(s) naming the entry, for {name} in messages, e.g. indicators[].name; several are joined by \" – \"." });
/** The entry's name for messages: the named fields of the same entry, joined by " – ". */
function entryName(plan, env, p, given, indices) {
	if (given === void 0) return "";
	return asList(given).map((_, i) => env.resolve(plan, p[`name.${i}`], indices)[0]?.value).filter((value) => value !== void 0 && value !== null && value !== "").map(String).join(" – ");
}
/** Exact to the finest decimal among the terms, so that 0,1 + 0,2 is 0,3. */
function exactSum(values) {
	const scale = 10 ** Math.max(0, ...values.map((value) => (String(value).split(".")[1] ?? "").length));
	return values.reduce((sum, value) => sum + Math.round(value * scale), 0) / scale;
}
const sum = {
	name: "sum",
	id: "sum/mismatch",
	severity: "error",
	description: "A stated total equals the sum of the figures it totals.",
	help: "Write the sum the message gives, or correct the figure that is wrong.",
	params: strictObject$1({
		total: path,
		of: path,
		name: nameParam,
		termName: path.optional().meta({ description: "The field naming each term, for {terms}: \"Begriplighet 45 + Hanterbarhet 38\", e.g. indicators[].parts[].name." })
	}),
	pathKeys: [
		"total",
		"of",
		"name",
		"termName"
	],
	messages: {
		en: {
			"rule.sum": "{total} is stated as {stated}, but {of} add up to {computed}.",
			"rule.sumHint": "Write {computed}, or correct the figure that is wrong."
		},
		sv: {
			"rule.sum": "{total} anges till {stated}, men {of} summerar till {computed}.",
			"rule.sumHint": "Skriv {computed}, eller rätta den siffra som är fel."
		},
		nb: {
			"rule.sum": "{total} er oppgitt til {stated}, men {of} summerer seg til {computed}.",
			"rule.sumHint": "Skriv {computed}, eller rett tallet som er feil."
		}
	},
	create: (given, p) => ({ check(plan, { t }, env, say) {
		for (const total of env.resolve(plan, p.total)) {
			if (!isNumber(total.value)) continue;
			const places = env.resolve(plan, p.of, total.indices).filter((place) => isNumber(place.value));
			const terms = places.map((place) => place.value);
			if (terms.length === 0) continue;
			const computed = exactSum(terms);
			if (computed === total.value) continue;
			const termText = places.map((place) => {
				const shown = env.show(p.of, place.value);
				const termName = p.termName ? env.resolve(plan, p.termName, place.indices)[0]?.value : void 0;
				return termName !== void 0 && termName !== null && termName !== "" ? `${String(termName)} ${shown}` : shown;
			});
			const params = {
				total: env.label(p.total),
				of: listLabel(env, p.of),
				stated: env.show(p.total, total.value),
				computed: env.show(p.total, computed),
				name: entryName(plan, env, p, given.name, total.indices),
				terms: termText.join(" + ")
			};
			say({
				pointer: pointerOf(total),
				message: t("rule.sum", params),
				hint: t("rule.sumHint", params),
				params
			});
		}
	} })
};
const equals = {
	name: "equals",
	id: "balance/equal",
	severity: "error",
	description: "Two figures the form says must agree do agree (financing equals the accounts' total).",
	help: "Correct one of the two figures, or the rows they are the sums of.",
	params: strictObject$1({
		value: path,
		equals: paths
	}),
	pathKeys: ["value", "equals"],
	messages: {
		en: {
			"rule.equals": "{value} is {stated}, but {other} is {computed}; the two must be equal.",
			"rule.equalsSum": "{value} is {stated}, but {other} add up to {computed}; the two must be equal.",
			"rule.equalsHint": "Correct one of them, or the rows they are the sums of."
		},
		sv: {
			"rule.equals": "{value} är {stated}, men {other} är {computed}; de två ska vara lika.",
			"rule.equalsSum": "{value} är {stated}, men {other} blir tillsammans {computed}; de ska vara lika.",
			"rule.equalsHint": "Rätta en av dem, eller de rader de är summor av."
		},
		nb: {
			"rule.equals": "{value} er {stated}, men {other} er {computed}; de to skal være like.",
			"rule.equalsSum": "{value} er {stated}, men {other} blir til sammen {computed}; de skal være like.",
			"rule.equalsHint": "Rett en av dem, eller radene de er summer av."
		}
	},
	create: (params, p) => {
		const others = asList(params.equals).map((_, i) => p[`equals.${i}`]);
		return { check(plan, { t, lang }, env, say) {
			for (const place of env.resolve(plan, p.value)) {
				if (!isNumber(place.value)) continue;
				const terms = others.map((other) => env.resolve(plan, other, place.indices)[0]?.value);
				if (!terms.every(isNumber)) continue;
				const computed = exactSum(terms);
				if (computed === place.value) continue;
				const labels = others.map((other) => env.label(other));
				const values = {
					value: env.label(p.value),
					other: labels.length === 1 ? labels[0] : new Intl.ListFormat(lang, { type: "conjunction" }).format(labels),
					stated: env.show(p.value, place.value),
					computed: env.show(p.value, computed)
				};
				say({
					pointer: pointerOf(place),
					message: t(labels.length === 1 ? "rule.equals" : "rule.equalsSum", values),
					hint: t("rule.equalsHint", values),
					params: values
				});
			}
		} };
	}
};
const share = {
	name: "share",
	id: "budget/share",
	severity: "error",
	description: "A figure is at most (or at least) a given share of another (the fund's share of the total cost).",
	help: "Lower (or raise) the figure, or check the total it is a share of.",
	params: strictObject$1({
		part: path,
		whole: path,
		max: number().min(0).max(100).optional(),
		min: number().min(0).max(100).optional()
	}).refine((p) => p.max !== void 0 || p.min !== void 0, { message: "share needs max or min" }),
	pathKeys: ["part", "whole"],
	messages: {
		en: {
			"rule.shareMax": "{part} is {share} % of {whole}; at most {limit} % is allowed.",
			"rule.shareMin": "{part} is {share} % of {whole}; at least {limit} % is required.",
			"rule.shareHint": "{limit} % of {total} is {allowed}."
		},
		sv: {
			"rule.shareMax": "{part} är {share} % av {whole}; högst {limit} % är tillåtet.",
			"rule.shareMin": "{part} är {share} % av {whole}; minst {limit} % krävs.",
			"rule.shareHint": "{limit} % av {total} är {allowed}."
		},
		nb: {
			"rule.shareMax": "{part} er {share} % av {whole}; høyst {limit} % er tillatt.",
			"rule.shareMin": "{part} er {share} % av {whole}; minst {limit} % kreves.",
			"rule.shareHint": "{limit} % av {total} er {allowed}."
		}
	},
	create: (params, p) => ({ check(plan, { t }, env, say) {
		for (const part of env.resolve(plan, p.part)) {
			const whole = env.resolve(plan, p.whole, part.indices)[0]?.value;
			if (!isNumber(part.value) || !isNumber(whole) || whole === 0) continue;
			const ratio = part.value / whole * 100;
			const over = params.max !== void 0 && ratio > params.max;
			const under = params.min !== void 0 && ratio < params.min;
			if (!over && !under) continue;
			const limit = over ? params.max : params.min;
			const values = {
				part: env.label(p.part),
				whole: env.label(p.whole),
				share: formatFigure(Math.round(ratio * 10) / 10),
				limit: formatFigure(limit),
				total: env.show(p.whole, whole),
				allowed: env.show(p.part, Math.floor(whole * limit / 100))
			};
			say({
				pointer: pointerOf(part),
				message: t(over ? "rule.shareMax" : "rule.shareMin", values),
				hint: t("rule.shareHint", values),
				params: values
			});
		}
	} })
};
const cap = {
	name: "cap",
	id: "budget/cap",
	severity: "error",
	description: "A figure does not exceed another (support sought is at most the total cost).",
	help: "Lower the figure, or check the one it is capped by.",
	params: strictObject$1({
		value: path,
		max: path.optional(),
		min: path.optional()
	}).refine((p) => p.max !== void 0 || p.min !== void 0, { message: "cap needs max or min" }),
	pathKeys: [
		"value",
		"max",
		"min"
	],
	messages: {
		en: {
			"rule.capMax": "{value} is {stated}, more than {other} ({limit}).",
			"rule.capMin": "{value} is {stated}, less than {other} ({limit})."
		},
		sv: {
			"rule.capMax": "{value} är {stated}, mer än {other} ({limit}).",
			"rule.capMin": "{value} är {stated}, mindre än {other} ({limit})."
		},
		nb: {
			"rule.capMax": "{value} er {stated}, mer enn {other} ({limit}).",
			"rule.capMin": "{value} er {stated}, mindre enn {other} ({limit})."
		}
	},
	create: (params, p) => ({ check(plan, { t }, env, say) {
		for (const place of env.resolve(plan, p.value)) {
			if (!isNumber(place.value)) continue;
			for (const [which, bound] of [["max", p.max], ["min", p.min]]) {
				if (!bound) continue;
				const limit = env.resolve(plan, bound, place.indices)[0]?.value;
				if (!isNumber(limit) || (which === "max" ? place.value <= limit : place.value >= limit)) continue;
				const values = {
					value: env.label(p.value),
					other: env.label(bound),
					stated: env.show(p.value, place.value),
					limit: env.show(bound, limit)
				};
				say({
					pointer: pointerOf(place),
					message: t(which === "max" ? "rule.capMax" : "rule.capMin", values),
					params: values
				});
			}
		}
	} })
};
const dateOrder = {
	name: "date-order",
	id: "dates/order",
	severity: "error",
	description: "One date comes after another (a review after the start, an end after a beginning).",
	help: "Check the two dates: the later one is reported.",
	params: strictObject$1({
		first: path,
		then: path,
		name: nameParam
	}),
	pathKeys: [
		"first",
		"then",
		"name"
	],
	messages: {
		en: {
			"rule.dateOrder": "{then} ({thenDate}) comes before {first} ({firstDate}).",
			"rule.dateOrderHint": "Check the dates: {then} comes after {first}."
		},
		sv: {
			"rule.dateOrder": "{then} ({thenDate}) infaller före {first} ({firstDate}).",
			"rule.dateOrderHint": "Kontrollera datumen: {then} kommer efter {first}."
		},
		nb: {
			"rule.dateOrder": "{then} ({thenDate}) kommer før {first} ({firstDate}).",
			"rule.dateOrderHint": "Kontroller datoene: {then} kommer etter {first}."
		}
	},
	create: (given, p) => ({ check(plan, { t }, env, say) {
		for (const first of env.resolve(plan, p.first)) {
			if (!hasSpan(first.value)) continue;
			for (const then of env.resolve(plan, p.then, first.indices)) {
				if (!hasSpan(then.value) || then.value.span.to >= first.value.span.from) continue;
				const values = {
					first: env.label(p.first),
					then: env.label(p.then),
					firstDate: first.value.text,
					thenDate: then.value.text,
					firstPrinted: env.show(p.first, first.value),
					thenPrinted: env.show(p.then, then.value),
					name: entryName(plan, env, p, given.name, then.indices)
				};
				say({
					pointer: pointerOf(then),
					message: t("rule.dateOrder", values),
					hint: t("rule.dateOrderHint", values),
					params: values
				});
			}
		}
	} })
};
const withinPeriod = {
	name: "within-period",
	id: "dates/outside-period",
	severity: "error",
	description: "Dates fall inside the project period.",
	help: "Move the date inside the period, or correct the period.",
	params: strictObject$1({
		dates: paths,
		period: path
	}),
	pathKeys: ["dates", "period"],
	messages: {
		en: {
			"rule.withinPeriod": "{field} ({date}) falls outside the project period ({period}).",
			"rule.withinPeriodHint": "Move the date inside the period, or correct the period."
		},
		sv: {
			"rule.withinPeriod": "{field} ({date}) ligger utanför projektperioden ({period}).",
			"rule.withinPeriodHint": "Flytta datumet in i perioden, eller rätta perioden."
		},
		nb: {
			"rule.withinPeriod": "{field} ({date}) ligger utenfor prosjektperioden ({period}).",
			"rule.withinPeriodHint": "Flytt datoen inn i perioden, eller rett perioden."
		}
	},
	create: (params, p) => ({ check(plan, { t, lang }, env, say) {
		const period = env.resolve(plan, p.period)[0]?.value;
		const from = period?.start?.span?.from;
		const to = period?.end?.span?.to;
		if (!from || !to || to < from) return;
		asList(params.dates).forEach((_, i) => {
			const datePath = p[`dates.${i}`];
			for (const place of env.resolve(plan, datePath)) {
				if (!hasSpan(place.value)) continue;
				if (place.value.span.from >= from && place.value.span.to <= to) continue;
				const values = {
					field: env.label(datePath),
					date: place.value.text,
					period: `${formatDate(period.start, lang)} – ${formatDate(period.end, lang)}`
				};
				say({
					pointer: pointerOf(place),
					message: t("rule.withinPeriod", values),
					hint: t("rule.withinPeriodHint", values),
					params: values
				});
			}
		});
	} })
};
const reference = {
	name: "reference",
	id: "reference/unknown",
	severity: "error",
	description: "A value names an entry of another list in the plan (a responsible role, a success factor).",
	help: "Use a value from the list the message names, or add it there.",
	params: strictObject$1({
		values: path,
		in: paths.meta({ description: "The list the value must be in, or several: [participants.fromStart[], participants.joinedLater[]]." })
	}),
	pathKeys: ["values", "in"],
	messages: {
		en: {
			"rule.reference": "\"{value}\" is not in {list}.",
			"rule.referenceHint": "{list}: {known}.",
			"rule.referenceSuggest": "Did you mean \"{suggestion}\"?"
		},
		sv: {
			"rule.reference": "\"{value}\" finns inte i {list}.",
			"rule.referenceHint": "{list}: {known}.",
			"rule.referenceSuggest": "Menade du \"{suggestion}\"?"
		},
		nb: {
			"rule.reference": "\"{value}\" finnes ikke i {list}.",
			"rule.referenceHint": "{list}: {known}.",
			"rule.referenceSuggest": "Mente du \"{suggestion}\"?"
		}
	},
	create: (params, p) => {
		const lists = asList(params.in).map((_, i) => p[`in.${i}`]);
		return { check(plan, { t, lang }, env, say) {
			const known = lists.flatMap((list) => env.resolve(plan, list)).flatMap((place) => Array.isArray(place.value) ? place.value : [place.value]).filter((value) => typeof value === "string");
			if (known.length === 0) return;
			for (const place of env.resolve(plan, p.values)) {
				if (typeof place.value !== "string" || known.includes(place.value)) continue;
				const suggestion = didYouMean(place.value, known);
				const values = {
					value: place.value,
					list: lists.map((list) => listLabel(env, list)).join(", "),
					known: known.join(", "),
					knownList: formatList(lang, known.map((k) => `"${k}"`))
				};
				say({
					pointer: pointerOf(place),
					message: t("rule.reference", values),
					...suggestion ? {
						hint: t("rule.referenceSuggest", { suggestion }),
						keepHint: true
					} : { hint: t("rule.referenceHint", values) },
					params: values
				});
			}
		} };
	}
};
const namedList = union([path, strictObject$1({
	field: path,
	name: localized.optional().meta({ description: "What messages call the list, as {list}: { sv: bland samverkansparterna, en: among the partners } (default: its label)." })
})]);
const listField = (list) => typeof list === "string" ? list : list.field;
const unique = {
	name: "unique",
	id: "list/duplicate",
	severity: "error",
	description: "A value appears once in its list, or once in several lists together (an organisation, a risk, a role).",
	help: "Remove the second entry, or tell the two apart.",
	params: strictObject$1({
		values: union([namedList, array(namedList).min(1)]).meta({ description: "The list, or several lists no value may appear twice in together; the second place in the file is reported, and {list} names the list of the first." }),
		exact: boolean().optional().meta({ description: "Compare the values exactly as written (default: false, ignoring case, surrounding spaces and doubled spaces)." }),
		hints: array(strictObject$1({
			first: path,
			then: path,
			hint: localized
		})).optional().meta({ description: "Hints of their own where the first place is in one of the lists and the second in another, e.g. a municipality listed at the start and again as joined later." })
	}).refine((p) => (p.hints ?? []).every((h) => asNamedList(p.values).some((l) => listField(l) === h.first) && asNamedList(p.values).some((l) => listField(l) === h.then)), { message: "a hint's first and then are two of the lists in values" }),
	pathKeys: ["values"],
	messages: {
		en: {
			"rule.unique": "\"{value}\" appears twice in {list}: first on line {line}.",
			"rule.uniqueHint": "Remove this entry, or tell the two apart."
		},
		sv: {
			"rule.unique": "\"{value}\" förekommer två gånger i {list}: första gången på rad {line}.",
			"rule.uniqueHint": "Ta bort den här raden, eller skilj de två åt."
		},
		nb: {
			"rule.unique": "\"{value}\" forekommer to ganger i {list}: første gang på linje {line}.",
			"rule.uniqueHint": "Fjern denne oppføringen, eller skill de to fra hverandre."
		}
	},
	create: (params, p) => {
		const lists = asNamedList(params.values).map((list, i) => ({
			field: listField(list),
			name: typeof list === "string" ? void 0 : list.name,
			path: p[`values.${i}`]
		}));
		return { check(plan, { t, lang, locate }, env, say) {
			const places = lists.flatMap((list, index) => env.resolve(plan, list.path).map((place) => ({
				place,
				index,
				span: locate(pointerOf(place))
			}))).filter(({ place }) => typeof place.value === "string" || typeof place.value === "number");
			if (lists.length > 1) places.sort((a, b) => a.span.line - b.span.line || a.span.column - b.span.column);
			const seen = /* @__PURE__ */ new Map();
			for (const entry of places) {
				const key = params.exact ? String(entry.place.value) : String(entry.place.value).trim().replace(/\s+/g, " ").toLocaleLowerCase();
				const first = seen.get(key);
				if (!first) {
					seen.set(key, entry);
					continue;
				}
				const list = lists[first.index];
				const values = {
					value: String(entry.place.value),
					list: list.name && localize(list.name, lang) || listLabel(env, list.path),
					line: first.span.line
				};
				const own = params.hints?.find((h) => h.first === list.field && h.then === lists[entry.index].field);
				say({
					pointer: pointerOf(entry.place),
					message: t("rule.unique", values),
					...own ? {
						hint: interpolate(localize(own.hint, lang) ?? "", values),
						keepHint: true
					} : { hint: t("rule.uniqueHint", values) },
					params: values
				});
			}
		} };
	}
};
const pattern = {
	name: "pattern",
	id: "field/pattern",
	severity: "error",
	description: "A value has the form the funder gives it (a diary number, a case number).",
	help: "Write the value in the form the message shows.",
	params: strictObject$1({
		field: path,
		pattern: string().refine((source) => isRegExp(source), { message: "not a regular expression" }),
		example: string(),
		when: string().refine((source) => isRegExp(source), { message: "not a regular expression" }).optional().meta({ description: "Check only values of this looser form, e.g. \"\\d{4}-(?<digits>\\d+)\" for a second, milder rule beside a first that refuses other forms. Its named groups are placeholders in messages: {digits} and its length {digitsLength}." })
	}),
	pathKeys: ["field"],
	messages: {
		en: {
			"rule.pattern": "{field} \"{value}\" is not of the form {example}.",
			"rule.patternHint": "Write it as the decision gives it, e.g. {example}."
		},
		sv: {
			"rule.pattern": "{field} \"{value}\" har inte formen {example}.",
			"rule.patternHint": "Skriv det som beslutet anger det, t.ex. {example}."
		},
		nb: {
			"rule.pattern": "{field} \"{value}\" har ikke formen {example}.",
			"rule.patternHint": "Skriv det slik vedtaket oppgir det, f.eks. {example}."
		}
	},
	create: (params, p) => {
		const regex = new RegExp(`^(?:${params.pattern})$`, "u");
		const when = params.when !== void 0 ? new RegExp(`^(?:${params.when})$`, "u") : void 0;
		return { check(plan, { t }, env, say) {
			for (const place of env.resolve(plan, p.field)) {
				if (typeof place.value !== "string" || !place.value.trim() || regex.test(place.value.trim())) continue;
				const match = when?.exec(place.value.trim());
				if (when && !match) continue;
				const values = {
					...Object.fromEntries(Object.entries(match?.groups ?? {}).flatMap(([name, text]) => [[name, text ?? ""], [`${name}Length`, (text ?? "").length]])),
					field: env.label(p.field),
					value: excerpt(place.value.trim()),
					example: params.example
				};
				say({
					pointer: pointerOf(place),
					message: t("rule.pattern", values),
					hint: t("rule.patternHint", values),
					params: values
				});
			}
		} };
	}
};
const requiredIf = {
	name: "required-if",
	id: "field/required-if",
	severity: "error",
	description: "A field is filled in when another field has a given value (a response for every high risk).",
	help: "Fill in the field, or change the value that makes it required.",
	params: strictObject$1({
		field: path,
		if: strictObject$1({
			field: path,
			equals: union([
				string(),
				number(),
				boolean()
			]).optional(),
			atLeast: number().optional(),
			present: boolean().optional()
		}),
		at: _enum(["field", "if"]).optional().meta({ description: "Where the problem is reported: at the missing field (field, the default), or at the field that makes it required (if), where a missing field has no line of its own to point at." })
	}),
	pathKeys: ["field", "if.field"],
	messages: {
		en: {
			"rule.requiredIf": "{field} is required when {condition} is {value}.",
			"rule.requiredIfAtLeast": "{field} is required when {condition} is {limit} or more (here {value}).",
			"rule.requiredIfPresent": "{field} is required when {condition} is given."
		},
		sv: {
			"rule.requiredIf": "{field} krävs när {condition} är {value}.",
			"rule.requiredIfAtLeast": "{field} krävs när {condition} är {limit} eller mer (här {value}).",
			"rule.requiredIfPresent": "{field} krävs när {condition} är ifyllt."
		},
		nb: {
			"rule.requiredIf": "{field} kreves når {condition} er {value}.",
			"rule.requiredIfAtLeast": "{field} kreves når {condition} er {limit} eller mer (her {value}).",
			"rule.requiredIfPresent": "{field} kreves når {condition} er fylt ut."
		}
	},
	create: (params, p) => ({ check(plan, { t }, env, say) {
		const condPath = p["if.field"];
		for (const cond of env.resolve(plan, condPath)) {
			const value = cond.value;
			let message;
			if (params.if.atLeast !== void 0) message = isNumber(value) && value >= params.if.atLeast ? "rule.requiredIfAtLeast" : void 0;
			else if (params.if.equals !== void 0) message = value === params.if.equals ? "rule.requiredIf" : void 0;
			else message = isPresent(value) ? "rule.requiredIfPresent" : void 0;
			if (!message) continue;
			for (const target of env.resolve(plan, p.field, cond.indices)) {
				if (isPresent(target.value)) continue;
				const values = {
					field: env.label(p.field),
					condition: env.label(condPath),
					value: env.show(condPath, value),
					limit: params.if.atLeast ?? ""
				};
				say({
					pointer: pointerOf(params.at === "if" ? cond : target),
					message: t(message, values),
					params: values
				});
			}
		}
	} })
};
const atLeastOne = {
	name: "at-least-one",
	id: "field/at-least-one",
	severity: "error",
	description: "At least one of several fields is filled in.",
	help: "Fill in one of the fields the message names.",
	params: strictObject$1({ fields: array(path).min(2) }),
	pathKeys: ["fields"],
	messages: {
		en: { "rule.atLeastOne": "Fill in at least one of {fields}." },
		sv: { "rule.atLeastOne": "Fyll i minst ett av {fields}." },
		nb: { "rule.atLeastOne": "Fyll ut minst ett av {fields}." }
	},
	create: (params, p) => ({ check(plan, { t, lang }, env, say) {
		const fieldPaths = params.fields.map((_, i) => p[`fields.${i}`]);
		for (const first of env.resolve(plan, fieldPaths[0])) {
			if (fieldPaths.map((fieldPath, i) => i === 0 ? first : env.resolve(plan, fieldPath, first.indices)[0]).some((place) => place && isPresent(place.value))) continue;
			const values = { fields: new Intl.ListFormat(lang, { type: "disjunction" }).format(fieldPaths.map((fieldPath) => env.label(fieldPath))) };
			const parent = first.path.slice(0, -1);
			say({
				pointer: parent.length ? pointerOf({
					...first,
					path: parent
				}) : pointerOf(first),
				target: "key",
				message: t("rule.atLeastOne", values),
				params: values
			});
		}
	} })
};
function asNamedList(value) {
	return Array.isArray(value) ? value : [value];
}
function isPresent(value) {
	if (value === void 0 || value === null) return false;
	if (typeof value === "string") return /\S/.test(value);
	if (Array.isArray(value)) return value.length > 0;
	return true;
}
function isRegExp(source) {
	try {
		new RegExp(source, "u");
		return true;
	} catch {
		return false;
	}
}
/** `balance` is declared here for its documentation and parameters; it becomes part of the budget view. */
const balance = {
	name: "balance",
	id: "budget/balance",
	severity: "error",
	description: "Figures the plan states per column equal the sum of tables' totals (D.7.3 = D.7.1 + D.7.2).",
	help: "Write the sums the message gives, or correct the rows.",
	params: strictObject$1({
		stated: path,
		parts: array(path).min(1),
		title: string().optional().meta({ description: "What is checked, as the form names it: \"D.7.3 Total kostnad\"." }),
		name: string().optional().meta({ description: "The name a template finds it by, {{#with (budgetBalance \"D.7.3\")}} (default: its title)." })
	}),
	pathKeys: ["stated", "parts"],
	messages: {
		en: {},
		sv: {},
		nb: {}
	},
	create: () => ({ check() {} })
};
const numberedReference = {
	name: "numbered-reference",
	id: "reference/unknown-number",
	severity: "error",
	description: "A number refers to an entry of a list by its place in it, counting from 1 (\"Vedr. pkt. 2\" is the second success factor).",
	help: "Use a number from 1 to the length of the list the message names, or add the entry to that list.",
	params: strictObject$1({
		values: path.meta({ description: "The numbers, e.g. factorAssurance.entries[].factor." }),
		in: path.meta({ description: "The list they count in, e.g. successFactors." })
	}),
	pathKeys: ["values", "in"],
	messages: {
		en: {
			"rule.numberedReference": "{field} is {value}, but {list} has only {count} entries.",
			"rule.numberedReferenceHint": "Use a number from 1 to {count}, or add the entry to {list}."
		},
		sv: {
			"rule.numberedReference": "{field} är {value}, men {list} har bara {count} poster.",
			"rule.numberedReferenceHint": "Använd ett nummer från 1 till {count}, eller lägg till posten i {list}."
		},
		nb: {
			"rule.numberedReference": "{field} er {value}, men {list} har bare {count} oppføringer.",
			"rule.numberedReferenceHint": "Bruk et nummer fra 1 til {count}, eller legg oppføringen til i {list}."
		}
	},
	create: (_, p) => ({ check(plan, { t }, env, say) {
		const list = env.resolve(plan, p.in)[0]?.value;
		if (!Array.isArray(list)) return;
		const count = list.length;
		for (const place of env.resolve(plan, p.values)) {
			if (!isNumber(place.value) || place.value >= 1 && place.value <= count) continue;
			const values = {
				field: env.label(p.values),
				value: place.value,
				list: env.label(p.in),
				count
			};
			say({
				pointer: pointerOf(place),
				message: t("rule.numberedReference", values),
				hint: t("rule.numberedReferenceHint", values),
				params: values
			});
		}
	} })
};
const numberedCoverage = {
	name: "numbered-coverage",
	id: "reference/not-covered",
	severity: "error",
	description: "Every entry of a list is referred to by its number (1, 2, 3 …) from another list (each success factor has its quality-assurance entry).",
	help: "Add an entry with the number the message gives, or remove the entry that has none.",
	params: strictObject$1({
		list: path.meta({ description: "The numbered list, e.g. successFactors." }),
		by: path.meta({ description: "The numbers that refer to its entries, e.g. factorAssurance.entries[].factor." })
	}),
	pathKeys: ["list", "by"],
	messages: {
		en: {
			"rule.numberedCoverage": "Entry {number} of {list} (\"{text}\") has no entry in {by} referring to it.",
			"rule.numberedCoverageHint": "Add an entry with {number} in {by}."
		},
		sv: {
			"rule.numberedCoverage": "Post {number} i {list} (\"{text}\") har ingen post i {by} som hänvisar till den.",
			"rule.numberedCoverageHint": "Lägg till en post med {number} i {by}."
		},
		nb: {
			"rule.numberedCoverage": "Oppføring {number} i {list} (\"{text}\") har ingen oppføring i {by} som viser til den.",
			"rule.numberedCoverageHint": "Legg til en oppføring med {number} i {by}."
		}
	},
	create: (_, p) => ({ check(plan, { t }, env, say) {
		const place = env.resolve(plan, p.list)[0];
		if (!place || !Array.isArray(place.value)) return;
		const referred = new Set(env.resolve(plan, p.by).map((entry) => entry.value).filter(isNumber));
		place.value.forEach((entry, index) => {
			if (referred.has(index + 1)) return;
			const values = {
				number: index + 1,
				text: typeof entry === "string" || typeof entry === "number" ? String(entry) : "",
				list: env.label(p.list),
				by: env.label(p.by)
			};
			say({
				pointer: pointerOf({
					...place,
					path: [...place.path, index]
				}),
				message: t("rule.numberedCoverage", values),
				hint: t("rule.numberedCoverageHint", values),
				params: values
			});
		});
	} })
};
const answered = {
	name: "answered",
	id: "field/unanswered",
	severity: "error",
	description: "Each section the form asks about has an answer: text with something in it, or a list with an entry.",
	help: "Write the answer under the key the message names; where there is nothing to say, say so in words.",
	params: strictObject$1({ fields: array(path).min(1).meta({ description: "The sections, in the form's order: a missing one is said to belong after the one before it." }) }),
	pathKeys: ["fields"],
	messages: {
		en: {
			"rule.answered": "{field} has no answer.",
			"rule.answeredList": "{field} has no entry.",
			"rule.answeredHint": "Write the answer under \"{key}:\".",
			"rule.answeredHintAfter": "Write the answer under \"{key}:\", after \"{previous}:\" (line {line})."
		},
		sv: {
			"rule.answered": "{field} saknar svar.",
			"rule.answeredList": "{field} saknar uppgifter.",
			"rule.answeredHint": "Skriv svaret under \"{key}:\".",
			"rule.answeredHintAfter": "Skriv svaret under \"{key}:\", efter \"{previous}:\" (rad {line})."
		},
		nb: {
			"rule.answered": "{field} mangler svar.",
			"rule.answeredList": "{field} mangler oppføringer.",
			"rule.answeredHint": "Skriv svaret under \"{key}:\".",
			"rule.answeredHintAfter": "Skriv svaret under \"{key}:\", etter \"{previous}:\" (linje {line})."
		}
	},
	create: (params, p) => ({ check(plan, { t, locate }, env, say) {
		const fieldPaths = params.fields.map((_, i) => p[`fields.${i}`]);
		const there = (place) => place !== void 0 && place.value !== void 0 && place.value !== null;
		fieldPaths.forEach((fieldPath, index) => {
			for (const place of env.resolve(plan, fieldPath)) {
				if (isPresent(place.value)) continue;
				const key = String(place.path[place.path.length - 1] ?? "");
				const base = {
					field: env.label(fieldPath),
					key
				};
				const list = env.type?.(fieldPath) === "list" || Array.isArray(place.value);
				const target = list || there(place) ? { target: "key" } : {};
				const message = list ? "rule.answeredList" : "rule.answered";
				if (there(place) && (list || place.value !== null)) {
					const values = {
						...base,
						previous: "",
						line: ""
					};
					say({
						pointer: pointerOf(place),
						...target,
						message: t(message, values),
						hint: t("rule.answeredHint", values),
						params: values
					});
					continue;
				}
				const previous = fieldPaths.slice(0, index).map((before) => env.resolve(plan, before, place.indices)[0]).reverse().find(there);
				const values = {
					...base,
					previous: previous ? String(previous.path[previous.path.length - 1]) : "",
					line: previous ? locate(pointerOf(previous)).line : ""
				};
				say({
					pointer: pointerOf(place),
					...list ? target : {},
					message: t(message, values),
					hint: t(previous ? "rule.answeredHintAfter" : "rule.answeredHint", values),
					params: values
				});
			}
		});
	} })
};
/** Signed as a change is written: "+1,1", "-20", "0". */
const signedShow = (env, at, value) => (value > 0 ? "+" : "") + env.show(at, value);
const difference = {
	name: "difference",
	id: "field/difference",
	severity: "error",
	description: "A stated change equals the later figure minus the earlier one (a final value minus a baseline).",
	help: "Write the change the message gives, or correct one of the two figures.",
	params: strictObject$1({
		value: path.meta({ description: "The stated change." }),
		from: path.meta({ description: "The earlier figure." }),
		to: path.meta({ description: "The later figure." }),
		name: nameParam
	}),
	pathKeys: [
		"value",
		"from",
		"to",
		"name"
	],
	messages: {
		en: {
			"rule.difference": "{field} is stated as {stated}, but {to} − {from} = {computed}.",
			"rule.differenceHint": "Write {write}, or correct {fromLabel} or {toLabel}.",
			"rule.differenceSignHint": "A decrease is written with a minus sign and an increase without: write {write}."
		},
		sv: {
			"rule.difference": "{field} anges till {stated}, men {to} − {from} = {computed}.",
			"rule.differenceHint": "Skriv {write}, eller rätta {fromLabel} eller {toLabel}.",
			"rule.differenceSignHint": "En minskning skrivs med minustecken och en ökning utan: skriv {write}."
		},
		nb: {
			"rule.difference": "{field} er oppgitt til {stated}, men {to} − {from} = {computed}.",
			"rule.differenceHint": "Skriv {write}, eller rett {fromLabel} eller {toLabel}.",
			"rule.differenceSignHint": "En nedgang skrives med minustegn og en økning uten: skriv {write}."
		}
	},
	create: (given, p) => ({ check(plan, { t }, env, say) {
		for (const place of env.resolve(plan, p.value)) {
			if (!isNumber(place.value)) continue;
			const from = env.resolve(plan, p.from, place.indices)[0]?.value;
			const to = env.resolve(plan, p.to, place.indices)[0]?.value;
			if (!isNumber(from) || !isNumber(to)) continue;
			const computed = difference$1(to, from);
			if (computed === place.value) continue;
			const signFlipped = computed !== 0 && place.value === -computed;
			const values = {
				field: env.label(p.value),
				name: entryName(plan, env, p, given.name, place.indices),
				stated: signedShow(env, p.value, place.value),
				computed: signedShow(env, p.value, computed),
				write: env.show(p.value, computed),
				from: env.show(p.from, from),
				to: env.show(p.to, to),
				fromLabel: env.label(p.from),
				toLabel: env.label(p.to)
			};
			say({
				pointer: pointerOf(place),
				message: t("rule.difference", values),
				hint: t(signFlipped ? "rule.differenceSignHint" : "rule.differenceHint", values),
				params: values
			});
		}
	} })
};
const used = {
	name: "used",
	id: "reference/unused",
	severity: "warning",
	description: "Every entry of a list is named somewhere else in the plan (a declared role is responsible for some action).",
	help: "Name the entry where it belongs, or remove it from its list.",
	params: strictObject$1({
		values: path,
		by: path.meta({ description: "Where the entries are to be named, e.g. actions[].responsible[]." })
	}),
	pathKeys: ["values", "by"],
	messages: {
		en: {
			"rule.used": "\"{value}\" in {list} is not named in {by}.",
			"rule.usedHint": "Name it in {by}, or remove it from {list}."
		},
		sv: {
			"rule.used": "\"{value}\" i {list} nämns inte i {by}.",
			"rule.usedHint": "Ange det i {by}, eller ta bort det ur {list}."
		},
		nb: {
			"rule.used": "\"{value}\" i {list} er ikke nevnt i {by}.",
			"rule.usedHint": "Oppgi det i {by}, eller fjern det fra {list}."
		}
	},
	create: (_, p) => ({ check(plan, { t }, env, say) {
		const named = new Set(env.resolve(plan, p.by).map((place) => place.value).filter((value) => typeof value === "string" || typeof value === "number").map(String));
		for (const place of env.resolve(plan, p.values)) {
			if (typeof place.value !== "string" && typeof place.value !== "number" || named.has(String(place.value))) continue;
			const values = {
				value: String(place.value),
				list: env.label(p.values),
				by: env.label(p.by)
			};
			say({
				pointer: pointerOf(place),
				message: t("rule.used", values),
				hint: t("rule.usedHint", values),
				params: values
			});
		}
	} })
};
const phoneParams = strictObject$1({
	fields: paths.meta({ description: "The phone fields, e.g. [contacts[].phone, contacts[].mobile]; best declared `lenient: true`." }),
	name: nameParam,
	country: _enum(["SE", "NO"]).optional().meta({ description: "The numbering a number without a country code is read in (default: the kind's language, nb → NO, else SE)." })
});
/** Each written number, read as older documents print them (core/contact.ts readContactPhone). */
function eachPhone(plan, env, params, p, visit) {
	const country = params.country ?? (env.lang === "nb" ? "NO" : "SE");
	asList(params.fields).forEach((_, i) => {
		const fieldPath = p[`fields.${i}`];
		for (const place of env.resolve(plan, fieldPath)) {
			if (typeof place.value !== "string" || !place.value.trim()) continue;
			const input = place.value.trim();
			const read = readContactPhone(input, country);
			if (read.ok) continue;
			const problem = read.problem;
			visit(read, {
				field: env.label(fieldPath),
				name: entryName(plan, env, p, params.name, place.indices),
				input,
				count: problem.code === "digitCount" ? problem.count : "",
				expected: problem.code === "digitCount" ? problem.expected : ""
			}, place);
		}
	});
}
const LIBRARY = [
	sum,
	equals,
	balance,
	share,
	cap,
	dateOrder,
	withinPeriod,
	reference,
	unique,
	pattern,
	requiredIf,
	atLeastOne,
	used,
	answered,
	difference,
	{
		name: "phone-format",
		id: "contact/phone-format",
		severity: "error",
		description: "A telephone number is written as one: digits in groups, and not more digits than one number has.",
		help: "Write the digits in groups separated by spaces or hyphens, area code first.",
		params: phoneParams,
		pathKeys: ["fields", "name"],
		messages: {
			en: {
				"rule.phoneNotANumber": "{field} \"{input}\" is not a telephone number.",
				"rule.phoneNotANumberHint": "Write the digits in groups separated by spaces or hyphens, area code first.",
				"rule.phoneTooLong": "{field} \"{input}\" has {count} digits, more than one number can have.",
				"rule.phoneTooLongHint": "A number has {expected} digits with its area code."
			},
			sv: {
				"rule.phoneNotANumber": "{field} \"{input}\" är inget telefonnummer.",
				"rule.phoneNotANumberHint": "Skriv siffrorna i grupper åtskilda av mellanslag eller bindestreck, riktnumret först.",
				"rule.phoneTooLong": "{field} \"{input}\" har {count} siffror, fler än ett nummer kan ha.",
				"rule.phoneTooLongHint": "Ett nummer har {expected} siffror med riktnummer."
			},
			nb: {
				"rule.phoneNotANumber": "{field} \"{input}\" er ikke et telefonnummer.",
				"rule.phoneNotANumberHint": "Skriv sifrene i grupper atskilt med mellomrom eller bindestrek, retningsnummeret først.",
				"rule.phoneTooLong": "{field} \"{input}\" har {count} sifre, flere enn ett nummer kan ha.",
				"rule.phoneTooLongHint": "Et nummer har {expected} sifre med retningsnummer."
			}
		},
		create: (params, p) => ({ check(plan, { t }, env, say) {
			eachPhone(plan, env, params, p, (read, values, place) => {
				if (read.ok) return;
				if (read.problem.code === "notAPhone") say({
					pointer: pointerOf(place),
					message: t("rule.phoneNotANumber", values),
					hint: t("rule.phoneNotANumberHint", values),
					params: values
				});
				if (read.problem.code === "digitCount" && !read.problem.tooFew) say({
					pointer: pointerOf(place),
					message: t("rule.phoneTooLong", values),
					hint: t("rule.phoneTooLongHint", values),
					params: values
				});
			});
		} })
	},
	{
		name: "phone-complete",
		id: "contact/phone-incomplete",
		severity: "warning",
		description: "A telephone number has all its digits, area code included (a warning: a reader can complete it).",
		help: "Complete the number with its area code and every digit.",
		params: phoneParams,
		pathKeys: ["fields", "name"],
		messages: {
			en: {
				"rule.phoneIncomplete": "{field} \"{input}\" is incomplete: it has only {count} digits.",
				"rule.phoneNoAreaCode": "{field} \"{input}\" has no area code.",
				"rule.phoneIncompleteHint": "Write the whole number, area code first."
			},
			sv: {
				"rule.phoneIncomplete": "{field} \"{input}\" är ofullständigt: det har bara {count} siffror.",
				"rule.phoneNoAreaCode": "{field} \"{input}\" saknar riktnummer.",
				"rule.phoneIncompleteHint": "Skriv hela numret, riktnumret först."
			},
			nb: {
				"rule.phoneIncomplete": "{field} \"{input}\" er ufullstendig: det har bare {count} sifre.",
				"rule.phoneNoAreaCode": "{field} \"{input}\" mangler retningsnummer.",
				"rule.phoneIncompleteHint": "Skriv hele nummeret, retningsnummeret først."
			}
		},
		create: (params, p) => ({ check(plan, { t }, env, say) {
			eachPhone(plan, env, params, p, (read, values, place) => {
				if (read.ok) return;
				if (read.problem.code === "digitCount" && read.problem.tooFew) say({
					pointer: pointerOf(place),
					message: t("rule.phoneIncomplete", values),
					hint: t("rule.phoneIncompleteHint", values),
					params: values
				});
				if (read.problem.code === "noAreaCode") say({
					pointer: pointerOf(place),
					message: t("rule.phoneNoAreaCode", values),
					hint: t("rule.phoneIncompleteHint", values),
					params: values
				});
			});
		} })
	},
	numberedReference,
	numberedCoverage
];
function findLibraryRule(name) {
	return LIBRARY.find((rule) => rule.name === name);
}
/** Every library rule's messages, as one catalog for a kind's translator. */
const libraryMessages = {
	en: Object.assign({}, ...LIBRARY.map((rule) => rule.messages.en)),
	sv: Object.assign({}, ...LIBRARY.map((rule) => rule.messages.sv)),
	nb: Object.assign({}, ...LIBRARY.map((rule) => rule.messages.nb))
};
/** Where a library rule is documented, in the package (docs/kinds.md), relative to its root. */
function ruleHelpUri(name) {
	return `docs/kinds.md#rule-${name}`;
}
// dist/kinds/data/expression.js
var ExpressionError = class extends Error {
	offset;
	constructor(message, offset) {
		super(message);
		this.offset = offset;
	}
};
const TOKEN = /\s*(?:(\d+(?:[.,]\d+)?)|([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)|(.))/y;
function parseExpression(source) {
	const tokens = [];
	TOKEN.lastIndex = 0;
	while (TOKEN.lastIndex < source.length) {
		const offset = TOKEN.lastIndex;
		const match = TOKEN.exec(source);
		if (!match) break;
		if (match[1]) tokens.push({
			text: match[1].replace(",", "."),
			kind: "number",
			offset
		});
		else if (match[2]) tokens.push({
			text: match[2],
			kind: "name",
			offset
		});
		else if (match[3]) tokens.push({
			text: match[3],
			kind: "symbol",
			offset: offset + match[0].length - 1
		});
	}
	let position = 0;
	const peek = () => tokens[position];
	const fail = (what) => {
		throw new ExpressionError(what, peek()?.offset ?? source.length);
	};
	const primary = () => {
		const token = peek();
		if (!token) return fail("the formula ends where a name or a number is expected");
		position++;
		if (token.kind === "number") return {
			op: "number",
			value: Number(token.text)
		};
		if (token.kind === "name") return {
			op: "name",
			name: token.text
		};
		if (token.text === "(") {
			const inner = sum();
			if (peek()?.text !== ")") fail("a \"(\" is not closed");
			position++;
			return inner;
		}
		if (token.text === "-" || token.text === "−") return {
			op: "negate",
			operand: primary()
		};
		return fail(`"${token.text}" cannot stand here; a formula uses names, numbers, + - * / and parentheses`);
	};
	const product = () => {
		let left = primary();
		for (let token = peek(); token && (token.text === "*" || token.text === "/" || token.text === "×"); token = peek()) {
			position++;
			left = {
				op: token.text === "/" ? "/" : "*",
				left,
				right: primary()
			};
		}
		return left;
	};
	const sum = () => {
		let left = product();
		for (let token = peek(); token && (token.text === "+" || token.text === "-" || token.text === "−"); token = peek()) {
			position++;
			left = {
				op: token.text === "+" ? "+" : "-",
				left,
				right: product()
			};
		}
		return left;
	};
	const result = sum();
	if (position < tokens.length) fail(`"${peek().text}" is not expected here`);
	return result;
}
function namesIn(expression) {
	switch (expression.op) {
		case "number": return [];
		case "name": return [expression.name];
		case "negate": return namesIn(expression.operand);
		default: return [...namesIn(expression.left), ...namesIn(expression.right)];
	}
}
/** The value, or undefined when a name it uses has no number (an empty cell is not a zero to multiply by). */
function evaluate(expression, values) {
	switch (expression.op) {
		case "number": return expression.value;
		case "name": {
			const value = values(expression.name);
			return typeof value === "number" ? value : void 0;
		}
		case "negate": {
			const value = evaluate(expression.operand, values);
			return value === void 0 ? void 0 : -value;
		}
		default: {
			const left = evaluate(expression.left, values);
			const right = evaluate(expression.right, values);
			if (left === void 0 || right === void 0) return void 0;
			if (expression.op === "+") return combine([{
				value: left,
				sign: 1
			}, {
				value: right,
				sign: 1
			}]);
			if (expression.op === "-") return combine([{
				value: left,
				sign: 1
			}, {
				value: right,
				sign: -1
			}]);
			if (expression.op === "*") return left * right;
			return right === 0 ? void 0 : left / right;
		}
	}
}
/**
* The weights of a formula that only adds and subtracts columns (with constant factors), as budget
* tables print them; undefined for one that multiplies columns together.
*/
function linearWeights(expression, columns) {
	const at = (probe) => evaluate(expression, (name) => probe[columns.indexOf(name)] ?? void 0);
	if (at(columns.map(() => 0)) !== 0) return void 0;
	const weights = columns.map((_, i) => at(columns.map((__, j) => i === j ? 1 : 0)) ?? NaN);
	if (weights.some(Number.isNaN)) return void 0;
	return at(columns.map(() => 3)) === weights.reduce((sum, w) => sum + 3 * w, 0) ? weights : void 0;
}
// dist/kinds/data/messages.js
/** Messages for plans of data kinds (field types the TypeScript kinds never had) and for kind files themselves. */
const dataKindMessages = {
	en: {
		"field.unsafeLink": "{field} links to \"{href}\": a {scheme}: link would run or open something when the document is opened.",
		"field.unsafeImage": "{field} shows the picture \"{href}\": a {scheme}: address is not a picture file.",
		"field.malformedLink": "{field} links to \"{href}\", which is not a readable address (a % not followed by two hex digits?).",
		"field.malformedImage": "{field} shows the picture \"{href}\", which is not a readable file name (a % not followed by two hex digits?).",
		"field.unsafeLinkHint": "Use an http:// or https:// address, a mailto: address, or a path relative to the plan.",
		"field.tooLong": "{field} is {length} characters long; the form allows {limit}: {over} too many.",
		"field.tooLongHint": "Shorten the text; spaces and line breaks count as characters.",
		"field.orgNumber.shape": "{field}: \"{input}\" is not an organisation number, which is written like {example}.",
		"field.orgNumber.checkDigit": "{field}: \"{input}\" has a wrong check digit; a digit is mistyped.",
		"field.orgNumber.checkDigitHint": "Copy the number from the register (allabolag.se, brreg.no) or the decision.",
		"field.percent": "{field}: \"{input}\" is not a percentage.",
		"field.percentHint": "Write a number from {min} to {max}, e.g. {max} or \"{max} %\".",
		"field.outOfRange": "{field} is {input}; it must be from {min} to {max}.",
		"field.yesNo": "{field}: \"{input}\" is neither yes nor no.",
		"field.yesNoHint": "Write ja or nej (or true or false).",
		"date.notExact": "{field}: \"{input}\" is not one day; this field needs an exact date.",
		"date.notExactHint": "Write the day, e.g. 2024-03-15 or \"15 mars 2024\".",
		"field.computedMismatch": "{field} is stated as {stated}, but {formula} = {computed}.",
		"field.computedMismatchHint": "Write {computed}, or leave it out and let plan work it out.",
		"table.unknownRow": "\"{row}\" is not one of the rows of {table}; the form has a fixed set of rows.",
		"table.unknownRowHint": "The rows are {rows}.",
		"table.sum": "Sum",
		"field.exactlyOne": "{field}: fill in exactly one of {fields}.",
		"figure.notANumber": "{field}: \"{input}\" is not a number.",
		"figure.notANumberHint": "Write a number, with a decimal comma if needed: 145, \"16,6\" or -20.",
		"figure.ambiguous": "{field}: \"{input}\" can be read two ways: \".\" may separate thousands or decimals.",
		"figure.ambiguousHint": "Write {thousands} for the whole number, or \"{decimal}\" for the decimal.",
		"contact.phoneYamlNumber": "{field} has been read as the number {digits}, not as text; a + or a leading 0 does not survive that.",
		"contact.phoneYamlNumberHint": "Put the number in quotes, as the report should print it, e.g. \"+46 18 727 00 00\" or \"018-727 00 00\".",
		"summary.filledValue": "{filled} of {fields}",
		"kind.key": "The kind of document: {id}."
	},
	sv: {
		"field.unsafeLink": "{field} länkar till \"{href}\": en {scheme}:-länk skulle köra eller öppna något när dokumentet öppnas.",
		"field.unsafeImage": "{field} visar bilden \"{href}\": en {scheme}:-adress är ingen bildfil.",
		"field.malformedLink": "{field} länkar till \"{href}\", som inte är en läsbar adress (ett % utan två hexadecimala siffror efter?).",
		"field.malformedImage": "{field} visar bilden \"{href}\", som inte är ett läsbart filnamn (ett % utan två hexadecimala siffror efter?).",
		"field.unsafeLinkHint": "Använd en http://- eller https://-adress, en mailto:-adress eller en sökväg relativt planen.",
		"field.tooLong": "{field} är {length} tecken; blanketten tillåter {limit}: {over} för många.",
		"field.tooLongHint": "Korta texten; mellanslag och radbrytningar räknas som tecken.",
		"field.orgNumber.shape": "{field}: \"{input}\" är inget organisationsnummer, som skrivs som {example}.",
		"field.orgNumber.checkDigit": "{field}: \"{input}\" har fel kontrollsiffra; någon siffra är felskriven.",
		"field.orgNumber.checkDigitHint": "Kopiera numret från registret (Bolagsverket, allabolag.se) eller beslutet.",
		"field.percent": "{field}: \"{input}\" är ingen procentsats.",
		"field.percentHint": "Skriv ett tal från {min} till {max}, t.ex. {max} eller \"{max} %\".",
		"field.outOfRange": "{field} är {input}; det ska vara från {min} till {max}.",
		"field.yesNo": "{field}: \"{input}\" är varken ja eller nej.",
		"field.yesNoHint": "Skriv ja eller nej (eller true eller false).",
		"date.notExact": "{field}: \"{input}\" är inte en dag; fältet kräver ett exakt datum.",
		"date.notExactHint": "Skriv dagen, t.ex. 2024-03-15 eller \"15 mars 2024\".",
		"field.computedMismatch": "{field} anges till {stated}, men {formula} = {computed}.",
		"field.computedMismatchHint": "Skriv {computed}, eller utelämna värdet så räknar plan ut det.",
		"table.unknownRow": "\"{row}\" är ingen av raderna i {table}; blanketten har fasta rader.",
		"table.unknownRowHint": "Raderna är {rows}.",
		"table.sum": "Summa",
		"field.exactlyOne": "{field}: fyll i exakt ett av {fields}.",
		"figure.notANumber": "{field}: \"{input}\" är inget tal.",
		"figure.notANumberHint": "Skriv ett tal, med decimalkomma vid behov: 145, \"16,6\" eller -20.",
		"figure.ambiguous": "{field}: \"{input}\" kan läsas på två sätt: \".\" kan skilja tusental eller decimaler.",
		"figure.ambiguousHint": "Skriv {thousands} för heltalet, eller \"{decimal}\" för decimaltalet.",
		"contact.phoneYamlNumber": "{field} har lästs som talet {digits}, inte som text; ett + eller en inledande nolla försvinner då.",
		"contact.phoneYamlNumberHint": "Skriv numret inom citattecken, som det ska stå i rapporten, t.ex. \"+46 18 727 00 00\" eller \"018-727 00 00\".",
		"summary.filledValue": "{filled} av {fields}",
		"kind.key": "Dokumentets slag: {id}."
	},
	nb: {
		"field.unsafeLink": "{field} lenker til \"{href}\": en {scheme}:-lenke ville kjøre eller åpne noe når dokumentet åpnes.",
		"field.unsafeImage": "{field} viser bildet \"{href}\": en {scheme}:-adresse er ingen bildefil.",
		"field.malformedLink": "{field} lenker til \"{href}\", som ikke er en lesbar adresse (et % uten to heksadesimale sifre etter?).",
		"field.malformedImage": "{field} viser bildet \"{href}\", som ikke er et lesbart filnavn (et % uten to heksadesimale sifre etter?).",
		"field.unsafeLinkHint": "Bruk en http://- eller https://-adresse, en mailto:-adresse eller en sti relativt til planen.",
		"field.tooLong": "{field} er {length} tegn; skjemaet tillater {limit}: {over} for mange.",
		"field.tooLongHint": "Kort ned teksten; mellomrom og linjeskift teller som tegn.",
		"field.orgNumber.shape": "{field}: \"{input}\" er ikke et organisasjonsnummer, som skrives som {example}.",
		"field.orgNumber.checkDigit": "{field}: \"{input}\" har feil kontrollsiffer; et siffer er skrevet feil.",
		"field.orgNumber.checkDigitHint": "Kopier nummeret fra registeret (brreg.no) eller vedtaket.",
		"field.percent": "{field}: \"{input}\" er ikke en prosentsats.",
		"field.percentHint": "Skriv et tall fra {min} til {max}, f.eks. {max} eller \"{max} %\".",
		"field.outOfRange": "{field} er {input}; det skal være fra {min} til {max}.",
		"field.yesNo": "{field}: \"{input}\" er verken ja eller nei.",
		"field.yesNoHint": "Skriv ja eller nei (eller true eller false).",
		"date.notExact": "{field}: \"{input}\" er ikke én dag; feltet krever en eksakt dato.",
		"date.notExactHint": "Skriv dagen, f.eks. 2024-03-15 eller \"15. mars 2024\".",
		"field.computedMismatch": "{field} er oppgitt til {stated}, men {formula} = {computed}.",
		"field.computedMismatchHint": "Skriv {computed}, eller utelat verdien så regner plan den ut.",
		"table.unknownRow": "\"{row}\" er ikke en av radene i {table}; skjemaet har faste rader.",
		"table.unknownRowHint": "Radene er {rows}.",
		"table.sum": "Sum",
		"field.exactlyOne": "{field}: fyll ut nøyaktig ett av {fields}.",
		"figure.notANumber": "{field}: \"{input}\" er ikke et tall.",
		"figure.notANumberHint": "Skriv et tall, med desimalkomma ved behov: 145, \"16,6\" eller -20.",
		"figure.ambiguous": "{field}: \"{input}\" kan leses på to måter: \".\" kan skille tusener eller desimaler.",
		"figure.ambiguousHint": "Skriv {thousands} for heltallet, eller \"{decimal}\" for desimaltallet.",
		"contact.phoneYamlNumber": "{field} er lest som tallet {digits}, ikke som tekst; et + eller en innledende null forsvinner da.",
		"contact.phoneYamlNumberHint": "Skriv nummeret i anførselstegn, slik rapporten skal vise det, f.eks. \"+46 18 727 00 00\" eller \"018-727 00 00\".",
		"summary.filledValue": "{filled} av {fields}",
		"kind.key": "Dokumentets type: {id}."
	}
};
/** Problems in a kind file, said to the person who writes it. */
const kindFileMessages = {
	en: {
		"plan.kindNotAWord": "A plan names its kind with one word (kind: prosjektplan), but here it is {found}.",
		"plan.kindInvalid": "The kind \"{kind}\" cannot be used: its kind file has a mistake ({file}:{line}:{column}: {problem}). Run \"plan kind check\" on its folder.",
		"kindFile.unknownField": "\"{path}\" names no field of this kind.",
		"kindFile.balanceFixed": "A balance reports as budget/balance at the severity .planrc.yaml gives it, in the budget model's own words; \"{key}\" cannot be set here.",
		"kindFile.unknownRule": "There is no library rule \"{use}\".",
		"kindFile.rulesHint": "The library rules are {rules} (docs/kinds.md#rules).",
		"kindFile.badPath": "\"{path}\" is not a field path; write keys joined by dots, with [] for every entry of a list: risks[].owner.",
		"kindFile.badFormula": "The formula \"{formula}\" cannot be read: {reason}.",
		"kindFile.formulaName": "The formula \"{formula}\" uses \"{name}\", which is not a field beside it.",
		"kindFile.notForType": "\"{key}\" does not apply to a field of type {type}.",
		"kindFile.badCheckId": "The rule id \"{id}\" cannot be a check of the kind's own: amount/ and date/ are the schema's rules for amounts and dates.",
		"kindFile.needs": "A field of type {type} needs \"{key}\".",
		"kindFile.periodEnd": "A period's start and end are dates (type date or fuzzy-date), not {type}.",
		"kindFile.tableInList": "A table cannot stand inside a list; put it in the plan or in a group.",
		"kindFile.folderName": "The kind's id is \"{id}\", but its folder is named \"{folder}\"; plan finds a kind by its folder.",
		"kindFile.noTemplate": "The template {path} does not exist.",
		"kindFile.templateField": "The template {template} uses \"{name}\" (line {line}), which is not a field of this kind.",
		"kindFile.templateSyntax": "The template {template} cannot be read: {reason}",
		"kindFile.module": "The module {path} cannot be loaded: {reason}",
		"kindFile.moduleShape": "The module {path} must export `rules`: a list of rules, each with id, severity, description, messages and check.",
		"kindFile.duplicateId": "Two kinds have the id \"{id}\": {first} and {second}.",
		"kindFile.notFound": "There is no kind file {path}.",
		"kindFile.folderMissing": "The kinds folder {path} named in {config} does not exist.",
		"kindFile.notAKind": "{path} is not a kind: the folder has no kind.yaml.",
		"kindFile.unknownMessage": "There is no message \"{id}\": name one of the messages of the kind's module.",
		"kindFile.exactlyOneRequired": "\"{key}\" is required, so it is always filled in; a field of exactlyOne must be optional (required: false).",
		"kindFile.figureTotal": "A sum as one figure (figure: true) needs a table with exactly one column."
	},
	sv: {
		"plan.kindNotAWord": "En plan anger sitt slag med ett ord (kind: handlingsplan), men här står {found}.",
		"plan.kindInvalid": "Slaget \"{kind}\" kan inte användas: dess slagfil har ett fel ({file}:{line}:{column}: {problem}). Kör \"plan kind check\" på dess mapp.",
		"kindFile.unknownField": "\"{path}\" är inget fält i det här slaget.",
		"kindFile.balanceFixed": "En balans rapporteras som budget/balance med den allvarlighet .planrc.yaml ger den, med budgetmodellens egna ord; \"{key}\" kan inte anges här.",
		"kindFile.unknownRule": "Det finns ingen regel \"{use}\" i biblioteket.",
		"kindFile.rulesHint": "Biblioteksreglerna är {rules} (docs/kinds.md#rules).",
		"kindFile.badPath": "\"{path}\" är ingen fältsökväg; skriv nycklar åtskilda av punkt, med [] för varje post i en lista: risks[].owner.",
		"kindFile.badFormula": "Formeln \"{formula}\" kan inte läsas: {reason}.",
		"kindFile.formulaName": "Formeln \"{formula}\" använder \"{name}\", som inte är ett fält bredvid den.",
		"kindFile.notForType": "\"{key}\" gäller inte ett fält av typen {type}.",
		"kindFile.badCheckId": "Regel-id \"{id}\" kan inte vara slagets egen kontroll: amount/ och date/ är schemats regler för belopp och datum.",
		"kindFile.needs": "Ett fält av typen {type} behöver \"{key}\".",
		"kindFile.periodEnd": "En periods start och slut är datum (typ date eller fuzzy-date), inte {type}.",
		"kindFile.tableInList": "En tabell kan inte stå i en lista; lägg den i planen eller i en grupp.",
		"kindFile.folderName": "Slagets id är \"{id}\", men mappen heter \"{folder}\"; plan hittar ett slag genom dess mapp.",
		"kindFile.noTemplate": "Mallen {path} finns inte.",
		"kindFile.templateField": "Mallen {template} använder \"{name}\" (rad {line}), som inte är ett fält i det här slaget.",
		"kindFile.templateSyntax": "Mallen {template} kan inte läsas: {reason}",
		"kindFile.module": "Modulen {path} kan inte läsas in: {reason}",
		"kindFile.moduleShape": "Modulen {path} ska exportera `rules`: en lista med regler, var och en med id, severity, description, messages och check.",
		"kindFile.duplicateId": "Två slag har id \"{id}\": {first} och {second}.",
		"kindFile.notFound": "Det finns ingen slagfil {path}.",
		"kindFile.folderMissing": "Mappen med slag {path} som {config} anger finns inte.",
		"kindFile.notAKind": "{path} är inget slag: mappen har ingen kind.yaml.",
		"kindFile.unknownMessage": "Det finns inget meddelande \"{id}\": ange ett av meddelandena i slagets modul.",
		"kindFile.exactlyOneRequired": "\"{key}\" är obligatoriskt och alltid ifyllt; ett fält i exactlyOne ska vara valfritt (required: false).",
		"kindFile.figureTotal": "En summa som en siffra (figure: true) kräver en tabell med exakt en kolumn."
	},
	nb: {
		"plan.kindNotAWord": "En plan oppgir typen med ett ord (kind: prosjektplan), men her står {found}.",
		"plan.kindInvalid": "Typen \"{kind}\" kan ikke brukes: typefilen har en feil ({file}:{line}:{column}: {problem}). Kjør \"plan kind check\" på mappen.",
		"kindFile.unknownField": "\"{path}\" er ikke et felt i denne typen.",
		"kindFile.balanceFixed": "En balanse rapporteres som budget/balance med den alvorlighetsgraden .planrc.yaml gir den, med budsjettmodellens egne ord; \"{key}\" kan ikke angis her.",
		"kindFile.unknownRule": "Det finnes ingen regel \"{use}\" i biblioteket.",
		"kindFile.rulesHint": "Bibliotekreglene er {rules} (docs/kinds.md#rules).",
		"kindFile.badPath": "\"{path}\" er ingen feltsti; skriv nøkler skilt med punktum, med [] for hver oppføring i en liste: risks[].owner.",
		"kindFile.badFormula": "Formelen \"{formula}\" kan ikke leses: {reason}.",
		"kindFile.formulaName": "Formelen \"{formula}\" bruker \"{name}\", som ikke er et felt ved siden av den.",
		"kindFile.notForType": "\"{key}\" gjelder ikke et felt av typen {type}.",
		"kindFile.badCheckId": "Regel-id-en \"{id}\" kan ikke være typens egen kontroll: amount/ og date/ er skjemaets regler for beløp og datoer.",
		"kindFile.needs": "Et felt av typen {type} trenger \"{key}\".",
		"kindFile.periodEnd": "En periodes start og slutt er datoer (type date eller fuzzy-date), ikke {type}.",
		"kindFile.tableInList": "En tabell kan ikke stå i en liste; legg den i planen eller i en gruppe.",
		"kindFile.folderName": "Typens id er \"{id}\", men mappen heter \"{folder}\"; plan finner en type gjennom mappen.",
		"kindFile.noTemplate": "Malen {path} finnes ikke.",
		"kindFile.templateField": "Malen {template} bruker \"{name}\" (linje {line}), som ikke er et felt i denne typen.",
		"kindFile.templateSyntax": "Malen {template} kan ikke leses: {reason}",
		"kindFile.module": "Modulen {path} kan ikke lastes: {reason}",
		"kindFile.moduleShape": "Modulen {path} skal eksportere `rules`: en liste med regler, hver med id, severity, description, messages og check.",
		"kindFile.duplicateId": "To typer har id \"{id}\": {first} og {second}.",
		"kindFile.notFound": "Det finnes ingen typefil {path}.",
		"kindFile.folderMissing": "Mappen med typer {path} som {config} oppgir, finnes ikke.",
		"kindFile.notAKind": "{path} er ingen type: mappen har ingen kind.yaml.",
		"kindFile.unknownMessage": "Det finnes ingen melding \"{id}\": oppgi en av meldingene i typens modul.",
		"kindFile.exactlyOneRequired": "\"{key}\" er obligatorisk og alltid fylt ut; et felt i exactlyOne skal være valgfritt (required: false).",
		"kindFile.figureTotal": "En sum som ett tall (figure: true) krever en tabell med nøyaktig én kolonne."
	}
};
// dist/render/links.js
const ALLOWED = /* @__PURE__ */ new Set([
	"http",
	"https",
	"mailto"
]);
function linkProblems(markdown) {
	if (!/\]\s*[(:]|<[a-z][a-z0-9+.-]*:/i.test(markdown)) return [];
	const { Lexer } = createRequire(import.meta.url)("marked");
	const problems = [];
	const visit = (tokens) => {
		for (const token of tokens ?? []) {
			if ((token.type === "link" || token.type === "image") && typeof token.href === "string") {
				const problem = problemOf(token.href);
				if (problem) problems.push({
					kind: token.type,
					href: token.href,
					raw: token.raw ?? "",
					text: token.text ?? "",
					...problem
				});
			}
			visit(token.tokens);
			visit(token.items);
			for (const row of token.rows ?? []) for (const cell of row) visit(cell.tokens);
			for (const cell of token.header ?? []) visit(cell.tokens);
		}
	};
	visit(new Lexer().lex(markdown));
	return problems;
}
function problemOf(href) {
	const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(href)?.[1]?.toLowerCase();
	if (scheme && !ALLOWED.has(scheme)) return {
		problem: "scheme",
		scheme
	};
}
/**
* Markdown with its unsafe links and pictures turned into their text: what `render --force` prints
* for a field validate refused, so that no document carries a live javascript: link or fails on a
* malformed address.
*/
function withoutUnsafeLinks(markdown) {
	let out = markdown;
	for (const link of linkProblems(markdown)) if (link.raw) out = out.split(link.raw).join(link.text.replace(/[[\]()]/g, "\\$&"));
	return out;
}
// dist/kinds/data/compile.js
/** Fields every contact has, in the words of the document's language. */
const CONTACT_LABELS = {
	sv: {
		name: "Namn",
		organisation: "Organisation",
		role: "Roll",
		phone: "Telefon",
		mobile: "Mobil",
		email: "E-post"
	},
	nb: {
		name: "Navn",
		organisation: "Organisasjon",
		role: "Rolle",
		phone: "Telefon",
		mobile: "Mobil",
		email: "E-post"
	},
	en: {
		name: "Name",
		organisation: "Organisation",
		role: "Role",
		phone: "Telephone",
		mobile: "Mobile",
		email: "E-mail"
	}
};
function presetFields(type, lang) {
	const l = CONTACT_LABELS[lang];
	return {
		...type === "contact" ? {
			name: {
				type: "text",
				label: l.name
			},
			organisation: {
				type: "text",
				label: l.organisation,
				required: false
			}
		} : {
			name: {
				type: "text",
				label: l.name
			},
			role: {
				type: "text",
				label: l.role,
				required: false
			}
		},
		phone: {
			type: "phone",
			label: l.phone,
			required: false
		},
		mobile: {
			type: "phone",
			label: l.mobile,
			required: false
		},
		email: {
			type: "email",
			label: l.email,
			required: false
		}
	};
}
/** The fields of a group-like field: its own, or a contact's and a person's with the kind's additions. */
function subfields(spec, lang) {
	if (spec.type === "contact" || spec.type === "person") {
		const preset = presetFields(spec.type, lang);
		const own = spec.fields ?? {};
		return Object.keys(own).some((key) => key in preset) ? {
			...own,
			...preset,
			...own
		} : {
			...preset,
			...own
		};
	}
	if (spec.type === "period") return {
		...periodFields(lang),
		...spec.fields ?? {}
	};
	if (spec.type === "group") return spec.fields ?? {};
}
/** The field a group may be written as alone (`shorthand: role` or `shorthand: { field: role, help: … }`). */
function shorthandOf(spec) {
	return typeof spec.shorthand === "object" ? spec.shorthand.field : spec.shorthand;
}
const NUMERIC = /* @__PURE__ */ new Set([
	"amount",
	"integer",
	"number",
	"percent"
]);
const YES = /* @__PURE__ */ new Set([
	"true",
	"ja",
	"yes"
]);
const NO = /* @__PURE__ */ new Set([
	"false",
	"nej",
	"nei",
	"no"
]);
/** A period's two dates, in the words of the document's language. */
function periodFields(lang) {
	const [start, end] = {
		sv: ["Start", "Slut"],
		nb: ["Start", "Slutt"],
		en: ["Start", "End"]
	}[lang];
	return {
		start: {
			type: "fuzzy-date",
			label: start
		},
		end: {
			type: "fuzzy-date",
			label: end
		}
	};
}
/**
* Turns a kind file into the definition the checker, renderer and init use: a zod schema built
* from the core field types, the budget view of its tables, and rules taken from the library.
*/
function compileKind(file, options = {}) {
	const lang = file.lang;
	const problems = [];
	const tables = [];
	const computed = [];
	const periods = [];
	const contacts = [];
	const fixedTables = [];
	const limits = [];
	const markdownFields = [];
	/** Messages of the kind's own schema checks (a group's atLeastOne), by message id and language. */
	const ownMessages = {
		en: {},
		sv: {},
		nb: {}
	};
	const columnLists = new Set(tableColumnSources(file.fields));
	const catalog = mergeMessages(dataKindMessages, libraryMessages, ...options.module?.messages ? [options.module.messages] : []);
	const knownMessage = (id, pointer) => {
		if (!LANGS.some((l) => catalog[l][id] !== void 0)) problems.push({
			pointer,
			message: "kindFile.unknownMessage",
			params: { id }
		});
	};
	const meta = (spec, fallback) => {
		const title = localize(spec.label, lang);
		return {
			...title ? { title } : {},
			description: localize(spec.help, lang) ?? title ?? fallback
		};
	};
	const build = (spec, key, fieldPath, pointer, inList) => {
		const m = meta(spec, key);
		const required = spec.required !== false;
		const optional = (schema) => required ? schema : schema.nullish();
		const withDefault = (schema) => spec.default !== void 0 ? schema.optional().prefault(spec.default) : schema;
		if (spec.or) {
			const { or, required: _required, default: _default, ...own } = spec;
			return withDefault(optional(union([build({
				...own,
				required: true
			}, key, fieldPath, pointer, inList), build({
				...or,
				required: true
			}, key, fieldPath, `${pointer}/or`, inList)]).meta(m)));
		}
		const notFor = (keys) => {
			for (const k of keys) if (spec[k] !== void 0) problems.push({
				pointer: `${pointer}/${k}`,
				target: "key",
				message: "kindFile.notForType",
				params: {
					key: k,
					type: spec.type
				}
			});
		};
		const tableKeys = [
			"id",
			"caption",
			"rowLabel",
			"rowFields",
			"columns",
			"rows",
			"fixedRows",
			"total",
			"row",
			"rowList",
			"showEmpty"
		];
		if (spec.type !== "table") notFor(tableKeys);
		if (!["text", "markdown"].includes(spec.type)) notFor(["maxLength"]);
		if (!NUMERIC.has(spec.type)) notFor([
			"min",
			"max",
			"computed"
		]);
		if (!["integer", "number"].includes(spec.type)) notFor(["minMessage"]);
		if (spec.minMessage !== void 0) knownMessage(spec.minMessage, `${pointer}/minMessage`);
		if (spec.type !== "list") notFor([
			"items",
			"orText",
			"single",
			"tooFew"
		]);
		if (!["list", "table"].includes(spec.type)) notFor(["minItems"]);
		if (spec.type !== "group") notFor(["atLeastOne", "exactlyOne"]);
		if (![
			"group",
			"contact",
			"person"
		].includes(spec.type)) notFor(["shorthand"]);
		if (spec.type !== "choice") notFor(["options"]);
		if (!["phone", "org-number"].includes(spec.type)) notFor(["country"]);
		if (spec.type !== "phone") notFor(["lenient"]);
		if (spec.computed === void 0) notFor(["inPlan"]);
		if (![
			"group",
			"contact",
			"person",
			"period"
		].includes(spec.type)) notFor(["fields"]);
		let schema;
		switch (spec.type) {
			case "text":
			case "markdown": {
				const base = required ? text$1(m) : optionalText(m);
				if (spec.maxLength !== void 0) limits.push({
					path: fieldPath,
					limit: spec.maxLength
				});
				if (spec.type === "markdown") markdownFields.push(fieldPath);
				schema = base.meta({
					...m,
					...spec.type === "markdown" ? { format: "markdown" } : {}
				});
				return withDefault(schema);
			}
			case "amount":
				schema = required ? amount(m) : amountCell$1(m);
				break;
			case "integer": {
				let base = int();
				if (spec.min !== void 0) base = base.min(spec.min, spec.minMessage !== void 0 ? { message: spec.minMessage } : void 0);
				if (spec.max !== void 0) base = base.max(spec.max);
				schema = optional(base.meta(m));
				break;
			}
			case "number": {
				const { min, max, minMessage } = spec;
				schema = optional(figure$1(m).superRefine((value, ctx) => {
					if (minMessage !== void 0 && min !== void 0 && value < min) ctx.addIssue({
						code: "custom",
						message: minMessage,
						params: { min }
					});
					else if (min !== void 0 && value < min || max !== void 0 && value > max) ctx.addIssue({
						code: "custom",
						message: "field.outOfRange",
						params: {
							min: min ?? "…",
							max: max ?? "…"
						}
					});
				}));
				break;
			}
			case "percent": {
				const min = spec.min ?? 0;
				const max = spec.max ?? 100;
				schema = optional(union([number(), string()]).transform((input, ctx) => {
					const read = readFigure(typeof input === "string" ? input.replace(/\s*%\s*$/, "") : input);
					if (read.ok && read.value >= min && read.value <= max) return read.value;
					ctx.addIssue({
						code: "custom",
						message: "field.percent",
						params: {
							min,
							max
						},
						input
					});
					return NEVER;
				}).meta(m));
				break;
			}
			case "date":
				schema = optional(date(m, { lang }).superRefine((value, ctx) => {
					if (value.span && value.span.from !== value.span.to) ctx.addIssue({
						code: "custom",
						message: "date.notExact",
						input: value.text
					});
				}));
				break;
			case "fuzzy-date":
				schema = optional(date(m, { lang }));
				break;
			case "date-cell":
				schema = optional(dateCell(m, { lang }));
				break;
			case "period": {
				const l = {
					sv: ["Start", "Slut"],
					nb: ["Start", "Slutt"],
					en: ["Start", "End"]
				}[lang];
				periods.push(fieldPath.filter((s) => s !== "[]"));
				const end = (which, word) => {
					const own = spec.fields?.[which];
					if (!own) return date({
						title: word,
						description: word
					}, { lang });
					if (own.type !== "date" && own.type !== "fuzzy-date") problems.push({
						pointer: `${pointer}/fields/${which}/type`,
						message: "kindFile.periodEnd",
						params: { type: own.type }
					});
					return build({
						...own,
						type: own.type === "date" ? "date" : "fuzzy-date"
					}, which, [...fieldPath, which], `${pointer}/fields/${which}`, inList);
				};
				for (const other of Object.keys(spec.fields ?? {})) if (other !== "start" && other !== "end") problems.push({
					pointer: `${pointer}/fields/${other}`,
					target: "key",
					message: "schema.unknownKey",
					params: { key: other },
					hint: {
						message: "schema.knownKeys",
						params: { keys: "\"start\", \"end\"" }
					}
				});
				schema = optional(strictObject({
					start: end("start", l[0]),
					end: end("end", l[1])
				}, m));
				break;
			}
			case "email":
				schema = optional(email(m));
				break;
			case "phone":
				schema = optional(spec.lenient ? lenientPhone(m) : phone(m, { country: spec.country ?? (lang === "nb" ? "NO" : "SE") }));
				break;
			case "url":
				schema = optional(url(m));
				break;
			case "org-number": {
				const country = spec.country ?? (lang === "nb" ? "NO" : "SE");
				schema = optional(union([string(), number()]).transform((input, ctx) => {
					const read = readOrgNumber(input, country);
					if (read.ok) return read.value;
					const { code, ...params } = read.problem;
					ctx.addIssue({
						code: "custom",
						message: `field.orgNumber.${code}`,
						params,
						input
					});
					return NEVER;
				}).meta(m));
				break;
			}
			case "choice": {
				const values = (spec.options ?? []).map((option) => typeof option === "string" ? option : option.value);
				if (values.length === 0) {
					problems.push({
						pointer,
						target: "key",
						message: "kindFile.needs",
						params: {
							type: spec.type,
							key: "options"
						}
					});
					values.push("");
				}
				schema = optional(_enum(values).meta(m));
				break;
			}
			case "yes-no":
				schema = optional(union([boolean(), string()]).transform((input, ctx) => {
					if (typeof input === "boolean") return input;
					const word = input.trim().toLowerCase();
					if (YES.has(word)) return true;
					if (NO.has(word)) return false;
					ctx.addIssue({
						code: "custom",
						message: "field.yesNo",
						input
					});
					return NEVER;
				}).meta(m));
				break;
			case "list": {
				if (!spec.items) {
					problems.push({
						pointer,
						target: "key",
						message: "kindFile.needs",
						params: {
							type: spec.type,
							key: "items"
						}
					});
					return unknown();
				}
				const item = build(spec.items, key, [...fieldPath, "[]"], `${pointer}/items`, true);
				let list = array(item);
				const tooFew = spec.tooFew ? { message: ownMessage(spec.tooFew.id, spec.tooFew.message) } : void 0;
				if (spec.minItems !== void 0) list = list.min(spec.minItems, tooFew);
				else if (required && columnLists.has(formatFieldPath(fieldPath))) list = list.min(1, { message: "budget.noYears" });
				else if (required) list = list.min(1, tooFew);
				const listSchema = spec.single ? union([item, list]).transform((value) => Array.isArray(value) ? value : [value]) : list;
				if (spec.orText) {
					schema = optional(union([text$1({ description: (typeof spec.orText === "object" ? localize(spec.orText.help, lang) : void 0) ?? m.description }), listSchema]).meta(m));
					break;
				}
				schema = optional(listSchema.meta(m));
				break;
			}
			case "group":
			case "contact":
			case "person": {
				const fields = subfields(spec, lang);
				const shape = {};
				for (const [childKey, child] of Object.entries(fields)) {
					const childPointer = spec.fields?.[childKey] ? `${pointer}/fields/${childKey}` : pointer;
					if (child.inPlan !== false) shape[childKey] = build(child, childKey, [...fieldPath, childKey], childPointer, inList);
					else build(child, childKey, [...fieldPath, childKey], childPointer, inList);
					if (child.computed !== void 0) addComputed(fieldPath, childKey, child, `${childPointer}/computed`, fields);
				}
				if (spec.type === "contact") contacts.push({
					path: fieldPath,
					spec
				});
				let group = strictObject(shape, m);
				if (spec.atLeastOne) {
					const messageId = atLeastOneMessageId(spec.atLeastOne.id);
					if (!messageId) problems.push({
						pointer: `${pointer}/atLeastOne/id`,
						message: "kindFile.badCheckId",
						params: { id: spec.atLeastOne.id }
					});
					else {
						for (const l of [
							"en",
							"sv",
							"nb"
						]) ownMessages[l][messageId] = localize(spec.atLeastOne.message, l) ?? messageId;
						const keys = Object.keys(fields);
						group = group.refine((value) => keys.some((k) => isFilled(value[k])), { message: messageId }).meta(m);
					}
				}
				if (spec.exactlyOne) group = exactlyOneOf(group, spec.exactlyOne, fields, `${pointer}/exactlyOne`).meta(m);
				const short = shorthandOf(spec);
				if (short !== void 0 && !shape[short]) {
					const suggestion = didYouMean(short, Object.keys(shape));
					problems.push({
						pointer: `${pointer}/shorthand`,
						message: "kindFile.unknownField",
						params: { path: short },
						...suggestion ? { hint: {
							message: "schema.didYouMean",
							params: { suggestion }
						} } : {}
					});
				}
				schema = short !== void 0 && shape[short] ? optional(union([shape[short], group]).transform((value) => value !== null && typeof value === "object" ? value : { [short]: value }).meta({
					...m,
					description: (typeof spec.shorthand === "object" ? localize(spec.shorthand.help, lang) : void 0) ?? m.description
				})) : optional(group);
				break;
			}
			case "table":
				if (inList) problems.push({
					pointer,
					target: "key",
					message: "kindFile.tableInList"
				});
				schema = optional(buildTable(spec, key, fieldPath, pointer));
		}
		return withDefault(schema);
	};
	/** A group in which exactly one of some optional fields is filled in, said as a problem of the group itself. */
	const exactlyOneOf = (object, rule, fields, pointer) => {
		rule.fields.forEach((key, i) => {
			if (!Object.prototype.hasOwnProperty.call(fields, key)) {
				const suggestion = didYouMean(key, Object.keys(fields));
				problems.push({
					pointer: `${pointer}/fields/${i}`,
					message: "kindFile.unknownField",
					params: { path: key },
					...suggestion ? { hint: {
						message: "schema.didYouMean",
						params: { suggestion }
					} } : {}
				});
			} else if (fields[key].required !== false) problems.push({
				pointer: `${pointer}/fields/${i}`,
				message: "kindFile.exactlyOneRequired",
				params: { key }
			});
		});
		if (rule.message !== void 0) knownMessage(rule.message, `${pointer}/message`);
		const message = rule.message ?? "field.exactlyOne";
		const names = rule.fields.map((key) => `"${key}"`).join(", ");
		return object.refine((value) => {
			const holder = value;
			return rule.fields.filter((key) => holder[key] !== void 0 && holder[key] !== null && !(typeof holder[key] === "string" && !/\S/.test(holder[key]))).length === 1;
		}, {
			message,
			params: { fields: names }
		});
	};
	const addComputed = (parent, key, spec, pointer, siblings) => {
		const expression = readFormula(spec.computed, pointer, reachableNames(siblings, key, lang));
		if (expression) computed.push({
			parent,
			key,
			formula: spec.computed,
			expression,
			spec,
			always: spec.inPlan === false
		});
	};
	const readFormula = (formula, pointer, names) => {
		try {
			const expression = parseExpression(formula);
			for (const name of namesIn(expression)) if (!names.includes(name)) {
				const suggestion = didYouMean(name, names);
				problems.push({
					pointer,
					message: "kindFile.formulaName",
					params: {
						formula,
						name
					},
					...suggestion ? { hint: {
						message: "schema.didYouMean",
						params: { suggestion }
					} } : {}
				});
				return;
			}
			return expression;
		} catch (error) {
			if (!(error instanceof ExpressionError)) throw error;
			problems.push({
				pointer,
				message: "kindFile.badFormula",
				params: {
					formula,
					reason: error.message
				}
			});
			return;
		}
	};
	const buildTable = (spec, key, fieldPath, pointer) => {
		const m = meta(spec, key);
		const info = {
			spec,
			path: fieldPath,
			id: spec.id ?? localize(spec.label, lang) ?? key
		};
		tables.push(info);
		if (spec.fixedRows) fixedTables.push(info);
		const rowKey = spec.rowLabel?.key ?? "label";
		const rowShape = { [rowKey]: text$1({
			...localize(spec.rowLabel?.label, lang) ? { title: localize(spec.rowLabel?.label, lang) } : {},
			description: localize(spec.rowLabel?.help, lang) ?? localize(spec.rowLabel?.label, lang) ?? rowKey
		}) };
		for (const [extraKey, extra] of Object.entries(spec.rowFields ?? {})) rowShape[extraKey] = build(extra, extraKey, [
			...fieldPath,
			"rows",
			"[]",
			extraKey
		], `${pointer}/rowFields/${extraKey}`, true);
		const cell = (label, negative = false, help) => amountCell$1(help ? { description: help } : {
			title: label,
			description: label
		}, { allowNegative: negative });
		const stated = spec.total?.stated ?? "optional";
		const totalLabel = localize(spec.total?.label, lang) ?? dataKindMessages[lang]["table.sum"];
		const shape = {};
		const columns = spec.columns;
		if (!columns) {
			problems.push({
				pointer,
				target: "key",
				message: "kindFile.needs",
				params: {
					type: "table",
					key: "columns"
				}
			});
			return unknown();
		}
		if ("from" in columns && typeof columns.from === "string") {
			if (!parseFieldPath(columns.from)) problems.push({
				pointer: `${pointer}/columns/from`,
				message: "kindFile.badPath",
				params: { path: columns.from }
			});
			if (spec.total?.figure) problems.push({
				pointer: `${pointer}/total/figure`,
				message: "kindFile.figureTotal"
			});
			const named = columns;
			const cellHelp = localize(named.cellHelp, lang);
			const amountsHelp = localize(named.help, lang) ?? "One amount per column, in the order of the columns.";
			const totalHelp = localize(spec.total?.help, lang) ?? totalLabel;
			rowShape.amounts = array(cell(totalLabel, false, cellHelp)).optional().meta({ description: amountsHelp });
			if (stated !== "never") shape.total = stated === "required" ? array(cell(totalLabel, false, cellHelp)) : array(cell(totalLabel, false, cellHelp)).optional().meta({
				title: totalLabel,
				description: totalHelp
			});
		} else {
			const keyed = columns;
			const own = Object.entries(keyed).filter(([, column]) => column.computed === void 0).map(([k]) => k);
			const totalShape = {};
			for (const [columnKey, column] of Object.entries(keyed)) {
				const label = localize(column.label, lang) ?? columnKey;
				const help = localize(column.help, lang);
				const negative = column.computed !== void 0;
				const cellMeta = {
					title: label,
					description: help ?? label
				};
				rowShape[columnKey] = column.required && !negative ? amount(cellMeta) : amountCell$1(cellMeta, { allowNegative: negative }).optional();
				totalShape[columnKey] = cell(`${totalLabel} ${label}`, negative).optional();
				if (column.computed !== void 0) {
					const expression = readFormula(column.computed, `${pointer}/columns/${columnKey}/computed`, own);
					if (expression && !linearWeights(expression, own)) problems.push({
						pointer: `${pointer}/columns/${columnKey}/computed`,
						message: "kindFile.badFormula",
						params: {
							formula: column.computed,
							reason: "a table column adds and subtracts other columns, it does not multiply them"
						}
					});
				}
			}
			const totalMeta = {
				title: totalLabel,
				description: localize(spec.total?.help, lang) ?? totalLabel
			};
			if (spec.total?.figure) {
				if (own.length !== 1 || Object.keys(keyed).length !== 1) problems.push({
					pointer: `${pointer}/total/figure`,
					message: "kindFile.figureTotal"
				});
				if (stated !== "never") shape.total = stated === "required" ? amount(totalMeta) : amount(totalMeta).nullish();
			} else if (stated !== "never") shape.total = stated === "required" ? strictObject(totalShape, totalMeta) : strictObject(totalShape, totalMeta).optional();
		}
		const rowTitle = localize(spec.row?.label, lang) ?? localize(spec.rowLabel?.label, lang);
		let rows = array(strictObject(rowShape, {
			...rowTitle ? { title: rowTitle } : {},
			description: localize(spec.row?.help, lang) ?? m.description
		}));
		if (spec.minItems !== void 0) rows = rows.min(spec.minItems);
		const listTitle = localize(spec.rowList?.label, lang) ?? rowTitle;
		const { total, ...rest } = shape;
		return strictObject({
			...rest,
			rows: rows.meta({
				...listTitle ? { title: listTitle } : {},
				description: localize(spec.rowList?.help, lang) ?? m.description
			}),
			...total ? { total } : {}
		}, m);
	};
	/** Messages the kind file words itself (a list's `tooFew`), under an id the checker turns back into the rule id. */
	function ownMessage(ruleId, text) {
		const [group, name = ""] = ruleId.split("/");
		const id = `${group}.${name.replace(/-([a-z])/g, (_, c) => c.toUpperCase())}`;
		for (const l of LANGS) ownMessages[l][id] = localize(text, l);
		return id;
	}
	const rootShape = { kind: literal(file.id).meta({ description: dataKindMessages[lang]["kind.key"].replace("{id}", file.id) }) };
	for (const [key, spec] of Object.entries(file.fields)) {
		const built = build(spec, key, [key], `/fields/${key}`, false);
		if (spec.inPlan !== false) rootShape[key] = built;
		if (spec.computed !== void 0) addComputed([], key, spec, `/fields/${key}/computed`, file.fields);
	}
	const schema = strictObject(rootShape, {
		title: file.title,
		description: localize(file.help, lang) ?? file.description
	});
	const specAt = (path) => findSpec(file.fields, path, lang);
	const label = (path) => {
		const found = specAt(path);
		const own = found && localize(found.label, lang);
		if (own) return own;
		if (path.length > 1 && path[path.length - 1] === "[]") return label(path.slice(0, -1));
		return formatFieldPath(path);
	};
	const show = (path, value) => {
		const found = specAt(path);
		if (typeof value === "number") return found?.type === "amount" ? formatAmount(value) : formatFigure(value);
		if (value && typeof value === "object" && "text" in value) return formatDate(value, lang);
		return String(value ?? "");
	};
	/** The plan with computed fields worked out where it leaves them out, as templates and rules see it. */
	const complete = (plan) => {
		if (computed.length === 0) return plan;
		const copy = structuredClone(plan);
		for (const info of computed) for (const place of resolvePath(copy, info.parent)) {
			const holder = place.value;
			if (!holder || typeof holder !== "object" || !info.always && holder[info.key] !== void 0 && holder[info.key] !== null) continue;
			const value = evaluate(info.expression, (name) => numberAt(holder, name));
			if (value !== void 0) holder[info.key] = value;
		}
		return copy;
	};
	const budget = (plan) => budgetView(plan, tables, balances, lang);
	const balances = [];
	/** What rules see: computed fields worked out, and every table's `total` the sums of its rows. Made once a plan: every rule reads it. */
	const views = /* @__PURE__ */ new WeakMap();
	const ruleView = (plan) => {
		if (plan === null || typeof plan !== "object") return plan;
		let made = views.get(plan);
		if (made === void 0) views.set(plan, made = makeRuleView(plan));
		return made;
	};
	const makeRuleView = (plan) => {
		const view = complete(plan);
		const copy = view === plan ? structuredClone(plan) : view;
		const budgetTables = budget(plan).tables;
		for (const info of tables) {
			const holder = resolvePath(copy, info.path)[0]?.value;
			const table = budgetTables.find((t) => t.id === info.id);
			if (!holder || !table) continue;
			const sums = computedTotals(table);
			const columns = info.spec.columns;
			if ("from" in columns && typeof columns.from === "string") holder.total = sums;
			else if (info.spec.total?.figure) holder.total = sums[0] ?? null;
			else holder.total = Object.fromEntries(Object.keys(columns).map((k, i) => [k, sums[orderedColumns(columns).indexOf(k)] ?? sums[i] ?? null]));
		}
		return copy;
	};
	/** A group a plan may write as one of its fields stands, in rules, for that field: a role reference is its role. */
	const resolveForRules = (plan, path, bound) => {
		const places = resolvePath(plan, path, bound);
		const found = specAt(path);
		const short = found && shorthandOf(found);
		if (short === void 0) return places;
		return places.map((place) => place.value !== null && typeof place.value === "object" && !Array.isArray(place.value) ? {
			...place,
			value: place.value[short]
		} : place);
	};
	const env = {
		resolve: resolveForRules,
		label,
		show,
		lang,
		type: (path) => specAt(path)?.type
	};
	const rules = [];
	(file.rules ?? []).forEach((ruleSpec, index) => {
		const compiled = compileRule(ruleSpec, `/rules/${index}`, file.fields, specAt, problems, env, ruleView, lang);
		if (compiled?.balance) balances.push(compiled.balance);
		if (compiled?.rule) rules.push(compiled.rule);
	});
	(file.summary ?? []).forEach((entry, index) => {
		for (const key of ["value", "count"]) {
			const text = entry[key];
			if (text === void 0) continue;
			const path = parseFieldPath(text);
			if (!path) problems.push({
				pointer: `/summary/${index}/${key}`,
				message: "kindFile.badPath",
				params: { path: text }
			});
			else if (!specAt(path)) problems.push({
				pointer: `/summary/${index}/${key}`,
				message: "kindFile.unknownField",
				params: { path: text }
			});
		}
	});
	for (const period of periods) rules.push(periodOrderRule((plan) => resolvePath(plan, period)[0]?.value, toPointer(period)));
	if (contacts.length > 0) rules.push(reachableRule(contacts));
	if (computed.some((info) => !info.always)) rules.push(computedRule(computed, label, show));
	if (fixedTables.length > 0) rules.push(fixedRowsRule(fixedTables));
	if (limits.length > 0) rules.push(lengthRule(limits, label));
	if (markdownFields.length > 0) rules.push(linkRule(markdownFields, label));
	for (const rule of options.module?.rules ?? []) rules.push(rule);
	const starter = () => starterOf(file.fields, lang);
	return {
		kind: {
			id: file.id,
			lang,
			title: file.title,
			description: file.description,
			schema,
			rules,
			messages: mergeMessages(dataKindMessages, libraryMessages, ownMessages, ...options.module?.messages ? [options.module.messages] : []),
			templates: {},
			...tables.length > 0 ? { budget } : {},
			starter,
			complete,
			...options.module?.summary ? { summary: options.module.summary } : file.summary ? { summary: (plan, context) => summaryOf(file, complete(plan), show, context?.lang ?? lang) } : {}
		},
		problems,
		fields: file.fields
	};
}
/**
* A phone kept as the plan writes it, for the rules phone-format and phone-complete to judge. Only
* a number YAML has read as digits is refused here: its + or leading 0 is already lost.
*/
function lenientPhone(meta) {
	return union([string(), number()]).transform((input, ctx) => {
		if (typeof input === "string") return input;
		ctx.addIssue({
			code: "custom",
			message: "contact.phoneYamlNumber",
			params: { digits: String(input) },
			input
		});
		return NEVER;
	}).meta(meta);
}
/** The names a formula beside `key` may use: its sibling fields, and with dots the fields of a sibling group. */
function reachableNames(siblings, key, lang) {
	const names = [];
	const visit = (fields, prefix) => {
		for (const [name, spec] of Object.entries(fields)) {
			if (prefix === "" && name === key) continue;
			names.push(prefix + name);
			const inner = spec.type === "list" || spec.type === "table" ? void 0 : subfields(spec, lang);
			if (inner) visit(inner, `${prefix}${name}.`);
		}
	};
	visit(siblings, "");
	return names;
}
/** The number a formula's name stands for, following dots into sibling groups. */
function numberAt(holder, name) {
	let value = holder;
	for (const part of name.split(".")) value = value && typeof value === "object" ? value[part] : void 0;
	return typeof value === "number" ? value : void 0;
}
function orderedColumns(columns) {
	const own = Object.entries(columns).filter(([, c]) => c.computed === void 0).map(([k]) => k);
	const derived = Object.entries(columns).filter(([, c]) => c.computed !== void 0).map(([k]) => k);
	return [...own, ...derived];
}
function mergeMessages(...catalogs) {
	return {
		en: Object.assign({}, ...catalogs.map((c) => c.en)),
		sv: Object.assign({}, ...catalogs.map((c) => c.sv)),
		nb: Object.assign({}, ...catalogs.map((c) => c.nb))
	};
}
/**
* The spec a field path names, looking into groups, lists, periods and tables (`rows[]`, a column,
* `total`, `total.<column>`); undefined for a path the kind has no field at.
*/
function findSpec(fields, path, lang) {
	let current = {
		type: "group",
		fields
	};
	for (const segment of path) {
		if (!current) return void 0;
		if (current.type === "list") {
			if (segment !== "[]") return void 0;
			current = current.items;
			continue;
		}
		if (current.type === "period") {
			current = segment === "start" || segment === "end" ? current.fields?.[segment] ?? {
				type: "fuzzy-date",
				label: current.label
			} : void 0;
			continue;
		}
		if (current.type === "table") {
			const table = current;
			const columns = table.columns ?? {};
			const totalLabel = localize(table.total?.label, lang);
			if (segment === "rows") current = {
				type: "list",
				items: {
					type: "group",
					label: table.label,
					fields: tableRowFields(table, lang)
				}
			};
			else if (segment === "total") current = table.total?.figure ? {
				type: "amount",
				label: totalLabel ?? table.label
			} : "from" in columns && typeof columns.from === "string" ? {
				type: "list",
				label: totalLabel ?? table.label,
				items: {
					type: "amount",
					label: totalLabel ?? table.label
				}
			} : {
				type: "group",
				label: totalLabel ?? table.label,
				fields: Object.fromEntries(Object.entries(columns).map(([k, c]) => [k, {
					type: "amount",
					label: `${localize(table.label, lang) ?? ""}: ${localize(c.label, lang) ?? k}${totalLabel ? ` (${totalLabel})` : ""}`
				}]))
			};
			else return void 0;
			continue;
		}
		const fieldsHere = subfields(current, lang);
		if (!fieldsHere || segment === "[]" || !Object.prototype.hasOwnProperty.call(fieldsHere, segment)) return void 0;
		current = fieldsHere[segment];
	}
	return current;
}
function tableRowFields(table, lang) {
	const fields = { [table.rowLabel?.key ?? "label"]: {
		type: "text",
		...table.rowLabel?.label ? { label: table.rowLabel.label } : {}
	} };
	Object.assign(fields, table.rowFields ?? {});
	const columns = table.columns ?? {};
	if ("from" in columns && typeof columns.from === "string") fields.amounts = {
		type: "list",
		items: {
			type: "amount",
			label: table.label
		}
	};
	else for (const [k, c] of Object.entries(columns)) fields[k] = {
		type: "amount",
		label: c.label ?? k,
		required: false
	};
	return fields;
}
function budgetView(plan, tables, balances, lang) {
	const out = [];
	for (const info of tables) {
		const spec = info.spec;
		const value = resolvePath(plan, info.path)[0]?.value ?? (spec.showEmpty ? { rows: [] } : void 0);
		if (!value) continue;
		const rowKey = spec.rowLabel?.key ?? "label";
		const columns = spec.columns;
		const totalLabel = localize(spec.total?.label, lang) ?? dataKindMessages[lang]["table.sum"];
		const title = localize(spec.caption, lang) ?? localize(spec.label, lang) ?? info.id;
		const rowsPath = [...info.path, "rows"];
		const labelHeading = localize(spec.rowLabel?.heading ?? spec.rowLabel?.label, lang);
		if ("from" in columns && typeof columns.from === "string") {
			const names = resolvePath(plan, parseFieldPath(columns.from) ?? [])[0]?.value;
			const headings = Array.isArray(names) ? names.map(String) : [];
			out.push({
				id: info.id,
				title,
				columns: headings,
				...labelHeading ? { labelHeading } : {},
				rows: (value.rows ?? []).map((row, index) => ({
					label: String(row[rowKey] ?? ""),
					...typeof row.note === "string" && row.note ? { note: row.note } : {},
					amounts: Array.isArray(row.amounts) ? row.amounts : [],
					path: [
						...rowsPath,
						index,
						"amounts"
					]
				})),
				totalLabel,
				...Array.isArray(value.total) ? { stated: {
					amounts: value.total,
					path: [...info.path, "total"],
					perColumn: true
				} } : {}
			});
			continue;
		}
		const keyed = columns;
		const own = Object.entries(keyed).filter(([, c]) => c.computed === void 0).map(([k]) => k);
		const derivedKeys = Object.entries(keyed).filter(([, c]) => c.computed !== void 0).map(([k]) => k);
		const derived = derivedKeys.map((k) => ({
			label: localize(keyed[k].heading ?? keyed[k].label, lang) ?? k,
			weights: linearWeights(parseExpression(keyed[k].computed), own) ?? own.map(() => 0)
		}));
		const statedOf = (holder, keys, base) => {
			if (!keys.some((k) => holder[k] !== void 0 && holder[k] !== null)) return void 0;
			return {
				amounts: keys.map((k) => holder[k] ?? null),
				path: base,
				perColumn: true,
				paths: keys.map((k) => [...base, k])
			};
		};
		const total = value.total && typeof value.total === "object" ? value.total : void 0;
		const statedTotal = spec.total?.figure ? typeof value.total === "number" ? {
			amounts: [value.total],
			path: [...info.path, "total"],
			perColumn: false
		} : void 0 : total ? statedOf(total, [...own, ...derivedKeys], [...info.path, "total"]) : void 0;
		out.push({
			id: info.id,
			title,
			columns: own.map((k) => localize(keyed[k].heading ?? keyed[k].label, lang) ?? k),
			...labelHeading ? { labelHeading } : {},
			...derived.length ? { derived } : {},
			rows: (value.rows ?? []).map((row, index) => {
				const stated = statedOf(row, derivedKeys, [...rowsPath, index]);
				return {
					label: String(row[rowKey] ?? ""),
					...typeof row.note === "string" && row.note ? { note: row.note } : {},
					amounts: own.map((k) => row[k] ?? null),
					path: [...rowsPath, index],
					...stated ? { stated } : {}
				};
			}),
			totalLabel,
			...statedTotal ? { stated: statedTotal } : {}
		});
	}
	return {
		tables: out,
		balances: balances.flatMap((balance) => {
			if (balance.statedTable !== void 0) {
				const table = out.find((candidate) => candidate.id === balance.statedTable);
				if (!table) return [];
				const amounts = effectiveTotals(table).slice(0, table.columns.length);
				const stated = table.stated ? {
					...table.stated,
					amounts
				} : {
					amounts,
					path: balance.stated,
					perColumn: false
				};
				return [{
					id: balance.id,
					title: balance.title,
					stated,
					parts: balance.parts
				}];
			}
			const amounts = resolvePath(plan, balance.stated)[0]?.value;
			return [{
				id: balance.id,
				title: balance.title,
				stated: {
					amounts: Array.isArray(amounts) ? amounts : [],
					path: balance.stated,
					perColumn: true
				},
				parts: balance.parts
			}];
		})
	};
}
function compileRule(spec, pointer, rootFields, specAt, problems, env, ruleView, lang) {
	const library = findLibraryRule(spec.use);
	if (!library) {
		const suggestion = didYouMean(spec.use, LIBRARY.map((r) => r.name));
		problems.push({
			pointer: `${pointer}/use`,
			message: "kindFile.unknownRule",
			params: { use: spec.use },
			hint: suggestion ? {
				message: "schema.didYouMean",
				params: { suggestion }
			} : {
				message: "kindFile.rulesHint",
				params: { rules: LIBRARY.map((r) => r.name).join(", ") }
			}
		});
		return;
	}
	const { use: _use, id, severity, description, message, hint, quote, messages: ownTexts, ...rawParams } = spec;
	const messageIds = Object.keys(library.messages.en ?? {});
	for (const key of Object.keys(ownTexts ?? {})) {
		if (messageIds.includes(key)) continue;
		const suggestion = didYouMean(key, messageIds);
		problems.push({
			pointer: toPointer([
				...pointer.slice(1).split("/"),
				"messages",
				key
			]),
			target: "key",
			message: "schema.unknownKey",
			params: { key },
			hint: suggestion ? {
				message: "schema.didYouMean",
				params: { suggestion }
			} : {
				message: "schema.knownKeys",
				params: { keys: messageIds.map((k) => `"${k}"`).join(", ") }
			}
		});
	}
	const parsed = library.params.safeParse(rawParams);
	if (!parsed.success) {
		for (const issue of parsed.error.issues) if (issue.code === "unrecognized_keys") {
			const known = Object.keys(library.params._zod.def.shape ?? library.params._zod.def.in._zod.def.shape ?? {});
			for (const key of issue.keys) {
				const suggestion = didYouMean(key, known);
				problems.push({
					pointer: toPointer([
						...pointer.slice(1).split("/"),
						...issue.path.map(String),
						key
					]),
					target: "key",
					message: "schema.unknownKey",
					params: { key },
					hint: suggestion ? {
						message: "schema.didYouMean",
						params: { suggestion }
					} : {
						message: "schema.knownKeys",
						params: { keys: known.map((k) => `"${k}"`).join(", ") }
					}
				});
			}
		} else problems.push({
			pointer: toPointer([...pointer.slice(1).split("/"), ...issue.path.map(String)]),
			message: "schema.invalid",
			params: {
				field: `"${issue.path.join(".") || spec.use}"`,
				detail: issue.message
			}
		});
		return;
	}
	const params = parsed.data;
	const paths = {};
	/** The path the author probably meant: the longest prefix that exists, with its next key corrected. */
	const suggestPath = (path) => {
		for (let depth = path.length - 1; depth >= 0; depth--) {
			const parent = depth === 0 ? void 0 : specAt(path.slice(0, depth));
			if (depth > 0 && !parent) continue;
			const candidates = Object.keys(childFields(parent ?? null));
			const fixed = didYouMean(String(path[depth]), candidates);
			if (!fixed) return void 0;
			const corrected = [
				...path.slice(0, depth),
				fixed,
				...path.slice(depth + 1)
			];
			return specAt(corrected) ? formatFieldPath(corrected) : void 0;
		}
	};
	const childFields = (spec) => {
		if (spec === null) return rootFields;
		if (spec.type === "table") return {
			rows: 1,
			total: 1
		};
		if (spec.type === "period") return {
			start: 1,
			end: 1
		};
		return subfields(spec, lang) ?? {};
	};
	if (library.name === "balance" && (id !== void 0 || severity !== void 0 || message !== void 0 || hint !== void 0)) {
		const key = id !== void 0 ? "id" : severity !== void 0 ? "severity" : message !== void 0 ? "message" : "hint";
		problems.push({
			pointer: `${pointer}/${key}`,
			target: "key",
			message: "kindFile.balanceFixed",
			params: { key }
		});
		return;
	}
	let ok = true;
	for (const key of library.pathKeys) {
		const value = key.split(".").reduce((holder, part) => holder && typeof holder === "object" ? holder[part] : void 0, params);
		if (value === void 0) continue;
		const entry = (v, where) => v && typeof v === "object" && !Array.isArray(v) && "field" in v ? [v.field, `${where}/field`] : [v, where];
		const entries = Array.isArray(value) ? value.map((v, i) => [[`${key}.${i}`], ...entry(v, `${key.replace(".", "/")}/${i}`)]) : [[[key, `${key}.0`], ...entry(value, key.replace(".", "/"))]];
		for (const [names, text, where] of entries) {
			const path = typeof text === "string" ? parseFieldPath(text) : void 0;
			if (!path) {
				problems.push({
					pointer: `${pointer}/${where}`,
					message: "kindFile.badPath",
					params: { path: String(text) }
				});
				ok = false;
				continue;
			}
			if (!specAt(path)) {
				const suggestion = suggestPath(path);
				problems.push({
					pointer: `${pointer}/${where}`,
					message: "kindFile.unknownField",
					params: { path: String(text) },
					...suggestion ? { hint: {
						message: "schema.didYouMean",
						params: { suggestion }
					} } : {}
				});
				ok = false;
				continue;
			}
			for (const name of names) paths[name] = path;
		}
	}
	const quoted = [];
	for (const [name, text] of Object.entries(quote ?? {})) {
		const path = parseFieldPath(text);
		if (!path || !specAt(path)) {
			const suggestion = path && suggestPath(path);
			problems.push({
				pointer: `${pointer}/quote/${name}`,
				message: path ? "kindFile.unknownField" : "kindFile.badPath",
				params: { path: text },
				...suggestion ? { hint: {
					message: "schema.didYouMean",
					params: { suggestion }
				} } : {}
			});
			ok = false;
		} else quoted.push([name, path]);
	}
	if (!ok) return void 0;
	if (library.name === "balance") {
		const parts = params.parts.map((_, i) => {
			const partSpec = specAt(paths[`parts.${i}`]);
			return partSpec?.id ?? localize(partSpec?.label, lang) ?? String(params.parts[i]);
		});
		const statedSpec = specAt(paths.stated);
		const title = params.title ?? localize(statedSpec?.label, lang) ?? String(params.stated);
		const statedTable = statedSpec?.type === "table" ? statedSpec.id ?? localize(statedSpec.label, lang) ?? String(params.stated) : void 0;
		return { balance: {
			stated: paths.stated,
			parts,
			title,
			id: params.name ?? title,
			...statedTable ? { statedTable } : {}
		} };
	}
	const instance = library.create(params, paths);
	const ownMessage = message;
	const ownHint = hint;
	return { rule: {
		id: id ?? library.id,
		severity: severity ?? library.severity,
		description: typeof description === "string" ? description : library.description,
		help: library.help,
		helpUri: ruleHelpUri(library.name),
		check(plan, context) {
			const view = ruleView(plan);
			const t = ownTexts ? (messageId, params = {}) => Object.prototype.hasOwnProperty.call(ownTexts, messageId) ? interpolate(localize(ownTexts[messageId], context.lang) ?? "", params) : context.t(messageId, params) : context.t;
			instance.check(view, {
				...context,
				t
			}, env, (problem) => {
				const own = ownMessage !== void 0 ? localize(ownMessage, context.lang) : void 0;
				const ownH = ownHint !== void 0 && !(problem.keepHint && problem.hint) ? localize(ownHint, context.lang) : void 0;
				const params = quoted.length > 0 ? {
					...problem.params,
					...quotes(view, quoted, problem.pointer, env)
				} : problem.params;
				const hintText = ownH !== void 0 ? interpolate(ownH, params) : problem.hint;
				context.report({
					pointer: problem.pointer,
					...problem.target ? { target: problem.target } : {},
					message: own !== void 0 ? interpolate(own, params) : problem.message,
					...hintText ? { hint: hintText } : {}
				});
			});
		}
	} };
}
/**
* The values a rule instance quotes (`quote: { name: … }`), as the document prints them. A path
* through a list takes the entry the problem is at: the pointer's indices where the two paths agree.
*/
function quotes(plan, quoted, pointer, env) {
	const at = pointer.split("/").slice(1).map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
	const out = {};
	for (const [name, path] of quoted) {
		const bound = [];
		for (let i = 0, j = 0; i < path.length && j < at.length; i++, j++) if (path[i] === "[]" && /^\d+$/.test(at[j])) bound.push(Number(at[j]));
		else if (path[i] !== at[j]) break;
		const value = resolvePath(plan, path, bound)[0]?.value;
		out[name] = value === void 0 || value === null ? "" : env.show(path, value);
	}
	return out;
}
function reachableRule(contacts) {
	return {
		id: "contact/reachable",
		severity: "warning",
		description: "The contact person has a telephone number, a mobile number or an e-mail address.",
		check(plan, { t, report }) {
			for (const { path } of contacts) for (const place of resolvePath(plan, path)) {
				const contact = place.value;
				if (!contact || typeof contact !== "object") continue;
				const has = (key) => typeof contact[key] === "string" && /\S/.test(contact[key]);
				if (has("phone") || has("mobile") || has("email")) continue;
				report({
					pointer: toPointer(place.path),
					target: "key",
					message: t("contact.unreachable", { name: String(contact.name ?? "") })
				});
			}
		}
	};
}
function computedRule(computed, label, show) {
	return {
		id: "field/computed-mismatch",
		severity: "error",
		description: "A figure the plan states in a computed field equals what its formula works out to.",
		check(plan, { t, report }) {
			for (const info of computed) {
				if (info.always) continue;
				const fieldPath = [...info.parent, info.key];
				for (const place of resolvePath(plan, info.parent)) {
					const holder = place.value;
					if (!holder || typeof holder !== "object") continue;
					const stated = holder[info.key];
					if (typeof stated !== "number") continue;
					const value = evaluate(info.expression, (name) => numberAt(holder, name));
					if (value === void 0 || Math.abs(value - stated) < 1e-9) continue;
					const params = {
						field: label(fieldPath),
						stated: show(fieldPath, stated),
						formula: formulaText(info, label),
						computed: show(fieldPath, value)
					};
					report({
						pointer: toPointer([...place.path, info.key]),
						message: t("field.computedMismatch", params),
						hint: t("field.computedMismatchHint", params)
					});
				}
			}
		}
	};
}
function formulaText(info, label) {
	return info.formula.replace(/[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*/g, (name) => label([...info.parent, ...name.split(".")]).toLocaleLowerCase()).replace(/\*/g, "×").replace(/ - /g, " − ");
}
function linkRule(fields, label) {
	return {
		id: "field/unsafe-link",
		severity: "error",
		description: "A link or picture in a Markdown field is an http, https, mailto or relative address that can be read.",
		help: "Write the address with http:// or https://, a mailto: address or a path relative to the plan; other schemes (javascript:, data:, file:) are refused.",
		check(plan, { t, report }) {
			for (const path of fields) for (const place of resolvePath(plan, path)) {
				if (typeof place.value !== "string") continue;
				for (const link of linkProblems(place.value)) {
					const params = {
						field: label(path),
						href: excerpt(link.href),
						scheme: link.scheme ?? ""
					};
					const kind = link.kind === "image" ? "Image" : "Link";
					report({
						pointer: toPointer(place.path),
						message: t(link.problem === "scheme" ? `field.unsafe${kind}` : `field.malformed${kind}`, params),
						hint: t("field.unsafeLinkHint")
					});
				}
			}
		}
	};
}
function lengthRule(limits, label) {
	return {
		id: "field/too-long",
		severity: "error",
		description: "A text is no longer than the form allows (characters, spaces and line breaks included).",
		help: "Shorten the text to the limit the message gives.",
		check(plan, { t, report }) {
			for (const { path, limit } of limits) for (const place of resolvePath(plan, path)) {
				if (typeof place.value !== "string") continue;
				const length = [...place.value.trim()].length;
				if (length <= limit) continue;
				const field = t("schema.fieldWithTitle", {
					key: String(path[path.length - 1] === "[]" ? path[path.length - 2] : path[path.length - 1]),
					title: label(path)
				});
				report({
					pointer: toPointer(place.path),
					message: t("field.tooLong", {
						field,
						length,
						limit,
						over: length - limit
					}),
					hint: t("field.tooLongHint")
				});
			}
		}
	};
}
function fixedRowsRule(tables) {
	return {
		id: "table/fixed-rows",
		severity: "error",
		description: "A table whose rows the form fixes has only those rows.",
		check(plan, { t, report }) {
			for (const info of tables) {
				const rows = resolvePath(plan, [...info.path, "rows"])[0]?.value ?? [];
				const allowed = info.spec.rows ?? [];
				const rowKey = info.spec.rowLabel?.key ?? "label";
				rows.forEach((row, index) => {
					const name = String(row[rowKey] ?? "");
					if (allowed.includes(name)) return;
					const suggestion = didYouMean(name, allowed);
					report({
						pointer: toPointer([
							...info.path,
							"rows",
							index,
							rowKey
						]),
						message: t("table.unknownRow", {
							row: name,
							table: info.id
						}),
						hint: suggestion ? t("schema.didYouMean", { suggestion }) : t("table.unknownRowHint", { rows: allowed.join(", ") })
					});
				});
			}
		}
	};
}
/** The values `plan init` writes: each field's starter, a table's form rows, a choice's first option left for the user. */
function starterOf(fields, lang) {
	const out = {};
	for (const [key, spec] of Object.entries(fields)) {
		if (spec.starter !== void 0 || spec.default !== void 0) {
			out[key] = spec.starter !== void 0 ? spec.starter : spec.default;
			continue;
		}
		if (spec.type === "table" && spec.rows?.length) {
			const rowKey = spec.rowLabel?.key ?? "label";
			out[key] = { rows: spec.rows.map((row) => ({ [rowKey]: row })) };
			continue;
		}
		const inner = subfields(spec, lang);
		if (inner) {
			const nested = starterOf(inner, lang);
			if (Object.keys(nested).length > 0) out[key] = nested;
		}
	}
	return out;
}
/** The figures in the reader's language (`lang`) where the kind gives labels per language, as a code kind's are. */
function summaryOf(file, plan, show, lang) {
	const figures = [];
	for (const entry of file.summary ?? []) {
		const labelText = localize(entry.label, lang) ?? "";
		if (entry.filled) {
			const filled = entry.filled.filter((text) => {
				const path = parseFieldPath(text);
				return path ? resolvePath(plan, path).some((place) => isFilled(place.value)) : false;
			}).length;
			figures.push({
				label: labelText,
				value: interpolate(dataKindMessages[lang]["summary.filledValue"], {
					filled,
					fields: entry.filled.length
				})
			});
		} else if (entry.count) {
			const path = parseFieldPath(entry.count);
			const value = path ? resolvePath(plan, path)[0]?.value : void 0;
			figures.push({
				label: labelText,
				value: Array.isArray(value) ? value.length : 0
			});
		} else if (entry.value) {
			const path = parseFieldPath(entry.value);
			const value = path ? resolvePath(plan, path)[0]?.value : void 0;
			if (value === void 0 || value === null) continue;
			const isPeriod = findSpec(file.fields, path, file.lang)?.type === "period" || typeof value === "object" && value !== null && "start" in value && "end" in value;
			figures.push({
				label: labelText,
				value: isPeriod ? formatPeriod(value, lang) : show(path, value)
			});
		}
	}
	return { figures };
}
/** The field paths that name a table's columns (`columns: { from: budget.years }`). */
function tableColumnSources(fields) {
	const found = [];
	const visit = (spec) => {
		const columns = spec.columns;
		if (spec.type === "table" && columns && "from" in columns && typeof columns.from === "string") {
			const path = parseFieldPath(columns.from);
			if (path) found.push(formatFieldPath(path));
		}
		if (spec.items) visit(spec.items);
		for (const child of Object.values(spec.fields ?? {})) visit(child);
	};
	for (const spec of Object.values(fields)) visit(spec);
	return found;
}
/**
* The message id a schema check is reported by, from its rule id: "kompetensstegen/methods-empty" is
* "kompetensstegen.methodsEmpty", which the checker turns back into the rule id. Undefined for an id
* the checker would file under another rule (amount/…, date/… are the schema's own).
*/
function atLeastOneMessageId(ruleId) {
	const [group, name] = ruleId.split("/");
	if (group === "amount" || group === "date") return void 0;
	return `${group}.${name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase())}`;
}
/** Filled in, as a form's reader sees it: a text with more than spaces, a list with an entry, any other value. */
function isFilled(value) {
	if (value === void 0 || value === null) return false;
	if (typeof value === "string") return /\S/.test(value);
	if (Array.isArray(value)) return value.length > 0;
	return true;
}
// dist/kinds/data/template-check.js
const BLOCKS_KEEPING_CONTEXT = /* @__PURE__ */ new Set(["if", "unless"]);
function unknownTemplateFields(source, fields, lang, helperNames) {
	const { parse } = createRequire(import.meta.url)("handlebars");
	const ast = parse(source);
	const problems = [];
	const root = {
		type: "group",
		fields: {
			...fields,
			kind: { type: "text" }
		}
	};
	const child = (context, segment) => {
		if (context === "unknown") return "unknown";
		if (/^\d+$/.test(segment) && context.type === "list") return context.items ?? "unknown";
		if (context.type === "list" && segment === "length") return { type: "integer" };
		const found = findSpec({ here: context }, ["here", segment], lang);
		if (found) return found;
		if (!subfields(context, lang) && context.type !== "table" && context.type !== "period") return "unknown";
	};
	const check = (path, stack) => {
		if (path.data) return;
		const head = path.parts[0];
		if (path.parts.length === 0 || head === void 0) return;
		if (head === "$kind") return;
		if (path.depth === 0 && path.parts.length === 1 && helperNames.has(head)) return;
		let context = stack[Math.max(0, stack.length - 1 - path.depth)] ?? "unknown";
		for (const segment of path.parts) {
			const next = child(context, segment);
			if (next === void 0) {
				const known = context !== "unknown" ? Object.keys(subfieldsOf(context, lang)) : [];
				const suggestion = known.find((k) => k.toLowerCase() === segment.toLowerCase()) ?? didYouMean(segment, known);
				problems.push({
					name: path.original,
					line: path.loc.start.line,
					column: path.loc.start.column + 1,
					...suggestion ? { suggestion } : {}
				});
				return;
			}
			context = next;
			if (context === "unknown") return;
		}
	};
	const contextOf = (expression, stack) => {
		if (expression.type !== "PathExpression") return "unknown";
		const path = expression;
		if (path.data) return "unknown";
		let context = stack[Math.max(0, stack.length - 1 - path.depth)] ?? "unknown";
		for (const segment of path.parts) {
			context = child(context, segment) ?? "unknown";
			if (context === "unknown") break;
		}
		return context;
	};
	const expressions = (node, stack) => {
		for (const param of node.params ?? []) visitExpression(param, stack);
		for (const pair of node.hash?.pairs ?? []) visitExpression(pair.value, stack);
	};
	const visitExpression = (expression, stack) => {
		if (expression.type === "PathExpression") check(expression, stack);
		else if (expression.type === "SubExpression") expressions(expression, stack);
	};
	const visitProgram = (program, stack) => {
		for (const statement of program?.body ?? []) if (statement.type === "MustacheStatement") {
			const mustache = statement;
			if (!(mustache.params.length > 0 || (mustache.hash?.pairs.length ?? 0) > 0)) visitExpression(mustache.path, stack);
			expressions(mustache, stack);
		} else if (statement.type === "BlockStatement") {
			const block = statement;
			const name = block.path.type === "PathExpression" ? block.path.original : "";
			expressions(block, stack);
			const subject = block.params[0];
			let inner;
			if (BLOCKS_KEEPING_CONTEXT.has(name)) inner = stack[stack.length - 1] ?? "unknown";
			else if (name === "each" && subject) {
				const list = contextOf(subject, stack);
				inner = list === "unknown" ? "unknown" : list.type === "list" ? list.items ?? "unknown" : "unknown";
			} else if (name === "with" && subject) inner = contextOf(subject, stack);
			else inner = "unknown";
			visitProgram(block.program, [...stack, inner]);
			visitProgram(block.inverse, BLOCKS_KEEPING_CONTEXT.has(name) ? [...stack, inner] : stack);
		}
	};
	visitProgram(ast, [root]);
	return problems;
}
function subfieldsOf(spec, lang) {
	if (spec.type === "table") return {
		rows: { type: "list" },
		total: { type: "group" }
	};
	if (spec.type === "period") return {
		start: { type: "date" },
		end: { type: "date" }
	};
	return subfields(spec, lang) ?? {};
}
// dist/kinds/data/load.js
const KIND_FILE = "kind.yaml";
const HELPER_NAMES = /* @__PURE__ */ new Set([...HELPER_NAMES$1, ...HANDLEBARS_BUILTINS]);
function loadKindFolder(folder, lang, shownAs = folder, { trusted = false } = {}) {
	const t = createTranslator(lang, kindFileMessages);
	const path = join(folder, KIND_FILE);
	const shown = join(shownAs, KIND_FILE);
	let bytes;
	try {
		bytes = readFileSync(path);
	} catch {
		return {
			ok: false,
			diagnostics: [{
				ruleId: "kind/not-found",
				severity: "error",
				message: t("kindFile.notAKind", { path: shownAs }),
				file: shown,
				pointer: "",
				line: 1,
				column: 1,
				endLine: 1,
				endColumn: 1
			}]
		};
	}
	const cached = trusted ? cachedKindFile(basename(resolve(folder)), bytes) : void 0;
	let loaded = cached === void 0 ? readPlanBytes(bytes, shown, t) : void 0;
	if (loaded && (!loaded.source || loaded.diagnostics.some((d) => d.severity === "error"))) return {
		ok: false,
		diagnostics: loaded.diagnostics.filter((d) => d.severity === "error")
	};
	const sourceOf = () => (loaded ??= readPlanBytes(bytes, shown, t)).source;
	const at = (problem) => ({
		file: shown,
		pointer: problem.pointer,
		...locate(sourceOf(), problem.pointer, problem.target)
	});
	const parsed = cached !== void 0 ? {
		success: true,
		data: cached
	} : trusted ? {
		success: true,
		data: sourceOf().data
	} : kindFileSchema.safeParse(sourceOf().data, { reportInput: true });
	if (!parsed.success) return {
		ok: false,
		diagnostics: describeIssues(parsed.error.issues, kindFileSchema, lang, t).map(({ ruleId, message, hint, pointer, target }) => ({
			ruleId: ruleId.replace(/^schema\//, "kind/"),
			severity: "error",
			message,
			...hint ? { hint } : {},
			...at({
				pointer,
				...target ? { target } : {}
			})
		}))
	};
	const file = parsed.data;
	const problems = [];
	if (file.id !== basename(resolve(folder))) problems.push({
		pointer: "/id",
		message: "kindFile.folderName",
		params: {
			id: file.id,
			folder: basename(resolve(folder))
		}
	});
	let module;
	if (file.module) {
		const loadedModule = file.module.startsWith(BUILTIN_PREFIX) ? builtinModule(file.module.slice(BUILTIN_PREFIX.length), t) : loadModule(resolve(folder, file.module), join(shownAs, file.module), t);
		if (typeof loadedModule === "string") problems.push({
			pointer: "/module",
			message: loadedModule
		});
		else module = loadedModule;
	}
	const compiled = compileKind(file, module ? { module } : {});
	problems.push(...compiled.problems);
	const templates = {};
	const declared = file.templates ?? {};
	for (const templateLang of LANGS) {
		const name = declared[templateLang] ?? (templateLang === file.lang ? `${templateLang}.md.hbs` : void 0);
		if (!name) continue;
		const templatePath = resolve(folder, name);
		if (!existsSync(templatePath)) {
			if (declared[templateLang]) problems.push({
				pointer: `/templates/${templateLang}`,
				message: "kindFile.noTemplate",
				params: { path: join(shownAs, name) }
			});
			continue;
		}
		templates[templateLang] = templatePath;
		if (trusted) continue;
		const templateShown = join(shownAs, name);
		let fieldProblems;
		try {
			fieldProblems = unknownTemplateFields(readFileSync(templatePath, "utf8"), file.fields, file.lang, HELPER_NAMES);
		} catch (error) {
			problems.push({
				pointer: declared[templateLang] ? `/templates/${templateLang}` : "/id",
				message: "kindFile.templateSyntax",
				params: {
					template: templateShown,
					reason: error.message.split("\n")[0] ?? ""
				}
			});
			continue;
		}
		const diagnostics = fieldProblems.map((problem) => ({
			ruleId: "kind/template-field",
			severity: "error",
			message: t("kindFile.templateField", {
				template: templateShown,
				name: problem.name,
				line: problem.line
			}),
			...problem.suggestion ? { hint: t("schema.didYouMean", { suggestion: problem.suggestion }) } : {},
			file: templateShown,
			pointer: "",
			line: problem.line,
			column: problem.column,
			endLine: problem.line,
			endColumn: problem.column + problem.name.length
		}));
		if (diagnostics.length > 0) return {
			ok: false,
			diagnostics: [...problemDiagnostics(problems, t, at), ...diagnostics]
		};
	}
	if (problems.length > 0) return {
		ok: false,
		diagnostics: problemDiagnostics(problems, t, at)
	};
	const example = resolve(folder, file.example ?? "example.yaml");
	return {
		ok: true,
		kind: {
			...compiled.kind,
			templates,
			folder: resolve(folder),
			...existsSync(example) ? { example } : {}
		},
		file
	};
}
function problemDiagnostics(problems, t, at) {
	return problems.map((problem) => ({
		ruleId: "kind/invalid",
		severity: "error",
		message: t(problem.message, problem.params ?? {}),
		...problem.hint ? { hint: t(problem.hint.message, problem.hint.params ?? {}) } : {},
		...at(problem)
	}));
}
let kindsCache;
/** A package kind's data as the build read it, when its kind file is byte for byte the one the build read. */
function cachedKindFile(id, bytes) {
	if (kindsCache === void 0) try {
		kindsCache = JSON.parse(readFileSync(join(PACKAGE_ROOT, "dist", "kinds-cache.json"), "utf8"));
	} catch {
		kindsCache = null;
	}
	const entry = kindsCache?.[id];
	return entry && entry.sha1 === createHash("sha1").update(bytes).digest("hex") ? structuredClone(entry.data) : void 0;
}
const BUILTIN_PREFIX = "plan:";
function builtinModule(name, t) {
	const found = Object.prototype.hasOwnProperty.call(BUILTIN_MODULES, name) ? BUILTIN_MODULES[name] : void 0;
	return found ? found() : t("kindFile.module", {
		path: BUILTIN_PREFIX + name,
		reason: "plan has no such module"
	});
}
/** The escape hatch: a module beside the kind file exporting `rules` in the library's rule shape. */
function loadModule(path, shown, t) {
	let exports;
	try {
		exports = createRequire(path)(path);
	} catch (error) {
		return t("kindFile.module", {
			path: shown,
			reason: error.message.split("\n")[0] ?? String(error)
		});
	}
	const found = exports.rules ?? exports.default?.rules;
	const rules = Array.isArray(found) ? found : void 0;
	const valid = rules?.every((rule) => rule && typeof rule === "object" && typeof rule.id === "string" && /^[a-z0-9-]+\/[a-z0-9-]+$/.test(rule.id) && (rule.severity === "error" || rule.severity === "warning") && typeof rule.check === "function");
	if (!rules || !valid) return t("kindFile.moduleShape", { path: shown });
	const messages = mergeMessages(...rules.filter((rule) => rule.messages).map((rule) => rule.messages));
	const summary = exports.summary ?? exports.default?.summary;
	return {
		rules: rules.map((rule) => ({
			id: rule.id,
			severity: rule.severity,
			description: String(rule.description ?? rule.id),
			...rule.help ? { help: String(rule.help) } : {},
			check: rule.check
		})),
		messages,
		...typeof summary === "function" ? { summary } : {}
	};
}
/** The kind folders below a folder named in `kinds:`: each subfolder with a kind.yaml. */
function kindFoldersIn(folder) {
	let entries;
	try {
		entries = readdirSync(folder);
	} catch {
		return [];
	}
	return entries.filter((name) => !name.startsWith(".")).map((name) => join(folder, name)).filter((path) => {
		try {
			return statSync(path).isDirectory() && existsSync(join(path, "kind.yaml"));
		} catch {
			return false;
		}
	}).sort();
}
function shownPath$1(path, cwd = process.cwd()) {
	const rel = relative(cwd, path);
	return rel && !rel.startsWith("..") ? rel : path;
}
// dist/kinds/registry.js
/** Where the package's own kinds defined as data are. */
const BUILTIN_KINDS_FOLDER = join(PACKAGE_ROOT, "kinds");
/**
* The kinds a plan may name: the package's own, then those in the folders a `.planrc.yaml` names
* (`kinds: [forms/]`), a later folder's kind taking the place of an earlier one with its id, so a
* project office can adapt a shipped form. A kind is read only when a plan names it, or when all
* are asked for (`plan kinds`, a configuration being checked).
*/
var KindRegistry = class {
	lang;
	folders = /* @__PURE__ */ new Map();
	sources;
	/** When each data kind's files last changed, as they were read: an edited kind file is read again. */
	stamps = /* @__PURE__ */ new Map();
	lookedAt = /* @__PURE__ */ new Map();
	loaded = /* @__PURE__ */ new Map();
	/** Problems in kind files read so far, by kind id. */
	problems = /* @__PURE__ */ new Map();
	constructor(sources = [], lang = "en", builtins = []) {
		this.lang = lang;
		this.sources = sources;
		for (const kind of builtins) this.loaded.set(kind.id, kind);
		this.scan();
	}
	scan() {
		for (const source of [BUILTIN_KINDS_FOLDER, ...this.sources]) for (const folder of kindFoldersIn(source)) {
			const id = basename(folder);
			if (this.folders.get(id) === folder) continue;
			this.folders.set(id, folder);
			this.loaded.delete(id);
		}
	}
	ids() {
		return [.../* @__PURE__ */ new Set([...this.loaded.keys(), ...this.folders.keys()])];
	}
	get(id) {
		const folder = this.folders.get(id);
		if (this.loaded.has(id) && (!folder || this.unchanged(id, folder))) return this.loaded.get(id);
		if (!folder) this.scan();
		const found = this.folders.get(id);
		if (!found) return this.loaded.get(id);
		this.stamps.set(id, stampOf(found));
		this.lookedAt.set(id, Date.now());
		const result = loadKindFolder(found, this.lang, shownPath$1(found), { trusted: dirname(found) === BUILTIN_KINDS_FOLDER });
		const kind = result.ok ? result.kind : void 0;
		if (result.ok) this.problems.delete(id);
		else this.problems.set(id, result.diagnostics);
		this.loaded.set(id, kind);
		return kind;
	}
	/** Looks at the kind folders' files again when each kind is next asked for: a new run may follow an edit. */
	refresh() {
		this.lookedAt.clear();
	}
	/** Whether a kind's files are as they were read; looked at no more than once a second, so a run of many plans pays nothing. */
	unchanged(id, folder) {
		const now = Date.now();
		if (now - (this.lookedAt.get(id) ?? 0) < 1e3) return true;
		this.lookedAt.set(id, now);
		return this.stamps.get(id) === stampOf(folder);
	}
	/** Every kind that loads; problems of those that do not are in `problems`. */
	all() {
		return this.ids().map((id) => this.get(id)).filter((kind) => kind !== void 0);
	}
	/** Every problem in every kind file, reading them all. */
	allProblems() {
		this.all();
		return [...this.problems.values()].flat();
	}
	/**
	* The problems of the kinds a configuration's own folders hold, reading only those: the package's
	* kinds are checked by its tests, and a run need not compile kinds its plans do not name.
	*/
	sourceProblems() {
		const own = new Set(this.sources.flatMap((source) => kindFoldersIn(source)));
		for (const [id, folder] of this.folders) if (own.has(folder)) {
			this.lookedAt.delete(id);
			this.get(id);
		}
		return [...this.problems].filter(([id]) => own.has(this.folders.get(id) ?? "")).flatMap(([, diagnostics]) => diagnostics);
	}
};
const registries = /* @__PURE__ */ new Map();
/** One registry per set of kind folders, so that a run of many plans reads each kind file once. */
function registryFor(sources = [], lang = "en") {
	const key = lang + "\0" + sources.join("\0");
	let registry = registries.get(key);
	if (!registry) registries.set(key, registry = new KindRegistry(sources, lang));
	return registry;
}
const builtinKinds = () => registryFor();
/** The kind folder's files' modification times: kind.yaml, its templates and its module alike. */
function stampOf(folder) {
	try {
		return readdirSync(folder).map((name) => `${name}:${statSync(join(folder, name)).mtimeMs}`).join("|");
	} catch {
		return "";
	}
}
function checkBytes(bytes, file, options = {}) {
	return guarded(file, options, (t) => readPlanBytes(bytes, file, t), () => guessKindLang(bytes, options.kinds ?? builtinKinds()));
}
/** The language of the kind named on a `kind:` line, so that even a broken plan is answered in it. */
function guessKindLang(content, kinds) {
	const head = typeof content === "string" ? content.slice(0, 4096) : Buffer.from(content.subarray(0, 4096)).toString("latin1");
	const match = /^kind:[ \t]*["']?([\w-]+)/m.exec(head);
	return match ? kinds.get(match[1])?.lang : void 0;
}
function guarded(file, options, load, guessLang) {
	const lang = options.lang ?? guessLang() ?? "en";
	try {
		return checkLoaded(load(createTranslator(lang)), file, options, lang);
	} catch (error) {
		return {
			file,
			lang,
			diagnostics: [{
				ruleId: "internal/error",
				severity: "error",
				message: createTranslator(lang)("internal.error", { reason: error instanceof Error ? error.message : String(error) }),
				file,
				pointer: "",
				...WHOLE_FILE
			}]
		};
	}
}
function checkLoaded(loaded, file, options, guessedLang) {
	const { source } = loaded;
	if (!source) return {
		file,
		lang: guessedLang,
		diagnostics: loaded.diagnostics,
		...loaded.text !== void 0 ? { text: loaded.text } : {}
	};
	const data = source.data;
	const diagnostics = [...loaded.diagnostics];
	const t0 = createTranslator(guessedLang, kindFileMessages);
	const registry = options.kinds ?? builtinKinds();
	const kindIds = registry.ids();
	const kindValue = Object.prototype.hasOwnProperty.call(data, "kind") ? data.kind : void 0;
	if (kindValue === void 0 || kindValue === null || kindValue === "") {
		diagnostics.push({
			ruleId: "plan/missing-kind",
			severity: "error",
			message: t0("plan.missingKind"),
			hint: t0("plan.kindsHint", { kinds: formatList(guessedLang, kindIds) }),
			file,
			pointer: "",
			...WHOLE_FILE
		});
		return {
			file,
			lang: guessedLang,
			diagnostics,
			source,
			text: source.text
		};
	}
	const kind = typeof kindValue === "string" ? registry.get(kindValue) : void 0;
	const broken = typeof kindValue === "string" ? registry.problems.get(kindValue)?.[0] : void 0;
	if (!kind && broken) {
		diagnostics.push({
			ruleId: "plan/kind-invalid",
			severity: "error",
			message: t0("plan.kindInvalid", {
				kind: String(kindValue),
				file: broken.file,
				line: broken.line,
				column: broken.column,
				problem: broken.message
			}),
			file,
			pointer: "/kind",
			...locate(source, "/kind")
		});
		return {
			file,
			lang: guessedLang,
			diagnostics,
			source,
			text: source.text
		};
	}
	if (!kind) {
		const named = typeof kindValue === "string" || typeof kindValue === "number" || typeof kindValue === "boolean";
		const suggestion = named ? didYouMean(String(kindValue), kindIds) : void 0;
		diagnostics.push({
			ruleId: "plan/unknown-kind",
			severity: "error",
			message: named ? t0("plan.unknownKind", { kind: String(kindValue) }) : t0("plan.kindNotAWord", { found: Array.isArray(kindValue) ? t0("type.array") : t0("type.object") }),
			hint: suggestion ? t0("schema.didYouMean", { suggestion }) : t0("plan.kindsHint", { kinds: formatList(guessedLang, kindIds) }),
			file,
			pointer: "/kind",
			...locate(source, "/kind")
		});
		return {
			file,
			lang: guessedLang,
			diagnostics,
			source,
			text: source.text
		};
	}
	const lang = options.lang ?? kind.lang;
	const t = createTranslator(lang, ...kind.messages ? [kind.messages] : []);
	const report = (ruleId, severity) => (problem) => {
		diagnostics.push({
			ruleId,
			severity,
			message: problem.message,
			...problem.hint ? { hint: problem.hint } : {},
			file,
			pointer: problem.pointer,
			...locate(source, problem.pointer, problem.target)
		});
	};
	let parsed = kind.schema.safeParse(data, { reportInput: true });
	if (!parsed.success) {
		for (const { ruleId, suggestion: _, ...problem } of describeIssues(parsed.error.issues, kind.schema, lang, t)) report(ruleId, "error")(problem);
		if (parsed.error.issues.every((issue) => issue.code === "unrecognized_keys")) parsed = kind.schema.safeParse(withoutKeys(data, parsed.error.issues), { reportInput: true });
	}
	if (!parsed.success) return finish({
		file,
		lang,
		kind,
		diagnostics,
		source,
		text: source.text
	});
	const plan = parsed.data;
	const run = (rules, value) => {
		for (const rule of rules) {
			const context = {
				lang,
				t,
				report: report(rule.id, rule.severity),
				locate: (pointer) => locate(source, pointer)
			};
			rule.check(value, context);
		}
	};
	run(kind.rules, plan);
	if (kind.budget) run(budgetRules, kind.budget(plan));
	return finish({
		file,
		lang,
		kind,
		diagnostics,
		source,
		text: source.text,
		plan
	});
}
function finish(result) {
	result.diagnostics.sort(compareDiagnostics);
	return result;
}
/** A copy of `data` without the keys zod did not recognise. */
function withoutKeys(data, issues) {
	const copy = structuredClone(data);
	for (const issue of issues) {
		let target = copy;
		for (const segment of issue.path) target = target?.[segment];
		if (target && typeof target === "object") for (const key of issue.keys ?? []) delete target[key];
	}
	return copy;
}
// dist/report/catalog.js
const FIX_YAML = "Correct the YAML at the reported line and column; an editor with YAML support shows the same place.";
const CORE_RULES = [
	...[
		[
			"ALIAS_PROPS",
			"An alias (*name) has an anchor or a tag of its own, which YAML does not allow.",
			FIX_YAML
		],
		[
			"BAD_ALIAS",
			"An alias (*name) refers to an anchor (&name) that is not defined before it.",
			"Define the anchor before the alias, or write the value out in full."
		],
		[
			"BAD_DIRECTIVE",
			"A %YAML or %TAG directive is not valid.",
			"Remove the directive; plans do not need directives.",
			"warning"
		],
		[
			"BAD_DQ_ESCAPE",
			"A \"double-quoted\" text contains a backslash escape that YAML does not know.",
			"Write \\\\ for a backslash, or put the text in single quotes."
		],
		[
			"BAD_INDENT",
			"The indentation does not match the lines around it.",
			"Indent the line with spaces to the level of its siblings."
		],
		[
			"BAD_PROP_ORDER",
			"An anchor or tag is not placed before the value it belongs to.",
			FIX_YAML
		],
		[
			"BAD_SCALAR_START",
			"A value starts with a character YAML reserves (such as @, `, | or >) without being quoted.",
			"Put the value in quotes."
		],
		[
			"BLOCK_AS_IMPLICIT_KEY",
			"A nested block is used as a key.",
			"Check for a missing \":\" or wrong indentation on the line above."
		],
		[
			"BLOCK_IN_FLOW",
			"Block syntax appears inside a [flow list] or {flow mapping}.",
			"Write the collection either as a block (one item per line) or in flow style ([a, b]), not both."
		],
		[
			"DUPLICATE_KEY",
			"The same key appears twice in one mapping.",
			"Remove or rename one of the two keys; YAML allows each key once."
		],
		[
			"IMPOSSIBLE",
			"The YAML reader reached a state it should not.",
			"This is a bug in the YAML reader; simplify the YAML around the position and report the file."
		],
		[
			"KEY_OVER_1024_CHARS",
			"A key is longer than 1024 characters.",
			"Check for a missing \":\" after a short key."
		],
		[
			"MISSING_CHAR",
			"A quote, bracket or brace is not closed.",
			"Close the quote or bracket that starts at the reported position."
		],
		[
			"MULTILINE_IMPLICIT_KEY",
			"A key spans several lines.",
			"Check for a missing \":\" or an unclosed quote on the line above."
		],
		[
			"MULTIPLE_ANCHORS",
			"A value has more than one anchor (&name).",
			"Keep one anchor."
		],
		[
			"MULTIPLE_DOCS",
			"Several documents were found where one was expected.",
			"Keep one document per file."
		],
		[
			"MULTIPLE_TAGS",
			"A value has more than one tag (!tag).",
			"Keep one tag."
		],
		[
			"NON_STRING_KEY",
			"A key is a list or mapping rather than a text.",
			"Use a plain text as the key."
		],
		[
			"RESOURCE_EXHAUSTION",
			"The document would take more resources to read than any plan needs.",
			"Remove the aliases or nesting that make the document grow."
		],
		[
			"TAB_AS_INDENT",
			"A tab character is used for indentation.",
			"Indent with spaces; YAML does not allow tabs for indentation."
		],
		[
			"TAG_RESOLVE_FAILED",
			"A value could not be read as its tag (!tag) says, or the tag is unknown.",
			"Remove the tag; plans do not need tags.",
			"warning"
		],
		[
			"UNEXPECTED_TOKEN",
			"Unexpected text where YAML expects something else.",
			FIX_YAML
		],
		[
			"BAD_COLLECTION_TYPE",
			"A collection tag does not fit the collection it is on.",
			"Remove the tag."
		]
	].map(([code, short, help, severity]) => [
		"yaml/" + code.toLowerCase().replace(/_/g, "-"),
		short,
		help,
		severity
	]),
	[
		"yaml/multiple-documents",
		"The file holds more than one YAML document (separated by \"---\").",
		"Remove the \"---\" that starts the second document, or put each plan in a file of its own."
	],
	[
		"yaml/alias-limit",
		"The file uses YAML aliases so often that reading it would expand it beyond any real plan.",
		"Write the values out instead of repeating them through aliases."
	],
	[
		"file/empty",
		"The file is empty or holds only comments.",
		"Start the plan with a line \"kind: <kind>\"; \"plan init <kind>\" writes a new plan."
	],
	[
		"file/too-large",
		"The file is larger than any real plan.",
		"Check that the right file is named; plans are small text files."
	],
	[
		"file/binary",
		"The file is not text: it contains a NUL byte.",
		"Check that the right file is named."
	],
	[
		"file/encoding",
		"The file is not UTF-8 text.",
		"Open the file in an editor and save it with the encoding UTF-8."
	],
	[
		"file/unreadable",
		"The file could not be read.",
		"Check that the file exists and that you may read it."
	],
	[
		"plan/missing-kind",
		"The plan does not say which kind of document it is (no \"kind:\" key).",
		"Add a first line \"kind: <kind>\"; \"plan kinds\" lists the kinds."
	],
	[
		"plan/unknown-kind",
		"The plan names a kind that this version of plan does not know.",
		"Use one of the kinds \"plan kinds\" lists; check the spelling."
	],
	[
		"plan/kind-invalid",
		"The plan names a kind whose kind file has a mistake, so the plan cannot be checked.",
		"Run \"plan kind check\" on the kind's folder and correct the kind file where it says."
	],
	[
		"plan/not-a-mapping",
		"The file holds a list or a single value, not a mapping of keys to values.",
		"A plan is a mapping: start it with \"kind: <kind>\" and add the form's fields as keys."
	],
	[
		"plan/unused-disable",
		"A \"# plan-disable-next-line\" comment disables a rule that reports nothing on the next line.",
		"Remove the comment, or the rule id that is no longer needed from it.",
		"warning"
	],
	[
		"plan/disable-missing-rule",
		"A \"# plan-disable-next-line\" comment names no rule.",
		"Name the rules to disable: \"# plan-disable-next-line budget/sum-mismatch\".",
		"warning"
	],
	[
		"plan/unknown-rule",
		"A \"# plan-disable-next-line\" comment names a rule that does not exist.",
		"Check the rule id's spelling; the rule id is printed beside each problem.",
		"warning"
	],
	[
		"schema/unknown-key",
		"A key that the kind's form does not have.",
		"Remove the key or correct its spelling; the message suggests the key you probably meant."
	],
	[
		"schema/required",
		"A field the form requires is missing.",
		"Add the field to the mapping the problem points at."
	],
	[
		"schema/invalid-type",
		"A value is of the wrong type (for example a list where a text is expected).",
		"Write the value as the field expects it: the message names the type (a text, a number, a list of entries, a mapping of keys); \"plan init <kind>\" shows every field's shape."
	],
	[
		"schema/invalid-value",
		"A value is not one of the values allowed.",
		"Use one of the values the message lists."
	],
	[
		"schema/invalid-format",
		"A value is not in the required format (an e-mail address, a web address, a date).",
		"Write the value in the format the message names, such as name@kommun.se for an e-mail address or https://… for a web address."
	],
	[
		"schema/too-small",
		"A list has too few entries, or a number is too small.",
		"Add the entries the form asks for, or raise the number to at least the least the message gives."
	],
	[
		"schema/too-big",
		"A list has too many entries, or a number is too large.",
		"Remove entries, or lower the number to at most the most the message gives."
	],
	[
		"schema/invalid",
		"A value is not valid for its field.",
		"Compare the value with the field's help (hover in an editor with the kind's schema, or \"plan init <kind>\") and correct it as the message says."
	],
	[
		"schema/invalid-amount",
		"An amount cannot be read exactly as whole currency units.",
		"Write whole units as digits (1835000) or grouped by spaces (\"1 835 000\"); never \"200.000\", which can be read two ways."
	],
	[
		"schema/invalid-date",
		"A date cannot be read.",
		"Write an ISO date (2008-05-15) or a form the plans use (\"april 2007\", \"hösten 2005\", \"Q3 2008\")."
	],
	[
		"field/empty-text",
		"A text field the form requires is empty.",
		"Write the text the form asks for."
	],
	[
		"field/email",
		"A field for an e-mail address holds something else.",
		"Write an e-mail address such as name@kommun.se."
	],
	[
		"field/out-of-range",
		"A number is outside the range the form allows (a kind file's min and max).",
		"Write a number within the range the message gives."
	],
	[
		"internal/error",
		"plan could not check the file because of an internal error.",
		"This is a bug in plan; please report it with the file."
	]
];
/** What to do about the budget model's problems (src/core/budget.ts), which every kind with a budget shares. */
const BUDGET_HELP = {
	"budget/sum-mismatch": "Write the sum the message gives, or correct the row that is wrong; \"plan budget <file>\" prints every computed sum beside the stated one.",
	"budget/balance": "Make the two totals agree: correct a row on either side, or the stated total the message names.",
	"budget/column-count": "Give the row one cell per column (use ~ for an empty cell), or leave the row's cells out.",
	"budget/derived-mismatch": "Write the figure the message gives, or correct the cells it is worked out from."
};
/** A rule's own help where it has none written: what it asks of the plan, said as what to do. */
function ownHelp(description) {
	return `Correct the plan where the message points so that this holds: ${description.replace(/\.$/, "")}.`;
}
const cache = /* @__PURE__ */ new WeakMap();
/**
* Every rule id the tool can report: the core's, and those of every registered kind (its rules, and
* the message ids its schema's refinements report), so that a new kind's rules appear here without
* anyone listing them again.
*/
function ruleCatalog(source = builtinKinds()) {
	const cached = cache.get(source);
	if (cached) return cached;
	const kinds = Array.isArray(source) ? source : source.all();
	const rules = /* @__PURE__ */ new Map();
	for (const [id, short, help, severity = "error"] of CORE_RULES) rules.set(id, {
		id,
		severity,
		short,
		full: short,
		help
	});
	for (const rule of budgetRules) rules.set(rule.id, {
		id: rule.id,
		severity: rule.severity,
		short: rule.description,
		full: rule.description,
		help: rule.help ?? BUDGET_HELP[rule.id] ?? ownHelp(rule.description)
	});
	const addKindRule = (kind, id, severity, description, help, helpUri) => {
		const known = rules.get(id);
		if (known) {
			if (known.kinds && !known.kinds.includes(kind.id)) known.kinds.push(kind.id);
			return;
		}
		rules.set(id, {
			id,
			severity,
			short: description,
			full: description,
			help: help ?? ownHelp(description),
			...helpUri ? { helpUri } : {},
			kinds: [kind.id]
		});
	};
	for (const kind of kinds) {
		for (const rule of kind.rules) addKindRule(kind, rule.id, rule.severity, rule.description, rule.help, rule.helpUri);
		const english = createTranslator("en", ...kind.messages ? [kind.messages] : []);
		for (const messageId of refinementMessageIds(kind.schema)) {
			const text = english(messageId);
			if (text === messageId) continue;
			addKindRule(kind, ruleIdFor(messageId), "error", describeMessage(text));
		}
	}
	for (const rule of rules.values()) if (rule.kinds) rule.full = `${rule.short} Checked in plans of kind ${rule.kinds.join(", ")}.`;
	const list = [...rules.values()].sort((a, b) => a.id.localeCompare(b.id));
	cache.set(source, list);
	return list;
}
/** A message as a rule's description: "{field}: the project lasts at least one month." → "The project lasts at least one month." */
function describeMessage(text) {
	const general = text.replace(/^\{\w+\}:\s*/, "").replace(/\{\w+\}/g, "…");
	return general.charAt(0).toUpperCase() + general.slice(1);
}
const defOf$1 = (value) => value?._zod?.def;
/**
* The message ids a schema's own refinements and checks carry (`refine(f, { message: 'x.y' })`,
* `z.email({ message: 'field.email' })`): each becomes a rule id through the checker's ruleIdFor.
* zod keeps a fixed message as a function without parameters in `def.error`.
*/
function refinementMessageIds(schema) {
	const ids = /* @__PURE__ */ new Set();
	const seen = /* @__PURE__ */ new Set();
	const messageOf = (def) => {
		if (typeof def?.error !== "function") return;
		try {
			const message = def.error();
			if (typeof message === "string") ids.add(message);
		} catch {}
	};
	const visit = (node) => {
		const def = defOf$1(node);
		if (!def || seen.has(node)) return;
		seen.add(node);
		messageOf(def);
		for (const check of def.checks ?? []) messageOf(defOf$1(check));
		for (const key of [
			"innerType",
			"in",
			"out",
			"element",
			"valueType",
			"keyType",
			"left",
			"right",
			"rest"
		]) visit(def[key]);
		for (const key of ["options", "items"]) if (Array.isArray(def[key])) def[key].forEach(visit);
		if (def.shape && typeof def.shape === "object") Object.values(def.shape).forEach(visit);
		if (def.type === "lazy" && typeof def.getter === "function") visit(def.getter());
	};
	visit(schema);
	return ids;
}
// dist/config/inline.js
const DIRECTIVE = /^([ \t]*#[ \t]*)plan-disable-next-line(?=$|[ \t])(.*)$/;
/**
* `# plan-disable-next-line <rule-id>[, <rule-id>…] [-- why]` on a line of its own removes those
* rules' problems from the next line. A comment that names no rule, an unknown rule, or a rule with
* nothing to remove is itself reported as a warning, so that stale comments do not pile up.
*/
function applyDisableComments(diagnostics, options) {
	const { text, file, t } = options;
	if (!text.includes("plan-disable-next-line")) return [...diagnostics];
	const insideText = textRanges(options.doc);
	let knownIds;
	const reported = new Set(diagnostics.map((d) => d.ruleId));
	const isKnown = (id) => reported.has(id) || (knownIds ??= new Set(options.ruleIds())).has(id);
	const removed = /* @__PURE__ */ new Set();
	const added = [];
	let offset = 0;
	text.split("\n").forEach((line, index) => {
		const lineStart = offset;
		offset += line.length + 1;
		const match = DIRECTIVE.exec(line.replace(/\r$/, ""));
		if (!match || insideText.some(([start, end]) => lineStart >= start && lineStart < end)) return;
		const lineNumber = index + 1;
		const idsStart = match[1].length + 22;
		const ids = [...match[2].split(/[ \t]--(?:[ \t]|$)/)[0].matchAll(/[^\s,]+/g)].map((m) => ({
			id: m[0],
			column: idsStart + m.index + 1
		}));
		const at = (column, length) => ({
			file,
			pointer: "",
			line: lineNumber,
			column,
			endLine: lineNumber,
			endColumn: column + length
		});
		if (ids.length === 0) {
			added.push({
				ruleId: "plan/disable-missing-rule",
				severity: "warning",
				message: t("inline.missingRule"),
				hint: t("inline.missingRuleHint"),
				...at(line.indexOf("#") + 1, line.trimEnd().length - line.indexOf("#"))
			});
			return;
		}
		for (const { id, column } of ids) {
			if (!isKnown(id)) {
				const suggestion = didYouMean(id, knownIds ?? new Set(options.ruleIds()));
				added.push({
					ruleId: "plan/unknown-rule",
					severity: "warning",
					message: t("inline.unknownRule", { rule: id }),
					...suggestion ? { hint: t("schema.didYouMean", { suggestion }) } : {},
					...at(column, id.length)
				});
				continue;
			}
			const hits = diagnostics.filter((d) => d.line === lineNumber + 1 && d.ruleId === id);
			if (hits.length === 0) added.push({
				ruleId: "plan/unused-disable",
				severity: "warning",
				message: t("inline.unused", { rule: id }),
				hint: t("inline.unusedHint", { rule: id }),
				...at(column, id.length)
			});
			for (const hit of hits) removed.add(hit);
		}
	});
	return [...diagnostics.filter((d) => !removed.has(d)), ...added];
}
/** Offsets covered by block texts (| and >) and multi-line quoted texts, where a "#" line is text. */
function textRanges(doc) {
	const ranges = [];
	if (!doc) return ranges;
	(0, import_dist.visit)(doc, { Scalar(_, node) {
		if ((0, import_dist.isScalar)(node) && node.range && node.type !== "PLAIN") ranges.push([node.range[0], node.range[1]]);
	} });
	return ranges;
}
// dist/config/messages.js
/** What configuration files and `# plan-disable-next-line` comments make plan say. */
const configMessages = {
	en: {
		"config.notMapping": "A configuration file is a mapping with the keys rules, lang and ignore; this file is not.",
		"config.unknownRule": "Unknown rule \"{rule}\".",
		"config.ruleIdsHint": "Rule ids are printed beside each problem plan reports, for example budget/sum-mismatch.",
		"config.problem": "{file}:{line}:{column}: {message}",
		"config.invalid": "plan: the configuration file {path} is not valid, so no plan was checked.",
		"config.kindsInvalid": "plan: a kind that {path} names has mistakes in its kind file, so no plan was checked; \"plan kind check <folder>\" checks a kind alone.",
		"config.notFound": "plan: no such configuration file: {path}",
		"config.unreadable": "plan: cannot read the configuration file {path}: {reason}",
		"inline.missingRule": "The comment \"plan-disable-next-line\" names no rule, so it disables nothing.",
		"inline.missingRuleHint": "Name the rules to disable, for example \"# plan-disable-next-line budget/sum-mismatch\".",
		"inline.unknownRule": "The comment \"plan-disable-next-line\" names the unknown rule \"{rule}\".",
		"inline.unused": "The comment disables \"{rule}\", but that rule reports nothing on the next line.",
		"inline.unusedHint": "Remove \"{rule}\" from the comment, or the comment itself."
	},
	sv: {
		"config.notMapping": "En konfigurationsfil består av nycklarna rules, lang och ignore med värden; det gör inte den här filen.",
		"config.unknownRule": "Okänd regel \"{rule}\".",
		"config.ruleIdsHint": "Regelns id står bredvid varje problem som plan rapporterar, till exempel budget/sum-mismatch.",
		"config.problem": "{file}:{line}:{column}: {message}",
		"config.invalid": "plan: konfigurationsfilen {path} är inte giltig, så ingen plan kontrollerades.",
		"config.kindsInvalid": "plan: ett slag som {path} anger har fel i sin slagfil, så ingen plan kontrollerades; \"plan kind check <mapp>\" kontrollerar ett slag för sig.",
		"config.notFound": "plan: konfigurationsfilen finns inte: {path}",
		"config.unreadable": "plan: kan inte läsa konfigurationsfilen {path}: {reason}",
		"inline.missingRule": "Kommentaren \"plan-disable-next-line\" nämner ingen regel och stänger därför inte av något.",
		"inline.missingRuleHint": "Ange reglerna som ska stängas av, till exempel \"# plan-disable-next-line budget/sum-mismatch\".",
		"inline.unknownRule": "Kommentaren \"plan-disable-next-line\" nämner den okända regeln \"{rule}\".",
		"inline.unused": "Kommentaren stänger av \"{rule}\", men den regeln rapporterar inget på nästa rad.",
		"inline.unusedHint": "Ta bort \"{rule}\" ur kommentaren, eller hela kommentaren."
	},
	nb: {
		"config.notMapping": "En konfigurasjonsfil består av nøklene rules, lang og ignore med verdier; det gjør ikke denne filen.",
		"config.unknownRule": "Ukjent regel \"{rule}\".",
		"config.ruleIdsHint": "Regelens id står ved siden av hvert problem plan rapporterer, for eksempel budget/sum-mismatch.",
		"config.problem": "{file}:{line}:{column}: {message}",
		"config.invalid": "plan: konfigurasjonsfilen {path} er ikke gyldig, så ingen plan ble kontrollert.",
		"config.kindsInvalid": "plan: en type som {path} oppgir, har feil i typefilen, så ingen plan ble kontrollert; \"plan kind check <mappe>\" kontrollerer en type alene.",
		"config.notFound": "plan: konfigurasjonsfilen finnes ikke: {path}",
		"config.unreadable": "plan: kan ikke lese konfigurasjonsfilen {path}: {reason}",
		"inline.missingRule": "Kommentaren \"plan-disable-next-line\" nevner ingen regel og slår derfor ikke av noe.",
		"inline.missingRuleHint": "Oppgi reglene som skal slås av, for eksempel \"# plan-disable-next-line budget/sum-mismatch\".",
		"inline.unknownRule": "Kommentaren \"plan-disable-next-line\" nevner den ukjente regelen \"{rule}\".",
		"inline.unused": "Kommentaren slår av \"{rule}\", men den regelen rapporterer ingenting på neste linje.",
		"inline.unusedHint": "Fjern \"{rule}\" fra kommentaren, eller hele kommentaren."
	}
};
// dist/config/apply.js
/** A configuration's severities: `off` drops a rule's problems, `warning` and `error` set their severity. */
function applyRuleSettings(diagnostics, rules) {
	const out = [];
	for (const d of diagnostics) {
		const setting = Object.prototype.hasOwnProperty.call(rules, d.ruleId) ? rules[d.ruleId] : void 0;
		if (setting === "off") continue;
		out.push(setting && setting !== d.severity ? {
			...d,
			severity: setting
		} : d);
	}
	return out;
}
/**
* The problems a user sees for a checked file: its configuration's severities, then its
* `# plan-disable-next-line` comments, whose own warnings the configuration governs too.
* Rules stay pure: none of them knows about configuration.
*/
function settle(result, rules = {}, kinds) {
	let diagnostics = applyRuleSettings(result.diagnostics, rules);
	if (result.text !== void 0) {
		diagnostics = applyDisableComments(diagnostics, {
			file: result.file,
			text: result.text,
			...result.source ? { doc: result.source.doc } : {},
			ruleIds: () => ruleCatalog(kinds).map((rule) => rule.id),
			t: createTranslator(result.lang, configMessages)
		});
		diagnostics = applyRuleSettings(diagnostics, rules);
	}
	return diagnostics.sort(compareDiagnostics);
}
// dist/config/schema.js
var import_ignore = /* @__PURE__ */ __toESM((/* @__PURE__ */ __commonJSMin(((exports, module) => {
	function makeArray(subject) {
		return Array.isArray(subject) ? subject : [subject];
	}
	const UNDEFINED = void 0;
	const EMPTY = "";
	const SPACE = " ";
	const ESCAPE = "\\";
	const REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
	const BOM = "﻿";
	const REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
	const REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
	const REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
	const REGEX_SPLITALL_CRLF = /\r?\n/g;
	const DOUBLE_SLASH = "//";
	const SLASH_CODE = 47;
	const DOT_CODE = 46;
	const SLASH = "/";
	let TMP_KEY_IGNORE = "node-ignore";
	/* istanbul ignore else */
	if (typeof Symbol !== "undefined") TMP_KEY_IGNORE = Symbol.for("node-ignore");
	const KEY_IGNORE = TMP_KEY_IGNORE;
	const define = (object, key, value) => {
		Object.defineProperty(object, key, { value });
		return value;
	};
	const RETURN_FALSE = () => false;
	const POSIX_CLASSES = {
		alnum: "0-9A-Za-z",
		alpha: "A-Za-z",
		blank: " \\t",
		cntrl: "\\x00-\\x1f\\x7f",
		digit: "0-9",
		graph: "!-.0-~",
		lower: "a-z",
		print: " -.0-~",
		punct: "!-.:-@\\[-`{-~",
		space: " \\t\\n\\r",
		upper: "A-Z",
		xdigit: "0-9A-Fa-f"
	};
	const CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
	const escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
	const NON_SLASH = "(?!\\/)";
	const classSource = (negated, body) => {
		if (negated) return `[^\\/${body}]`;
		const source = `[${body}]`;
		return new RegExp(source).test("/") ? NON_SLASH + source : source;
	};
	const scanBracket = (pattern, start) => {
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
		for (;;) {
			const char = pattern[index];
			if (char === UNDEFINED) return null;
			if (char === ESCAPE) {
				const escaped = pattern[++index];
				body += escapeMember(escaped);
				prev = escaped;
			} else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
				index++;
				let to = pattern[index];
				if (to === ESCAPE) to = pattern[index += 1];
				if (prev <= to) body += `-${escapeMember(to)}`;
				prev = EMPTY;
			} else if (char === "[" && pattern[index + 1] === ":") {
				const nameStart = index + 2;
				let end = nameStart;
				while (end < length && pattern[end] !== "]") end++;
				if (end === length) return null;
				if (end > nameStart && pattern[end - 1] === ":") {
					const name = pattern.slice(nameStart, end - 1);
					if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) return null;
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
			if (pattern[index] === "]") return {
				end: index,
				source: classSource(negated, body)
			};
		}
	};
	const NEVER_MATCH = "[]";
	const PLACEHOLDER = "\0";
	const REGEX_RESTORE_PLACEHOLDER = new RegExp(`${PLACEHOLDER}(\\d+)${PLACEHOLDER}`, "g");
	const TRAILING_WILDCARD = "";
	const TRAILING_DOUBLESTAR = "";
	const isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
	const extractBrackets = (pattern) => {
		const sources = [];
		const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
		const { length } = pattern;
		let out = EMPTY;
		let index = 0;
		while (index < length) {
			const char = pattern[index];
			if (char === ESCAPE) {
				const escaped = pattern[index + 1];
				if (escaped === SLASH && index + 2 === length) out += hold(NEVER_MATCH);
				else if (escaped === "*" || escaped === "[" || escaped === SPACE) out += pattern.slice(index, index + 2);
				else out += hold(REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped);
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
	const DIRECT = null;
	const REGEX_INNER_SLASH = /\/(?!$)/;
	const WILDCARD = "[^\\/]*";
	const REPLACERS = [
		[
			/(\\+)( ?)/g,
			(_, run, space) => space ? run.slice(0, run.length - run.length % 2) + SPACE : run,
			"\\ "
		],
		[
			/(^|\/)\*{3,}(?=\/|$)/g,
			(_, start) => `${start}**`,
			"*"
		],
		[/[\\$.|*+(){^]/g, (match) => `\\${match}`],
		[
			/(?!\\)\?/g,
			() => "[^/]",
			"?"
		],
		[
			/^\//,
			() => "^",
			SLASH
		],
		[
			/\//g,
			() => "\\/",
			SLASH
		],
		[
			/^\^*(?:\\\*\\\*\\\/)+/,
			() => "(?:^|\\/)",
			"*"
		],
		[DIRECT, (source, pattern) => {
			if (!source || source[0] === "^" || source[0] === "(") return source;
			return (!REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^") + source;
		}],
		[
			/\\\/\\\*\\\*(?=\\\/|$)/g,
			(_, index, str) => index + 6 < str.length ? str.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
			"*"
		],
		[
			/(^|[^\\])(?:\\\*)+(?!$)/g,
			(_, p1) => p1 + WILDCARD,
			"*"
		],
		[
			/(^|[^\\])((?:\\\\)*)\\\*$/,
			(match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
			"*"
		],
		[
			/\\\\\\(?=[$.|*+(){^])/g,
			() => ESCAPE,
			"\\\\"
		],
		[
			/\\\\/g,
			() => ESCAPE,
			"\\\\"
		],
		[
			/\\\[([^\]/]*?)($|\])/g,
			(match, range, close) => `\\[${range}${close}`,
			"["
		],
		[DIRECT, (source) => {
			const last = source[source.length - 1];
			if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) return source;
			return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
		}]
	];
	const REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
	const MODE_IGNORE = "regex";
	const MODE_CHECK_IGNORE = "checkRegex";
	const replaceTrailingWildcard = (_, p1) => {
		return `${p1 ? `${p1}[^/]+` : "[^/]*"}(?=$|\\/$)`;
	};
	const REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
	const replaceTrailingDoublestar = () => "[\\s\\S]";
	const separatorAfter = (run, at) => {
		let separator = EMPTY;
		for (let index = at + 1; index < run.length && !run[index].wildcard; index++) separator += run[index].single;
		return separator;
	};
	const pinWildcards = (source) => {
		if (source.indexOf(WILDCARD) < 0) return source;
		const tokens = [];
		const { length } = source;
		let index = 0;
		while (index < length) {
			const char = source[index];
			if (source.startsWith(WILDCARD, index)) {
				tokens.push({ wildcard: true });
				index += 6;
			} else if (char === "[") {
				let end = index + 1;
				if (source[end] === "^") end++;
				if (source[end] === "]") end++;
				while (end < length && source[end] !== "]") end += source[end] === ESCAPE ? 2 : 1;
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
					if (source[end] === ESCAPE) end++;
					else if (source[end] === "(") depth++;
					else if (source[end] === ")") depth--;
					end++;
				} while (end < length && depth > 0);
				if ("*+?".indexOf(source[end]) >= 0) end++;
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
			run.forEach((token, at) => {
				if (token.wildcard) lastWildcard = at;
			});
			run.forEach((token, at) => {
				if (!token.wildcard) {
					out += token.single;
					return;
				}
				out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at)})[^\\/])*`;
			});
			run = [];
		};
		tokens.forEach((token) => {
			if (token.boundary === void 0) {
				run.push(token);
				return;
			}
			flush();
			out += token.boundary;
		});
		flush();
		return out;
	};
	const makeRegexPrefix = (pattern) => {
		if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) pattern = "**";
		const { source, sources } = extractBrackets(pattern);
		const replaced = REPLACERS.reduce((prev, [matcher, replacer, required]) => {
			if (matcher === DIRECT) return replacer(prev, pattern);
			if (required !== UNDEFINED && prev.indexOf(required) < 0) return prev;
			return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
		}, source);
		return sources.length ? replaced.replace(REGEX_RESTORE_PLACEHOLDER, (match, index) => sources[index]) : replaced;
	};
	const checkSourceOf = (body, prefix) => {
		if (body[body.length - 1] === SLASH) prefix = makeRegexPrefix(body.slice(0, -1));
		const head = prefix.slice(0, -1);
		const last = prefix[prefix.length - 1];
		return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
	};
	const matchesBasename = (body) => {
		const index = body.indexOf(SLASH);
		return index < 0 || index === body.length - 1;
	};
	const basenameOf = (path) => {
		const end = path.length - 1;
		const index = path.lastIndexOf(SLASH, path[end] === SLASH ? end - 1 : end);
		return index < 0 ? path : path.slice(index + 1);
	};
	const parentOf = (path) => {
		if (path.charCodeAt(0) === SLASH_CODE || path.indexOf(DOUBLE_SLASH) >= 0) {
			const slices = path.split(SLASH).filter(Boolean);
			slices.pop();
			return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
		}
		const end = path.length - 1;
		const cut = path.lastIndexOf(SLASH, path.charCodeAt(end) === SLASH_CODE ? end - 1 : end);
		return cut < 0 ? EMPTY : path.slice(0, cut + 1);
	};
	const isString = (subject) => typeof subject === "string";
	const checkPattern = (pattern) => pattern && isString(pattern);
	const splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
	var IgnoreRule = class {
		constructor(pattern, mark, body, ignoreCase, negative, prefix) {
			this.pattern = pattern;
			this.mark = mark;
			this.negative = negative;
			define(this, "body", body);
			define(this, "ignoreCase", ignoreCase);
			define(this, "regexPrefix", prefix);
		}
		get _basenameOnly() {
			return define(this, "_basenameOnly", matchesBasename(this.body));
		}
		get regex() {
			const key = "_regex";
			if (this[key]) return this[key];
			return this._make(MODE_IGNORE, key);
		}
		get checkRegex() {
			const key = "_checkRegex";
			if (this[key]) return this[key];
			return this._make(MODE_CHECK_IGNORE, key);
		}
		_make(mode, key) {
			const str = pinWildcards(mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix));
			const regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
			return define(this, key, regex);
		}
	};
	const hasTrailingBackslash = (str) => {
		let count = 0;
		while (str[str.length - count - 1] === ESCAPE) count++;
		return count % 2 === 1;
	};
	const trimEnd = (body, stripLineEnd) => {
		let lineEnd = body.length;
		let end;
		for (;;) {
			if (stripLineEnd && body[lineEnd - 1] === "\r") lineEnd--;
			end = lineEnd;
			while (body[end - 1] === SPACE) end--;
			if (!stripLineEnd || body[end - 1] !== "\n") break;
			lineEnd = end - 1;
		}
		if (end === lineEnd) return body.slice(0, lineEnd);
		let backslashes = 0;
		while (body[end - backslashes - 1] === ESCAPE) backslashes++;
		return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
	};
	const createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
		let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
		if (body[0] === "#") return;
		let negative = false;
		if (body[0] === "!") {
			negative = true;
			body = body.slice(1);
		}
		const last = body[body.length - 1];
		if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) body = trimEnd(body, stripLineEnd);
		if (!body || hasTrailingBackslash(body)) return;
		body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
		const regexPrefix = makeRegexPrefix(body);
		return new IgnoreRule(pattern, mark, body, ignoreCase, negative, regexPrefix);
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
			const rule = checkPattern(raw) && createRule(raw, isStr ? UNDEFINED : pattern.mark, this._ignoreCase, !this._split, this._stripBOM && !index);
			if (rule) {
				this._added = true;
				this._rules.push(rule);
				if (matchesBasename(rule.body)) this._basenameCount++;
			}
		}
		add(pattern) {
			this._added = false;
			this._split = isString(pattern);
			this._stripBOM = !this._split || pattern[0] === BOM;
			makeArray(this._split ? splitPattern(pattern) : pattern).forEach(this._add, this);
			if (this._added) this._literalRules = UNDEFINED;
			return this._added;
		}
		testLiteral(path) {
			const rules = this._literalRules || (this._literalRules = this._rules.filter(({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"));
			let ignored = false;
			let unignored = false;
			let matchedRule;
			for (let index = rules.length - 1; index >= 0; index--) {
				const rule = rules[index];
				if (rule.checkRegex.test(path)) {
					ignored = !rule.negative;
					unignored = rule.negative;
					matchedRule = rule.negative ? UNDEFINED : rule;
					break;
				}
			}
			const ret = {
				ignored,
				unignored
			};
			if (matchedRule) ret.rule = matchedRule;
			return ret;
		}
		test(path, mode) {
			const rules = this._rules;
			const { length } = rules;
			const shortcut = this._basenameCount * 2 >= length;
			const basename = shortcut ? basenameOf(path) : path;
			for (let index = length - 1; index >= 0; index--) {
				const rule = rules[index];
				if (rule[mode].test(shortcut && rule._basenameOnly ? basename : path)) {
					const { negative } = rule;
					const ret = {
						ignored: !negative,
						unignored: negative
					};
					if (!negative) ret.rule = rule;
					return ret;
				}
			}
			return {
				ignored: false,
				unignored: false
			};
		}
	};
	const throwError = (message, Ctor) => {
		throw new Ctor(message);
	};
	const checkPath = (path, originalPath, doThrow) => {
		if (!isString(path)) return doThrow(`path must be a string, but got \`${originalPath}\``, TypeError);
		if (!path) return doThrow(`path must not be empty`, TypeError);
		if (checkPath.isNotRelative(path)) return doThrow(`path should be a \`path.relative()\`d string, but got "${originalPath}"`, RangeError);
		return true;
	};
	const isNotRelative = (path) => {
		const first = path.charCodeAt(0);
		if (first === SLASH_CODE) return true;
		if (first !== DOT_CODE) return false;
		if (path.length === 1) return true;
		const second = path.charCodeAt(1);
		if (second === SLASH_CODE) return true;
		if (second !== DOT_CODE) return false;
		return path.length === 2 || path.charCodeAt(2) === SLASH_CODE;
	};
	checkPath.isNotRelative = isNotRelative;
	/* istanbul ignore next */
	checkPath.convert = (p) => p;
	const convertPath = (target) => isString(target) && checkPath.convert(target);
	var Ignore = class {
		constructor({ ignorecase = true, ignoreCase = ignorecase, allowRelativePaths = false } = {}) {
			define(this, KEY_IGNORE, true);
			this._rules = new RuleManager(ignoreCase);
			this._strictPathCheck = !allowRelativePaths;
			this._initCache();
		}
		_initCache() {
			this._ignoreCache = Object.create(null);
			this._testCache = Object.create(null);
		}
		add(pattern) {
			if (this._rules.add(pattern)) this._initCache();
			return this;
		}
		addPattern(pattern) {
			return this.add(pattern);
		}
		_test(originalPath, cache, path) {
			checkPath(path, originalPath, this._strictPathCheck ? throwError : RETURN_FALSE);
			return path ? this._t(path, cache) : {
				ignored: false,
				unignored: false
			};
		}
		checkIgnore(target) {
			const path = convertPath(target);
			if (!path || path.charCodeAt(path.length - 1) !== SLASH_CODE) return this._test(target, this._testCache, path);
			const dir = this._t(path, this._testCache);
			if (dir.ignored) return dir;
			const literal = this._rules.testLiteral(path);
			return literal.ignored || literal.unignored ? literal : dir;
		}
		_t(path, cache) {
			if (path in cache) return cache[path];
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
		test(path) {
			return this._test(path, this._testCache, convertPath(path));
		}
	};
	const factory = (options) => new Ignore(options);
	const isPathValid = (path) => checkPath(convertPath(path), path, RETURN_FALSE);
	/* istanbul ignore next */
	const setupWindows = () => {
		const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
		checkPath.convert = makePosix;
		const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
		checkPath.isNotRelative = (path) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path) || isNotRelative(path);
	};
	/* istanbul ignore next */
	if (typeof process !== "undefined" && process.platform === "win32") setupWindows();
	module.exports = factory;
	factory.default = factory;
	module.exports.isPathValid = isPathValid;
	define(module.exports, Symbol.for("setupWindows"), setupWindows);
})))(), 1);
/** `.planrc.yaml`: strict, so that a misspelt key is an error with a suggestion rather than silently ignored. */
const configSchema = strictObject$1({
	rules: record(string(), _enum([
		"off",
		"warning",
		"error"
	])).optional().meta({ description: "How each rule is reported, by rule id: off, warning or error." }),
	lang: _enum(LANGS).optional().meta({ description: "The language of messages: sv, nb or en." }),
	ignore: array(string()).optional().meta({ description: "Files and folders not to check, as .gitignore patterns relative to this file's folder." }),
	kinds: array(string()).optional().meta({ description: "Folders of kinds of this repository's own, relative to this file's folder: each subfolder holds a kind.yaml (see docs/kinds.md)." })
}).meta({ description: "Settings for plan validate in this folder and the folders below it." });
// dist/config/load.js
const CONFIG_FILE = ".planrc.yaml";
/**
* A configuration file read and checked as strictly as a plan: YAML errors, unknown keys (with a
* suggestion), wrong values and unknown rule ids are problems at their line and column, in `lang`.
*/
function parseConfig(bytes, path, lang) {
	const t = createTranslator(lang, configMessages, kindFileMessages);
	const absolute = resolve(path);
	const empty = {
		path: absolute,
		folder: dirname(absolute),
		rules: {},
		ignore: [],
		kinds: []
	};
	const loaded = readPlanBytes(bytes, path, t);
	if (loaded.diagnostics.length === 1 && loaded.diagnostics[0].ruleId === "file/empty") return {
		ok: true,
		config: empty
	};
	if (!loaded.source || loaded.diagnostics.some((d) => d.severity === "error")) return {
		ok: false,
		diagnostics: loaded.diagnostics.map((d) => withoutHint(d.ruleId === "plan/not-a-mapping" ? {
			...d,
			message: t("config.notMapping")
		} : d)).filter((d) => d.severity === "error")
	};
	const source = loaded.source;
	const at = (pointer, target) => ({
		file: path,
		pointer,
		...locate(source, pointer, target)
	});
	const parsed = configSchema.safeParse(source.data, { reportInput: true });
	if (!parsed.success) return {
		ok: false,
		diagnostics: describeIssues(parsed.error.issues, configSchema, lang, t).map(({ ruleId, message, hint, pointer, target }) => ({
			ruleId,
			severity: "error",
			message,
			...hint ? { hint } : {},
			...at(pointer, target)
		}))
	};
	const diagnostics = [];
	const kindFolders = (parsed.data.kinds ?? []).map((folder) => resolve(dirname(absolute), folder));
	kindFolders.forEach((folder, index) => {
		if (isFolder(folder)) return;
		diagnostics.push({
			ruleId: "config/kinds-folder",
			severity: "error",
			message: t("kindFile.folderMissing", {
				path: parsed.data.kinds[index],
				config: CONFIG_FILE
			}),
			...at(toPointer(["kinds", index]))
		});
	});
	if (diagnostics.length > 0) return {
		ok: false,
		diagnostics
	};
	const registry = registryFor(kindFolders, lang);
	registry.refresh();
	const known = Object.keys(parsed.data.rules ?? {}).length > 0 ? ruleCatalog(registry).map((rule) => rule.id) : [];
	for (const rule of Object.keys(parsed.data.rules ?? {})) {
		if (known.includes(rule)) continue;
		const suggestion = didYouMean(rule, known);
		diagnostics.push({
			ruleId: "config/unknown-rule",
			severity: "error",
			message: t("config.unknownRule", { rule }),
			hint: suggestion ? t("schema.didYouMean", { suggestion }) : t("config.ruleIdsHint"),
			...at(toPointer(["rules", rule]), "key")
		});
	}
	if (diagnostics.length > 0) return {
		ok: false,
		diagnostics
	};
	const { rules = {}, lang: configLang, ignore: patterns = [] } = parsed.data;
	return {
		ok: true,
		config: {
			...empty,
			rules,
			...configLang ? { lang: configLang } : {},
			ignore: patterns,
			kinds: kindFolders
		}
	};
}
function withoutHint({ hint: _, ...diagnostic }) {
	return diagnostic;
}
/** Where configuration files are found, each read once however many plans it governs. */
var ConfigResolver = class {
	options;
	byFolder = /* @__PURE__ */ new Map();
	loaded = /* @__PURE__ */ new Map();
	matchers = /* @__PURE__ */ new Map();
	/** Configuration files that could not be used, with their problems; the caller stops if there are any. */
	failures = [];
	/**
	* @param explicit the file named with --config: it governs every plan, and no other is looked for.
	* @param lang the language of problems in configuration files.
	*/
	constructor(options) {
		this.options = options;
	}
	/** The configuration that governs a plan: --config, else the nearest .planrc.yaml in its folder or above. */
	forFile(file) {
		return this.forFolder(dirname(resolve(file)));
	}
	forFolder(folder) {
		if (this.options.explicit !== void 0) return this.load(resolve(this.options.explicit), true);
		const absolute = resolve(folder);
		let found = this.byFolder.get(absolute);
		if (!found) {
			found = (async () => {
				const candidate = join(absolute, CONFIG_FILE);
				if (await isFile(candidate)) return this.load(candidate, false);
				const parent = dirname(absolute);
				return parent === absolute ? void 0 : this.forFolder(parent);
			})();
			this.byFolder.set(absolute, found);
		}
		return found;
	}
	/** Whether the governing configuration's `ignore` patterns exclude a path (a folder when `folder` is true). */
	ignores(config, path, folder = false) {
		if (!config || config.ignore.length === 0) return false;
		const rel = relative(config.folder, resolve(path));
		if (rel === "" || rel === ".." || rel.startsWith(".." + sep)) return false;
		let matcher = this.matchers.get(config);
		if (!matcher) this.matchers.set(config, matcher = (0, import_ignore.default)().add([...config.ignore]));
		const posix = rel.split(sep).join("/");
		return matcher.ignores(folder ? posix + "/" : posix);
	}
	load(path, explicit) {
		let result = this.loaded.get(path);
		if (!result) {
			result = (async () => {
				const t = createTranslator(this.options.lang, configMessages);
				let bytes;
				try {
					bytes = await readFile(path);
				} catch (error) {
					const code = error.code;
					const shown = explicit ? this.options.shownAs ?? path : path;
					const reason = explicit && code === "ENOENT" ? t("config.notFound", { path: shown }) : t("config.unreadable", {
						path: shown,
						reason: code ?? String(error)
					});
					this.failures.push({
						path,
						diagnostics: [],
						reason
					});
					return;
				}
				const parsed = parseConfig(bytes, path, this.options.lang);
				if (parsed.ok) return parsed.config;
				this.failures.push({
					path,
					diagnostics: parsed.diagnostics
				});
			})();
			this.loaded.set(path, result);
		}
		return result;
	}
};
function isFolder(path) {
	try {
		return statSync(path).isDirectory();
	} catch {
		return false;
	}
}
async function isFile(path) {
	try {
		return (await stat(path)).isFile();
	} catch {
		return false;
	}
}
/** Problems in a configuration file as the CLI prints them: `file:line:column: message hint`. */
function formatConfigProblems(failure, lang, file = failure.path) {
	const t = createTranslator(lang, configMessages);
	if (failure.reason) return [failure.reason];
	const lines = failure.diagnostics.map((d) => t("config.problem", {
		file: d.file && d.file !== failure.path && resolve(d.file) !== failure.path ? d.file : file,
		line: d.line,
		column: d.column,
		message: d.hint ? `${d.message} ${d.hint}` : d.message
	}));
	const inKindFiles = failure.diagnostics.length > 0 && failure.diagnostics.every((d) => d.file && resolve(d.file) !== failure.path);
	return [...lines, t(inKindFiles ? "config.kindsInvalid" : "config.invalid", { path: file })];
}
/**
* The kind files with mistakes among those the configurations of a run's plans name, as
* configuration failures: a plan told its kind cannot be used (plan/kind-invalid) stops the run
* with exit 2, as a configuration with a mistake does, every plan of the kind depending on it.
*/
function kindFailures(configs, lang) {
	const failures = [];
	const seen = /* @__PURE__ */ new Set();
	for (const config of configs) {
		if (!config || config.kinds.length === 0 || seen.has(config.path)) continue;
		seen.add(config.path);
		const diagnostics = registryFor(config.kinds, lang).sourceProblems();
		if (diagnostics.length > 0) failures.push({
			path: config.path,
			diagnostics
		});
	}
	return failures;
}
// dist/validate/read.js
/**
* A plan file's bytes, or the reason they cannot be had, as a diagnostic on the file. A pipe or a
* device named as a plan would block or never end, so only regular files are read; one larger
* than any plan is refused before its bytes are read, so memory stays bounded.
*/
function readPlanFile(path, file, lang) {
	const t = createTranslator(lang);
	const problem = (ruleId, message) => ({
		ok: false,
		diagnostic: {
			ruleId,
			severity: "error",
			message,
			file,
			pointer: "",
			...WHOLE_FILE
		}
	});
	let fd;
	try {
		fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
	} catch (error) {
		return problem("file/unreadable", t("load.unreadable", { reason: error.code ?? String(error) }));
	}
	try {
		const info = fstatSync(fd);
		if (!info.isFile()) return problem("file/unreadable", t("load.notRegular"));
		if (info.size > 10485760) return {
			ok: false,
			diagnostic: decodeDiagnostic({
				code: "tooLarge",
				size: info.size,
				limit: MAX_FILE_BYTES
			}, /* @__PURE__ */ new Uint8Array(), file, t)
		};
		const bytes = Buffer.alloc(info.size);
		let read = 0;
		while (read < info.size) {
			const count = readSync(fd, bytes, read, info.size - read, null);
			if (count === 0) break;
			read += count;
		}
		return {
			ok: true,
			bytes: bytes.subarray(0, read)
		};
	} catch (error) {
		return problem("file/unreadable", t("load.unreadable", { reason: error.code ?? String(error) }));
	} finally {
		closeSync(fd);
	}
}
/**
* A plan checked as `plan validate` checks it: its `.planrc.yaml` (or --config) and its
* `# plan-disable-next-line` comments applied, so that render, budget and summary agree with
* validate about what is an error.
*/
async function checkPlanAsConfigured(path, lang, fallbackLang, configFile) {
	const configs = new ConfigResolver({
		lang: lang ?? fallbackLang,
		...configFile !== void 0 ? {
			explicit: resolve(configFile),
			shownAs: configFile
		} : {}
	});
	const config = await configs.forFile(resolve(path));
	const configProblems = configs.failures.flatMap((failure) => formatConfigProblems(failure, lang ?? fallbackLang));
	const chosen = lang ?? config?.lang;
	const read = readPlanFile(path, path, chosen ?? fallbackLang);
	const kinds = registryFor(config?.kinds ?? [], chosen ?? fallbackLang);
	const result = read.ok ? checkBytes(read.bytes, path, {
		...chosen ? { lang: chosen } : {},
		kinds
	}) : {
		file: path,
		lang: chosen ?? fallbackLang,
		diagnostics: [read.diagnostic]
	};
	const broken = result.diagnostics.some((d) => d.ruleId === "plan/kind-invalid") ? kindFailures([config], lang ?? fallbackLang) : [];
	return {
		result: {
			...result,
			diagnostics: settle(result, config?.rules ?? {}, kinds)
		},
		configProblems: [...configProblems, ...broken.flatMap((failure) => formatConfigProblems(failure, lang ?? fallbackLang))]
	};
}
// dist/validate/tasks.js
function checkTask(task) {
	let bytes = task.bytes;
	if (bytes === void 0) {
		const read = readPlanFile(task.absolute ?? task.file, task.file, task.lang ?? "en");
		if (!read.ok) return {
			lang: task.lang ?? "en",
			report: {
				file: task.file,
				diagnostics: [read.diagnostic]
			}
		};
		bytes = read.bytes;
	}
	const kinds = registryFor(task.kindSources ?? [], task.lang ?? "en");
	const result = checkBytes(bytes, task.file, {
		...task.lang ? { lang: task.lang } : {},
		kinds
	});
	if (!task.explicit && isNotPlan(result)) {
		const empty = PLAN_NAME.test(task.file) ? result.diagnostics.filter((d) => d.ruleId === "file/empty") : [];
		if (empty.length > 0) {
			const hint = createTranslator(result.lang)("load.emptyAmongPlansHint");
			const diagnostics = settle({
				...result,
				diagnostics: empty.map((d) => ({
					...d,
					severity: "warning",
					hint
				}))
			}, task.rules);
			if (diagnostics.length > 0) return {
				lang: result.lang,
				report: {
					file: task.file,
					diagnostics
				},
				notPlan: true,
				emptyPlanFile: true
			};
		}
		return {
			lang: result.lang,
			report: {
				file: task.file,
				diagnostics: []
			},
			notPlan: true
		};
	}
	return {
		lang: result.lang,
		report: {
			file: task.file,
			...result.kind ? { kind: result.kind.id } : {},
			diagnostics: settle(result, task.rules, kinds),
			...result.text !== void 0 ? { text: result.text } : {}
		}
	};
}
/** Plans are *.yaml files; a *.yml beside them is as often another tool's, and an empty one is skipped unremarked. */
const PLAN_NAME = /\.yaml$/i;
const NOT_A_PLAN = /* @__PURE__ */ new Set([
	"plan/missing-kind",
	"plan/not-a-mapping",
	"file/empty"
]);
const KIND_KEY = /(?:^|[\s{,[-])["']?kind["']?[ \t]*:/m;
/**
* A YAML file that does not say it is a plan: another tool's file beside the plans. One with a
* "kind:" anywhere (even where a plan cannot have it) was meant as a plan, and its problems are reported.
*/
function isNotPlan(result) {
	if (result.text === void 0 || KIND_KEY.test(result.text)) return false;
	return !result.source || result.diagnostics.some((d) => NOT_A_PLAN.has(d.ruleId));
}
// node_modules/chalk/source/vendor/ansi-styles/index.js
const ANSI_BACKGROUND_OFFSET = 10;
const wrapAnsi16 = (offset = 0) => (code) => `\u001B[${code + offset}m`;
const wrapAnsi256 = (offset = 0) => (code) => `\u001B[${38 + offset};5;${code}m`;
const wrapAnsi16m = (offset = 0) => (red, green, blue) => `\u001B[${38 + offset};2;${red};${green};${blue}m`;
const styles$1 = {
	modifier: {
		reset: [0, 0],
		bold: [1, 22],
		dim: [2, 22],
		italic: [3, 23],
		underline: [4, 24],
		overline: [53, 55],
		inverse: [7, 27],
		hidden: [8, 28],
		strikethrough: [9, 29]
	},
	color: {
		black: [30, 39],
		red: [31, 39],
		green: [32, 39],
		yellow: [33, 39],
		blue: [34, 39],
		magenta: [35, 39],
		cyan: [36, 39],
		white: [37, 39],
		blackBright: [90, 39],
		gray: [90, 39],
		grey: [90, 39],
		redBright: [91, 39],
		greenBright: [92, 39],
		yellowBright: [93, 39],
		blueBright: [94, 39],
		magentaBright: [95, 39],
		cyanBright: [96, 39],
		whiteBright: [97, 39]
	},
	bgColor: {
		bgBlack: [40, 49],
		bgRed: [41, 49],
		bgGreen: [42, 49],
		bgYellow: [43, 49],
		bgBlue: [44, 49],
		bgMagenta: [45, 49],
		bgCyan: [46, 49],
		bgWhite: [47, 49],
		bgBlackBright: [100, 49],
		bgGray: [100, 49],
		bgGrey: [100, 49],
		bgRedBright: [101, 49],
		bgGreenBright: [102, 49],
		bgYellowBright: [103, 49],
		bgBlueBright: [104, 49],
		bgMagentaBright: [105, 49],
		bgCyanBright: [106, 49],
		bgWhiteBright: [107, 49]
	}
};
Object.keys(styles$1.modifier);
const foregroundColorNames = Object.keys(styles$1.color);
const backgroundColorNames = Object.keys(styles$1.bgColor);
[...foregroundColorNames, ...backgroundColorNames];
function assembleStyles() {
	const codes = /* @__PURE__ */ new Map();
	for (const [groupName, group] of Object.entries(styles$1)) {
		for (const [styleName, style] of Object.entries(group)) {
			styles$1[styleName] = {
				open: `\u001B[${style[0]}m`,
				close: `\u001B[${style[1]}m`
			};
			group[styleName] = styles$1[styleName];
			codes.set(style[0], style[1]);
		}
		Object.defineProperty(styles$1, groupName, {
			value: group,
			enumerable: false
		});
	}
	Object.defineProperty(styles$1, "codes", {
		value: codes,
		enumerable: false
	});
	styles$1.color.close = "\x1B[39m";
	styles$1.bgColor.close = "\x1B[49m";
	styles$1.color.ansi = wrapAnsi16();
	styles$1.color.ansi256 = wrapAnsi256();
	styles$1.color.ansi16m = wrapAnsi16m();
	styles$1.bgColor.ansi = wrapAnsi16(ANSI_BACKGROUND_OFFSET);
	styles$1.bgColor.ansi256 = wrapAnsi256(ANSI_BACKGROUND_OFFSET);
	styles$1.bgColor.ansi16m = wrapAnsi16m(ANSI_BACKGROUND_OFFSET);
	Object.defineProperties(styles$1, {
		rgbToAnsi256: {
			value(red, green, blue) {
				if (red === green && green === blue) {
					if (red < 8) return 16;
					if (red > 248) return 231;
					return Math.round((red - 8) / 247 * 24) + 232;
				}
				return 16 + 36 * Math.round(red / 255 * 5) + 6 * Math.round(green / 255 * 5) + Math.round(blue / 255 * 5);
			},
			enumerable: false
		},
		hexToRgb: {
			value(hex) {
				const matches = /[a-f\d]{6}|[a-f\d]{3}/i.exec(hex.toString(16));
				if (!matches) return [
					0,
					0,
					0
				];
				let [colorString] = matches;
				if (colorString.length === 3) colorString = [...colorString].map((character) => character + character).join("");
				const integer = Number.parseInt(colorString, 16);
				return [
					integer >> 16 & 255,
					integer >> 8 & 255,
					integer & 255
				];
			},
			enumerable: false
		},
		hexToAnsi256: {
			value: (hex) => styles$1.rgbToAnsi256(...styles$1.hexToRgb(hex)),
			enumerable: false
		},
		ansi256ToAnsi: {
			value(code) {
				if (code < 8) return 30 + code;
				if (code < 16) return 90 + (code - 8);
				let red;
				let green;
				let blue;
				if (code >= 232) {
					red = ((code - 232) * 10 + 8) / 255;
					green = red;
					blue = red;
				} else {
					code -= 16;
					const remainder = code % 36;
					red = Math.floor(code / 36) / 5;
					green = Math.floor(remainder / 6) / 5;
					blue = remainder % 6 / 5;
				}
				const value = Math.max(red, green, blue) * 2;
				if (value === 0) return 30;
				let result = 30 + (Math.round(blue) << 2 | Math.round(green) << 1 | Math.round(red));
				if (value === 2) result += 60;
				return result;
			},
			enumerable: false
		},
		rgbToAnsi: {
			value: (red, green, blue) => styles$1.ansi256ToAnsi(styles$1.rgbToAnsi256(red, green, blue)),
			enumerable: false
		},
		hexToAnsi: {
			value: (hex) => styles$1.ansi256ToAnsi(styles$1.hexToAnsi256(hex)),
			enumerable: false
		}
	});
	return styles$1;
}
const ansiStyles = assembleStyles();
// node_modules/chalk/source/vendor/supports-color/index.js
function hasFlag(flag, argv = globalThis.Deno ? globalThis.Deno.args : process$1.argv) {
	const prefix = flag.startsWith("-") ? "" : flag.length === 1 ? "-" : "--";
	const position = argv.indexOf(prefix + flag);
	const terminatorPosition = argv.indexOf("--");
	return position !== -1 && (terminatorPosition === -1 || position < terminatorPosition);
}
const { env } = process$1;
let flagForceColor;
if (hasFlag("no-color") || hasFlag("no-colors") || hasFlag("color=false") || hasFlag("color=never")) flagForceColor = 0;
else if (hasFlag("color") || hasFlag("colors") || hasFlag("color=true") || hasFlag("color=always")) flagForceColor = 1;
function envForceColor() {
	if ("FORCE_COLOR" in env) {
		if (env.FORCE_COLOR === "true") return 1;
		if (env.FORCE_COLOR === "false") return 0;
		return env.FORCE_COLOR.length === 0 ? 1 : Math.min(Number.parseInt(env.FORCE_COLOR, 10), 3);
	}
}
function translateLevel(level) {
	if (level === 0) return false;
	return {
		level,
		hasBasic: true,
		has256: level >= 2,
		has16m: level >= 3
	};
}
function _supportsColor(haveStream, { streamIsTTY, sniffFlags = true } = {}) {
	const noFlagForceColor = envForceColor();
	if (noFlagForceColor !== void 0) flagForceColor = noFlagForceColor;
	const forceColor = sniffFlags ? flagForceColor : noFlagForceColor;
	if (forceColor === 0) return 0;
	if (sniffFlags) {
		if (hasFlag("color=16m") || hasFlag("color=full") || hasFlag("color=truecolor")) return 3;
		if (hasFlag("color=256")) return 2;
	}
	if ("TF_BUILD" in env && "AGENT_NAME" in env) return 1;
	if (haveStream && !streamIsTTY && forceColor === void 0) return 0;
	const min = forceColor || 0;
	if (env.TERM === "dumb") return min;
	if (process$1.platform === "win32") {
		const osRelease = os.release().split(".");
		if (Number(osRelease[0]) >= 10 && Number(osRelease[2]) >= 10586) return Number(osRelease[2]) >= 14931 ? 3 : 2;
		return 1;
	}
	if ("CI" in env) {
		if ([
			"GITHUB_ACTIONS",
			"GITEA_ACTIONS",
			"CIRCLECI"
		].some((key) => key in env)) return 3;
		if ([
			"TRAVIS",
			"APPVEYOR",
			"GITLAB_CI",
			"BUILDKITE",
			"DRONE"
		].some((sign) => sign in env) || env.CI_NAME === "codeship") return 1;
		return min;
	}
	if ("TEAMCITY_VERSION" in env) return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? 1 : 0;
	if (env.COLORTERM === "truecolor") return 3;
	if (env.TERM === "xterm-kitty") return 3;
	if (env.TERM === "xterm-ghostty") return 3;
	if (env.TERM === "wezterm") return 3;
	if ("TERM_PROGRAM" in env) {
		const version = Number.parseInt((env.TERM_PROGRAM_VERSION || "").split(".")[0], 10);
		switch (env.TERM_PROGRAM) {
			case "iTerm.app": return version >= 3 ? 3 : 2;
			case "Apple_Terminal": return 2;
		}
	}
	if (/-256(color)?$/i.test(env.TERM)) return 2;
	if (/^screen|^xterm|^vt100|^vt220|^rxvt|color|ansi|cygwin|linux/i.test(env.TERM)) return 1;
	if ("COLORTERM" in env) return 1;
	return min;
}
function createSupportsColor(stream, options = {}) {
	return translateLevel(_supportsColor(stream, {
		streamIsTTY: stream && stream.isTTY,
		...options
	}));
}
const supportsColor = {
	stdout: createSupportsColor({ isTTY: tty.isatty(1) }),
	stderr: createSupportsColor({ isTTY: tty.isatty(2) })
};
// node_modules/chalk/source/utilities.js
function stringReplaceAll(string, substring, replacer) {
	let index = string.indexOf(substring);
	if (index === -1) return string;
	const substringLength = substring.length;
	let endIndex = 0;
	let returnValue = "";
	do {
		returnValue += string.slice(endIndex, index) + substring + replacer;
		endIndex = index + substringLength;
		index = string.indexOf(substring, endIndex);
	} while (index !== -1);
	returnValue += string.slice(endIndex);
	return returnValue;
}
function stringEncaseCRLFWithFirstIndex(string, prefix, postfix, index) {
	let endIndex = 0;
	let returnValue = "";
	do {
		const gotCR = string[index - 1] === "\r";
		returnValue += string.slice(endIndex, gotCR ? index - 1 : index) + prefix + (gotCR ? "\r\n" : "\n") + postfix;
		endIndex = index + 1;
		index = string.indexOf("\n", endIndex);
	} while (index !== -1);
	returnValue += string.slice(endIndex);
	return returnValue;
}
// node_modules/chalk/source/index.js
const { stdout: stdoutColor, stderr: stderrColor } = supportsColor;
const GENERATOR = Symbol("GENERATOR");
const STYLER = Symbol("STYLER");
const IS_EMPTY = Symbol("IS_EMPTY");
const levelMapping = [
	"ansi",
	"ansi",
	"ansi256",
	"ansi16m"
];
const styles = Object.create(null);
const applyOptions = (object, options = {}) => {
	if (options.level && !(Number.isInteger(options.level) && options.level >= 0 && options.level <= 3)) throw new Error("The `level` option should be an integer from 0 to 3");
	const colorLevel = stdoutColor ? stdoutColor.level : 0;
	object.level = options.level === void 0 ? colorLevel : options.level;
};
var Chalk = class {
	constructor(options) {
		return chalkFactory(options);
	}
};
const chalkFactory = (options) => {
	const chalk = (...strings) => strings.join(" ");
	applyOptions(chalk, options);
	Object.setPrototypeOf(chalk, createChalk.prototype);
	return chalk;
};
function createChalk(options) {
	return chalkFactory(options);
}
Object.setPrototypeOf(createChalk.prototype, Function.prototype);
for (const [styleName, style] of Object.entries(ansiStyles)) styles[styleName] = { get() {
	const builder = createBuilder(this, createStyler(style.open, style.close, this[STYLER]), this[IS_EMPTY]);
	Object.defineProperty(this, styleName, { value: builder });
	return builder;
} };
styles.visible = { get() {
	const builder = createBuilder(this, this[STYLER], true);
	Object.defineProperty(this, "visible", { value: builder });
	return builder;
} };
const getModelAnsi = (model, level, type, ...arguments_) => {
	if (model === "rgb") {
		if (level === "ansi16m") return ansiStyles[type].ansi16m(...arguments_);
		if (level === "ansi256") return ansiStyles[type].ansi256(ansiStyles.rgbToAnsi256(...arguments_));
		return ansiStyles[type].ansi(ansiStyles.rgbToAnsi(...arguments_));
	}
	if (model === "hex") return getModelAnsi("rgb", level, type, ...ansiStyles.hexToRgb(...arguments_));
	return ansiStyles[type][model](...arguments_);
};
for (const model of [
	"rgb",
	"hex",
	"ansi256"
]) {
	styles[model] = { get() {
		const { level } = this;
		return function(...arguments_) {
			const styler = createStyler(getModelAnsi(model, levelMapping[level], "color", ...arguments_), ansiStyles.color.close, this[STYLER]);
			return createBuilder(this, styler, this[IS_EMPTY]);
		};
	} };
	const bgModel = "bg" + model[0].toUpperCase() + model.slice(1);
	styles[bgModel] = { get() {
		const { level } = this;
		return function(...arguments_) {
			const styler = createStyler(getModelAnsi(model, levelMapping[level], "bgColor", ...arguments_), ansiStyles.bgColor.close, this[STYLER]);
			return createBuilder(this, styler, this[IS_EMPTY]);
		};
	} };
}
const proto = Object.defineProperties(() => {}, {
	...styles,
	level: {
		enumerable: true,
		get() {
			return this[GENERATOR].level;
		},
		set(level) {
			this[GENERATOR].level = level;
		}
	}
});
const createStyler = (open, close, parent) => {
	let openAll;
	let closeAll;
	if (parent === void 0) {
		openAll = open;
		closeAll = close;
	} else {
		openAll = parent.openAll + open;
		closeAll = close + parent.closeAll;
	}
	return {
		open,
		close,
		openAll,
		closeAll,
		parent
	};
};
const createBuilder = (self, _styler, _isEmpty) => {
	const builder = (...arguments_) => applyStyle(builder, arguments_.length === 1 ? "" + arguments_[0] : arguments_.join(" "));
	Object.setPrototypeOf(builder, proto);
	builder[GENERATOR] = self;
	builder[STYLER] = _styler;
	builder[IS_EMPTY] = _isEmpty;
	return builder;
};
const applyStyle = (self, string) => {
	if (self.level <= 0 || !string) return self[IS_EMPTY] ? "" : string;
	let styler = self[STYLER];
	if (styler === void 0) return string;
	const { openAll, closeAll } = styler;
	if (string.includes("\x1B")) while (styler !== void 0) {
		string = stringReplaceAll(string, styler.close, styler.open);
		styler = styler.parent;
	}
	const lfIndex = string.indexOf("\n");
	if (lfIndex !== -1) string = stringEncaseCRLFWithFirstIndex(string, closeAll, openAll, lfIndex);
	return openAll + string + closeAll;
};
Object.defineProperties(createChalk.prototype, styles);
createChalk();
createChalk({ level: stderrColor ? stderrColor.level : 0 });
// dist/report/budget-view.js
const messages$6 = {
	en: {
		"budget.stated": "stated",
		"budget.difference": "difference",
		"budget.computedFrom": "= {parts}"
	},
	sv: {
		"budget.stated": "angivet",
		"budget.difference": "skillnad",
		"budget.computedFrom": "= {parts}"
	},
	nb: {
		"budget.stated": "oppgitt",
		"budget.difference": "differanse",
		"budget.computedFrom": "= {parts}"
	}
};
/**
* A plan's budget as aligned tables for the terminal: the rows, the sum the tool computes, and
* under it the sum the plan states, with every difference marked, so a coordinator sees at a glance
* which figure to correct.
*/
function formatBudget(view, lang, color) {
	const c = new Chalk({ level: color ? 1 : 0 });
	const t = createTranslator(lang, messages$6);
	const blocks = [];
	for (const table of view.tables) {
		const computed = computedTotals(table);
		const derived = (row) => derivedCells(table, {
			label: "",
			amounts: row.amounts,
			path: []
		}).map((value, i) => {
			const given = row.stated?.amounts[i];
			return given !== null && given !== void 0 && given !== value ? {
				...amountCell(value),
				mark: "✖",
				style: "bad"
			} : amountCell(value);
		});
		const lines = table.rows.map((row) => ({
			label: row.note ? `${row.label} ${row.note}` : row.label,
			cells: [...table.columns.map((_, i) => amountCell(row.amounts[i])), ...derived(row)]
		}));
		const totals = [...computed.map(amountCell), ...derived({ amounts: computed })];
		lines.push({
			label: table.totalLabel,
			style: "bold",
			cells: totals.map((cell) => ({
				...cell,
				style: "bold"
			}))
		});
		if (table.stated) lines.push(...statedLines(table.stated.amounts, computed, t));
		const columns = [...table.columns, ...(table.derived ?? []).map((column) => column.label)];
		blocks.push(layout(tableHeading(table.id, table.title), table.labelHeading ?? "", columns, lines, c));
	}
	for (const balance of view.balances) {
		const columns = view.tables.find((table) => table.id === balance.parts[0])?.columns ?? [];
		const expected = balanceTotals(view, balance);
		const lines = [{
			label: t("budget.computedFrom", { parts: balance.parts.join(" + ") }),
			style: "bold",
			cells: expected.map((value) => ({
				...amountCell(value),
				style: "bold"
			}))
		}];
		if (balance.stated.amounts.length > 0) lines.push(...statedLines(balance.stated.amounts, expected, t));
		blocks.push(layout(balance.title, "", columns, lines, c));
	}
	return blocks.join("\n") + (blocks.length ? "" : "\n");
}
/** "D.7.1: Stöd söks …", without saying a name twice where the id already is one ("6.3 Finansiering"). */
function tableHeading(id, title) {
	if (title.startsWith(id)) return title;
	if (id.endsWith(title)) return id;
	return `${id}: ${title}`;
}
function amountCell(value) {
	return { text: value === null || value === void 0 ? "" : formatAmount(value) };
}
function statedLines(stated, computed, t) {
	const differences = computed.map((sum, i) => {
		const given = stated[i];
		return given === null || given === void 0 ? 0 : given - (sum ?? 0);
	});
	const lines = [{
		label: t("budget.stated"),
		indent: 2,
		cells: computed.map((_, i) => {
			const given = stated[i];
			if (given === null || given === void 0) return { text: "" };
			return differences[i] === 0 ? {
				text: formatAmount(given),
				mark: "✔",
				style: "good"
			} : {
				text: formatAmount(given),
				mark: "✖",
				style: "bad"
			};
		})
	}];
	if (differences.some((d) => d !== 0)) lines.push({
		label: t("budget.difference"),
		indent: 2,
		cells: differences.map((d) => d === 0 ? { text: "" } : {
			text: `${d > 0 ? "+" : "−"}${formatAmount(Math.abs(d))}`,
			style: "bad"
		})
	});
	return lines;
}
function layout(title, labelHeading, columns, lines, c) {
	const pad = (cell) => cell.text === "" ? "" : `${cell.text} ${cell.mark ?? " "}`;
	const labelWidth = Math.max(labelHeading.length, ...lines.map((line) => line.label.length + (line.indent ?? 0)));
	const widths = columns.map((column, i) => Math.max(column.length + 2, ...lines.map((line) => pad(line.cells[i] ?? { text: "" }).length)));
	const paint = (text, style) => style === "bold" ? c.bold(text) : style === "bad" ? c.red(text) : style === "good" ? c.green(text) : style === "dim" ? c.dim(text) : text;
	const out = [c.bold(title)];
	out.push(`  ${labelHeading.padEnd(labelWidth)}  ${columns.map((column, i) => `${column}  `.padStart(widths[i])).join(" ")}`.trimEnd());
	for (const line of lines) {
		const label = paint(`${" ".repeat(line.indent ?? 0)}${line.label}`.padEnd(labelWidth), line.style);
		const cells = columns.map((_, i) => {
			const cell = line.cells[i] ?? { text: "" };
			return paint(pad(cell).padStart(widths[i]), cell.style);
		});
		out.push(`  ${label}  ${cells.join(" ")}`.trimEnd());
	}
	return out.join("\n") + "\n";
}
// dist/cli/messages.js
const cliMessages = {
	en: {
		"cli.notFound": "plan: no such file or folder: {path}",
		"cli.noPlans": "plan: no plans (*.yaml, *.yml) found in {paths}",
		"cli.badLang": "plan: unknown language \"{lang}\"; use sv, nb or en",
		"cli.badFormat": "plan: unknown format \"{format}\"; the formats are {formats}",
		"render.docxToTerminal": "plan: cannot write .docx to a terminal; name an output file with -o, or use \"-o -\" to write to standard output",
		"render.oneOutput": "plan: -o names one file; use --out-dir to render several plans",
		"render.sameOutput": "plan: {first} and {second} would both be written to {path}, one over the other; nothing was written. Render them into different folders, or rename one of them",
		"render.sameAsInput": "plan: the output file {path} is the plan itself; plan never overwrites its input",
		"render.noFolder": "plan: the folder {folder} does not exist; create it first or write elsewhere",
		"render.cannotWrite": "plan: cannot write {path}: {reason}",
		"render.hasErrors": "plan: {file} has errors, so it is not rendered; fix them, or use --force to render it as it is",
		"render.notAPlan": "plan: {file} cannot be read as a plan, so it is not rendered; fix the errors above first",
		"render.badTarget": "plan: unknown output format \"{to}\"; use md or docx",
		"render.noTemplate": "plan: the kind {kind} has no template in {lang}",
		"render.wrote": "wrote {path}",
		"render.templateError": "plan: the template {template} could not be used: {reason}",
		"kinds.heading": "Kinds of plan:",
		"validate.noMatch": "plan: no plan files (*.yaml, *.yml) match {pattern}",
		"validate.badMaxWarnings": "plan: --max-warnings takes a whole number, 0 or more, not \"{value}\"",
		"validate.tooManyWarnings": "plan: {warnings}, more than --max-warnings {max} allows",
		"validate.stdinTwice": "plan: \"-\" (standard input) can be named only once",
		"validate.noStdin": "plan: there is no standard input to read",
		"validate.skippedNonPlan": "plan: skipped {path}: not a plan (no \"kind:\")",
		"validate.ignored": "plan: skipped {path}: a configuration file's \"ignore\" names it",
		"validate.badConcurrency": "plan: --concurrency takes a number of threads, \"auto\" or \"off\", not \"{value}\"",
		"validate.workers": "plan: checking {files} files; worker threads beside the main one: {threads}",
		"output.exists": "plan: {path} exists already; choose another name, or use --force to replace it",
		"cli.unknownKind": "plan: unknown kind \"{kind}\""
	},
	sv: {
		"cli.notFound": "plan: filen eller mappen finns inte: {path}",
		"cli.noPlans": "plan: inga planer (*.yaml, *.yml) hittades i {paths}",
		"cli.badLang": "plan: okänt språk \"{lang}\"; använd sv, nb eller en",
		"cli.badFormat": "plan: okänt format \"{format}\"; formaten är {formats}",
		"render.docxToTerminal": "plan: kan inte skriva .docx till terminalen; ange en utfil med -o, eller \"-o -\" för att skriva till standard ut",
		"render.oneOutput": "plan: -o anger en fil; använd --out-dir för att skriva ut flera planer",
		"render.sameOutput": "plan: {first} och {second} skulle båda skrivas till {path}, den ena över den andra; ingenting skrevs. Skriv ut dem till olika mappar, eller byt namn på den ena",
		"render.sameAsInput": "plan: utfilen {path} är planen själv; plan skriver aldrig över sin indata",
		"render.noFolder": "plan: mappen {folder} finns inte; skapa den först eller skriv någon annanstans",
		"render.cannotWrite": "plan: kan inte skriva {path}: {reason}",
		"render.hasErrors": "plan: {file} har fel och skrivs därför inte ut; rätta dem, eller använd --force för att skriva ut den som den är",
		"render.notAPlan": "plan: {file} kan inte läsas som en plan och skrivs därför inte ut; rätta felen ovan först",
		"render.badTarget": "plan: okänt utformat \"{to}\"; använd md eller docx",
		"render.noTemplate": "plan: slaget {kind} har ingen mall på {lang}",
		"render.wrote": "skrev {path}",
		"render.templateError": "plan: mallen {template} kunde inte användas: {reason}",
		"kinds.heading": "Slag av planer:",
		"validate.noMatch": "plan: inga planfiler (*.yaml, *.yml) matchar {pattern}",
		"validate.badMaxWarnings": "plan: --max-warnings tar ett heltal, 0 eller mer, inte \"{value}\"",
		"validate.tooManyWarnings": "plan: {warnings}, fler än --max-warnings {max} tillåter",
		"validate.stdinTwice": "plan: \"-\" (standard in) kan bara anges en gång",
		"validate.noStdin": "plan: det finns ingen standard in att läsa",
		"validate.skippedNonPlan": "plan: hoppade över {path}: inte en plan (inget \"kind:\")",
		"validate.ignored": "plan: hoppade över {path}: \"ignore\" i en konfigurationsfil nämner den",
		"validate.badConcurrency": "plan: --concurrency tar ett antal trådar, \"auto\" eller \"off\", inte \"{value}\"",
		"validate.workers": "plan: kontrollerar {files} filer; trådar utöver huvudtråden: {threads}",
		"output.exists": "plan: {path} finns redan; välj ett annat namn, eller använd --force för att ersätta den",
		"cli.unknownKind": "plan: okänt slag \"{kind}\""
	},
	nb: {
		"cli.notFound": "plan: filen eller mappen finnes ikke: {path}",
		"cli.noPlans": "plan: ingen planer (*.yaml, *.yml) funnet i {paths}",
		"cli.badLang": "plan: ukjent språk \"{lang}\"; bruk sv, nb eller en",
		"cli.badFormat": "plan: ukjent format \"{format}\"; formatene er {formats}",
		"render.docxToTerminal": "plan: kan ikke skrive .docx til terminalen; oppgi en utfil med -o, eller \"-o -\" for å skrive til standard ut",
		"render.oneOutput": "plan: -o oppgir én fil; bruk --out-dir for å skrive ut flere planer",
		"render.sameOutput": "plan: {first} og {second} ville begge blitt skrevet til {path}, den ene over den andre; ingenting ble skrevet. Skriv dem ut til forskjellige mapper, eller gi den ene et nytt navn",
		"render.sameAsInput": "plan: utfilen {path} er selve planen; plan overskriver aldri sine inndata",
		"render.noFolder": "plan: mappen {folder} finnes ikke; opprett den først eller skriv et annet sted",
		"render.cannotWrite": "plan: kan ikke skrive {path}: {reason}",
		"render.hasErrors": "plan: {file} har feil og blir derfor ikke skrevet ut; rett dem, eller bruk --force for å skrive den ut som den er",
		"render.notAPlan": "plan: {file} kan ikke leses som en plan og blir derfor ikke skrevet ut; rett feilene over først",
		"render.badTarget": "plan: ukjent utformat \"{to}\"; bruk md eller docx",
		"render.noTemplate": "plan: typen {kind} har ingen mal på {lang}",
		"render.wrote": "skrev {path}",
		"render.templateError": "plan: malen {template} kunne ikke brukes: {reason}",
		"kinds.heading": "Typer planer:",
		"validate.noMatch": "plan: ingen planfiler (*.yaml, *.yml) passer med {pattern}",
		"validate.badMaxWarnings": "plan: --max-warnings tar et heltall, 0 eller mer, ikke \"{value}\"",
		"validate.tooManyWarnings": "plan: {warnings}, flere enn --max-warnings {max} tillater",
		"validate.stdinTwice": "plan: \"-\" (standard inn) kan bare oppgis én gang",
		"validate.noStdin": "plan: det finnes ingen standard inn å lese",
		"validate.skippedNonPlan": "plan: hoppet over {path}: ikke en plan (ingen \"kind:\")",
		"validate.ignored": "plan: hoppet over {path}: \"ignore\" i en konfigurasjonsfil nevner den",
		"validate.badConcurrency": "plan: --concurrency tar et antall tråder, \"auto\" eller \"off\", ikke \"{value}\"",
		"validate.workers": "plan: kontrollerer {files} filer; tråder i tillegg til hovedtråden: {threads}",
		"output.exists": "plan: {path} finnes allerede; velg et annet navn, eller bruk --force for å erstatte den",
		"cli.unknownKind": "plan: ukjent type \"{kind}\""
	}
};
// dist/report/paths.js
/**
* A checked file's path relative to the report's root, with forward slashes, as CI services want it
* (GitHub annotations and code scanning are keyed by repository-relative paths); undefined when the
* file lies outside the root.
*/
function relativeToRoot(file, root = process.cwd(), cwd = process.cwd()) {
	const path = relative(resolve(root), resolve(cwd, file));
	if (path === "" || path.startsWith(".." + sep) || path === ".." || isAbsolute(path)) return void 0;
	return path.split(sep).join("/");
}
/** A relative path as a URI reference: each segment percent-encoded, the slashes kept. */
function relativeUri(path) {
	return path.split("/").map(encodeURIComponent).join("/");
}
/** A folder as a file: URI ending in "/", so that relative references resolve inside it. */
function folderUri(folder) {
	const uri = pathToFileURL(resolve(folder)).href;
	return uri.endsWith("/") ? uri : uri + "/";
}
function fileUri(file, cwd = process.cwd()) {
	return pathToFileURL(resolve(cwd, file)).href;
}
// dist/report/github.js
/**
* GitHub Actions workflow commands, one line per problem, which the runner turns into annotations
* on the pull request: `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`.
*/
const github = (report, { root, cwd }) => {
	const lines = [];
	for (const file of report.files) {
		const path = relativeToRoot(file.file, root, cwd) ?? file.file;
		for (const d of file.diagnostics) {
			const properties = [
				["file", path],
				["line", d.line],
				["col", d.column],
				["endLine", Math.max(d.endLine, d.line)],
				["endColumn", d.endColumn],
				["title", d.ruleId]
			];
			const message = d.hint ? `${d.message}\n${d.hint}` : d.message;
			lines.push(`::${d.severity} ${properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(",")}::${escapeData(message)}`);
		}
	}
	return lines.length ? lines.join("\n") + "\n" : "";
};
/** As @actions/core's command.ts escapes a command's message. */
function escapeData(value) {
	return value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
/** As @actions/core's command.ts escapes a property value. */
function escapeProperty(value) {
	return escapeData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
// dist/report/gitlab.js
/**
* GitLab's Code Quality report (https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format):
* a JSON array of issues, each with description, check_name, fingerprint, severity and
* location.path / location.lines.begin, which the merge request shows beside the changed lines.
* GitLab tells issues apart, and one pipeline's from the next, by fingerprint alone: it is made from
* what stays put when lines are added above a problem (rule, repository-relative path, JSON pointer,
* and the how-manieth such problem it is), so an unchanged problem is not reported as new.
*/
const gitlab = (report, { root, cwd }) => {
	const issues = [];
	for (const file of report.files) {
		const path = relativeToRoot(file.file, root, cwd) ?? file.file;
		const seen = /* @__PURE__ */ new Map();
		for (const d of file.diagnostics) {
			const key = `${d.ruleId}\u0000${path}\u0000${d.pointer}`;
			const occurrence = (seen.get(key) ?? 0) + 1;
			seen.set(key, occurrence);
			issues.push({
				description: d.hint ? `${d.message} ${d.hint}` : d.message,
				check_name: d.ruleId,
				fingerprint: createHash("md5").update(`${key}\u0000${occurrence}`).digest("hex"),
				severity: d.severity === "error" ? "major" : "minor",
				location: {
					path,
					lines: { begin: d.line }
				}
			});
		}
	}
	return JSON.stringify(issues, null, 2) + "\n";
};
// dist/report/types.js
function summarise(report) {
	let errors = 0;
	let warnings = 0;
	let filesWithErrors = 0;
	for (const file of report.files) {
		const counts = countBySeverity(file.diagnostics);
		errors += counts.errors;
		warnings += counts.warnings;
		if (counts.errors > 0) filesWithErrors++;
	}
	return {
		files: report.files.length,
		errors,
		warnings,
		filesWithErrors
	};
}
// dist/report/json.js
/** One object per file with its diagnostics, and a summary; the shape is documented in the README. */
const json = (report) => {
	const output = {
		files: report.files.map((file) => ({
			file: file.file,
			...file.kind ? { kind: file.kind } : {},
			diagnostics: file.diagnostics.map((d) => ({
				ruleId: d.ruleId,
				severity: d.severity,
				message: d.message,
				...d.hint ? { hint: d.hint } : {},
				line: d.line,
				column: d.column,
				endLine: d.endLine,
				endColumn: d.endColumn,
				pointer: d.pointer
			}))
		})),
		summary: summarise(report)
	};
	return JSON.stringify(output, null, 2) + "\n";
};
// dist/report/junit.js
/**
* JUnit XML as GitLab and Jenkins read it: a test suite per file, a failing test case per error, a
* skipped one per warning (a warning does not fail the check, and GitLab's test report lists skipped
* cases with their reason, where a passing case's output is not shown), and one passing test case
* for a file without problems. Only what the strict schema of Jenkins' xUnit plugin (junit-10.xsd)
* allows: the file is the test suite's `file` attribute, and file:line:column begins each failure's
* and warning's text, since a test case may carry neither a file nor a line.
*/
const junit = (report, { root, cwd }) => {
	const suites = report.files.map((file) => suite(file, relativeToRoot(file.file, root, cwd) ?? file.file));
	let tests = 0;
	let failures = 0;
	for (const file of report.files) {
		tests += Math.max(1, file.diagnostics.length);
		failures += countBySeverity(file.diagnostics).errors;
	}
	return [
		"<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
		`<testsuites name="plan validate" tests="${tests}" failures="${failures}" errors="0">`,
		...suites,
		"</testsuites>",
		""
	].join("\n");
};
function suite(file, path) {
	const classname = path.replace(/\.ya?ml$/i, "");
	const { errors, warnings } = countBySeverity(file.diagnostics);
	const cases = file.diagnostics.length === 0 ? [`    <testcase classname="${attr(classname)}" name="no problems" time="0"/>`] : file.diagnostics.map((d) => testcase(d, classname, path));
	return [
		`  <testsuite name="${attr(path)}" tests="${Math.max(1, file.diagnostics.length)}" failures="${errors}" errors="0" skipped="${warnings}" time="0" file="${attr(path)}">`,
		...cases,
		"  </testsuite>"
	].join("\n");
}
function testcase(d, classname, path) {
	const name = `${d.ruleId} at ${d.pointer || "/"} (line ${d.line})`;
	const details = `${path}:${d.line}:${d.column}: ${d.message}${d.hint ? "\n" + d.hint : ""}`;
	return [
		`    <testcase classname="${attr(classname)}" name="${attr(name)}" time="0">`,
		d.severity === "error" ? `      <failure type="${attr(d.ruleId)}" message="${attr(`${path}:${d.line}:${d.column}: ${d.message}`)}">${text(details)}</failure>` : `      <skipped type="${attr(d.ruleId)}" message="${attr(`warning: ${path}:${d.line}:${d.column}: ${d.message}`)}">${text(`warning: ${details}`)}</skipped>`,
		"    </testcase>"
	].join("\n");
}
/** Characters XML 1.0 cannot hold at all, not even as references: they become U+FFFD. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function text(value) {
	return value.replace(NOT_XML, "�").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
/** Attribute values keep their line breaks and tabs as character references, which attribute normalisation would otherwise turn into spaces. */
function attr(value) {
	return text(value).replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");
}
// dist/report/docs.js
const manifest = createRequire(import.meta.url)("../../package.json");
/**
* The project's public repository, from package.json's `repository` (else `homepage`): SARIF's
* informationUri and every rule's helpUri point into it, so that a report read in a browser (code
* scanning, GitLab) links to documentation that exists, whichever machine wrote the report.
*/
const REPOSITORY_URL = repositoryUrl();
/** The version that wrote the report (SARIF's tool version). */
const VERSION = manifest.version;
function repositoryUrl() {
	return ((typeof manifest.repository === "string" ? manifest.repository : manifest.repository?.url) ?? manifest.homepage ?? "").replace(/^git\+/, "").replace(/\.git$/, "").replace(/#.*$/, "").replace(/\/$/, "");
}
/** A file of the repository's documentation as an absolute URL ("docs/rules.md#rule-x"); the default branch's, which always exists. */
function docsUrl(path) {
	return `${REPOSITORY_URL}/blob/main/${path}`;
}
/** The anchor of a rule's section in docs/rules.md: "budget/sum-mismatch" → "rule-budget-sum-mismatch". */
function ruleAnchor(id) {
	return "rule-" + id.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}
/** Where a rule is documented: its own helpUri (a rule-library rule's section in docs/kinds.md), else its section of docs/rules.md. */
function ruleHelpUrl(rule) {
	if (rule.helpUri) return /^https?:\/\//.test(rule.helpUri) ? rule.helpUri : docsUrl(rule.helpUri);
	return docsUrl(`docs/rules.md#${ruleAnchor(rule.id)}`);
}
// dist/report/sarif.js
const SRCROOT = "%SRCROOT%";
/** Our own fingerprint, from what stays put when lines move: the rule, the file and the JSON pointer. */
const FINGERPRINT = "planProblem/v1";
/**
* SARIF 2.1.0 as GitHub code scanning reads it: the tool with every rule it can report, and a
* result per problem at a repository-relative location.
*/
const sarif = (report, { root = process.cwd(), cwd, catalog: rulesOf }) => {
	const catalog = rulesOf?.() ?? ruleCatalog();
	const rules = catalog.map(descriptor);
	const ruleIndex = new Map(catalog.map((rule, index) => [rule.id, index]));
	const indexOf = (ruleId) => {
		let index = ruleIndex.get(ruleId);
		if (index === void 0) {
			index = rules.push({
				id: ruleId,
				shortDescription: { text: ruleId },
				helpUri: ruleHelpUrl({ id: ruleId })
			}) - 1;
			ruleIndex.set(ruleId, index);
		}
		return index;
	};
	const results = [];
	for (const file of report.files) {
		const relative = relativeToRoot(file.file, root, cwd);
		const artifactLocation = relative !== void 0 ? {
			uri: relativeUri(relative),
			uriBaseId: SRCROOT
		} : { uri: fileUri(file.file, cwd) };
		const seen = /* @__PURE__ */ new Map();
		for (const d of file.diagnostics) {
			const key = `${d.ruleId}\u0000${relative ?? file.file}\u0000${d.pointer}`;
			const occurrence = (seen.get(key) ?? 0) + 1;
			seen.set(key, occurrence);
			results.push({
				ruleId: d.ruleId,
				ruleIndex: indexOf(d.ruleId),
				level: d.severity,
				message: { text: d.hint ? `${d.message}\n${d.hint}` : d.message },
				locations: [{
					physicalLocation: {
						artifactLocation,
						region: region(d)
					},
					...d.pointer ? { logicalLocations: [{
						fullyQualifiedName: d.pointer,
						kind: "member"
					}] } : {}
				}],
				partialFingerprints: { [FINGERPRINT]: `${hash(key)}:${occurrence}` }
			});
		}
	}
	const log = {
		$schema: "https://json.schemastore.org/sarif-2.1.0.json",
		version: "2.1.0",
		runs: [{
			tool: { driver: {
				name: "plan",
				informationUri: REPOSITORY_URL,
				semanticVersion: VERSION,
				version: VERSION,
				rules
			} },
			originalUriBaseIds: { [SRCROOT]: { uri: folderUri(root) } },
			columnKind: "utf16CodeUnits",
			results
		}]
	};
	return JSON.stringify(log, null, 2) + "\n";
};
function descriptor(rule) {
	const helpUri = ruleHelpUrl(rule);
	const configure = `To change how this rule is reported, set "rules: { ${rule.id}: off | warning | error }" in .planrc.yaml.`;
	return {
		id: rule.id,
		shortDescription: { text: rule.short },
		fullDescription: { text: rule.full },
		helpUri,
		help: {
			text: `${rule.help} ${configure}`,
			markdown: `${rule.help} ${configure} [More about ${rule.id}](${helpUri}).`
		},
		defaultConfiguration: { level: rule.severity },
		properties: { tags: [rule.id.split("/")[0]] }
	};
}
/** SARIF's end column is exclusive, as ours is; an empty span is widened to one character so that viewers can mark it. */
function region(span) {
	const endLine = Math.max(span.endLine, span.line);
	const endColumn = endLine === span.line ? Math.max(span.endColumn, span.column + 1) : Math.max(span.endColumn, 1);
	return {
		startLine: span.line,
		startColumn: span.column,
		endLine,
		endColumn
	};
}
function hash(text) {
	return createHash("sha256").update(text).digest("hex").slice(0, 32);
}
// dist/report/messages.js
/** The words of the report formats themselves (not of the problems they list). */
const reportMessages = {
	en: {
		error: "error",
		warning: "warning",
		"summary.problems": "{problems} ({errors}, {warnings}) in {files}",
		"summary.clean": "No problems in {files}",
		"summary.skippedOne": "1 file skipped as not a plan (--verbose names it)",
		"summary.skippedMany": "{count} files skipped as not plans (--verbose names them)"
	},
	sv: {
		error: "fel",
		warning: "varning",
		"summary.problems": "{problems} ({errors}, {warnings}) i {files}",
		"summary.clean": "Inga problem i {files}",
		"summary.skippedOne": "1 fil hoppades över, inte en plan (--verbose visar vilken)",
		"summary.skippedMany": "{count} filer hoppades över, inte planer (--verbose visar vilka)"
	},
	nb: {
		error: "feil",
		warning: "advarsel",
		"summary.problems": "{problems} ({errors}, {warnings}) i {files}",
		"summary.clean": "Ingen problemer i {files}",
		"summary.skippedOne": "1 fil hoppet over, ikke en plan (--verbose viser hvilken)",
		"summary.skippedMany": "{count} filer hoppet over, ikke planer (--verbose viser hvilke)"
	}
};
const NOUNS = {
	problem: {
		en: ["problem", "problems"],
		sv: ["problem", "problem"],
		nb: ["problem", "problemer"]
	},
	error: {
		en: ["error", "errors"],
		sv: ["fel", "fel"],
		nb: ["feil", "feil"]
	},
	warning: {
		en: ["warning", "warnings"],
		sv: ["varning", "varningar"],
		nb: ["advarsel", "advarsler"]
	},
	file: {
		en: ["file", "files"],
		sv: ["fil", "filer"],
		nb: ["fil", "filer"]
	}
};
function countNoun(lang, noun, count) {
	const [one, many] = NOUNS[noun][lang];
	return `${count} ${count === 1 ? one : many}`;
}
// dist/report/terminal.js
/**
* Text from a plan or a file name, made safe to print on a terminal. A plan can hold control
* characters (YAML's "\e" writes an ESC), and a terminal obeys them: clear the screen, set the
* window title, hide what follows. So every C0 control but tab and line feed, DEL, every C1
* control, and the bidirectional overrides that make text read otherwise than it is stored, are
* shown as \u001b-style escapes, which a reader can see and look up, instead of being obeyed.
*/
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
function escapeControl(char) {
	return "\\u" + char.charCodeAt(0).toString(16).padStart(4, "0");
}
function escapeControls(text) {
	return text.replace(CONTROL, escapeControl);
}
const ONE_CONTROL = new RegExp(`^${CONTROL.source}$`);
function isControl(char) {
	return ONE_CONTROL.test(char);
}
// dist/report/stylish.js
/** ESLint's stylish layout: a block per file, `line:column  severity  message  rule`, then a code frame. */
const stylish = (report, { color }) => {
	const c = new Chalk({ level: color ? 1 : 0 });
	const t = createTranslator(report.lang, reportMessages);
	const out = [];
	for (const file of report.files) {
		if (file.diagnostics.length === 0) continue;
		out.push(c.underline(escapeControls(file.file)));
		const width = Math.max(...file.diagnostics.map((d) => `${d.line}:${d.column}`.length));
		const severityWidth = Math.max(t("error").length, t("warning").length);
		for (const d of file.diagnostics) {
			const where = `${d.line}:${d.column}`.padEnd(width);
			const severity = d.severity === "error" ? c.red(t("error").padEnd(severityWidth)) : c.yellow(t("warning").padEnd(severityWidth));
			out.push(`  ${c.dim(where)}  ${severity}  ${escapeControls(d.message)}  ${c.dim(escapeControls(d.ruleId))}`);
			const indent = " ".repeat(4 + width + severityWidth);
			if (d.hint) out.push(`${indent}${c.cyan(escapeControls(d.hint))}`);
			if (d.severity === "error" && file.text !== void 0) out.push(...codeFrame(file, d, c).map((line) => indent + line));
		}
		out.push("");
	}
	const { files, errors, warnings } = summarise(report);
	const lang = report.lang;
	const skipped = report.skipped ? "; " + (report.skipped === 1 ? t("summary.skippedOne") : t("summary.skippedMany", { count: report.skipped })) : "";
	if (errors + warnings === 0) out.push(c.green("✔ " + t("summary.clean", { files: countNoun(lang, "file", files) }) + skipped));
	else {
		const line = t("summary.problems", {
			problems: countNoun(lang, "problem", errors + warnings),
			errors: countNoun(lang, "error", errors),
			warnings: countNoun(lang, "warning", warnings),
			files: countNoun(lang, "file", files)
		});
		out.push((errors > 0 ? c.red.bold : c.yellow.bold)("✖ " + line + skipped));
	}
	return out.join("\n") + "\n";
};
const MAX_FRAME_WIDTH = 100;
/** The offending line with one line of context above it and carets under the span. */
function codeFrame(file, d, c) {
	const lines = file.text.split(/\r?\n/);
	const target = lines[d.line - 1];
	if (target === void 0) return [];
	const first = Math.max(1, d.line - 1);
	const gutter = String(d.line).length;
	const frame = [];
	for (let n = first; n <= d.line; n++) {
		const { text } = visibleLine(lines[n - 1] ?? "");
		const marker = n === d.line ? c.red(">") : " ";
		frame.push(`${marker} ${c.dim(String(n).padStart(gutter) + " |")} ${text}`);
	}
	const { column } = visibleLine(target);
	const from = column(d.column);
	const to = d.endLine === d.line ? column(Math.max(d.endColumn, d.column + 1)) : column(target.length + 1);
	const start = Math.min(from, MAX_FRAME_WIDTH);
	const end = Math.min(Math.max(to, from + 1), 101);
	const underline = " ".repeat(Math.max(0, start - 1)) + "^".repeat(Math.max(1, end - start));
	frame.push(`  ${c.dim(" ".repeat(gutter) + " |")} ${c.red(underline)}`);
	return frame;
}
/**
* A line of the file as the frame shows it: a tab as one space (so that columns hold), control
* characters escaped, clipped to MAX_FRAME_WIDTH (never inside a character or an escape); and
* where a column of the line is shown.
*/
function visibleLine(line) {
	const shownAt = [];
	let shown = "";
	let clipAt;
	for (const char of line) {
		const piece = char === "	" ? " " : isControl(char) ? escapeControl(char) : char;
		for (let unit = 0; unit < char.length; unit++) shownAt.push(shown.length + unit);
		if (clipAt === void 0 && shown.length + piece.length > MAX_FRAME_WIDTH) clipAt = shown.length;
		shown += piece;
	}
	const column = (at) => (at - 1 < shownAt.length ? shownAt[at - 1] : shown.length + (at - 1 - shownAt.length)) + 1;
	return {
		text: clipAt === void 0 ? shown : shown.slice(0, clipAt) + "…",
		column
	};
}
// dist/report/index.js
/** Every output format; each is one module, and each is given the same report. */
const formatters = {
	stylish,
	json,
	sarif,
	junit,
	github,
	gitlab
};
function isFormatName(name) {
	return Object.prototype.hasOwnProperty.call(formatters, name);
}
// dist/cli/read-plan.js
/** One file's problems on standard error, as `plan validate` shows them. */
function writeProblems(result, io, lang = result.lang) {
	const report = {
		files: [{
			file: result.file,
			diagnostics: result.diagnostics,
			...result.text !== void 0 ? { text: result.text } : {}
		}],
		lang
	};
	io.stderr.write(formatters.stylish(report, { color: useColor(io.stderr, io.env) }));
}
/**
* The one plan a command shows something of (its budget, its key figures), checked as validate
* checks it. A missing file or a bad configuration is exit 2; a file that cannot be read as a plan
* of its kind gets its problems shown and `notAPlan`'s sentence, with exit 1. Then it is undefined.
*/
async function openPlan(file, lang, { io, exit }, notAPlan) {
	if (!existsSync(file)) {
		io.stderr.write(createTranslator(lang ?? localeLang(io.env), cliMessages)("cli.notFound", { path: file }) + "\n");
		exit(EXIT.failure);
		return;
	}
	const { result, configProblems } = await checkPlanAsConfigured(file, lang, localeLang(io.env));
	if (configProblems.length > 0) {
		for (const line of configProblems) io.stderr.write(line + "\n");
		exit(EXIT.failure);
		return;
	}
	if (!result.kind || result.plan === void 0) {
		writeProblems(result, io);
		io.stderr.write(notAPlan(result) + "\n");
		exit(EXIT.problems);
		return;
	}
	return result;
}
// dist/cli/budget.js
var budget_exports = /* @__PURE__ */ __exportAll({ registerBudget: () => registerBudget });
const messages$5 = {
	en: {
		"budget.none": "{file}: a plan of the kind {kind} has no budget.",
		"budget.empty": "{file}: the plan gives no budget figures.",
		"budget.invalid": "plan: {file} cannot be read as a plan of its kind, so its budget cannot be shown; the problems are above."
	},
	sv: {
		"budget.none": "{file}: en plan av slaget {kind} har ingen budget.",
		"budget.empty": "{file}: planen anger inga budgetsiffror.",
		"budget.invalid": "plan: {file} kan inte läsas som en plan av sitt slag, så budgeten kan inte visas; felen står ovan."
	},
	nb: {
		"budget.none": "{file}: en plan av typen {kind} har ikke noe budsjett.",
		"budget.empty": "{file}: planen oppgir ingen budsjettall.",
		"budget.invalid": "plan: {file} kan ikke leses som en plan av sin type, så budsjettet kan ikke vises; feilene står over."
	}
};
function registerBudget(program, context) {
	program.command("budget").description("show a plan's budget tables with the sums computed, and where the stated sums differ").argument("<file>", "the plan").option("--lang <lang>", "language of the labels and messages: sv, nb or en (default: the plan's own)").action((file, options) => budget(file, options, context));
}
async function budget(file, options, context) {
	const { io, exit } = context;
	const lang = requestedLang(options.lang, io.env);
	const cliT = createTranslator(lang ?? localeLang(io.env), cliMessages, messages$5);
	if (options.lang !== void 0 && !isLang(options.lang)) {
		io.stderr.write(cliT("cli.badLang", { lang: options.lang }) + "\n");
		return exit(EXIT.failure);
	}
	const result = await openPlan(file, lang, context, (failed) => createTranslator(failed.lang, messages$5)("budget.invalid", { file }));
	if (!result) return;
	const t = createTranslator(result.lang, cliMessages, messages$5);
	if (!result.kind.budget) {
		io.stdout.write(t("budget.none", {
			file,
			kind: result.kind.id
		}) + "\n");
		return;
	}
	const view = result.kind.budget(result.plan);
	if (view.tables.length === 0 && view.balances.length === 0) {
		io.stdout.write(t("budget.empty", { file }) + "\n");
		return;
	}
	io.stdout.write(formatBudget(view, result.lang, useColor(io.stdout, io.env)));
	if (result.diagnostics.some((d) => d.severity === "error" && d.ruleId.startsWith("budget/"))) exit(EXIT.problems);
}
// dist/schema/json-schema.js
const JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema";
/** The file name a kind's schema is shipped under in the package's schemas/ folder. */
function schemaFileName(kind) {
	return `${kind.id}.schema.json`;
}
/**
* The kind's JSON Schema, for editors: what a user may write (zod's input side: an amount is a
* number or a string), with every field's title and description in the document's language.
*/
function kindJsonSchema(kind) {
	const { $schema: _dialect, ...rest } = toJSONSchema(kind.schema, {
		target: "draft-2020-12",
		io: "input",
		unrepresentable: "any"
	});
	return {
		$schema: JSON_SCHEMA_DIALECT,
		...rest,
		title: kind.title
	};
}
// dist/schema/skeleton.js
const defOf = (schema) => schema._zod.def;
const OPTIONAL_WRAPPERS = /* @__PURE__ */ new Set([
	"optional",
	"nullable",
	"default",
	"prefault",
	"catch"
]);
const TRANSPARENT_WRAPPERS = /* @__PURE__ */ new Set([
	"readonly",
	"nonoptional",
	"success"
]);
const COMMENT_WIDTH = 96;
function planSkeleton(kind, options) {
	const comments = /* @__PURE__ */ new Map();
	const value = overlay(placeholder(kind.schema, "", comments, false), kind.starter?.() ?? {});
	const doc = new import_dist.Document(value, { aliasDuplicateObjects: false });
	annotate(doc.contents, "", comments);
	doc.commentBefore = [...options.schemaPath !== void 0 ? [`yaml-language-server: $schema=${options.schemaPath}`, ""] : [], ...options.header].map((line) => line ? ` ${line}` : "").join("\n");
	return doc.toString({
		nullStr: "",
		lineWidth: 0,
		flowCollectionPadding: false
	});
}
function placeholder(schema, path, comments, optional) {
	const meta = globalRegistry.get(schema);
	if (meta && path && !comments.has(path)) {
		const text = [meta.title, meta.description].filter(Boolean).join(": ");
		if (text) comments.set(path, text);
	}
	const def = defOf(schema);
	if (OPTIONAL_WRAPPERS.has(def.type)) return placeholder(def.innerType, path, comments, true);
	if (TRANSPARENT_WRAPPERS.has(def.type)) return placeholder(def.innerType, path, comments, optional);
	switch (def.type) {
		case "pipe": return placeholder(def.in, path, comments, optional);
		case "lazy": return placeholder(def.getter(), path, comments, optional);
		case "object": {
			const result = {};
			for (const [key, field] of Object.entries(def.shape)) result[key] = placeholder(field, `${path}/${key}`, comments, false);
			return result;
		}
		case "array": {
			const element = def.element;
			if (isRecordSchema(element)) return [placeholder(element, `${path}/*`, comments, false)];
			return [];
		}
		case "union": {
			const options = def.options;
			const objectOption = options.find(isRecordSchema);
			return objectOption && options.every(isRecordSchema) ? placeholder(objectOption, path, comments, optional) : placeholder(options[0], path, comments, optional);
		}
		case "literal": return def.values[0];
		case "record": return {};
		case "boolean": return optional ? null : false;
		default: return optional ? null : "";
	}
}
function isRecordSchema(schema) {
	const def = defOf(schema);
	if (OPTIONAL_WRAPPERS.has(def.type) || TRANSPARENT_WRAPPERS.has(def.type)) return isRecordSchema(def.innerType);
	if (def.type === "pipe") return isRecordSchema(def.in);
	return def.type === "object";
}
/** The kind's starting values (the form's own rows, say) laid over the empty skeleton. */
function overlay(base, starter) {
	if (Array.isArray(starter)) {
		const template = Array.isArray(base) ? base[0] : void 0;
		return starter.map((item) => template !== void 0 ? overlay(template, item) : item);
	}
	if (starter && typeof starter === "object" && base && typeof base === "object" && !Array.isArray(base)) {
		const result = { ...base };
		for (const [key, value] of Object.entries(starter)) result[key] = overlay(result[key], value);
		return result;
	}
	return starter === void 0 ? base : starter;
}
function annotate(node, path, comments) {
	if ((0, import_dist.isMap)(node)) node.items.forEach((pair, index) => {
		if (!(0, import_dist.isPair)(pair) || !(0, import_dist.isScalar)(pair.key)) return;
		const childPath = `${path}/${String(pair.key.value)}`;
		const comment = comments.get(childPath);
		if (comment) pair.key.commentBefore = wrap(comment);
		if (comment && index > 0 && ((0, import_dist.isMap)(pair.value) || (0, import_dist.isSeq)(pair.value) || path === "")) pair.key.spaceBefore = true;
		annotate(pair.value, childPath, comments);
	});
	else if ((0, import_dist.isSeq)(node)) {
		if (node.items.length > 0 && node.items.every(import_dist.isScalar)) node.flow = true;
		node.items.forEach((item, index) => annotate(item, `${path}/*`, index === 0 ? comments : /* @__PURE__ */ new Map()));
	}
}
function wrap(text) {
	const lines = [];
	for (const paragraph of text.split("\n")) {
		let line = "";
		for (const word of paragraph.split(/\s+/).filter(Boolean)) if (line && line.length + word.length + 1 > COMMENT_WIDTH) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
		lines.push(line);
	}
	return lines.map((line) => ` ${line}`).join("\n");
}
// dist/cli/kind-arg.js
/**
* The kinds a command run in this folder knows: the package's own and those the `.planrc.yaml`
* governing the folder (the current one by default) adds. A configuration or kind file with mistakes is shown, and undefined returned.
*/
async function projectKinds(io, lang, folder) {
	const cwd = resolve(io.cwd ?? process.cwd(), folder ?? ".");
	const configs = new ConfigResolver({ lang });
	const config = await configs.forFolder(cwd);
	if (configs.failures.length > 0) {
		for (const failure of configs.failures) for (const line of formatConfigProblems(failure, lang)) io.stderr.write(line + "\n");
		return;
	}
	return registryFor(config?.kinds ?? [], lang);
}
/** The kind a user named on the command line, or a message saying which kinds there are. */
function findKindOrExplain(id, t, io, registry) {
	const kind = registry.get(id);
	if (kind) return kind;
	const problems = registry.problems.get(id);
	if (problems) {
		for (const d of problems) io.stderr.write(`${d.file}:${d.line}:${d.column}: ${d.hint ? `${d.message} ${d.hint}` : d.message}\n`);
		return;
	}
	const ids = registry.ids();
	const suggestion = didYouMean(id, ids);
	io.stderr.write(`${t("cli.unknownKind", { kind: id })}${suggestion ? `; ${t("schema.didYouMean", { suggestion })}` : ""}\n`);
	io.stderr.write(`${t("plan.kindsHint", { kinds: formatList("en", ids) })}\n`);
}
// dist/cli/kinds.js
var kinds_exports = /* @__PURE__ */ __exportAll({ registerKinds: () => registerKinds });
function registerKinds(program, { io, exit }) {
	program.command("kinds").description("list the kinds of plan this version knows").option("--lang <lang>", "language of the listing: sv, nb or en").action(async (options) => {
		const lang = requestedLang(options.lang, io.env) ?? localeLang(io.env);
		const registry = await projectKinds(io, lang);
		if (!registry) return exit(2);
		io.stdout.write(kindListing(createTranslator(lang, cliMessages), registry));
	});
}
/** Each kind with its language and the form's own title. */
function kindListing(t, registry) {
	const kinds = registry.all();
	const width = Math.max(...kinds.map((k) => k.id.length));
	return [t("kinds.heading"), ...kinds.map((k) => `  ${k.id.padEnd(width)}  ${k.lang}  ${k.title}`)].join("\n") + "\n";
}
// dist/cli/output.js
var WriteError = class extends Error {
	problem;
	constructor(problem) {
		super(problem.code);
		this.problem = problem;
	}
	/** The problem in the user's language, naming the file that was to be written. */
	describe(path, t) {
		const { problem } = this;
		switch (problem.code) {
			case "sameAsInput": return t("render.sameAsInput", { path });
			case "exists": return t("output.exists", { path });
			case "noFolder": return t("render.noFolder", { folder: problem.folder });
			case "cannotWrite": return t("render.cannotWrite", {
				path,
				reason: problem.reason
			});
		}
	}
};
/**
* Writes the whole file or nothing: the data goes to a temporary file beside the target, which is
* renamed over it only once complete, so an interrupted or failed write never leaves half a file.
* The plan a document is rendered from is never overwritten.
*/
async function writeOutput(path, data, { inputs = [], overwrite = true } = {}) {
	const target = resolve(path);
	for (const input of inputs) if (await canonical(input) === await canonical(target)) throw new WriteError({ code: "sameAsInput" });
	const folder = dirname(target);
	if (!(await stat(folder).catch(() => void 0))?.isDirectory()) throw new WriteError({
		code: "noFolder",
		folder: dirname(path) || "."
	});
	const temporary = join(folder, `.${basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
	try {
		await writeFile(temporary, data, { flag: "wx" });
		if (overwrite) await rename(temporary, target);
		else await link(temporary, target).finally(() => rm(temporary, { force: true }));
	} catch (error) {
		await rm(temporary, { force: true });
		const code = error.code;
		if (code === "EEXIST") throw new WriteError({ code: "exists" });
		throw new WriteError({
			code: "cannotWrite",
			reason: code ?? String(error)
		});
	}
}
async function canonical(path) {
	const absolute = resolve(path);
	try {
		return await realpath(absolute);
	} catch {
		try {
			return join(await realpath(dirname(absolute)), basename(absolute));
		} catch {
			return absolute;
		}
	}
}
/** An --out-dir is created when missing, as a user naming a folder for outputs expects; the problem if it cannot be. */
async function createOutDir(folder, t) {
	try {
		await mkdir(folder, { recursive: true });
		return;
	} catch (error) {
		return new WriteError({
			code: "cannotWrite",
			reason: error.code ?? String(error)
		}).describe(folder, t);
	}
}
// dist/cli/init.js
var init_exports = /* @__PURE__ */ __exportAll({ registerInit: () => registerInit });
const messages$4 = {
	en: {
		"init.header": "{title}",
		"init.howTo": "Fill in every \"\" below; the comments say what each field is. \"plan validate {file}\" shows what is left.",
		"init.wrote": "wrote {path}; fill it in, and run \"plan validate {path}\" to see what is left",
		"init.usage": "Start a plan with \"plan init <kind> [file]\"."
	},
	sv: {
		"init.header": "{title}",
		"init.howTo": "Fyll i varje \"\" nedan; kommentarerna säger vad fälten är. \"plan validate {file}\" visar vad som återstår.",
		"init.wrote": "skrev {path}; fyll i den, och kör \"plan validate {path}\" för att se vad som återstår",
		"init.usage": "Börja en plan med \"plan init <slag> [fil]\"."
	},
	nb: {
		"init.header": "{title}",
		"init.howTo": "Fyll inn hver \"\" nedenfor; kommentarene sier hva feltene er. \"plan validate {file}\" viser hva som gjenstår.",
		"init.wrote": "skrev {path}; fyll den ut, og kjør \"plan validate {path}\" for å se hva som gjenstår",
		"init.usage": "Start en plan med \"plan init <type> [fil]\"."
	}
};
function registerInit(program, context) {
	program.command("init").description("start a new plan of a kind, with every field and the form's guidance as comments").argument("[kind]", "the kind of plan (without it, the kinds are listed)").argument("[file]", "the file to write (\"-\" for standard output)", void 0).option("--force", "replace the file if it exists").option("--schema <path-or-url>", "where editors find the JSON Schema (default: the schema shipped with plan)").option("--lang <lang>", "language of messages: sv, nb or en (the plan itself is in its form's language)").action((kind, file, options) => init(kind, file, options, context));
}
async function init(kindId, file, options, { io, exit }) {
	const lang = requestedLang(options.lang, io.env) ?? localeLang(io.env);
	const t = createTranslator(lang, cliMessages, messages$4);
	if (options.lang !== void 0 && !isLang(options.lang)) {
		io.stderr.write(t("cli.badLang", { lang: options.lang }) + "\n");
		return exit(EXIT.failure);
	}
	const registry = await projectKinds(io, lang, file && file !== "-" ? dirname(file) : void 0);
	if (!registry) return exit(EXIT.failure);
	if (!kindId) {
		io.stdout.write(kindListing(t, registry) + "\n" + t("init.usage") + "\n");
		return;
	}
	const kind = findKindOrExplain(kindId, t, io, registry);
	if (!kind) return exit(EXIT.failure);
	const planT = requestedLang(options.lang, io.env) ? t : createTranslator(kind.lang, cliMessages, messages$4);
	const target = file ?? `${kind.id}.yaml`;
	const toStdout = target === "-";
	const planFolder = toStdout ? process.cwd() : dirname(resolve(target));
	const docT = createTranslator(kind.lang, messages$4);
	const text = planSkeleton(kind, {
		...options.schema !== void 0 ? { schemaPath: options.schema } : shipsSchema(kind) ? { schemaPath: schemaPathFrom(planFolder, kind) } : {},
		header: [docT("init.header", { title: kind.title }), docT("init.howTo", { file: toStdout ? `${kind.id}.yaml` : target })]
	});
	if (toStdout) {
		io.stdout.write(text);
		return;
	}
	try {
		await writeOutput(target, text, { overwrite: Boolean(options.force) });
		io.stderr.write(planT("init.wrote", { path: target }) + "\n");
	} catch (error) {
		if (!(error instanceof WriteError)) throw error;
		io.stderr.write(error.describe(target, planT) + "\n");
		exit(EXIT.failure);
	}
}
/** A kind of the repository's own has no schema in the package; `plan schema <kind> -o` writes one. */
function shipsSchema(kind) {
	return existsSync(join(PACKAGE_ROOT, "schemas", schemaFileName(kind)));
}
/** The shipped schema, as a path relative to the plan, so the modeline works wherever the project is checked out. */
function schemaPathFrom(planFolder, kind) {
	const schema = join(PACKAGE_ROOT, "schemas", schemaFileName(kind));
	const path = relative(planFolder, schema).split(sep).join("/");
	return path.startsWith(".") ? path : `./${path}`;
}
// dist/cli/kind.js
var kind_exports = /* @__PURE__ */ __exportAll({ registerKind: () => registerKind });
const messages$3 = {
	en: {
		"kind.exists": "plan: {path} exists already; choose another folder",
		"kind.badId": "plan: \"{id}\" cannot be a kind's id: use lower-case letters, digits and hyphens, starting with a letter (e.g. regionalfonden-ansokan)",
		"kind.notData": "plan: the kind {kind} is not defined as data yet, so it cannot be copied; start from another kind or from none",
		"kind.wrote": "wrote {path}: kind.yaml, {template}, example.yaml; edit them, then run \"plan kind check {path}\"",
		"kind.ok": "✔ {path}: the kind file is valid, the example validates and renders, and matches {golden}",
		"kind.noExample": "plan: {path} has no example plan ({file}); a kind is checked by its example",
		"kind.exampleErrors": "plan: the example {file} has errors with its kind; an example shows a plan that passes",
		"kind.renderFailed": "plan: the example {file} does not render: {reason}",
		"kind.noGolden": "plan: there is no golden Markdown {golden} yet; run \"plan kind check {path} --update\", then read it against the form",
		"kind.goldenDiffers": "plan: the example renders differently from {golden} (first difference on line {line}):\n  golden:   {expected}\n  rendered: {actual}\nRun \"plan kind check {path} --update\" if the change is meant, and read the diff.",
		"kind.goldenWritten": "wrote {golden}; read it against the form"
	},
	sv: {
		"kind.exists": "plan: {path} finns redan; välj en annan mapp",
		"kind.badId": "plan: \"{id}\" kan inte vara ett slags id: använd små bokstäver, siffror och bindestreck, med en bokstav först (t.ex. regionalfonden-ansokan)",
		"kind.notData": "plan: slaget {kind} är ännu inte beskrivet som data och kan inte kopieras; utgå från ett annat slag eller från inget",
		"kind.wrote": "skrev {path}: kind.yaml, {template}, example.yaml; redigera dem och kör sedan \"plan kind check {path}\"",
		"kind.ok": "✔ {path}: slagfilen är giltig, exemplet godkänns och kan skrivas ut, och stämmer med {golden}",
		"kind.noExample": "plan: {path} har ingen exempelplan ({file}); ett slag kontrolleras genom sitt exempel",
		"kind.exampleErrors": "plan: exemplet {file} har fel med sitt slag; ett exempel visar en plan som godkänns",
		"kind.renderFailed": "plan: exemplet {file} kan inte skrivas ut: {reason}",
		"kind.noGolden": "plan: det finns ingen facit-Markdown {golden} ännu; kör \"plan kind check {path} --update\" och läs den mot blanketten",
		"kind.goldenDiffers": "plan: exemplet blir ett annat än {golden} (första skillnaden på rad {line}):\n  facit:    {expected}\n  utskrift: {actual}\nKör \"plan kind check {path} --update\" om ändringen är avsiktlig, och läs skillnaden.",
		"kind.goldenWritten": "skrev {golden}; läs den mot blanketten"
	},
	nb: {
		"kind.exists": "plan: {path} finnes allerede; velg en annen mappe",
		"kind.badId": "plan: \"{id}\" kan ikke være en types id: bruk små bokstaver, sifre og bindestrek, med en bokstav først (f.eks. fylke-soknad)",
		"kind.notData": "plan: typen {kind} er ennå ikke beskrevet som data og kan ikke kopieres; start fra en annen type eller fra ingen",
		"kind.wrote": "skrev {path}: kind.yaml, {template}, example.yaml; rediger dem og kjør så \"plan kind check {path}\"",
		"kind.ok": "✔ {path}: typefilen er gyldig, eksempelet godkjennes og kan skrives ut, og stemmer med {golden}",
		"kind.noExample": "plan: {path} har ingen eksempelplan ({file}); en type kontrolleres gjennom eksempelet",
		"kind.exampleErrors": "plan: eksempelet {file} har feil med sin type; et eksempel viser en plan som godkjennes",
		"kind.renderFailed": "plan: eksempelet {file} kan ikke skrives ut: {reason}",
		"kind.noGolden": "plan: det finnes ingen fasit-Markdown {golden} ennå; kjør \"plan kind check {path} --update\" og les den mot skjemaet",
		"kind.goldenDiffers": "plan: eksempelet blir et annet enn {golden} (første forskjell på linje {line}):\n  fasit:    {expected}\n  utskrift: {actual}\nKjør \"plan kind check {path} --update\" hvis endringen er ment, og les forskjellen.",
		"kind.goldenWritten": "skrev {golden}; les den mot skjemaet"
	}
};
function registerKind(program, context) {
	const kind = program.command("kind").description("write and check kinds of plan defined as data (a funder's form as kind.yaml, template and example)");
	kind.command("new").description("write a starting kind folder: kind.yaml, a template and an example plan").argument("<id>", "the new kind's id, which plans name in \"kind:\"").argument("[folder]", "the folder to write (default: ./<id>)").option("--from <kind>", "start from a copy of this kind").option("--lang <lang>", "language of messages: sv, nb or en").action((id, folder, options) => newKind(id, folder, options, context));
	kind.command("check").description("check a kind folder: its kind file, templates, example and golden Markdown (example.md)").argument("<folder>", "the kind's folder").option("--update", "write the golden Markdown from the example as it renders now").option("--lang <lang>", "language of messages: sv, nb or en").action((folder, options) => checkKind(folder, options, context));
}
function translator(options, io) {
	if (options.lang !== void 0 && !isLang(options.lang)) return void 0;
	const lang = requestedLang(options.lang, io.env) ?? localeLang(io.env);
	return {
		lang,
		t: createTranslator(lang, cliMessages, messages$3)
	};
}
const STARTER_KIND = (id, schema) => `# yaml-language-server: $schema=${schema}
# A kind of plan: the funder's form as data. docs/kinds.md describes every key.
id: ${id}
lang: sv
title: Ansökan
description: An application to a funder.
source: Where the form comes from (the funder's guidance, with its address).

fields:
  title: { type: text, label: Projektets namn, maxLength: 100 }
  owner: { type: text, label: Projektägare }
  orgNumber: { type: org-number, label: Organisationsnummer }
  period: { type: period, label: Projektperiod }
  summary:
    type: markdown
    label: Sammanfattning
    help: Beskriv kort vad projektet ska göra och varför.
    maxLength: 1500
  budget:
    type: table
    id: Budget
    label: Budget
    rowLabel: { key: item, label: Kostnadsslag }
    columns:
      amount: { label: Belopp }
    rows: [Personal, Externa tjänster, Resor]
    total: { label: Summa }
  support: { type: amount, label: Sökt stöd }
  contact: { type: contact, label: Kontaktperson }

rules:
  - use: cap
    value: support
    max: budget.total.amount
  - use: share
    part: support
    whole: budget.total.amount
    max: 50
`;
const STARTER_TEMPLATE = `---
docx:
  lang: sv-SE
  title: "{{title}}"
  author: "{{owner}}"
---
# {{title}}

| | |
|:--|:--|
| Projektägare | {{owner}} |
| Organisationsnummer | {{orgNumber}} |
| Projektperiod | {{date period.start}} – {{date period.end}} |

## Sammanfattning

{{markdown summary headingLevel=3}}

## Budget

{{#with (budgetTable "Budget")}}
{{> budgetTable}}
{{/with}}

Sökt stöd: {{amount support}} kr

## Kontaktperson

{{contact.name}}, {{contact.organisation}}, {{contact.email}}
`;
const STARTER_EXAMPLE = (id) => `kind: ${id}
title: Digital välfärd i Norrbotten
owner: Exempelkommunen
orgNumber: 212000-0142
period:
  start: 2025-01-01
  end: 2026-12-31
summary: |
  Projektet inför digitala trygghetslarm i hemtjänsten.
budget:
  rows:
    - { item: Personal, amount: 800000 }
    - { item: Externa tjänster, amount: 300000 }
    - { item: Resor, amount: 50000 }
  total: { amount: 1150000 }
support: 500000
contact:
  name: Anna Andersson
  organisation: Exempelkommunen
  email: anna.andersson@exempel.se
`;
async function newKind(id, folderArg, options, { io, exit }) {
	const chosen = translator(options, io);
	if (!chosen) {
		io.stderr.write(createTranslator(localeLang(io.env), cliMessages)("cli.badLang", { lang: options.lang }) + "\n");
		return exit(EXIT.failure);
	}
	const { lang, t } = chosen;
	const fail = (message) => {
		io.stderr.write(message + "\n");
		exit(EXIT.failure);
	};
	if (!/^[a-z][a-z0-9-]*$/.test(id)) return fail(t("kind.badId", { id }));
	const cwd = io.cwd ?? process.cwd();
	const shown = folderArg ?? id;
	const target = resolve(cwd, shown);
	if (existsSync(target)) return fail(t("kind.exists", { path: shown }));
	const parent = dirname(target);
	if (!existsSync(parent)) return fail(t("cli.notFound", { path: relative(cwd, parent) || parent }));
	const staging = mkdtempSync(join(parent, `.${basename(target)}-`));
	try {
		let template = `sv.md.hbs`;
		if (options.from) {
			const registry = await projectKinds(io, lang);
			if (!registry) return exit(EXIT.failure);
			const source = findKindOrExplain(options.from, t, io, registry);
			if (!source) return exit(EXIT.failure);
			if (!source.folder) return fail(t("kind.notData", { kind: options.from }));
			for (const entry of readdirSync(source.folder)) if (entry !== "example.md") cpSync(join(source.folder, entry), join(staging, entry), { recursive: true });
			const kindFile = join(staging, KIND_FILE);
			writeFileSync(kindFile, readFileSync(kindFile, "utf8").replace(/^id:.*$/m, `id: ${id}`));
			const example = join(staging, "example.yaml");
			if (existsSync(example)) writeFileSync(example, readFileSync(example, "utf8").replace(/^kind:.*$/m, `kind: ${id}`));
			template = readdirSync(staging).find((name) => name.endsWith(".md.hbs")) ?? template;
		} else {
			const schema = relative(target, join(PACKAGE_ROOT, "schemas", "kind.schema.json")).split(sep).join("/");
			writeFileSync(join(staging, KIND_FILE), STARTER_KIND(id, schema));
			writeFileSync(join(staging, template), STARTER_TEMPLATE);
			writeFileSync(join(staging, "example.yaml"), STARTER_EXAMPLE(id));
		}
		renameSync(staging, target);
		io.stderr.write(t("kind.wrote", {
			path: shown,
			template
		}) + "\n");
	} finally {
		rmSync(staging, {
			recursive: true,
			force: true
		});
	}
}
async function checkKind(folder, options, { io, exit }) {
	const chosen = translator(options, io);
	if (!chosen) {
		io.stderr.write(createTranslator(localeLang(io.env), cliMessages)("cli.badLang", { lang: options.lang }) + "\n");
		return exit(EXIT.failure);
	}
	const { lang, t } = chosen;
	const cwd = io.cwd ?? process.cwd();
	const absolute = resolve(cwd, folder);
	const { checkKindFolder } = await import("./check-folder-DRHE18gV.js");
	const result = await checkKindFolder(absolute, lang, folder);
	const color = useColor(io.stderr, io.env);
	if (result.kindProblems.length > 0) {
		io.stderr.write(formatters.stylish({
			files: groupByFile(result.kindProblems),
			lang
		}, { color }));
		return exit(EXIT.failure);
	}
	const exampleFile = join(folder, "example.yaml");
	const golden = relative(cwd, result.goldenPath) || result.goldenPath;
	if (!result.example) {
		io.stderr.write(t("kind.noExample", {
			path: folder,
			file: exampleFile
		}) + "\n");
		return exit(EXIT.problems);
	}
	if (countBySeverity(result.example.diagnostics).errors > 0 || result.example.plan === void 0) {
		io.stderr.write(formatters.stylish({
			files: [{
				file: result.example.file,
				diagnostics: result.example.diagnostics,
				...result.example.text !== void 0 ? { text: result.example.text } : {}
			}],
			lang
		}, { color }));
		io.stderr.write(t("kind.exampleErrors", { file: result.example.file }) + "\n");
		return exit(EXIT.problems);
	}
	if (result.renderError !== void 0 || result.markdown === void 0) {
		io.stderr.write(t("kind.renderFailed", {
			file: result.example.file,
			reason: result.renderError ?? ""
		}) + "\n");
		return exit(EXIT.problems);
	}
	if (options.update) {
		await writeOutput(result.goldenPath, result.markdown);
		io.stderr.write(t("kind.goldenWritten", { golden }) + "\n");
		return;
	}
	if (result.golden === void 0) {
		io.stderr.write(t("kind.noGolden", {
			golden,
			path: folder
		}) + "\n");
		return exit(EXIT.problems);
	}
	if (result.golden !== result.markdown) {
		const expected = result.golden.split("\n");
		const actual = result.markdown.split("\n");
		let line = 0;
		while (line < Math.max(expected.length, actual.length) && expected[line] === actual[line]) line++;
		io.stderr.write(t("kind.goldenDiffers", {
			golden,
			line: line + 1,
			expected: expected[line] ?? "",
			actual: actual[line] ?? "",
			path: folder
		}) + "\n");
		return exit(EXIT.problems);
	}
	io.stdout.write(t("kind.ok", {
		path: folder,
		golden
	}) + "\n");
}
function groupByFile(diagnostics) {
	const files = /* @__PURE__ */ new Map();
	for (const d of diagnostics) files.set(d.file, [...files.get(d.file) ?? [], d]);
	return [...files].map(([file, list]) => {
		let text;
		try {
			text = readFileSync(resolve(file), "utf8");
		} catch {
			text = void 0;
		}
		return {
			file,
			diagnostics: list,
			...text !== void 0 ? { text } : {}
		};
	});
}
// dist/validate/files.js
const PLAN_FILE = /\.ya?ml$/i;
const SKIPPED_FOLDERS = /* @__PURE__ */ new Set(["node_modules"]);
const GLOB_CHARACTERS = /[*?[\]{}()!+@]/;
/**
* Files as named; every *.yaml/*.yml below a named folder, or matched by a glob, except in
* node_modules, hidden files and folders, and what .gitignore files on the way leave out.
*/
async function expandPaths(paths, options = {}) {
	const cwd = options.cwd ?? process.cwd();
	const isIgnored = options.isIgnored ?? (async () => false);
	const files = [];
	const missing = [];
	const unmatched = [];
	const ignored = [];
	const seen = /* @__PURE__ */ new Set();
	const visited = /* @__PURE__ */ new Set();
	const gitignores = new GitIgnores();
	const add = async (path, absolute, explicit) => {
		const real = await realpath(absolute).catch(() => absolute);
		if (seen.has(real)) return;
		seen.add(real);
		files.push({
			path,
			absolute,
			explicit
		});
	};
	for (const path of paths) {
		const absolute = resolve(cwd, path);
		const info = await stat(absolute).catch(() => void 0);
		if (info?.isDirectory()) {
			const found = [];
			await walk(absolute, path, await gitignores.above(absolute), found, isIgnored, gitignores, visited);
			for (const file of found) await add(file.path, file.absolute, false);
		} else if (info) {
			if (await isIgnored(absolute, false)) ignored.push(path);
			else await add(path, absolute, true);
		} else if (GLOB_CHARACTERS.test(path) && (await import("./dist-DuhXT534.js")).isDynamicPattern(path)) {
			const matches = await globPlans(path, cwd, isIgnored, gitignores);
			if (matches.length === 0) unmatched.push(path);
			for (const file of matches) await add(file.path, file.absolute, false);
		} else missing.push(path);
	}
	return {
		files,
		missing,
		unmatched,
		ignored
	};
}
/**
* The plan files below a folder. A symlinked folder is followed, but a folder already walked (a
* link to a parent, or two links to one folder) is not walked again, so no walk loops or repeats.
*/
async function walk(folder, shown, rules, found, isIgnored, gitignores, visited) {
	const real = await realpath(folder).catch(() => folder);
	if (visited.has(real)) return;
	visited.add(real);
	let entries;
	try {
		entries = await readdir(folder, { withFileTypes: true });
	} catch {
		return;
	}
	const here = await gitignores.extend(rules, folder);
	entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
	for (const entry of entries) {
		if (entry.name.startsWith(".")) continue;
		const absolute = join(folder, entry.name);
		const path = join(shown, entry.name);
		let isFolder = entry.isDirectory();
		if (entry.isSymbolicLink()) isFolder = (await stat(absolute).catch(() => void 0))?.isDirectory() ?? false;
		if (isFolder) {
			if (SKIPPED_FOLDERS.has(entry.name) || here.ignores(absolute, true) || await isIgnored(absolute, true)) continue;
			await walk(absolute, path, here, found, isIgnored, gitignores, visited);
		} else if (entry.name === "kind.yaml") continue;
		else if (PLAN_FILE.test(entry.name) && !here.ignores(absolute, false) && !await isIgnored(absolute, false)) found.push({
			path,
			absolute,
			explicit: false
		});
	}
}
async function globPlans(pattern, cwd, isIgnored, gitignores) {
	const absolute = isAbsolute(pattern);
	const { glob } = await import("./dist-DuhXT534.js");
	const matches = await glob([pattern], {
		cwd,
		absolute,
		dot: false,
		onlyFiles: true,
		expandDirectories: false,
		ignore: ["**/node_modules/**"]
	});
	const found = [];
	for (const match of matches.sort()) {
		const path = absolute ? match : match.split("/").join(sep);
		const full = resolve(cwd, path);
		if (!PLAN_FILE.test(full) || basename(full) === "kind.yaml" || await gitignores.excludes(full, cwd) || await isIgnored(full, false)) continue;
		found.push({
			path,
			absolute: full,
			explicit: false
		});
	}
	return found;
}
/** The .gitignore files that apply in one folder, outermost first; a later one's patterns win. */
var IgnoreRules = class {
	levels;
	constructor(levels = []) {
		this.levels = levels;
	}
	ignores(absolute, folder) {
		let ignored = false;
		for (const { base, matcher } of this.levels) {
			const rel = relative(base, absolute);
			if (rel === "" || rel === ".." || rel.startsWith(".." + sep)) continue;
			const posix = rel.split(sep).join("/");
			const result = matcher.test(folder ? posix + "/" : posix);
			if (result.ignored) ignored = true;
			else if (result.unignored) ignored = false;
		}
		return ignored;
	}
};
/** .gitignore files, each read once: from the repository's root (the folder with .git) down. */
var GitIgnores = class {
	files = /* @__PURE__ */ new Map();
	roots = /* @__PURE__ */ new Map();
	/** The rules that apply inside a folder from .gitignore files in its parents up to the repository's root. */
	async above(folder) {
		const root = await this.root(folder);
		if (root === void 0 || root === folder) return new IgnoreRules();
		const chain = [];
		for (let dir = dirname(folder);; dir = dirname(dir)) {
			chain.unshift(dir);
			if (dir === root || dirname(dir) === dir) break;
		}
		let rules = new IgnoreRules();
		for (const dir of chain) rules = await this.extend(rules, dir);
		return rules;
	}
	async extend(rules, folder) {
		const matcher = await this.read(folder);
		return matcher ? new IgnoreRules([...rules.levels, {
			base: folder,
			matcher
		}]) : rules;
	}
	/** Whether a file found by a glob is left out by .gitignore: the file, or a folder it is in. */
	async excludes(file, cwd) {
		const top = await this.root(dirname(file)) ?? cwd;
		const folders = [];
		for (let dir = dirname(file);; dir = dirname(dir)) {
			folders.unshift(dir);
			if (dir === top || dirname(dir) === dir) break;
		}
		let rules = new IgnoreRules();
		for (const dir of folders) {
			if (rules.ignores(dir, true)) return true;
			rules = await this.extend(rules, dir);
		}
		return rules.ignores(file, false);
	}
	read(folder) {
		let matcher = this.files.get(folder);
		if (!matcher) {
			matcher = readFile(join(folder, ".gitignore"), "utf8").then((text) => (0, import_ignore.default)().add(text), () => void 0);
			this.files.set(folder, matcher);
		}
		return matcher;
	}
	root(folder) {
		let root = this.roots.get(folder);
		if (!root) {
			root = stat(join(folder, ".git")).then(() => folder, () => dirname(folder) === folder ? void 0 : this.root(dirname(folder)));
			this.roots.set(folder, root);
		}
		return root;
	}
};
// dist/cli/render.js
var render_exports = /* @__PURE__ */ __exportAll({ registerRender: () => registerRender });
function registerRender(program, context) {
	program.command("render").description("render plans as the funder's form, as Markdown or Word (.docx)").argument("<paths...>", "plans, or folders of plans").option("-t, --to <format>", "md or docx (default: from the output file's extension, else md)").option("-o, --output <file>", "the file to write; \"-\" for standard output (one plan only)").option("--out-dir <folder>", "write each plan's document into this folder, named after the plan").option("--template <file>", "a Handlebars template of your own instead of the kind's").option("--lang <lang>", "language of messages: sv, nb or en").option("--force", "render even a plan with errors (its schema must still be valid)").action((paths, options) => render(paths, options, context));
}
async function render(paths, options, { io, exit }) {
	const lang = requestedLang(options.lang, io.env);
	const t = createTranslator(lang ?? localeLang(io.env), cliMessages);
	const fail = (message) => {
		io.stderr.write(message + "\n");
		exit(EXIT.failure);
	};
	if (options.lang !== void 0 && !isLang(options.lang)) return fail(t("cli.badLang", { lang: options.lang }));
	const target = targetOf(options);
	if (!target) return fail(t("render.badTarget", { to: options.to ?? "" }));
	const { files, missing } = await expandPaths(paths);
	for (const path of missing) fail(t("cli.notFound", { path }));
	if (files.length === 0) return missing.length ? void 0 : fail(t("cli.noPlans", { paths: paths.join(", ") }));
	if (files.length > 1 && options.output) return fail(t("render.oneOutput"));
	const destinationOf = (path) => options.output ?? (options.outDir ? join(options.outDir, basename(path, extname(path)) + "." + target) : void 0);
	if (options.outDir) {
		const byDestination = /* @__PURE__ */ new Map();
		let clashes = 0;
		for (const file of files) {
			const destination = destinationOf(file.path);
			const key = resolve(destination).toLowerCase();
			const first = byDestination.get(key);
			if (first === void 0) byDestination.set(key, file.path);
			else {
				clashes++;
				fail(t("render.sameOutput", {
					first: escapeControls(first),
					second: escapeControls(file.path),
					path: escapeControls(destination)
				}));
			}
		}
		if (clashes > 0) return;
	}
	const folderProblem = options.outDir ? await createOutDir(options.outDir, t) : void 0;
	if (folderProblem) return fail(folderProblem);
	const { renderMarkdown, renderDocx, markdownForReaders, RenderError } = await import("./render-Cz2G_k0t.js");
	const { DocxRenderError } = await import("./docx-D9kcXzzk.js").then((n) => n.t);
	for (const file of files) {
		const { result, configProblems } = await checkPlanAsConfigured(file.path, lang, localeLang(io.env));
		if (configProblems.length > 0) {
			for (const line of configProblems) io.stderr.write(line + "\n");
			return exit(EXIT.failure);
		}
		const fileT = lang ? t : createTranslator(result.lang, cliMessages);
		if (result.diagnostics.filter((d) => d.severity === "error").length > 0 && (result.plan === void 0 || !options.force)) {
			writeProblems(result, io, lang ?? result.lang);
			io.stderr.write(fileT(result.plan === void 0 ? "render.notAPlan" : "render.hasErrors", { file: escapeControls(file.path) }) + "\n");
			exit(EXIT.problems);
			continue;
		}
		const destination = destinationOf(file.path);
		if (target === "docx" && (destination === void 0 || destination === "-") && io.stdout.isTTY) {
			fail(fileT("render.docxToTerminal"));
			continue;
		}
		let data;
		try {
			const renderOptions = options.template ? { templatePath: options.template } : {};
			if (target === "md") {
				const { markdown, settings } = await renderMarkdown(result, renderOptions);
				data = markdownForReaders(markdown, settings);
			} else data = await renderDocx(result, renderOptions);
		} catch (error) {
			if (error instanceof RenderError && error.id) {
				fail(escapeControls(fileT(error.id, error.params)));
				continue;
			}
			if (error instanceof RenderError || error instanceof DocxRenderError) {
				fail(`plan: ${escapeControls(file.path)}: ${escapeControls(error.message)}`);
				continue;
			}
			throw error;
		}
		if (destination === void 0 || destination === "-") {
			io.stdout.write(data);
			continue;
		}
		try {
			await writeOutput(destination, data, { inputs: files.map((input) => input.path) });
			io.stderr.write(fileT("render.wrote", { path: escapeControls(destination) }) + "\n");
		} catch (error) {
			if (!(error instanceof WriteError)) throw error;
			fail(error.describe(escapeControls(destination), fileT));
		}
	}
}
function targetOf(options) {
	if (options.to !== void 0) return options.to === "md" || options.to === "docx" ? options.to : options.to === "markdown" ? "md" : void 0;
	return extname(options.output ?? "").toLowerCase() === ".docx" ? "docx" : "md";
}
// dist/kinds/data/json-schema.js
/** The kind file's JSON Schema, for editors (schemas/kind.schema.json). */
function kindFileJsonSchema() {
	return {
		...toJSONSchema(kindFileSchema, {
			target: "draft-2020-12",
			io: "input",
			unrepresentable: "any"
		}),
		$schema: "https://json-schema.org/draft/2020-12/schema",
		title: "plan kind file (kind.yaml)"
	};
}
// dist/cli/schema.js
var schema_exports = /* @__PURE__ */ __exportAll({ registerSchema: () => registerSchema });
const messages$2 = {
	en: {
		"schema.needKind": "plan: name a kind (\"plan schema <kind>\"), or write them all with \"plan schema --all --out-dir <folder>\"",
		"schema.allNeedsFolder": "plan: --all writes one file per kind; name the folder with --out-dir",
		"schema.wrote": "wrote {path}"
	},
	sv: {
		"schema.needKind": "plan: ange ett slag (\"plan schema <slag>\"), eller skriv alla med \"plan schema --all --out-dir <mapp>\"",
		"schema.allNeedsFolder": "plan: --all skriver en fil per slag; ange mappen med --out-dir",
		"schema.wrote": "skrev {path}"
	},
	nb: {
		"schema.needKind": "plan: oppgi en type (\"plan schema <type>\"), eller skriv alle med \"plan schema --all --out-dir <mappe>\"",
		"schema.allNeedsFolder": "plan: --all skriver én fil per type; oppgi mappen med --out-dir",
		"schema.wrote": "skrev {path}"
	}
};
function registerSchema(program, context) {
	program.command("schema").description("print a kind's JSON Schema (draft 2020-12), for editors' completion and hover help").argument("[kind]", "the kind (see \"plan kinds\")").option("--all", "every kind, one file each (with --out-dir)").option("--out-dir <folder>", "write <kind>.schema.json files into this folder").option("-o, --output <file>", "write the schema to this file instead of standard output").option("--lang <lang>", "language of messages: sv, nb or en").option("-q, --quiet", "do not list the files written").action((kind, options) => schema(kind, options, context));
}
async function schema(kindId, options, context) {
	const { io, exit } = context;
	const lang = requestedLang(options.lang, io.env) ?? localeLang(io.env);
	const t = createTranslator(lang, cliMessages, messages$2);
	const fail = (message) => {
		io.stderr.write(message + "\n");
		exit(EXIT.failure);
	};
	if (options.lang !== void 0 && !isLang(options.lang)) return fail(t("cli.badLang", { lang: options.lang }));
	if (options.all && !options.outDir) return fail(t("schema.allNeedsFolder"));
	const registry = await projectKinds(io, lang);
	if (!registry) return exit(EXIT.failure);
	let selected = registry.all();
	if (!options.all) {
		if (!kindId) return fail(t("schema.needKind"));
		const kind = findKindOrExplain(kindId, t, io, registry);
		if (!kind) return exit(EXIT.failure);
		selected = [kind];
	}
	const folderProblem = options.outDir ? await createOutDir(options.outDir, t) : void 0;
	if (folderProblem) return fail(folderProblem);
	const schemas = selected.map((kind) => ({
		name: schemaFileName(kind),
		value: kindJsonSchema(kind)
	}));
	if (options.all) schemas.push({
		name: "kind.schema.json",
		value: kindFileJsonSchema()
	});
	for (const { name, value } of schemas) {
		const text = JSON.stringify(value, null, 2) + "\n";
		const destination = options.outDir ? join(options.outDir, name) : options.output;
		if (!destination || destination === "-") {
			io.stdout.write(text);
			continue;
		}
		try {
			await writeOutput(destination, text);
			if (!options.quiet) io.stderr.write(t("schema.wrote", { path: destination }) + "\n");
		} catch (error) {
			if (!(error instanceof WriteError)) throw error;
			return fail(error.describe(destination, t));
		}
	}
}
// dist/report/summary.js
/** A budget's totals as key figures: each table's sum row, and each balance, column by column. */
function budgetFigures(view) {
	const columnsText = (columns, values) => columns.length === 1 ? formatAmount(values[0] ?? 0) : columns.map((column, i) => `${column}: ${values[i] === null || values[i] === void 0 ? "–" : formatAmount(values[i])}`).join(" · ");
	const figures = view.tables.map((table) => ({
		label: `${table.id} ${table.totalLabel}`.trim(),
		value: columnsText(table.columns, effectiveTotals(table))
	}));
	for (const balance of view.balances) {
		const columns = view.tables.find((table) => table.id === balance.parts[0])?.columns ?? [];
		const stated = balance.stated.amounts;
		const values = balanceTotals(view, balance).map((value, i) => stated[i] ?? value);
		if (!view.tables.some((table) => balance.title.startsWith(table.id))) figures.push({
			label: balance.title,
			value: columnsText(columns, values)
		});
	}
	return figures;
}
/** Key figures as aligned lines for the terminal. */
function formatKeyFigures(heading, summary, color) {
	const c = new Chalk({ level: color ? 1 : 0 });
	const width = Math.max(0, ...summary.figures.map((figure) => figure.label.length));
	const out = [c.bold(heading)];
	for (const { label, value } of summary.figures) out.push(`  ${label.padEnd(width)}  ${value}`);
	for (const list of summary.lists ?? []) {
		out.push("", c.bold(list.title));
		for (const item of list.items) out.push(`  - ${item}`);
	}
	return out.join("\n") + "\n";
}
// dist/cli/summary.js
var summary_exports = /* @__PURE__ */ __exportAll({ registerSummary: () => registerSummary });
const messages$1 = {
	en: {
		"summary.badAsOf": "plan: --as-of \"{value}\" is not a date; write it as 2007-12-31 or \"31 december 2007\"",
		"summary.badFormat": "plan: unknown format \"{format}\"; use text or json",
		"summary.invalid": "plan: {file} cannot be read as a plan of its kind, so it has no key figures; the problems are above.",
		"summary.hasErrors": "plan: {file} has errors, so figures above may be wrong; \"plan validate {file}\" lists them.",
		"summary.nothing": "The plan gives no key figures."
	},
	sv: {
		"summary.badAsOf": "plan: --as-of \"{value}\" är inget datum; skriv det som 2007-12-31 eller \"31 december 2007\"",
		"summary.badFormat": "plan: okänt format \"{format}\"; använd text eller json",
		"summary.invalid": "plan: {file} kan inte läsas som en plan av sitt slag och har därför inga nyckeltal; felen står ovan.",
		"summary.hasErrors": "plan: {file} har fel, så siffrorna ovan kan vara fel; \"plan validate {file}\" visar dem.",
		"summary.nothing": "Planen anger inga nyckeltal."
	},
	nb: {
		"summary.badAsOf": "plan: --as-of \"{value}\" er ingen dato; skriv den som 2007-12-31 eller \"31. desember 2007\"",
		"summary.badFormat": "plan: ukjent format \"{format}\"; bruk text eller json",
		"summary.invalid": "plan: {file} kan ikke leses som en plan av sin type og har derfor ingen nøkkeltall; feilene står over.",
		"summary.hasErrors": "plan: {file} har feil, så tallene over kan være feil; \"plan validate {file}\" viser dem.",
		"summary.nothing": "Planen oppgir ingen nøkkeltall."
	}
};
function registerSummary(program, context) {
	program.command("summary").description("print a plan's key figures: budget totals, and what each kind counts (done, ongoing, overdue …)").argument("<file>", "the plan").option("--as-of <date>", "the day to judge by, for what is overdue or ahead (default: as the plan stands)").option("-f, --format <format>", "text or json", "text").option("--lang <lang>", "language of the labels: sv, nb or en (default: the plan's own)").action((file, options) => summary(file, options, context));
}
async function summary(file, options, context) {
	const { io, exit } = context;
	const lang = requestedLang(options.lang, io.env);
	const cliT = createTranslator(lang ?? localeLang(io.env), cliMessages, messages$1);
	const fail = (message) => {
		io.stderr.write(message + "\n");
		exit(EXIT.failure);
	};
	if (options.lang !== void 0 && !isLang(options.lang)) return fail(cliT("cli.badLang", { lang: options.lang }));
	if (options.format !== "text" && options.format !== "json") return fail(cliT("summary.badFormat", { format: options.format }));
	let asOf;
	if (options.asOf !== void 0) {
		const read = readDate(options.asOf, lang ?? "sv");
		if (!read.ok || !read.value.span) return fail(cliT("summary.badAsOf", { value: options.asOf }));
		asOf = read.value.span.to;
	}
	const result = await openPlan(file, lang, context, (failed) => createTranslator(failed.lang, messages$1)("summary.invalid", { file }));
	if (!result) return;
	const t = createTranslator(result.lang, cliMessages, messages$1, ...result.kind.messages ? [result.kind.messages] : []);
	const { kind, plan } = result;
	const own = kind.summary?.(plan, {
		lang: result.lang,
		t,
		...asOf ? { asOf } : {}
	});
	const figures = {
		figures: [...own?.figures ?? [], ...kind.budget ? budgetFigures(kind.budget(plan)) : []],
		...own?.lists?.length ? { lists: own.lists } : {}
	};
	if (options.format === "json") io.stdout.write(JSON.stringify({
		file,
		kind: kind.id,
		...asOf ? { asOf } : {},
		...figures
	}, null, 2) + "\n");
	else if (figures.figures.length === 0 && !figures.lists) io.stdout.write(`${file}\n  ${t("summary.nothing")}\n`);
	else io.stdout.write(formatKeyFigures(`${file} (${kind.id})`, figures, useColor(io.stdout, io.env)));
	if (result.diagnostics.some((d) => d.severity === "error")) {
		io.stderr.write(t("summary.hasErrors", { file }) + "\n");
		exit(EXIT.problems);
	}
}
// dist/validate/pool.js
function parseConcurrency(value) {
	if (value === void 0 || value === "auto") return "auto";
	if (value === "off") return "off";
	return /^\d+$/.test(value) ? Number(value) : void 0;
}
/** Files handed out at a time: small enough to share the work evenly, large enough to keep messages few. */
const BATCH = 32;
/**
* A worker thread loads the checker and warms up its compiled code on its own: about a second of
* CPU on the two-core machines this was measured on (`npm run bench`). Started whenever there were
* many files, a worker made 1,000 plans that check in 1–2 ms each slower (2.9 s against 2.5 s); so
* the pace is measured first, and a worker started only when the work left is well above its cost.
* Measured so: 1,000 plans of all the examples' kinds, 7.6 s → 6.8 s; 1,000 of the cheapest, even.
*/
const WORKER_PAYS_MS = 2e3;
const WORKER = new URL("./check-worker.js", import.meta.url);
/** Workers beside the main thread, when 'auto' finds they pay: one per further core. */
function threadsFor(concurrency, cores = availableParallelism()) {
	if (concurrency === "off") return 0;
	if (concurrency === "auto") return Math.max(0, cores - 1);
	return concurrency;
}
/** Whether starting workers pays, from the pace of the files checked so far and the number left. */
function workersPay(msPerFile, filesLeft) {
	return msPerFile * filesLeft > WORKER_PAYS_MS;
}
/**
* Checks every task. The main thread starts at once; with --concurrency N, N workers start beside it;
* with 'auto', workers start after the second batch (the first warms the code up) if the pace so
* far says the work left is worth them. Workers take batches from the same queue as soon as they
* have loaded, so a slow start never makes a run slower than one thread would be.
*/
async function checkAll(tasks, concurrency, onWorkers) {
	const available = canStartWorkers() ? threadsFor(concurrency) : 0;
	if (available === 0) return tasks.map(checkTask);
	const outcomes = new Array(tasks.length);
	let next = 0;
	const take = () => {
		if (next >= tasks.length) return void 0;
		const start = next;
		next = Math.min(tasks.length, next + BATCH);
		return [start, next];
	};
	const workers = [];
	const startWorkers = () => {
		onWorkers?.(available);
		for (let i = 0; i < available; i++) workers.push(runWorker(tasks, outcomes, take));
	};
	let decided = concurrency !== "auto";
	if (decided) startWorkers();
	for (let range = take(), batch = 1; range; range = take(), batch++) {
		const began = performance.now();
		for (let i = range[0]; i < range[1]; i++) outcomes[i] = checkTask(tasks[i]);
		if (!decided && batch === 2) {
			decided = true;
			if (workersPay((performance.now() - began) / (range[1] - range[0]), tasks.length - next)) startWorkers();
		}
		if (workers.length > 0) await new Promise((resolve) => setImmediate(resolve));
	}
	await Promise.all(workers);
	return outcomes;
}
function runWorker(tasks, outcomes, take) {
	return new Promise((resolve) => {
		const worker = new Worker(WORKER);
		let current;
		const send = () => {
			current = take();
			if (current) worker.postMessage(tasks.slice(current[0], current[1]));
			else worker.terminate().then(() => resolve());
		};
		worker.on("message", (results) => {
			if (results !== "ready") results.forEach((outcome, offset) => outcomes[current[0] + offset] = outcome);
			send();
		});
		worker.on("error", () => {
			if (current) for (let i = current[0]; i < current[1]; i++) outcomes[i] ??= checkTask(tasks[i]);
			for (let range = take(); range; range = take()) for (let i = range[0]; i < range[1]; i++) outcomes[i] = checkTask(tasks[i]);
			resolve();
		});
	});
}
/** Workers run the built JavaScript; under a TypeScript test runner there is none beside this module. */
function canStartWorkers() {
	return WORKER.protocol === "file:" && existsSync(fileURLToPath(WORKER));
}
// dist/validate/validate.js
/**
* `plan validate` as a library call: files, folders (every *.yaml and *.yml below, honouring
* .gitignore and .planrc.yaml's `ignore`) and globs, each plan checked with the configuration and
* the kinds that govern it and its disable comments applied. The report is what the command prints.
*/
async function validate$1(paths, options = {}) {
	const cwd = resolve(options.cwd ?? process.cwd());
	const fallbackLang = options.lang ?? options.fallbackLang ?? "en";
	const configs = new ConfigResolver({
		lang: fallbackLang,
		...options.config !== void 0 ? {
			explicit: resolve(cwd, options.config),
			shownAs: options.config
		} : {}
	});
	const sources = /* @__PURE__ */ new Set();
	const catalog = () => ruleCatalog(registryFor([...sources].sort(), fallbackLang));
	const empty = (fields) => ({
		report: {
			files: [],
			lang: fallbackLang
		},
		configFailures: [],
		missing: [],
		unmatched: [],
		ignored: [],
		notPlans: [],
		read: 0,
		inputs: [],
		catalog,
		...fields
	});
	const { files, missing, unmatched, ignored } = await expandPaths(paths, {
		cwd,
		isIgnored: async (absolute, folder) => configs.ignores(await configs.forFolder(dirname(absolute)), absolute, folder)
	});
	if (configs.failures.length > 0) return empty({
		configFailures: configs.failures,
		missing,
		unmatched,
		ignored
	});
	const tasks = [];
	const used = [];
	const taskFor = async (config) => {
		used.push(config);
		const lang = options.lang ?? config?.lang;
		for (const source of config?.kinds ?? []) sources.add(source);
		return {
			...lang ? { lang } : {},
			rules: config?.rules ?? {},
			kindSources: config?.kinds ?? []
		};
	};
	for (const file of files) tasks.push({
		file: file.path,
		absolute: file.absolute,
		explicit: file.explicit,
		...await taskFor(await configs.forFile(file.absolute))
	});
	if (options.stdin) {
		const name = options.stdin.name ?? "<stdin>";
		tasks.push({
			file: name,
			bytes: options.stdin.bytes,
			explicit: true,
			...await taskFor(await configs.forFile(resolve(cwd, options.stdin.name ?? "stdin")))
		});
	}
	if (configs.failures.length > 0) return empty({
		configFailures: configs.failures,
		missing,
		unmatched,
		ignored
	});
	const outcomes = await checkAll(tasks, options.concurrency ?? "auto", options.onWorkers && ((threads) => options.onWorkers(threads, tasks.length)));
	if (outcomes.some((outcome) => outcome.report.diagnostics.some((d) => d.ruleId === "plan/kind-invalid"))) {
		const failures = kindFailures(used, fallbackLang);
		if (failures.length > 0) return empty({
			configFailures: failures,
			missing,
			unmatched,
			ignored
		});
	}
	const checked = [];
	const skipped = [];
	for (const outcome of outcomes) (outcome.notPlan ? skipped : checked).push(outcome);
	const warned = checked.length > 0 ? skipped.filter((outcome) => outcome.emptyPlanFile) : [];
	const notPlans = warned.length > 0 ? skipped.filter((outcome) => !outcome.emptyPlanFile) : skipped;
	if (warned.length > 0) {
		const order = new Map(outcomes.map((outcome, index) => [outcome, index]));
		checked.push(...warned);
		checked.sort((a, b) => order.get(a) - order.get(b));
	}
	const langs = new Set(checked.map((outcome) => outcome.lang));
	return {
		report: {
			files: checked.map(({ report: file }) => file),
			lang: options.lang ?? (langs.size === 1 ? [...langs][0] : fallbackLang),
			...notPlans.length > 0 ? { skipped: notPlans.length } : {}
		},
		configFailures: [],
		missing,
		unmatched,
		ignored,
		notPlans: notPlans.map((outcome) => outcome.report.file),
		read: tasks.length,
		inputs: tasks.flatMap((task) => task.absolute ? [task.absolute] : []),
		catalog
	};
}
// dist/cli/validate.js
var validate_exports = /* @__PURE__ */ __exportAll({ registerValidate: () => registerValidate });
const messages = {
	en: {
		"validate.oneStdout": "plan: only one report can go to standard output; give the others a file (\"-f {format}:<file>\")",
		"validate.outputForOne": "plan: -o names the file of one report; with several formats, give each its file (\"-f {format}:<file>\")",
		"validate.sameReportFile": "plan: two reports would be written to {path}",
		"validate.printConfigOne": "plan: --print-config shows the settings of one file; name it and no other paths"
	},
	sv: {
		"validate.oneStdout": "plan: bara en rapport kan skrivas till standard ut; ge de andra en fil (\"-f {format}:<fil>\")",
		"validate.outputForOne": "plan: -o anger filen för en rapport; med flera format, ge var och en sin fil (\"-f {format}:<fil>\")",
		"validate.sameReportFile": "plan: två rapporter skulle skrivas till {path}",
		"validate.printConfigOne": "plan: --print-config visar inställningarna för en fil; ange den och inga andra sökvägar"
	},
	nb: {
		"validate.oneStdout": "plan: bare én rapport kan skrives til standard ut; gi de andre en fil (\"-f {format}:<fil>\")",
		"validate.outputForOne": "plan: -o angir filen for én rapport; med flere formater, gi hver sin fil (\"-f {format}:<fil>\")",
		"validate.sameReportFile": "plan: to rapporter ville blitt skrevet til {path}",
		"validate.printConfigOne": "plan: --print-config viser innstillingene for én fil; oppgi den og ingen andre stier"
	}
};
const STDIN = "-";
function registerValidate(program, context) {
	program.command("validate").description("check plans: files, folders searched for *.yaml and *.yml, globs, or - for standard input").argument("[paths...]", "files, folders and globs to check", ["."]).option("-f, --format <format[:file]>", `output format: ${Object.keys(formatters).join(", ")} (default: stylish; github when GITHUB_ACTIONS=true); give it more than once for several reports, each other than one with its file: -f stylish -f sarif:plan.sarif`, (value, previous) => [...previous, value], []).option("-o, --output-file <file>", "write the report to this file instead of standard output").option("--print-config <file>", "print the settings that apply to this file and the .planrc.yaml they come from, as JSON, and check nothing").option("--lang <lang>", "language of messages: sv, nb or en (default: the configuration's, else each plan's own)").option("-c, --config <file>", "use this configuration file instead of looking for .planrc.yaml").option("--max-warnings <number>", "exit with 1 when there are more warnings than this").option("--quiet", "report errors only").option("--verbose", "say which files were skipped and why").option("--stdin-filename <name>", "the name to report standard input (-) under, and to find its configuration from").option("--concurrency <threads>", "worker threads beside the main one: a number, off, or auto (one per further core, when the files checked first show the work left is worth it)", "auto").action((paths, options) => validate(paths, options, context));
}
async function validate(paths, options, { io, exit }) {
	const requested = requestedLang(options.lang, io.env);
	const cliLang = requested ?? localeLang(io.env);
	const t = createTranslator(cliLang, cliMessages, messages);
	const fail = (message) => {
		io.stderr.write(message + "\n");
		exit(EXIT.failure);
	};
	if (options.lang !== void 0 && !isLang(options.lang)) return fail(t("cli.badLang", { lang: options.lang }));
	const targets = reportTargets(options, io.env, cliLang, t);
	if (typeof targets === "string") return fail(targets);
	const maxWarnings = options.maxWarnings === void 0 ? void 0 : /^\d+$/.test(options.maxWarnings) ? Number(options.maxWarnings) : NaN;
	if (Number.isNaN(maxWarnings)) return fail(t("validate.badMaxWarnings", { value: options.maxWarnings }));
	const concurrency = parseConcurrency(options.concurrency);
	if (concurrency === void 0) return fail(t("validate.badConcurrency", { value: options.concurrency }));
	const cwd = io.cwd ?? process.cwd();
	if (options.printConfig !== void 0) {
		if (paths.length !== 1 || paths[0] !== ".") return fail(t("validate.printConfigOne"));
		return printConfig(options.printConfig, {
			options,
			requested,
			cwd,
			io,
			exit,
			cliLang
		});
	}
	const stdinCount = paths.filter((path) => path === STDIN).length;
	if (stdinCount > 1) return fail(t("validate.stdinTwice"));
	if (stdinCount === 1 && !io.stdin) return fail(t("validate.noStdin"));
	const named = paths.filter((path) => path !== STDIN);
	const result = await validate$1(named, {
		cwd,
		...requested ? { lang: requested } : {},
		fallbackLang: cliLang,
		...options.config !== void 0 ? { config: options.config } : {},
		...stdinCount === 1 ? { stdin: {
			...options.stdinFilename !== void 0 ? { name: options.stdinFilename } : {},
			bytes: await io.stdin()
		} } : {},
		concurrency,
		onWorkers: (threads, files) => {
			if (options.verbose) io.stderr.write(t("validate.workers", {
				files,
				threads
			}) + "\n");
		}
	});
	if (result.configFailures.length > 0) {
		for (const failure of result.configFailures) for (const line of formatConfigProblems(failure, cliLang, shownPath(cwd, failure.path))) io.stderr.write(line + "\n");
		return exit(EXIT.failure);
	}
	const { missing, unmatched, ignored } = result;
	for (const path of missing) fail(t("cli.notFound", { path }));
	for (const pattern of unmatched) fail(t("validate.noMatch", { pattern }));
	const failed = missing.length + unmatched.length > 0;
	if (options.verbose) for (const path of ignored) io.stderr.write(t("validate.ignored", { path: escapeControls(path) }) + "\n");
	if (options.verbose) for (const path of result.notPlans) io.stderr.write(t("validate.skippedNonPlan", { path: escapeControls(path) }) + "\n");
	if (result.read === 0 ? failed || ignored.length === 0 : result.report.files.length === 0) return failed ? void 0 : fail(t("cli.noPlans", { paths: formatList(cliLang, named) }));
	let errors = 0;
	let warnings = 0;
	for (const report of result.report.files) {
		const counts = countBySeverity(report.diagnostics);
		errors += counts.errors;
		warnings += counts.warnings;
	}
	const report = options.quiet ? {
		...result.report,
		files: result.report.files.map((file) => ({
			...file,
			diagnostics: file.diagnostics.filter((d) => d.severity === "error")
		}))
	} : result.report;
	const inputs = result.inputs;
	const silent = (target) => target.format === "stylish" && options.quiet && errors === 0 && warnings > 0 && target.file === void 0;
	if (!await emit(report, targets.filter((target) => !silent(target)), inputs, {
		io,
		cwd,
		t,
		catalog: result.catalog
	})) exit(EXIT.failure);
	if (errors > 0) exit(EXIT.problems);
	if (maxWarnings !== void 0 && warnings > maxWarnings) {
		io.stderr.write(t("validate.tooManyWarnings", {
			warnings: countNoun(cliLang, "warning", warnings),
			max: maxWarnings
		}) + "\n");
		exit(EXIT.problems);
	}
}
/**
* The reports the options ask for: each -f is a format, alone or with its file ("sarif:plan.sarif");
* -o is the file of the one without. At most one goes to standard output, and no two to one file.
*/
function reportTargets(options, env, lang, t) {
	if (options.format.length === 0) return [{
		format: env.GITHUB_ACTIONS === "true" && !options.outputFile ? "github" : "stylish",
		...options.outputFile !== void 0 ? { file: options.outputFile } : {}
	}];
	const targets = [];
	for (const value of options.format) {
		const colon = value.indexOf(":");
		const name = colon < 0 ? value : value.slice(0, colon);
		if (!isFormatName(name)) return t("cli.badFormat", {
			format: name,
			formats: formatList(lang, Object.keys(formatters))
		});
		const file = colon < 0 ? void 0 : value.slice(colon + 1);
		targets.push({
			format: name,
			...file ? { file } : {}
		});
	}
	const unnamed = targets.filter((target) => target.file === void 0);
	if (unnamed.length > 1) return t(options.outputFile !== void 0 ? "validate.outputForOne" : "validate.oneStdout", { format: unnamed[1].format });
	if (options.outputFile !== void 0) {
		if (unnamed.length === 0) return t("validate.outputForOne", { format: targets[0].format });
		unnamed[0].file = options.outputFile;
	}
	const files = /* @__PURE__ */ new Set();
	for (const { file } of targets) {
		if (file === void 0) continue;
		const key = resolve(file);
		if (files.has(key)) return t("validate.sameReportFile", { path: file });
		files.add(key);
	}
	return targets;
}
/** Every report, each file written whole or not at all; false when one could not be written. */
async function emit(report, targets, inputs, { io, cwd, t, catalog }) {
	const root = repositoryRoot(cwd, io.env);
	let ok = true;
	for (const { format, file } of targets) {
		if (file === void 0) {
			io.stdout.write(formatters[format](report, {
				color: useColor(io.stdout, io.env),
				root,
				cwd,
				catalog
			}));
			continue;
		}
		try {
			await writeOutput(resolve(cwd, file), formatters[format](report, {
				color: false,
				root,
				cwd,
				catalog
			}), { inputs });
		} catch (error) {
			if (!(error instanceof WriteError)) throw error;
			io.stderr.write(error.describe(file, t) + "\n");
			ok = false;
		}
	}
	return ok;
}
/**
* `--print-config <file>`: the settings that govern a file, as `plan validate` would use them, and
* where each comes from, as JSON, so that a user can see why a rule is off or a file skipped.
*/
async function printConfig(file, { options, requested, cwd, io, exit, cliLang }) {
	const absolute = resolve(cwd, file);
	const resolver = new ConfigResolver({
		lang: cliLang,
		...options.config !== void 0 ? {
			explicit: resolve(cwd, options.config),
			shownAs: options.config
		} : {}
	});
	const config = await resolver.forFile(absolute);
	if (resolver.failures.length > 0) {
		for (const failure of resolver.failures) for (const line of formatConfigProblems(failure, cliLang, shownPath(cwd, failure.path))) io.stderr.write(line + "\n");
		return exit(EXIT.failure);
	}
	const lang = requested !== void 0 ? {
		lang: requested,
		langFrom: options.lang !== void 0 ? "--lang" : "PLAN_LANG"
	} : config?.lang !== void 0 ? {
		lang: config.lang,
		langFrom: shownPath(cwd, config.path)
	} : {
		lang: null,
		langFrom: "the plan's own language"
	};
	const printed = {
		file: shownPath(cwd, absolute),
		config: config ? shownPath(cwd, config.path) : null,
		...lang,
		rules: config?.rules ?? {},
		ignore: config?.ignore ?? [],
		ignored: resolver.ignores(config, absolute),
		kinds: (config?.kinds ?? []).map((folder) => shownPath(cwd, folder))
	};
	io.stdout.write(JSON.stringify(printed, null, 2) + "\n");
}
/** What paths in SARIF and GitHub annotations are relative to: the Actions workspace, else the enclosing git repository, else the current folder. */
function repositoryRoot(cwd, env) {
	if (env.GITHUB_WORKSPACE) return env.GITHUB_WORKSPACE;
	for (let dir = cwd;; dir = dirname(dir)) {
		if (existsSync(join(dir, ".git"))) return dir;
		if (dirname(dir) === dir) return cwd;
	}
}
/** A path relative to the current folder when it is inside it, as the user would write it. */
function shownPath(cwd, absolute) {
	const path = relative(cwd, absolute);
	return path === "" || path.startsWith("..") || isAbsolute(path) ? absolute : path;
}
export { isLang as C, EXIT as S, computedTotals as _, withoutUnsafeLinks as a, formatAmount as b, boolean as c, strictObject$1 as d, string as f, balanceTotals as g, allColumns as h, loadKindFolder as i, looseObject as l, require_dist as m, checkBytes as n, formatDate as o, PACKAGE_ROOT as p, KindRegistry as r, _enum as s, checkTask as t, number as u, derivedCells as v, main as x, effectiveTotals as y };
