/**
 * The deployment, checked offline: the Helm chart (deploy/helm/carta) lints, renders with each values
 * set and validates against the Kubernetes schemas; what matters in it holds (probes, resources,
 * secrets from Secrets, network policies); docker-compose.yml validates; the topic Job's tool
 * provisions every topic on the real Kafka. Tools come from deploy/tools/install.sh (cached).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deadLetterTopic, Topics } from '@carta/contracts';
import { DEFAULT_PORTS, SERVICE_NAMES } from '@carta/service-kit';
import { requireEngines, uniqueSuffix } from '@carta/testing';
import { Kafka, logLevel } from 'kafkajs';
import { parse, parseAllDocuments } from 'yaml';

const ROOT = join(__dirname, '..', '..');
const CHART = join(ROOT, 'deploy/helm/carta');
/** The chart's kubeVersion floor and the newest schemas kubernetes-validate bundles. */
const KUBERNETES_VERSIONS = ['1.27.0', '1.37.0'];
const SECRET_VARIABLES = [
  'CARTA_INTERNAL_SECRET',
  'CARTA_SEALING_KEY',
  'CARTA_SEALING_OLD_KEYS',
  'DATABASE_URL',
  'S3_ACCESS_KEY',
  'S3_SECRET_KEY',
  'KAFKA_SASL_PASSWORD',
];
const COMPONENTS = ['gateway', ...SERVICE_NAMES];

interface Tools {
  CARTA_HELM: string;
  CARTA_KUBERNETES_VALIDATE: string;
  CARTA_DOCKER_COMPOSE: string;
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rendered manifests and values files are untyped YAML
type Yaml = any;
type Manifest = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  spec?: Yaml;
  data?: Record<string, string>;
};
interface Container {
  name: string;
  command: string[];
  env?: { name: string; value?: string; valueFrom?: Yaml }[];
  [field: string]: Yaml;
}
interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

