import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GraphQLResponse, TestApp } from './test-app';

/**
 * GraphQL from a chosen client address: all of 127.0.0.0/8 is loopback on Linux, so binding
 * 127.0.0.2 makes the app see another visitor (rate limits are keyed on the client address).
 */
export class LoopbackClients {
  private constructor(private readonly base: string) {}

  static async start(t: TestApp): Promise<LoopbackClients> {
    await t.app.listen(0, '127.0.0.1');
    const { port } = t.app.getHttpServer().address() as AddressInfo;
    return new LoopbackClients(`http://127.0.0.1:${port}`);
  }

  gql<T = Record<string, any>>(from: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GraphQLResponse<T>> {
    return new Promise((done, fail) => {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (token) headers.authorization = `Bearer ${token}`;
      const req = httpRequest(`${this.base}/graphql`, { method: 'POST', localAddress: from, headers }, (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => {
          try {
            done(JSON.parse(text) as GraphQLResponse<T>);
          } catch (err) {
            fail(err as Error);
          }
        });
      });
      req.on('error', fail);
      req.end(JSON.stringify({ query, variables }));
    });
  }
}
