import { ConfigError, databaseFor, loadPlatformConfig } from './config';

describe('loadPlatformConfig', () => {
  it('defaults to the embedded mode: no external server', () => {
    const config = loadPlatformConfig({ CARTA_DATA_DIR: '/tmp/carta' });
    expect(config.databaseUrl).toBeUndefined();
    expect(config.kafka).toBeUndefined();
    expect(config.s3).toBeUndefined();
    expect(databaseFor(config, 'intake')).toEqual({ embeddedDir: '/tmp/carta/db/intake' });
    expect(config.internalSecret.length).toBeGreaterThanOrEqual(32);
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
  });

  it('says exactly what is wrong', () => {
    expect(() => loadPlatformConfig({ KAFKA_BROKERS: 'kafka' })).toThrow(/KAFKA_BROKERS a comma-separated list of host:port/);
    expect(() => loadPlatformConfig({ CARTA_INTERNAL_SECRET: 'short' })).toThrow(ConfigError);
    expect(() => loadPlatformConfig({ S3_ENDPOINT: 'http://127.0.0.1:9000' })).toThrow(/S3_ACCESS_KEY/);
  });
});