let tools: Tools;
let work: string;

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Run {
  const result = spawnSync(command, args, { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function helmTemplate(...args: string[]): Run {
  return run(tools.CARTA_HELM, ['template', 'carta', CHART, '--kube-version', KUBERNETES_VERSIONS[1], ...args]);
}

function render(valuesFile: string, ...args: string[]): { text: string; manifests: Manifest[] } {
  const rendered = helmTemplate('-f', join(CHART, 'ci', valuesFile), ...args);
  expect(rendered.stderr).toBe('');
  expect(rendered.status).toBe(0);
  const manifests = parseAllDocuments(rendered.stdout)
    .map((document) => document.toJS() as Manifest | null)
    .filter((manifest): manifest is Manifest => manifest !== null);
  return { text: rendered.stdout, manifests };
}

const ofKind = (manifests: Manifest[], kind: string) => manifests.filter((manifest) => manifest.kind === kind);
const containersOf = (manifest: Manifest) => manifest.spec.template.spec.containers as Container[];

beforeAll(() => {
  const output = execFileSync('bash', [join(ROOT, 'deploy/tools/install.sh')], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  tools = Object.fromEntries(
    output
      .trim()
      .split('\n')
      .map((line) => line.split(/=(.*)/s).slice(0, 2)),
  ) as unknown as Tools;
  work = mkdtempSync(join(tmpdir(), 'carta-deploy-'));
}, 900_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the Helm chart', () => {
  it.each(['minimal-values.yaml', 'ha-values.yaml'])('lints with no warning (--strict) with %s', (valuesFile) => {
    const lint = run(tools.CARTA_HELM, ['lint', '--strict', CHART, '-f', join(CHART, 'ci', valuesFile), '--kube-version', KUBERNETES_VERSIONS[1]]);
    expect(lint.stdout).toContain('1 chart(s) linted, 0 chart(s) failed');
    expect(lint.stdout).not.toMatch(/\[(WARNING|ERROR)\]/);
    expect(lint.status).toBe(0);
  });

  it.each(['minimal-values.yaml', 'ha-values.yaml'])(
    'renders %s into manifests valid against the Kubernetes schemas (strict: no unknown field)',
    (valuesFile) => {
      const { text } = render(valuesFile);
      const file = join(work, `${valuesFile}.rendered.yaml`);
      writeFileSync(file, text);
      for (const version of KUBERNETES_VERSIONS) {
        const validation = run(tools.CARTA_KUBERNETES_VALIDATE, ['--strict', '--quiet', '-k', version, file]);
        expect({ version, output: validation.stdout + validation.stderr }).toEqual({ version, output: '' });
        expect(validation.status).toBe(0);
      }
    },
  );

  it('refuses to render without what the platform cannot start without, naming it', () => {
    const bare = helmTemplate();
    expect(bare.status).not.toBe(0);
    expect(bare.stderr).toContain('publicUrl is required');
    const shortSecret = helmTemplate('-f', join(CHART, 'ci/minimal-values.yaml'), '--set', 'platform.internalSecret=too-short');
    expect(shortSecret.status).not.toBe(0);
    expect(shortSecret.stderr).toContain('platform.internalSecret must be at least 32 characters');
    const saslWithoutPassword = helmTemplate(
      '-f',
      join(CHART, 'ci/minimal-values.yaml'),
      '--set',
      'kafka.sasl.mechanism=scram-sha-512',
      '--set',
      'kafka.sasl.username=carta',
    );
    expect(saslWithoutPassword.status).not.toBe(0);
    expect(saslWithoutPassword.stderr).toContain('kafka.sasl.password or kafka.sasl.existingSecret is required');
  });

  describe.each(['minimal-values.yaml', 'ha-values.yaml'])('rendered with %s', (valuesFile) => {
    let manifests: Manifest[];
    let text: string;
    let values: Yaml;
    beforeAll(() => {
      ({ manifests, text } = render(valuesFile));
      values = parse(readFileSync(join(CHART, 'ci', valuesFile), 'utf8'));
    });

    it('runs one Deployment per service and the gateway, each with an entry point that exists', () => {
      const deployments = ofKind(manifests, 'Deployment');
      expect(deployments.map((deployment) => deployment.metadata.labels!['app.kubernetes.io/component']).sort()).toEqual([...COMPONENTS].sort());
      for (const deployment of deployments) {
        const [container] = containersOf(deployment);
        expect(container.command.slice(0, 2)).toEqual(['node', 'tools/run.js']);
        expect(existsSync(join(ROOT, container.command[2]))).toBe(true);
      }
      for (const job of ofKind(manifests, 'Job')) expect(existsSync(join(ROOT, containersOf(job)[0].command[2]))).toBe(true);
    });

    it('gives every Deployment startup, liveness and readiness probes on the health endpoints, resources and a hardened security context', () => {
      for (const deployment of ofKind(manifests, 'Deployment')) {
        const pod = deployment.spec.template.spec;
        const [container] = containersOf(deployment);
        expect({
          name: deployment.metadata.name,
          live: container.livenessProbe?.httpGet,
          ready: container.readinessProbe?.httpGet,
          startup: container.startupProbe?.httpGet,
        }).toEqual({
          name: deployment.metadata.name,
          live: { path: '/health/live', port: 'http' },
          ready: { path: '/health/ready', port: 'http' },
          startup: { path: '/health/live', port: 'http' },
        });
        expect(container.resources.requests).toEqual({ cpu: expect.any(String), memory: expect.any(String) });
        expect(container.resources.limits.memory).toEqual(expect.any(String));
        expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: expect.any(Number) });
        expect(container.securityContext).toMatchObject({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } });
        expect(pod.automountServiceAccountToken).toBe(false);
        // The port the container listens on is the one the probes, the Service and the policies name.
        expect(container.env?.find((variable) => variable.name === 'PORT')?.value).toBe(String(container.ports[0].containerPort));
      }
    });

    it('scales every Deployment with an HPA and bounds disruptions with a PodDisruptionBudget', () => {
      const deployments = ofKind(manifests, 'Deployment').map((deployment) => deployment.metadata.name);
      const autoscalers = ofKind(manifests, 'HorizontalPodAutoscaler');
      expect(autoscalers.map((hpa) => hpa.spec.scaleTargetRef.name).sort()).toEqual([...deployments].sort());
      for (const hpa of autoscalers) expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(valuesFile === 'ha-values.yaml' ? 2 : 1);
      const budgets = ofKind(manifests, 'PodDisruptionBudget');
      for (const deployment of ofKind(manifests, 'Deployment')) {
        const labels = deployment.spec.template.metadata.labels;
        expect(budgets.filter((pdb) => matches(pdb.spec.selector.matchLabels, labels))).toHaveLength(1);
      }
    });

    it('takes every secret from a Secret, never from a plain value, and every referenced key exists', () => {
      const secrets = new Map(ofKind(manifests, 'Secret').map((secret) => [secret.metadata.name, Object.keys(secret.data ?? {})]));
      const existing = new Set<string>(
        [values.platform?.existingSecret, values.postgresql?.existingSecret, values.s3?.existingSecret, values.kafka?.sasl?.existingSecret].filter(Boolean),
      );
      let references = 0;
      for (const workload of [...ofKind(manifests, 'Deployment'), ...ofKind(manifests, 'Job')]) {
        for (const variable of containersOf(workload)[0].env ?? []) {
          if (!SECRET_VARIABLES.includes(variable.name)) continue;
          expect({ workload: workload.metadata.name, variable: variable.name, value: variable.value }).toEqual({
            workload: workload.metadata.name,
            variable: variable.name,
            value: undefined,
          });
          const ref = variable.valueFrom.secretKeyRef;
          references++;
          if (existing.has(ref.name)) continue;
          expect(secrets.has(ref.name)).toBe(true);
          if (!ref.optional) expect(secrets.get(ref.name)).toContain(ref.key);
        }
      }
      expect(references).toBeGreaterThan(0);
      // No secret value given in the values file appears anywhere but base64-encoded in a Secret.
      const plainSecrets = [values.platform?.internalSecret, values.platform?.sealingKey, values.postgresql?.url, values.s3?.secretKey].filter(Boolean);
      for (const secret of plainSecrets) expect(text).not.toContain(secret);
      if (valuesFile === 'ha-values.yaml') expect(ofKind(manifests, 'Secret')).toHaveLength(0);
    });

    it('names in the processes only variables Carta reads', () => {
      const sources = ['libs/service-kit/src/config.ts', 'libs/auth/src/gateway-config.ts', 'gateway/src/main.ts', 'libs/service-kit/src/run-standalone.ts']
        .map((file) => readFileSync(join(ROOT, file), 'utf8'))
        .join('\n');
      const extra = new Set(((values.componentDefaults?.extraEnv ?? []) as { name: string }[]).map((variable) => variable.name));
      for (const workload of [...ofKind(manifests, 'Deployment'), ...ofKind(manifests, 'Job')]) {
        for (const { name } of containersOf(workload)[0].env ?? []) {
          if (extra.has(name)) continue;
          const read = name.startsWith('CARTA_SUBGRAPH_') ? sources.includes('CARTA_SUBGRAPH_') : sources.includes(name);
          expect({ workload: workload.metadata.name, name, read }).toEqual({ workload: workload.metadata.name, name, read: true });
        }
      }
    });

    it('lets only the gateway reach each subgraph, and the subgraphs reach only DNS and the engines', () => {
      const policies = ofKind(manifests, 'NetworkPolicy');
      const gatewayLabels = ofKind(manifests, 'Deployment').find((deployment) => deployment.metadata.labels!['app.kubernetes.io/component'] === 'gateway')!.spec
        .template.metadata.labels;
      const metricsFrom = JSON.stringify(values.networkPolicy?.metricsFrom ?? null);
      for (const service of SERVICE_NAMES) {
        const deployment = ofKind(manifests, 'Deployment').find((candidate) => candidate.metadata.labels!['app.kubernetes.io/component'] === service)!;
        const podLabels = deployment.spec.template.metadata.labels;
        const applying = policies.filter((policy) => policy.spec.podSelector.matchLabels && matches(policy.spec.podSelector.matchLabels, podLabels));
        expect(applying).toHaveLength(1);
        const [policy] = applying;
        expect(policy.spec.policyTypes).toEqual(['Ingress', 'Egress']);
        for (const rule of policy.spec.ingress) {
          expect(rule.from).toBeDefined(); // a rule without `from` would admit every pod
          const fromGateway =
            rule.from.length === 1 &&
            rule.from[0].podSelector &&
            !rule.from[0].namespaceSelector &&
            matches(rule.from[0].podSelector.matchLabels, gatewayLabels);
          expect(fromGateway || JSON.stringify(rule.from) === metricsFrom).toBe(true);
        }
        const egressPorts = (policy.spec.egress as { ports: { port: number }[] }[]).flatMap((rule) => rule.ports.map((port) => port.port));
        expect(new Set(egressPorts)).toEqual(
          new Set([
            53,
            ...(values.postgresql?.networkPolicy?.ports ?? [5432]),
            ...(values.kafka?.networkPolicy?.ports ?? [9092]),
            ...(values.s3?.networkPolicy?.ports ?? [443, 9000]),
            ...extraEgressPorts(values),
          ]),
        );
      }
      // The gateway may reach every subgraph on its port.
      const gatewayPolicy = policies.find((policy) => policy.spec.podSelector.matchLabels && matches(policy.spec.podSelector.matchLabels, gatewayLabels))!;
      for (const service of SERVICE_NAMES) {
        const deployment = ofKind(manifests, 'Deployment').find((candidate) => candidate.metadata.labels!['app.kubernetes.io/component'] === service)!;
        const port = containersOf(deployment)[0].ports[0].containerPort;
        const rule = gatewayPolicy.spec.egress.find(
          (candidate: Yaml) => candidate.to?.[0]?.podSelector?.matchLabels?.['app.kubernetes.io/component'] === service,
        );
        expect(rule?.ports).toEqual([{ port, protocol: 'TCP' }]);
      }
    });

    it('runs as the non-root user the image declares', () => {
      const user = /^USER (\d+):(\d+)$/m.exec(readFileSync(join(ROOT, 'deploy/Dockerfile'), 'utf8'));
      expect(user).not.toBeNull();
      for (const workload of [...ofKind(manifests, 'Deployment'), ...ofKind(manifests, 'Job')])
        expect(workload.spec.template.spec.securityContext).toMatchObject({ runAsUser: Number(user![1]), runAsGroup: Number(user![2]) });
    });

    it('exposes through an Ingress only what clients use, never health or metrics', () => {
      const ingresses = ofKind(manifests, 'Ingress');
      expect(ingresses).toHaveLength(values.ingress?.enabled ? 1 : 0);
      for (const ingress of ingresses) {
        for (const { path, backend } of ingress.spec.rules.flatMap((rule: Yaml) => rule.http.paths)) {
          expect(backend.service.name).toMatch(/-gateway$/);
          expect(['/graphql', '/console', '/uploads', '/objects', '/calendars']).toContain(path);
        }
      }
    });

    it('runs the migrations, then the topics, as pre-install/pre-upgrade hooks after the Secret they read', () => {
      const weight = (manifest: Manifest) => Number(manifest.metadata.annotations!['helm.sh/hook-weight']);
      const jobs = ofKind(manifests, 'Job');
      const migrate = jobs.find((job) => job.metadata.name.endsWith('-migrate'))!;
      const topics = jobs.find((job) => job.metadata.name.endsWith('-provision-topics'))!;
      expect(containersOf(migrate)[0].command).toEqual(['node', 'tools/run.js', 'tools/migrate.ts']);
      expect(containersOf(topics)[0].command).toEqual(['node', 'tools/run.js', 'tools/provision-topics.ts']);
      for (const job of [migrate, topics]) expect(job.metadata.annotations!['helm.sh/hook']).toBe('pre-install,pre-upgrade');
      expect(weight(migrate)).toBeLessThan(weight(topics));
      for (const secret of ofKind(manifests, 'Secret')) {
        expect(secret.metadata.annotations!['helm.sh/hook']).toBe('pre-install,pre-upgrade');
        expect(weight(secret)).toBeLessThan(weight(migrate));
      }
    });
  });
});

