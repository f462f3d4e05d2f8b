import { ChildProcessByStdio, spawn } from 'node:child_process';
import { join } from 'node:path';
import { Readable } from 'node:stream';

const ROOT = join(__dirname, '..', '..', '..');

/** A consumer-group member in a process of its own (member.fixture.ts), once it has joined `groupId`. */
export async function joinedMemberProcess(kafkaBrokers: string[], groupId: string, topic: string): Promise<ChildProcessByStdio<null, Readable, null>> {
  const member = spawn(process.execPath, [join(ROOT, 'tools/run.js'), join(__dirname, 'member.fixture.ts')], {
    cwd: ROOT,
    env: { ...process.env, NODE_OPTIONS: '', KAFKA_BROKERS: kafkaBrokers.join(','), MEMBER_GROUP: groupId, MEMBER_TOPIC: topic },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    member.once('exit', (code) => reject(new Error(`the member exited (${code}) before joining`)));
    member.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('joined') && resolve());
  });
  return member;
}
