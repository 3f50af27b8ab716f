/**
 * Crash-test writer (bundled by esbuild and run by plain node): adds annotations as fast as it
 * can and, after each change resolves, prints it: "a <id>" for an add, "u <id> <version>" for a
 * note update. The parent kills it at random and checks every printed change survived.
 */
import { AnnotationStore } from '../../../../main/annotations/store/store';

async function main(): Promise<void> {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: child <dir>');
  const store = await AnnotationStore.open(dir, { compactEvery: Number(process.argv[3] ?? 300), keepBackups: 2 });
  const ids: string[] = [];
  for (let n = 0; ; n++) {
    if (n % 10 === 9 && ids.length > 0) {
      const id = ids[n % ids.length]!;
      await store.updateAnnotation(id, { note: `v${n}` });
      process.stdout.write(`u ${id} ${n}\n`);
      continue;
    }
    const a = await store.addAnnotation({
      interviewId: `interview-${n % 7}`,
      target: { textHash: 'h', quote: { exact: `quote ${n}`, prefix: 'p', suffix: 's' }, position: { start: n, end: n + 5 } },
      note: n % 3 === 0 ? 'x'.repeat(n % 2000) : undefined,
    });
    ids.push(a.id);
    process.stdout.write(`a ${a.id}\n`);
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${String(err)}\n`);
  process.exit(1);
});