describe('docker-compose.yml', () => {
  const secrets = {
    CARTA_INTERNAL_SECRET: 'x'.repeat(32),
    CARTA_SEALING_KEY: '0'.repeat(64),
    POSTGRES_PASSWORD: 'check',
    MINIO_ROOT_USER: 'carta',
    MINIO_ROOT_PASSWORD: 'check-only',
    MINIO_KMS_SECRET_KEY: 'carta-key:Y2FydGEtZGV2LWttcy1rZXktMzItYnl0ZXMtbG9uZyE=',
    JWT_JWKS_URL: 'https://id.example.org/.well-known/jwks.json',
    JWT_ISSUER: 'https://id.example.org/',
    JWT_AUDIENCE: 'carta',
  };
  // Only PATH: a developer's own .env or shell must not make the check pass or fail.
  const compose = (env: Record<string, string>, ...args: string[]) =>
    run(tools.CARTA_DOCKER_COMPOSE, ['--project-directory', ROOT, '-f', join(ROOT, 'docker-compose.yml'), '--env-file', emptyEnvFile(), ...args], {
      PATH: process.env.PATH,
      ...env,
    });
  const emptyEnvFile = () => {
    const file = join(work, 'empty.env');
    writeFileSync(file, '');
    return file;
  };

  it('validates (docker-compose config -q)', () => {
    const check = compose(secrets, 'config', '-q');
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  it('refuses to start without its secrets', () => {
    const { POSTGRES_PASSWORD: _omitted, ...rest } = secrets;
    const check = compose(rest, 'config', '-q');
    expect(check.status).not.toBe(0);
    expect(check.stderr).toContain('set POSTGRES_PASSWORD');
  });

  it('gives every container a health check whose tool its image has, and starts the gateway once the subgraphs are ready', () => {
    const config = parse(compose(secrets, 'config').stdout);
    for (const [name, service] of Object.entries<Yaml>(config.services))
      expect({ name, healthcheck: Boolean(service.healthcheck?.test) }).toEqual({ name, healthcheck: true });
    for (const service of SERVICE_NAMES) {
      expect(config.services[service].environment.PORT).toBe(String(DEFAULT_PORTS[service]));
      expect(config.services[service].healthcheck.test.slice(0, 2)).toEqual(['CMD', 'node']);
      expect(config.services.gateway.depends_on[service]).toEqual({ condition: 'service_healthy' });
    }
    // MinIO's image is built here: the health check's tool must be installed by its Dockerfile.
    const minioTool = config.services.minio.healthcheck.test[1];
    expect(readFileSync(join(ROOT, 'deploy/minio/Dockerfile'), 'utf8')).toMatch(new RegExp(`apt-get install[^\\n]*\\b${minioTool}\\b`));
  });
});

describe('the topic Job (tools/provision-topics.ts)', () => {
  it('creates every topic of the catalogue and its dead-letter topic, as configured, and is idempotent', async () => {
    const engines = requireEngines();
    const prefix = `${process.env.CARTA_TEST_GROUP_PREFIX ?? ''}provision-${uniqueSuffix()}.`;
    const env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      KAFKA_BROKERS: engines.kafkaBrokers.join(','),
      KAFKA_TOPIC_PREFIX: prefix,
      KAFKA_TOPIC_PARTITIONS: '2',
    };
    const expected = Object.values(Topics).flatMap((topic) => [topic, deadLetterTopic(topic)].map((name) => `${prefix}${name}`));
    const admin = new Kafka({ clientId: 'deploy-spec', brokers: engines.kafkaBrokers, logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
    try {
      for (let attempt = 0; attempt < 2; attempt++) {
        const provision = run(process.execPath, ['tools/run.js', 'tools/provision-topics.ts'], env);
        expect({ status: provision.status, stdout: provision.stdout, stderr: provision.stderr }).toMatchObject({
          status: 0,
          stdout: expect.stringContaining(`${expected.length} topics ready (2 partitions`),
        });
      }
      const { topics } = await admin.fetchTopicMetadata({ topics: expected });
      expect(topics.map((topic) => [topic.name, topic.partitions.length]).sort()).toEqual(expected.map((name) => [name, 2]).sort());
    } finally {
      await admin.deleteTopics({ topics: expected }).catch(() => undefined);
      await admin.disconnect();
    }
  }, 120_000);
});

function matches(selector: Record<string, string>, labels: Record<string, string>): boolean {
  return Object.entries(selector).every(([key, value]) => labels[key] === value);
}

function extraEgressPorts(values: Yaml): number[] {
  return ((values.networkPolicy?.extraEgress ?? []) as { ports?: { port: number }[] }[]).flatMap((rule) => (rule.ports ?? []).map((port) => port.port));
}
