// Where templates name managed policies, for CFN120 and the managed policy hover and completion.

/** Resource type → property → how its strings are read: `arn` (policy ARNs) or `sam` (ARNs or bare AWS managed policy names). */
export const MANAGED_POLICY_PROPERTIES: Readonly<Record<string, Readonly<Record<string, 'arn' | 'sam'>>>> = {
  'AWS::IAM::Role': { ManagedPolicyArns: 'arn', PermissionsBoundary: 'arn' },
  'AWS::IAM::User': { ManagedPolicyArns: 'arn', PermissionsBoundary: 'arn' },
  'AWS::IAM::Group': { ManagedPolicyArns: 'arn' },
  'AWS::SSO::PermissionSet': { ManagedPolicies: 'arn' },
  // SAM: `Policies` takes managed policy names or ARNs (besides policy templates and inline documents).
  'AWS::Serverless::Function': { Policies: 'sam', PermissionsBoundary: 'arn' },
  'AWS::Serverless::StateMachine': { Policies: 'sam', PermissionsBoundary: 'arn' },
};

/** Properties that attach policies (a permissions boundary is not attached: a service-linked one is not refused there). */
export const ATTACHING_PROPERTIES: ReadonlySet<string> = new Set(['ManagedPolicyArns', 'ManagedPolicies', 'Policies']);
