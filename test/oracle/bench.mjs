// Times iam-simulate on the benchmark requests: node bench.mjs FILE [ROUNDS]
// Prints ns per decision.
import { readFileSync } from 'node:fs'
import { runSimulation } from '@cloud-copilot/iam-simulate'
import { simulation } from './simulation.mjs'

const reqs = readFileSync(process.argv[2], 'utf8').trim().split('\n').map((l) => simulation(JSON.parse(l)))
const rounds = Number(process.argv[3] ?? 2000)
for (const r of reqs) {
  const res = await runSimulation(r, {})
  if (res.overallResult !== 'Allowed') throw new Error('bench request not allowed: ' + JSON.stringify(res))
}
for (let i = 0; i < 200; i++) await runSimulation(reqs[i % reqs.length], {}) // warm up
const start = process.hrtime.bigint()
for (let i = 0; i < rounds; i++) await runSimulation(reqs[i % reqs.length], {})
const ns = Number(process.hrtime.bigint() - start) / rounds
console.log(Math.round(ns))
