// Reference composition for ApolloCompositionEquivalenceTests (cross-check only, never used at runtime).
//   node compose.mjs <fixture dir>      composes every <name>.graphql of the folder; prints the
//                                       supergraph SDL, or "ERROR <code> <message>" lines and exits 1.
//   node compose.mjs --all <fixtures>   composes every sub-folder; prints one JSON object
//                                       { "<case>": { "supergraph": "..." } | { "errors": [{code, message}] } }.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, basename } from 'node:path';
import { GraphQLError, parse } from 'graphql';
import { composeServices } from '@apollo/composition';

function composeFolder(dir) {
  const services = readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const name = basename(file, '.graphql');
      return { name, url: `http://${name}.local/graphql`, typeDefs: parse(readFileSync(join(dir, file), 'utf8')) };
    });
  const result = composeServices(services);
  if (result.errors && result.errors.length > 0) {
    return {
      errors: result.errors.map((error) => ({
        code: error.extensions?.code ?? 'UNKNOWN',
        message: error.message.replace(/\s+/g, ' '),
      })),
    };
  }
  return { supergraph: result.supergraphSdl };
}

function safely(dir) {
  try {
    return composeFolder(dir);
  } catch (error) {
    // graphql-js throws on SDL syntax errors before composition starts.
    const code = error instanceof GraphQLError ? 'INVALID_GRAPHQL' : 'EXCEPTION';
    return { errors: [{ code, message: String(error && error.message ? error.message : error) }] };
  }
}

const args = process.argv.slice(2);
if (args[0] === '--all' && args[1]) {
  const root = args[1];
  const results = {};
  for (const name of readdirSync(root).sort()) {
    if (statSync(join(root, name)).isDirectory()) {
      results[name] = safely(join(root, name));
    }
  }
  process.stdout.write(JSON.stringify(results));
} else if (args[0]) {
  const result = safely(args[0]);
  if (result.errors) {
    for (const error of result.errors) {
      console.log(`ERROR ${error.code} ${error.message}`);
    }
    process.exit(1);
  }
  process.stdout.write(result.supergraph);
} else {
  console.error('usage: node compose.mjs <fixture dir> | --all <fixtures dir>');
  process.exit(2);
}
