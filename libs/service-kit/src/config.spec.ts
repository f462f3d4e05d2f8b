import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, databaseFor, loadPlatformConfig } from './config';
import { kafkaBrokerOptions } from './start-service';

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

  describe('Kafka deployment settings', () => {
    const kafka = { KAFKA_BROKERS: 'kafka-1:9093,kafka-2:9093' };

    it('provisions topics as the deployment says, with safe one-broker defaults', () => {
      expect(loadPlatformConfig(kafka).kafka?.topics).toEqual({ partitions: 3, replicationFactor: 1, minInsyncReplicas: undefined });
      const cluster = loadPlatformConfig({ ...kafka, KAFKA_TOPIC_PARTITIONS: '12', KAFKA_REPLICATION_FACTOR: '3', KAFKA_MIN_INSYNC_REPLICAS: '2' });
      expect(kafkaBrokerOptions(cluster.kafka!, 'carta-intake')).toMatchObject({
        brokers: ['kafka-1:9093', 'kafka-2:9093'],
        clientId: 'carta-intake',
        partitions: 12,
        replicationFactor: 3,
        minInsyncReplicas: 2,
      });
    });

    it('refuses provisioning that could never work', () => {
      expect(() => loadPlatformConfig({ ...kafka, KAFKA_TOPIC_PARTITIONS: '0' })).toThrow(/KAFKA_TOPIC_PARTITIONS a whole number/);
      expect(() => loadPlatformConfig({ ...kafka, KAFKA_REPLICATION_FACTOR: 'three' })).toThrow(/KAFKA_REPLICATION_FACTOR/);
      expect(() => loadPlatformConfig({ ...kafka, KAFKA_REPLICATION_FACTOR: '2', KAFKA_MIN_INSYNC_REPLICAS: '3' })).toThrow(
        /cannot exceed KAFKA_REPLICATION_FACTOR/,
      );
    });

    it('passes TLS (system CAs or files read at start-up) and SASL to the client', () => {
      expect(loadPlatformConfig(kafka).kafka).toMatchObject({ ssl: undefined, sasl: undefined });
      expect(loadPlatformConfig({ ...kafka, KAFKA_SSL: 'true' }).kafka?.ssl).toBe(true);
      const dir = mkdtempSync(join(tmpdir(), 'kafka-tls-'));
      for (const name of ['ca.pem', 'cert.pem', 'key.pem']) writeFileSync(join(dir, name), `-----${name}-----`);
      const tls = loadPlatformConfig({
        ...kafka,
        KAFKA_SSL: 'true',
        KAFKA_SSL_CA_FILE: join(dir, 'ca.pem'),
        KAFKA_SSL_CERT_FILE: join(dir, 'cert.pem'),
        KAFKA_SSL_KEY_FILE: join(dir, 'key.pem'),
        KAFKA_SASL_MECHANISM: 'scram-sha-512',
        KAFKA_SASL_USERNAME: 'carta',
        KAFKA_SASL_PASSWORD: 's3cret',
      });
      expect(kafkaBrokerOptions(tls.kafka!, 'carta-billing')).toMatchObject({
        ssl: { ca: '-----ca.pem-----', cert: '-----cert.pem-----', key: '-----key.pem-----' },
        sasl: { mechanism: 'scram-sha-512', username: 'carta', password: 's3cret' },
      });
    });

    it('says which TLS or SASL setting is missing or unreadable', () => {
      expect(() => loadPlatformConfig({ ...kafka, KAFKA_SSL: 'yes' })).toThrow(/KAFKA_SSL/);
      expect(() => loadPlatformConfig({ ...kafka, KAFKA_SSL_CA_FILE: '/tmp/ca.pem' })).toThrow(/needs KAFKA_SSL=true/);
      expect(() => loadPlatformConfig({ ...kafka, KAFKA_SSL: 'true', KAFKA_SSL_CERT_FILE: '/tmp/cert.pem' })).toThrow(/go together/);
      expect(() => loadPlatformConfig({ ...kafka, KAFKA_SSL: 'true', KAFKA_SSL_CA_FILE: '/nonexistent/ca.pem' })).toThrow(/KAFKA_SSL_CA_FILE cannot be read/);
      expect(() => loadPlatformConfig({ ...kafka, KAFKA_SASL_MECHANISM: 'gssapi' })).toThrow(/KAFKA_SASL_MECHANISM/);
      expect(() => loadPlatformConfig({ ...kafka, KAFKA_SASL_MECHANISM: 'plain', KAFKA_SASL_USERNAME: 'carta' })).toThrow(/KAFKA_SASL_PASSWORD/);
      expect(() => loadPlatformConfig({ ...kafka, KAFKA_SASL_USERNAME: 'carta', KAFKA_SASL_PASSWORD: 'x' })).toThrow(/need KAFKA_SASL_MECHANISM/);
    });
  });
});
