import type { Workspace } from '../workspace';
import type { Handlers } from './dispatch';
import type { exchangeCalls } from '../../preload/contract/exchange';

// REFI-QDA, metadata, catalogue and citation code (XML, zip, CSV, format readers) loads on first use, not with the host.
const qdpxExport = () => import('../exchange/qdpx/exportProject');
const metadata = () => import('../exchange/metadata/service');

/** Handlers for REFI-QDA exchange, metadata edits, catalogues and citations. */
export function exchangeHandlers(ws: Workspace): Pick<Handlers, keyof typeof exchangeCalls> {
  return {
    'exchange.export': async ({ format }) => {
      const { exportQdc, exportQdpx } = await qdpxExport();
      if (format === 'qdc') {
        const { text, counts, fileName } = await exportQdc(ws);
        return { ...counts, fileName, base64: Buffer.from(text, 'utf8').toString('base64') };
      }
      const { data, counts, fileName } = await exportQdpx(ws);
      return { ...counts, fileName, base64: data.toString('base64') };
    },
    'exchange.import': async ({ base64, fileName }) => {
      const data = Buffer.from(base64, 'base64');
      const report = /\.qdc$/i.test(fileName)
        ? await (await import('../exchange/qdpx/importCodebook')).importQdc(ws, data)
        : await (await import('../exchange/qdpx/importProject')).importQdpx(ws, data);
      ws.annotations.changed();
      return report;
    },
    'metadata.get': async ({ id }) => (await metadata()).metadataOf(ws, id),
    'metadata.save': async ({ id, edits }) => ({ current: await (await metadata()).saveMetadata(ws, id, edits) }),
    'catalogue.preview': async ({ csv, columns }) => (await metadata()).previewCatalogue(ws, csv, columns),
    'catalogue.save': async ({ csv, columns }) => (await metadata()).saveCatalogue(ws, csv, columns),
    'catalogue.candidates': async () => {
      const { CatalogueStore } = await import('../exchange/metadata/catalogue');
      const saved = new Set(new CatalogueStore(ws.dataDir).list().map((c) => c.csv));
      const unread = ws.problems().filter((p) => /\.csv$/i.test(p.path)).map((p) => p.path);
      return [...new Set([...saved, ...unread])].sort().map((csv) => ({ csv, saved: saved.has(csv) }));
    },
    'citations.export': async ({ format, ids, dossierId }) => (await import('../exchange/citations/export')).exportCitations(ws, format, { ids, dossierId }),
  };
}
