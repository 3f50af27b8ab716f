/**
 * Fills an archive with N annotations by one researcher, for the team sync tests and the 10,000
 * annotation figure: `tsx scripts/seed-annotations.ts <archive> <count> <creator>`. Each is a
 * real, durable annotation on a passage of the archive's interviews, made through the engine.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workspace } from '../main/workspace';

async function main(): Promise<void> {
  const [archive, countText, creator] = process.argv.slice(2);
  const count = Number(countText);
  if (!archive || !Number.isInteger(count) || count < 1 || !creator) throw new Error('usage: seed-annotations.ts <archive> <count> <creator>');
  const ws = await Workspace.open(archive, { userDataDir: join(tmpdir(), 'testimony-seed') });
  await ws.ready;
  const interviews = ws.list().map((s) => ws.interview(s.id)).filter((i) => i.text.length > 40);
  for (let n = 0; n < count; n++) {
    const interview = interviews[n % interviews.length]!;
    const start = (n * 7) % (interview.text.length - 30);
    await ws.annotations.add({ interviewId: interview.id, start, end: start + 20, codes: [], note: `${creator} ${n}`, creator });
  }
  await ws.close();
  process.stdout.write(`${count}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
