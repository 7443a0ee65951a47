// Where each rule's documentation page lives (diagnostics link it; SARIF carries it as helpUri).

export const DOCS_BASE_URL = 'https://github.com/awspolicy/awspolicy/blob/main/docs/rules/';

export function ruleDocUrl(code: string): string {
  return `${DOCS_BASE_URL}${code}.md`;
}
