/**
 * `npm run audit:verify`: walks every service's audit chain (in DATABASE_URL, or the embedded
 * databases under .carta/ — stop `npm start` first: an embedded database has one user at a time)
 * and exits 1 at the first broken link of any chain, 2 when a chain cannot be read.
 */
import { ChainVerdict, verifyAuditChain } from '@carta/audit';
import { databaseFor, loadPlatformConfig, openServiceDataSource, SERVICE_NAMES, ServiceName } from '@carta/service-kit';
import { DataSource } from 'typeorm';
import { SERVICES } from './services';

export interface ServiceChainReport {
  service: ServiceName;
  verdict: ChainVerdict;
}

/** Verifies each service's chain through the data source `open` gives for it (closed afterwards when `close` is set). */
export async function verifyAuditTrails(open: (service: ServiceName) => Promise<DataSource>, options: { close: boolean }): Promise<ServiceChainReport[]> {
  const reports: ServiceChainReport[] = [];
  for (const service of SERVICE_NAMES) {
    const dataSource = await open(service);
    try {
      reports.push({ service, verdict: await verifyAuditChain(dataSource) });
    } finally {
      if (options.close) await dataSource.destroy();
    }
  }
  return reports;
}

export function describeReport({ service, verdict }: ServiceChainReport): string {
  return verdict.intact
    ? `${service}: intact, ${verdict.records} records, head ${verdict.headHash}`
    : `${service}: BROKEN at seq ${verdict.brokenAt.seq} (record ${verdict.brokenAt.id}): ${verdict.brokenAt.reason}, after ${verdict.records} good records`;
}

async function main(): Promise<void> {
  const config = loadPlatformConfig();
  const reports = await verifyAuditTrails((service) => openServiceDataSource(SERVICES[service], databaseFor(config, service)), { close: true });
  for (const report of reports) console.log(describeReport(report));
  if (reports.some((report) => !report.verdict.intact)) process.exit(1);
}

if (process.argv[1] === __filename) {
  main().catch((error) => {
    console.error(`audit:verify could not read a chain: ${error instanceof Error ? error.message : error}`);
    process.exit(2);
  });
}
