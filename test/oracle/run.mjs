// Reads denylint requests as JSON Lines on stdin and writes one line per
// request with the decision of @cloud-copilot/iam-simulate. The simulator
// is AGPL-3.0 and runs only here, as a separate process.
import { createInterface } from 'node:readline'
import { runSimulation } from '@cloud-copilot/iam-simulate'
import { simulation } from './simulation.mjs'

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
