// Developer tool, see record.sh. For each fixture: compose its subgraphs with @apollo/composition
// (written to supergraph.graphql with placeholder URLs, the fallback supergraph of ConformanceTests),
// run Hive Gateway on it against the live fixture subgraphs, send every query of tests.json and write
// what Hive answered to oracle.json, flagging where it differs from our expectation.
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import { composeServices } from '@apollo/composition';
import { createGatewayRuntime } from '@graphql-hive/gateway';

const PLACEHOLDER = 'http://fixture.invalid/';
const [fixturesDir, endpointsFile, ...only] = process.argv.slice(2);
const endpoints = JSON.parse(readFileSync(endpointsFile, 'utf8'));
const areas = readdirSync(fixturesDir).filter((area) => only.length === 0 || only.includes(area)).sort();
const hivePackage = JSON.parse(readFileSync(new URL('./node_modules/@graphql-hive/gateway/package.json', import.meta.url)));

function compose(dir) {
  const services = readdirSync(dir)
    .filter((file) => file.endsWith('.graphqls'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.graphqls'.length);
      return { name, url: `${PLACEHOLDER}${name}/graphql`, typeDefs: parse(readFileSync(join(dir, file), 'utf8')) };
    });
  const result = composeServices(services);
  if (result.errors) {
    throw new Error(result.errors.map((e) => e.message || e.toString()).join('\n'));
  }
  return result.supergraphSdl;
}

function canonical(value) {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((key) => [key, canonical(value[key])]));
  }
  return value;
}

const same = (a, b) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

async function record(area) {
  const dir = join(fixturesDir, area);
  const tests = JSON.parse(readFileSync(join(dir, 'tests.json'), 'utf8'));
  let supergraph;
  try {
    supergraph = compose(dir);
  } catch (error) {
    console.log(`${area}: @apollo/composition failed:\n${error.message}`);
    return { area, agree: 0, total: tests.length, failedComposition: true };
  }
  writeFileSync(join(dir, 'supergraph.graphql'), supergraph);
  const gateway = createGatewayRuntime({
    supergraph: supergraph.replaceAll(PLACEHOLDER, endpoints[area]),
    logging: false,
  });
  const cases = [];
  for (const [index, test] of tests.entries()) {
    const id = test.id ?? `q${index + 1}`;
    await fetch(`${endpoints[area]}__requests`, { method: 'DELETE' });
    const response = await gateway.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(test.variables ? { query: test.query, variables: test.variables } : { query: test.query }),
    });
    const body = await response.json();
    const hasErrors = Array.isArray(body.errors) && body.errors.length > 0;
    const log = await (await fetch(`${endpoints[area]}__requests`)).json();
    const called = [...new Set(log.map((request) => request.subgraph))].sort();
    const forbidden = called.filter((subgraph) => (test.notCalled ?? []).includes(subgraph)).map((subgraph) => `called ${subgraph}, which notCalled forbids`);
    const tooOften = Object.entries(test.maxCalls ?? {})
      .filter(([subgraph, max]) => log.filter((request) => request.subgraph === subgraph).length > max)
      .map(([subgraph]) => `called ${subgraph} more often than maxCalls allows`);
    forbidden.push(...tooOften);
    const missingPaths = (test.errorPaths ?? []).filter((path) => !(body.errors ?? []).some((error) => same(error.path, path)));
    forbidden.push(...missingPaths.map((path) => `no error at ${JSON.stringify(path)}`));
    const agrees = same(body.data ?? null, test.expected.data) && hasErrors === Boolean(test.errors) && forbidden.length === 0;
    if (!agrees) {
      console.log(`${area}/${id}: Hive differs${forbidden.length ? ` (${forbidden.join('; ')})` : ''}\n  expected ${JSON.stringify(test.expected.data)} errors=${Boolean(test.errors)}\n  hive     ${JSON.stringify(body.data ?? null)} errors=${JSON.stringify(body.errors ?? null)}`);
    }
    cases.push({ id, agrees, subgraphsCalled: called, data: body.data ?? null, errors: body.errors ?? null });
  }
  await gateway[Symbol.asyncDispose]?.();
  writeFileSync(join(dir, 'oracle.json'), JSON.stringify({ gateway: `@graphql-hive/gateway ${hivePackage.version}`, cases }, null, 2) + '\n');
  return { area, agree: cases.filter((c) => c.agrees).length, total: cases.length };
}

let agree = 0;
let total = 0;
for (const area of areas) {
  if (!existsSync(join(fixturesDir, area, 'tests.json'))) continue;
  const result = await record(area);
  agree += result.agree;
  total += result.total;
  console.log(`${area}: Hive Gateway agrees with ${result.agree}/${result.total}${result.failedComposition ? ' (composition failed)' : ''}`);
}
console.log(`TOTAL: Hive Gateway agrees with ${agree}/${total} expectations`);
process.exit(0);
