// Composes the benchmark subgraphs with @apollo/composition so that every gateway under test
// (ours included) reads the identical supergraph. Usage: node compose.mjs <out.graphql> [base-port]
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';

const here = dirname(fileURLToPath(import.meta.url));
const out = process.argv[2] ?? join(here, '..', 'supergraph.graphql');
const basePort = Number(process.argv[3] ?? 4200);
const names = ['accounts', 'inventory', 'products', 'reviews'];

const services = names.map((name, index) => ({
  name,
  url: `http://127.0.0.1:${basePort + index + 1}/graphql`,
  typeDefs: parse(readFileSync(join(here, '..', 'src', 'main', 'resources', 'gateway', `${name}.graphqls`), 'utf8')),
}));

const result = composeServices(services);
if (result.errors && result.errors.length > 0) {
  for (const error of result.errors) console.error(error.message);
  process.exit(1);
}
writeFileSync(out, result.supergraphSdl);
console.log(`composed ${names.join(', ')} into ${out}`);
