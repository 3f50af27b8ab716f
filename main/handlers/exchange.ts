import type { Workspace } from '../workspace';
import type { Handlers } from './dispatch';
import type { exchangeCalls } from '../../preload/contract/exchange';
import { exportQdc, exportQdpx } from '../exchange/qdpx/exportProject';
import { importQdpx } from '../exchange/qdpx/importProject';
import { importQdc } from '../exchange/qdpx/importCodebook';
import { metadataOf, previewCatalogue, saveCatalogue, saveMetadata } from '../exchange/metadata/service';
import { CatalogueStore } from '../exchange/metadata/catalogue';
import { exportCitations } from '../exchange/citations/export';

/** Handlers for REFI-QDA exchange, metadata edits, catalogues and citations. */
export function exchangeHandlers(ws: Workspace): Pick<Handlers, keyof typeof exchangeCalls> {
  return {
    'exchange.export': async ({ format }) => {
      if (format === 'qdc') {
        const { text, counts, fileName } = await exportQdc(ws);
        return { ...counts, fileName, base64: Buffer.from(text, 'utf8').toString('base64') };
      }
      const { data, counts, fileName } = await exportQdpx(ws);
      return { ...counts, fileName, base64: data.toString('base64') };
    },
    'exchange.import': async ({ base64, fileName }) => {
      const data = Buffer.from(base64, 'base64');
      const report = /\.qdc$/i.test(fileName) ? await importQdc(ws, data) : await importQdpx(ws, data);
      ws.annotations.changed();
      return report;
    },
    'metadata.get': ({ id }) => metadataOf(ws, id),
    'metadata.save': async ({ id, edits }) => ({ current: await saveMetadata(ws, id, edits) }),
    'catalogue.preview': ({ csv, columns }) => previewCatalogue(ws, csv, columns),
    'catalogue.save': ({ csv, columns }) => saveCatalogue(ws, csv, columns),
    'catalogue.candidates': () => {
      const saved = new Set(new CatalogueStore(ws.dataDir).list().map((c) => c.csv));
      const unread = ws.problems().filter((p) => /\.csv$/i.test(p.path)).map((p) => p.path);
      return [...new Set([...saved, ...unread])].sort().map((csv) => ({ csv, saved: saved.has(csv) }));
    },
    'citations.export': ({ format, ids, dossierId }) => exportCitations(ws, format, { ids, dossierId }),
  };
}
