// Public API of the analysis core. Hosts import from here only.

export * from './analyze';
export * from './config';
export * from './text';
export * from './services';
export { buildDocument, matchAssociation } from './model/document';
export type { DocumentModel, DocumentInput, ClassifyOptions } from './model/document';
export * from './model/kinds';
export type { AnalysisUnit, UnitContext } from './model/units';
export { RULES, ruleById } from './rules/registry';
export { ENGINE_CODES } from './rules/engine-codes';
export { FindingsReuse } from './rules/reuse';
export type { Finding, Fix, TextEdit, RelatedInfo, RuleDefinition, RuleDocs, DocExample } from './rules/types';
export * from './parse/tree';
export * from './docs';
