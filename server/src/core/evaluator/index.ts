// Public entry of the policy evaluator: evaluate a simulation input, read inputs, render explanations.

export * from './types';
export { evaluate, buildContext, policyLevels, RCP_SERVICES } from './engine';
export { PolicyPool } from './pool';
export { readSimulationValue, readSimulationJson, readSimulationText, policySourceOf } from './request';
export type { ReadResult, ReadWithSources } from './request';
export { renderText, statementLabel, policyLabel, describeCondition, statementLocation } from './describe';
export { arnMatches, actionMatches, splitArn } from './match';
export { parseOperator, parseDate } from './conditions';
export { substitute } from './variables';
export { classifyPrincipal } from './principal';
export { simulationTargets, targetAt, simulateTarget, simulateRequestDocument, simulationSuggestions } from './targets';
export type { SimulationTarget, TargetStatement, TargetSimulation, SimulationSuggestions } from './targets';
