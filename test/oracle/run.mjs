// Reads denylint requests as JSON Lines on stdin and writes one line per
// request with the decision of @cloud-copilot/iam-simulate. The simulator
// is AGPL-3.0 and runs only here, as a separate process.
import { createInterface } from 'node:readline'
import { runSimulation } from '@cloud-copilot/iam-simulate'

const named = (prefix) => (policy, i) => ({ name: `${prefix}${i}`, policy })
const levels = (prefix, list) =>
  (list ?? []).map((docs, i) => ({ orgIdentifier: `${prefix}-${i}`, policies: docs.map(named(`${prefix}${i}p`)) }))

function simulation(r) {
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

const words = { Allowed: 'allowed', ImplicitlyDenied: 'implicitly_denied', ExplicitlyDenied: 'explicitly_denied' }
const rl = createInterface({ input: process.stdin, crlfDelay: Infinity })
for await (const line of rl) {
  if (!line.trim()) continue
  let out
  try {
    const res = await runSimulation(simulation(JSON.parse(line)), {})
    out = res.resultType === 'error'
      ? { decision: 'error', error: JSON.stringify(res.errors) }
      : { decision: words[res.overallResult] ?? res.overallResult }
  } catch (e) {
    out = { decision: 'error', error: String(e) }
  }
  process.stdout.write(JSON.stringify(out) + '\n')
}
