import { ConfigError, databaseFor, loadPlatformConfig } from './config';

describe('loadPlatformConfig', () => {
  it('defaults to the embedded mode: no external server', () => {
    const config = loadPlatformConfig({ CARTA_DATA_DIR: '/tmp/carta' });
    expect(config.databaseUrl).toBeUndefined();
    expect(config.kafka).toBeUndefined();
    expect(config.s3).toBeUndefined();
    expect(databaseFor(config, 'intake')).toEqual({ embeddedDir: '/tmp/carta/db/intake' });
    expect(config.internalSecret.length).toBeGreaterThanOrEqual(32);
    // A new developer's first `npm start` needs no variable: the dev issuer on loopback.
    expect(config.gateway.auth).toEqual({ mode: 'development' });
  });

  it('makes the dev issuer an explicit choice on real engines, and only on loopback', () => {
    const engines = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/carta' };
    expect(loadPlatformConfig(engines).gateway.auth).toBeUndefined();
    expect(loadPlatformConfig({ ...engines, CARTA_DEV_AUTH: 'true' }).gateway.auth).toEqual({ mode: 'development' });
    expect(() => loadPlatformConfig({ CARTA_HOST: '0.0.0.0' })).toThrow(ConfigError);
    expect(() => loadPlatformConfig({ ...engines, CARTA_DEV_AUTH: 'true', CARTA_HOST: '0.0.0.0' })).toThrow(/loopback/);
    expect(() => loadPlatformConfig({ CARTA_DEV_AUTH: 'true', JWT_JWKS_URL: 'https://login.example.org/jwks', JWT_ISSUER: 'i', JWT_AUDIENCE: 'a' })).toThrow(
      /both set/,
    );
    expect(loadPlatformConfig({ JWT_JWKS_URL: 'https://login.example.org/jwks', JWT_ISSUER: 'i', JWT_AUDIENCE: 'a' }).gateway.auth).toMatchObject({
      mode: 'oidc',
      issuer: 'i',
    });
    // A subgraph process on its own host (docker) needs no issuer: only the gateway refuses to start without one.
    expect(loadPlatformConfig({ ...engines, CARTA_HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
  });

  it('moves onto real engines with the usual variables', () => {
    const config = loadPlatformConfig({
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/carta',
      KAFKA_BROKERS: '127.0.0.1:9092,127.0.0.1:9094',
      S3_ENDPOINT: 'http://127.0.0.1:9000',
      S3_ACCESS_KEY: 'a',
      S3_SECRET_KEY: 'b',
    });
    expect(databaseFor(config, 'documents')).toEqual({ url: 'postgres://postgres@127.0.0.1:5432/carta' });
    expect(config.kafka?.brokers).toEqual(['127.0.0.1:9092', '127.0.0.1:9094']);
    expect(config.s3).toMatchObject({ endpoint: 'http://127.0.0.1:9000', bucket: 'carta' });
    expect(config.s3?.publicEndpoint).toBeUndefined();
    // Clients may reach the store by another address than the services do.
    const fronted = loadPlatformConfig({
      S3_ENDPOINT: 'http://minio:9000',
      S3_PUBLIC_URL: 'https://files.example.org',
      S3_ACCESS_KEY: 'a',
      S3_SECRET_KEY: 'b',
    });
    expect(fronted.s3).toMatchObject({ endpoint: 'http://minio:9000', publicEndpoint: 'https://files.example.org' });
    expect(() => loadPlatformConfig({ S3_PUBLIC_URL: 'files' })).toThrow(/S3_PUBLIC_URL/);
  });

  it('says exactly what is wrong', () => {
    expect(() => loadPlatformConfig({ KAFKA_BROKERS: 'kafka' })).toThrow(/KAFKA_BROKERS a comma-separated list of host:port/);
    expect(() => loadPlatformConfig({ CARTA_INTERNAL_SECRET: 'short' })).toThrow(ConfigError);
    expect(() => loadPlatformConfig({ S3_ENDPOINT: 'http://127.0.0.1:9000' })).toThrow(/S3_ACCESS_KEY/);
  });
});
