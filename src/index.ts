/**
 * The library behind the `plan` command: everything the CLI does is one of these calls, so tests
 * and other programs can do it too.
 */
export { checkBytes as checkPlanBytes, checkText as checkPlan, DEFAULT_LANG } from './check/check.js';
export { validate, type ValidateOptions, type ValidateResult } from './validate/validate.js';
export { checkPlanFile, ConfigurationError, type CheckPlanFileOptions } from './validate/read.js';
export { expandPaths } from './validate/files.js';
export { ConfigResolver, parseConfig, type Config } from './config/load.js';
export { settle } from './config/apply.js';
export type { FileResult, CheckOptions } from './check/check.js';
export { loadPlanBytes, loadPlan, locate, type ReadOptions } from './core/load.js';
export type { LoadResult, PlanSource } from './core/load.js';
export type { Diagnostic, Severity, Span } from './core/diagnostic.js';
export { readAmount, formatAmount, MAX_AMOUNT } from './core/money.js';
export { holesOf, isHole, UNKNOWN_MARK } from './core/partial.js';
export type { AmountResult, AmountProblem } from './core/money.js';
export { readDate, readDateCell, formatDate, spanWithin, compareSpans, addMonths } from './core/dates.js';
export type { PlanDate, DateSpan, DateStatus, DateResult, DateProblem } from './core/dates.js';
export { KindRegistry, registryFor, builtinKinds } from './kinds/registry.js';
export { loadKindFolder } from './kinds/data/load.js';
export { checkKindFolder } from './kinds/data/check-folder.js';
export { LIBRARY as ruleLibrary } from './rules/library.js';
export { defineKind } from './kinds/define.js';
export type { KindDefinition, KindModule, Rule, RuleContext, RuleReport } from './kinds/define.js';
export { renderMarkdown as renderPlan, renderDocx as renderPlanDocx, RenderError } from './render/render.js';
export { formatReport, formatters } from './report/index.js';
export { portalFields, type FieldsReport, type PortalField } from './fields/fields.js';
export { fieldsPage } from './fields/html.js';
export { formatFieldsText } from './fields/report.js';
export { plainText } from './fields/plain.js';
export { measure, type FieldLimit } from './fields/limits.js';
export type { ValidationReport, FileReport, FormatName } from './report/index.js';
export { LANGS, type Lang } from './i18n/index.js';
export { main } from './cli/main.js';
