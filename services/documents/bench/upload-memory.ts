/**
 * Peak memory of a 200 MB upload: the documents service's streaming path (store to staging, then inspection)
 * next to a raw `minio` putObject of the same bytes, each in a fresh process, same run, real MinIO.
 *   npm run engines -- up && eval "$(npm run -s engines -- env)" && node tools/run.js services/documents/bench/upload-memory.ts
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { requireEngines } from '@carta/testing';
import * as Minio from 'minio';
import { MinioObjectStore } from '@carta/storage';
import { inspectDocument } from '../src/uploads/content-inspection';

const SIZE = Number(process.env.BENCH_UPLOAD_MB ?? 200) * 1024 * 1024;
const CHUNK = 1024 * 1024;

/** 200 MB generated on the fly, PDF-shaped so the inspector has real work; nothing is buffered. */
function generatedPdf(): Readable {
  let sent = 0;
  const chunk = Buffer.alloc(CHUNK, 0x20);
  return new Readable({
    read() {
      if (sent >= SIZE) return this.push(null);
      const size = Math.min(CHUNK, SIZE - sent);
      const next = Buffer.from(chunk.subarray(0, size));
      if (sent === 0) next.write('%PDF-1.7\n');
      next.writeUInt32BE(sent, size - 8);
      sent += size;
      this.push(next);
    },
  });
}

async function child(mode: 'raw' | 'service'): Promise<void> {
  const { s3 } = requireEngines();
  const bucket = s3.bucket;
  const baselineRssMb = process.memoryUsage().rss / 1024 / 1024;
  const started = process.hrtime.bigint();
  if (mode === 'raw') {
    const url = new URL(s3.endpoint);
    const client = new Minio.Client({
      endPoint: url.hostname,
      port: Number(url.port),
      useSSL: false,
      accessKey: s3.accessKey,
      secretKey: s3.secretKey,
      region: s3.region,
    });
    if (!(await client.bucketExists(bucket))) await client.makeBucket(bucket, s3.region);
    const key = `bench/raw-${Date.now()}`;
    await client.putObject(bucket, key, generatedPdf(), SIZE, { 'Content-Type': 'application/pdf' });
    await client.removeObject(bucket, key);
  } else {
    // What DocumentsService.streamUpload does: the body to the staging key (size-bounded), then the
    // inspection reading the staged object back.
    const store = new MinioObjectStore({ ...s3, bucket });
    await store.ensureReady();
    const staging = `staging/bench-${Date.now()}`;
    await store.put(staging, generatedPdf(), { size: SIZE, maxBytes: SIZE, contentType: 'application/pdf', ifAbsent: true });
    const inspection = await inspectDocument(async () => (await store.get(staging))!.body, { maxBytes: SIZE });
    if (inspection.sizeBytes !== SIZE || inspection.detectedType !== 'application/pdf') throw new Error('inspection went wrong');
    await store.remove(staging);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(JSON.stringify({ mode, baselineRssMb, peakRssMb: process.resourceUsage().maxRSS / 1024, seconds }));
}

function main(): void {
  const mode = process.argv[2];
  if (mode === 'raw' || mode === 'service') {
    child(mode).catch((error) => {
      console.error(error);
      process.exit(1);
    });
    return;
  }
  const run = (which: string) =>
    JSON.parse(
      execFileSync(process.execPath, [join(__dirname, '..', '..', '..', 'tools', 'run.js'), __filename, which], { encoding: 'utf8' })
        .trim()
        .split('\n')
        .pop()!,
    );
  const raw = run('raw');
  const service = run('service');
  const mb = SIZE / 1024 / 1024;
  console.log(`upload of ${mb} MB to MinIO, each in a fresh process:`);
  const line = (label: string, r: { baselineRssMb: number; peakRssMb: number; seconds: number }) =>
    console.log(
      `  ${label.padEnd(28)} peak RSS ${r.peakRssMb.toFixed(1)} MB (+${(r.peakRssMb - r.baselineRssMb).toFixed(1)} MB over the idle process)  ${(mb / r.seconds).toFixed(1)} MB/s`,
    );
  line('raw minio putObject', raw);
  line('documents streaming upload', service);
  console.log(
    `  ratio service/raw            peak RSS ${(service.peakRssMb / raw.peakRssMb).toFixed(2)}x  growth ${((service.peakRssMb - service.baselineRssMb) / (raw.peakRssMb - raw.baselineRssMb)).toFixed(2)}x  time ${(service.seconds / raw.seconds).toFixed(2)}x`,
  );
}

main();
