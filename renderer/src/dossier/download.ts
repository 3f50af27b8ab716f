import type { DossierDelivery } from '../../../preload/api';
import { api } from '../api/client';
import { saveBlob } from '../shared/saveBlob';

/** The browser host answers a save with a download URL: fetch it through the client and save it. */
export async function downloadExport(delivery: Extract<DossierDelivery, { kind: 'download' }>, fileName: string): Promise<void> {
  if (!api.download) throw new Error('This window cannot download files.');
  saveBlob(await api.download(delivery.url), fileName);
}
