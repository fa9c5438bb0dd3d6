import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';

/*
 * Local stand-ins of ORCID's public API v3.0 and NVA's public API on 127.0.0.1 (a random
 * port), serving the fictional records in ./registry-fixtures in the registries' published
 * formats. Tests steer them per identifier: a status (404, 503...) for the next N requests, a
 * slow answer, XML instead of JSON; and they can hand out validators (ETag, Last-Modified)
 * and answer 304 to conditional requests. Every request is recorded.
 */

const FIXTURES = join(__dirname, 'registry-fixtures');

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  /** Date.now() when it arrived. */
  at: number;
  status: number;
}

export type Behaviour =
  | { status: number; times?: number }
  | { delayMs: number; times?: number }
  | { xml: true; times?: number };

export interface StandInOptions {
  /** Hand out an ETag and answer If-None-Match with 304. */
  etag?: boolean;
  /** Hand out Last-Modified and answer If-Modified-Since with 304. */
  lastModified?: boolean;
}

export interface StandIn {
  /** Base URL to configure the app with (ORCID_API_URL / NVA_API_URL). */
  url: string;
  requests: RecordedRequest[];
  /** Misbehave for requests whose path names `identifier` ('*' for every request). */
  behave(identifier: string, behaviour: Behaviour): void;
  /** Serve this record instead of the fixture `name` (e.g. an ORCID iD, `person-1234567`). */
  setFixture(name: string, record: unknown): void;
  /** Forget behaviours, changed fixtures and recorded requests. */
  reset(): void;
  close(): Promise<void>;
}

interface Answer {
  status: number;
  type: string;
  body: string;
}

const LAST_MODIFIED = 'Wed, 01 Jan 2025 00:00:00 GMT';

async function start(
  basePath: string,
  files: Map<string, string>,
  route: (path: URL, req: IncomingMessage, base: string) => Answer,
  options: StandInOptions,
): Promise<StandIn> {
  const originals = new Map(files);
  const requests: RecordedRequest[] = [];
  const behaviours = new Map<string, Behaviour>();
  let base = '';
  const sockets = new Set<import('node:net').Socket>();

  const behaviourFor = (path: string): Behaviour | null => {
    for (const [identifier, behaviour] of behaviours) {
      if (identifier !== '*' && !decodeURIComponent(path).includes(identifier)) continue;
      if (behaviour.times !== undefined) {
        if (behaviour.times <= 0) continue;
        behaviour.times -= 1;
      }
      return behaviour;
    }
    return null;
  };

  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const record: RecordedRequest = { method: req.method ?? 'GET', path: url.pathname + url.search, headers: req.headers, at: Date.now(), status: 0 };
    requests.push(record);
    const send = (answer: Answer, headers: Record<string, string> = {}) => {
      record.status = answer.status;
      if (res.destroyed) return;
      res.writeHead(answer.status, { 'content-type': answer.type, ...headers });
      res.end(answer.body);
    };

    const behaviour = behaviourFor(url.pathname);
    const answerNormally = () => {
      if (req.method !== 'GET') return send({ status: 405, type: 'text/plain', body: 'Method Not Allowed' });
      if (!url.pathname.startsWith(basePath)) return send({ status: 404, type: 'text/plain', body: 'Not Found' });
      const path = new URL(url.pathname.slice(basePath.length) + url.search, 'http://stand-in');
      const answer = route(path, req, base);
      if (answer.status !== 200) return send(answer);
      const etag = `"${createHash('sha256').update(answer.body).digest('base64url').slice(0, 20)}"`;
      const validators: Record<string, string> = {};
      if (options.etag) validators.etag = etag;
      if (options.lastModified) validators['last-modified'] = LAST_MODIFIED;
      const notModified =
        (options.etag && req.headers['if-none-match'] === etag) ||
        (options.lastModified && req.headers['if-modified-since'] === LAST_MODIFIED);
      if (notModified) {
        record.status = 304;
        res.writeHead(304, validators);
        return res.end();
      }
      send(answer, validators);
    };

    if (behaviour && 'status' in behaviour) {
      return send({ status: behaviour.status, type: 'text/html', body: `<html><body><h1>${behaviour.status}</h1></body></html>` });
    }
    if (behaviour && 'xml' in behaviour) {
      return send({ status: 200, type: 'application/vnd.orcid+xml;charset=UTF-8', body: '<?xml version="1.0" encoding="UTF-8"?><record:record xmlns:record="http://www.orcid.org/ns/record"/>' });
    }
    if (behaviour && 'delayMs' in behaviour) {
      const timer = setTimeout(answerNormally, behaviour.delayMs);
      res.on('close', () => clearTimeout(timer));
      return;
    }
    answerNormally();
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}${basePath}`;

  return {
    url: base,
    requests,
    behave: (identifier, behaviour) => behaviours.set(identifier, { ...behaviour }),
    setFixture: (name, record) => files.set(name, JSON.stringify(record)),
    reset: () => {
      behaviours.clear();
      requests.length = 0;
      files.clear();
      for (const [name, text] of originals) files.set(name, text);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

function fixtures(folder: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync(join(FIXTURES, folder))) {
    if (name.endsWith('.json')) files.set(name.slice(0, -'.json'.length), readFileSync(join(FIXTURES, folder, name), 'utf8'));
  }
  return files;
}

const wantsJson = (req: IncomingMessage) => /application\/(vnd\.orcid\+|orcid\+)?json/.test(req.headers.accept ?? '');

/** ORCID's public API v3.0; its URL ends in /v3.0 like the real one. */
export function startOrcidStandIn(options: StandInOptions = {}): Promise<StandIn> {
  const records = fixtures('orcid');
  return start(
    '/v3.0',
    records,
    (path, req) => {
      const match = /^\/(\d{4}-\d{4}-\d{4}-\d{3}[\dX])\/record$/.exec(path.pathname);
      const json = wantsJson(req);
      const record = match ? records.get(match[1]) : undefined;
      if (!record) {
        const message = `404 Not Found: The resource was not found. Full validation error: ${match?.[1] ?? path.pathname} is not found`;
        // ORCID's error body, in the format asked for.
        return json
          ? {
              status: 404,
              type: 'application/json;charset=UTF-8',
              body: JSON.stringify({
                'response-code': 404,
                'developer-message': message,
                'user-message': 'The resource was not found.',
                'error-code': 9016,
                'more-info': 'https://info.orcid.org/documentation/api-tutorials/troubleshooting-orcid-api-error-codes/',
              }),
            }
          : {
              status: 404,
              type: 'application/vnd.orcid+xml;charset=UTF-8',
              body: `<?xml version="1.0" encoding="UTF-8"?><error:error xmlns:error="http://www.orcid.org/ns/error"><error:response-code>404</error:response-code><error:developer-message>${message}</error:developer-message></error:error>`,
            };
      }
      if (json) return { status: 200, type: 'application/json;charset=UTF-8', body: record };
      // No JSON asked for: ORCID's default is XML.
      const { person } = JSON.parse(record);
      const given = person?.name?.['given-names']?.value ?? '';
      const family = person?.name?.['family-name']?.value ?? '';
      return {
        status: 200,
        type: 'application/vnd.orcid+xml;charset=UTF-8',
        body: `<?xml version="1.0" encoding="UTF-8"?>
