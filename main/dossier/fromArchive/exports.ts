/**
 * Exported PDFs: rendered in this process (renderDossier yields between blocks, so other calls
 * keep being answered), written to <dataDir>/cache/exports/<exportId>.pdf, cancellable per dossier.
 * The cache is disposable: only the newest few exports are kept.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { DossierDocument } from '../model';
import type { DossierExport } from '../../../preload/contract/dossier';

const EXPORT_ID = /^[a-f0-9]{32}$/;
const KEEP = 12;

export class DossierExports {
  readonly dir: string;
  private readonly running = new Map<string, AbortController>();
  /** The name each export of this session is offered under. */
  private readonly names = new Map<string, string>();

  constructor(dataDir: string) {
    this.dir = join(dataDir, 'cache', 'exports');
  }

  isRunning(dossierId: string): boolean {
    return this.running.has(dossierId);
  }

  /**
   * Builds the document and renders it. The job is registered before the first await, so a
   * cancel that arrives while the archive is still being read is not lost.
   */
  async run(dossierId: string, build: () => Promise<DossierDocument>, onProgress: (fraction: number) => void): Promise<DossierExport> {
    const started = Date.now();
    const controller = new AbortController();
    this.running.set(dossierId, controller);
    try {
      const document = await build();
      mkdirSync(this.dir, { recursive: true });
      const exportId = randomBytes(16).toString('hex');
      // pdfkit and its fonts load on the first export, not at start-up.
      const { renderDossierToFile } = await import('../render');
      const { pages, excerpts } = await renderDossierToFile(document, join(this.dir, `${exportId}.pdf`), { onProgress, signal: controller.signal });
      this.prune();
      const fileName = pdfFileName(document.title);
      this.names.set(exportId, fileName);
      return { exportId, fileName, pages, excerpts, ms: Date.now() - started };
    } finally {
      this.running.delete(dossierId);
    }
  }

  cancel(dossierId: string): boolean {
    const controller = this.running.get(dossierId);
    controller?.abort();
    return controller !== undefined;
  }

  /** The file of an export, or undefined for a malformed id or one that was pruned. */
  file(exportId: string): string | undefined {
    if (!EXPORT_ID.test(exportId)) return undefined;
    const file = join(this.dir, `${exportId}.pdf`);
    return existsSync(file) ? file : undefined;
  }

  fileName(exportId: string): string {
    return this.names.get(exportId) ?? 'dossier.pdf';
  }

  private prune(): void {
    const files = readdirSync(this.dir)
      .filter((name) => name.endsWith('.pdf'))
      .map((name) => ({ file: join(this.dir, name), at: statSync(join(this.dir, name)).mtimeMs }))
      .sort((a, b) => b.at - a.at);
    for (const old of files.slice(KEEP)) rmSync(old.file, { force: true });
  }
}

/** "Camp Ashraf: 2008 / witnesses" → "Camp-Ashraf-2008-witnesses.pdf"; letters of any script are kept. */
export function pdfFileName(title: string): string {
  const slug = title.normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 80);
  return `${slug || 'dossier'}.pdf`;
}

/** Throttles progress to steps of at least 2%, so a long export sends about fifty events. */
export function throttledProgress(send: (fraction: number) => void): (fraction: number) => void {
  let last = -1;
  return (fraction) => {
    if (fraction < 1 && fraction - last < 0.02) return;
    last = fraction;
    send(Math.min(1, Math.max(0, fraction)));
  };
}
