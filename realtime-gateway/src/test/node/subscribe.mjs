// Subscribes with the graphql-ws client and prints each message as one JSON line:
// {"event":"connected"} once acknowledged, then {"event":"next","payload":...} for the first result.
// Usage: node subscribe.mjs <ws url> <videoId> [token]
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [url, videoId, token] = process.argv.slice(2);
const client = createClient({
  url,
  webSocketImpl: WebSocket,
  lazy: false,
  retryAttempts: 0,
  connectionParams: token ? { Authorization: `Bearer ${token}` } : undefined,
  on: { connected: () => console.log(JSON.stringify({ event: 'connected' })) },
});
const subscription = client.iterate({
  query: 'subscription($v: ID!) { videoStatusChanged(videoId: $v) { id status processingProgress } }',
  variables: { v: videoId },
});
const { value } = await subscription.next();
console.log(JSON.stringify({ event: 'next', payload: value }));
await subscription.return();
await client.dispose();
