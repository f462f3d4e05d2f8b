import { AddressInfo } from 'node:net';
import { Body, Controller, Get, INestApplication, Module, Post } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { signIdentityAssertion, SUBGRAPH_MAX_REQUEST_BYTES } from '@carta/auth';
import { Audit } from '@carta/audit';
import { ServiceErrorFilter } from './service-error.filter';
import { IdentityGuard, INTERNAL_SECRET, Public, Roles } from './identity.guard';
import { createLog, SERVICE_LOG } from './logging';
import { createServiceApp } from './start-service';

const SECRET = 'a-test-secret-of-at-least-32-bytes!!';
const MARKER = 'Zqx7731Okafor';
const logged: string[] = [];

@Controller('t')
class ProbeController {
  @Get('bare')
  bare() {
    return { reached: true };
  }

  @Public()
  @Get('open')
  open() {
    return { reached: true };
  }

  @Roles('admin')
  @Post('admin')
  admin(@Body() body: unknown) {
    return { received: body };
  }

  @Public()
  @Get('boom')
  boom() {
    throw new TypeError(`cannot read the passport of ${MARKER}`);
  }
}

@Module({
  controllers: [ProbeController],
  providers: [
    { provide: INTERNAL_SECRET, useValue: SECRET },
    // The guard records GraphQL role denials; these HTTP probes never reach it.
    { provide: Audit, useValue: { recordDenial: async () => undefined } },
    { provide: SERVICE_LOG, useValue: createLog({ write: (line: string) => void logged.push(line) }) },
    { provide: APP_GUARD, useClass: IdentityGuard },
    { provide: APP_FILTER, useClass: ServiceErrorFilter },
  ],
})
class ProbeModule {}

describe("a service's HTTP routes", () => {
  let app: INestApplication;
  let base: string;
  const send = (path: string, init: RequestInit = {}) => fetch(`${base}${path}`, init);
  const asAdmin = async () => ({ 'x-carta-identity': await signIdentityAssertion({ subject: 'admin-1', roles: ['admin'] }, SECRET) });

  beforeAll(async () => {
    app = await createServiceApp({ module: ProbeModule });
    await app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  });
  afterAll(() => app?.close());

  it('refuses a route that declares neither @Roles nor @Public (fail closed)', async () => {
    const response = await send('/t/bare');
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ code: 'FORBIDDEN', message: 'this route declares no roles' });
  });

  it('serves a @Public route without an identity, and a @Roles route only with one', async () => {
    expect((await send('/t/open')).status).toBe(200);
    const anonymous = await send('/t/admin', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
    const admin = await send('/t/admin', { method: 'POST', headers: { 'content-type': 'application/json', ...(await asAdmin()) }, body: '{"a":1}' });
    expect(await admin.json()).toEqual({ received: { a: 1 } });
  });

  it('answers a malformed JSON body with 400 BAD_USER_INPUT as JSON, echoing nothing and with no stack', async () => {
    const response = await send('/t/admin', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await asAdmin()) },
      body: `{"name": "${MARKER}`,
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = await response.text();
    expect(JSON.parse(body)).toEqual({ code: 'BAD_USER_INPUT', message: expect.any(String) });
    expect(body).not.toMatch(new RegExp(`${MARKER}|at |<html|SyntaxError`, 'i'));
  });

  it('answers a body over the shared limit with 413', async () => {
    const response = await send('/t/admin', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ pad: 'x'.repeat(SUBGRAPH_MAX_REQUEST_BYTES) }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ code: 'PAYLOAD_TOO_LARGE', message: `the request body exceeds ${SUBGRAPH_MAX_REQUEST_BYTES} bytes` });
  });

  it('answers an unknown route with 404 NOT_FOUND as JSON', async () => {
    const response = await send('/nowhere');
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ code: 'NOT_FOUND', message: 'no such route' });
  });

  it('answers a fault with 500 and logs only its class and route', async () => {
    const response = await send('/t/boom');
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' });
    expect(logged.map((line) => JSON.parse(line))).toContainEqual(expect.objectContaining({ level: 'error', errorClass: 'TypeError', path: '/t/boom' }));
    expect(logged.join('')).not.toContain(MARKER);
  });
});
