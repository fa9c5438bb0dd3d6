// The PostGraphile 5 peer for `npm run bench:compare` (bench/compare.ts): PostGraphile's amber
// preset over the `bench_peer` schema (schema.sql, the Fastify peer's search SQL as functions),
// served by grafserv on node:http, pool of 10 like the other two servers.
//
// It lives apart, with its own package.json and lock, because PostGraphile 5 declares
// engines node >=22 and the project keeps working on Node 20: bench:compare installs this
// folder on demand and runs this file on Node 24 from the registry's `node` package.
//
//   DATABASE_URL=postgres://… PORT=3200 node server.mjs
//   POST /graphql {"query": "{ search(q: \"opplæring\", first: 20) { totalCount … } }"}
import { createServer } from 'node:http';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';

const preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [
    makePgService({
      connectionString: process.env.DATABASE_URL,
      schemas: ['bench_peer'],
      poolConfig: { max: 10, options: '-c jit=off' },
    }),
  ],
  grafserv: { graphqlPath: '/graphql', graphiql: false, watch: false },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
await pgl.getSchema();
const serv = pgl.createServ(grafserv);
// createHandler rather than addTo: no websockets here, and /health beside /graphql.
const handle = serv.createHandler();
const server = createServer((req, res) => {
  if (req.url === '/health') res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
  else handle(req, res);
});
server.listen(Number(process.env.PORT ?? 3200), '127.0.0.1');

const stop = () => server.close(() => Promise.resolve(pgl.release()).finally(() => process.exit(0)));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
