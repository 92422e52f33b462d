// Translates a denylint request document into an iam-simulate Simulation.
const named = (prefix) => (policy, i) => ({ name: `${prefix}${i}`, policy })
const levels = (prefix, list) =>
  (list ?? []).map((docs, i) => ({ orgIdentifier: `${prefix}-${i}`, policies: docs.map(named(`${prefix}${i}p`)) }))

export function simulation(r) {
  const s = {
    request: {
      principal: r.principal,
      action: r.action,
      resource: { resource: r.resource, accountId: r.resource_account },
      contextVariables: r.context ?? {}
    },
    identityPolicies: (r.identity_policies ?? []).map(named('id')),
    serviceControlPolicies: levels('scp', r.scps),
    resourceControlPolicies: levels('rcp', r.rcps)
  }
  if (r.resource_policy) s.resourcePolicy = r.resource_policy
  if (r.session_policy) s.sessionPolicy = r.session_policy
  if (r.permissions_boundary) s.permissionBoundaryPolicies = [{ name: 'pb', policy: r.permissions_boundary }]
  if (r.vpc_endpoint_policies) s.vpcEndpointPolicies = r.vpc_endpoint_policies.map(named('vpce'))
  return s
}

