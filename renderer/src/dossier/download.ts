import type { DossierDelivery } from '../../../preload/api';

/**
 * The browser host answers a save with a download URL behind its token: fetch it with the token
 * the page was opened with, and save the bytes through a temporary <a download> (no navigation).
 */
export async function downloadExport(delivery: Extract<DossierDelivery, { kind: 'download' }>, fileName: string): Promise<void> {
  const token = window.sessionStorage.getItem('testimony.token') ?? '';
  const response = await fetch(delivery.url, { headers: { Authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error('The PDF could not be downloaded; export it again.');
  saveBlob(await response.blob(), fileName);
}

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