<record:record path="/${match![1]}" xmlns:record="http://www.orcid.org/ns/record" xmlns:person="http://www.orcid.org/ns/person" xmlns:personal-details="http://www.orcid.org/ns/personal-details" xmlns:common="http://www.orcid.org/ns/common">
  <common:orcid-identifier><common:uri>https://orcid.org/${match![1]}</common:uri><common:path>${match![1]}</common:path><common:host>orcid.org</common:host></common:orcid-identifier>
  <person:person path="/${match![1]}/person"><person:name visibility="public"><personal-details:given-names>${given}</personal-details:given-names><personal-details:family-name>${family}</personal-details:family-name></person:name></person:person>
</record:record>`,
      };
    },
    options,
  );
}

const problem = (status: number, title: string, detail: string) => ({
  status,
  type: 'application/problem+json',
  body: JSON.stringify({ title, status, detail, requestId: 'stand-in' }),
});

/** NVA's public API (persons, organisations, result search). */
export function startNvaStandIn(options: StandInOptions = {}): Promise<StandIn> {
  const files = fixtures('nva');
  const withBase = (text: string, base: string) => text.replaceAll('{{NVA}}', base);
  const persons = () => [...files.entries()].filter(([name]) => name.startsWith('person-'));

  return start(
    '',
    files,
    (path, req, base) => {
      const person = /^\/cristin\/person\/([^/]+)$/.exec(path.pathname);
      if (person) {
        const id = decodeURIComponent(person[1]);
        // Like NVA: a Cristin person id or an ORCID iD.
        const found = persons().find(
          ([name, text]) => name === `person-${id}` || JSON.parse(text).identifiers?.some((i: { type: string; value: string }) => i.type === 'ORCID' && i.value === id),
        );
        return found
          ? { status: 200, type: 'application/json', body: withBase(found[1], base) }
          : problem(404, 'Not Found', `Could not find requested resource: ${id}`);
      }
      const organization = /^\/cristin\/organization\/([\d.]+)$/.exec(path.pathname);
      if (organization) {
        const text = files.get(`organization-${organization[1]}`);
        return text
          ? { status: 200, type: 'application/json', body: withBase(text, base) }
          : problem(404, 'Not Found', `Organization ${organization[1]} not found`);
      }
      if (path.pathname === '/search/resources') {
        const contributor = path.searchParams.get('contributor') ?? '';
        const personId = /\/cristin\/person\/(\d+)$/.exec(contributor)?.[1];
        const hits: Record<string, unknown>[] = JSON.parse(withBase((personId && files.get(`results-${personId}`)) || '[]', base));
        const size = Number(path.searchParams.get('size') ?? '15');
        const from = Number(path.searchParams.get('from') ?? '0');
        const page = hits.slice(from, from + size);
        // Without the 2024-12-01 version NVA answers its legacy, fuller shape.
        const simplified = /version=2024-12-01/.test(req.headers.accept ?? '');
        return {
          status: 200,
          type: 'application/json',
          body: JSON.stringify({
            '@context': 'https://bibsysdev.github.io/src/search/paginated-search-result.json',
            id: `${base}/search/resources${path.search}`,
            totalHits: hits.length,
            hits: simplified
              ? page
              : page.map((hit) => ({ type: 'Publication', id: hit.id, identifier: hit.identifier, entityDescription: { mainTitle: hit.mainTitle } })),
            nextResults: from + size < hits.length ? `${base}/search/resources?from=${from + size}&size=${size}` : null,
            previousResults: null,
            aggregations: {},
          }),
        };
      }
      return problem(404, 'Not Found', `No route for ${path.pathname}`);
    },
    options,
  );
}
