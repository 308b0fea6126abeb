// Apollo Gateway (Apollo Server 5 standalone) on a supergraph file, loopback only.
// Usage: node apollo-gateway.mjs <supergraph.graphql> <port>
import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { ApolloGateway } from '@apollo/gateway';

const supergraphSdl = readFileSync(process.argv[2] ?? '../supergraph.graphql', 'utf8');
const port = Number(process.argv[3] ?? 4400);

const gateway = new ApolloGateway({ supergraphSdl });
const server = new ApolloServer({ gateway, csrfPrevention: false });
const { url } = await startStandaloneServer(server, { listen: { host: '127.0.0.1', port } });
console.log(`apollo gateway ready at ${url}`);
