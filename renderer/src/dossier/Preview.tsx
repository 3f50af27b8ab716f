import { useEffect, useRef, useState } from 'react';
import { request } from '../api/client';
import { ErrorMessage } from '../shared/Messages';

const PAGES = 3;
const WIDTH = 300;

/**
 * The exported PDF's first pages drawn on canvases with pdf.js. Its worker is a bundled file
 * served from 'self' (the CSP allows no other script), and eval is off.
 */
export function Preview({ exportId }: { exportId: string }) {
  const holder = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [pages, setPages] = useState(0);

  useEffect(() => {
    let cancelled = false;
    const canvases: HTMLCanvasElement[] = [];
    const draw = async (): Promise<void> => {
      const [pdfjs, worker, { base64 }] = await Promise.all([
        import('pdfjs-dist'),
        import('pdfjs-dist/build/pdf.worker.min.mjs?worker&url'),
        request('dossier.pdf', { exportId }),
      ]);
      pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const pdf = await pdfjs.getDocument({ data, isEvalSupported: false }).promise;
      try {
        const count = Math.min(PAGES, pdf.numPages);
        for (let n = 1; n <= count && !cancelled; n++) {
          const page = await pdf.getPage(n);
          const scale = WIDTH / page.getViewport({ scale: 1 }).width;
          const viewport = page.getViewport({ scale: scale * window.devicePixelRatio });
          const canvas = document.createElement('canvas');
          canvas.width = Math.floor(viewport.width);
          canvas.height = Math.floor(viewport.height);
          canvas.style.width = `${WIDTH}px`;
          canvas.setAttribute('role', 'img');
          canvas.setAttribute('aria-label', `Page ${n} of the exported dossier`);
          canvas.className = 'preview-page';
          await page.render({ canvas, viewport }).promise;
          if (cancelled) break;
          canvases.push(canvas);
          holder.current?.append(canvas);
          setPages(n);
        }
      } finally {
        await pdf.destroy();
      }
    };
    draw().catch((e: unknown) => !cancelled && setError(`The preview could not be drawn (${e instanceof Error ? e.message : String(e)}). The PDF itself is fine: save it and open it.`));
    return () => {
      cancelled = true;
      for (const c of canvases) c.remove();
    };
  }, [exportId]);

  return (
    <section className="dossier-preview" aria-label="Preview of the first pages">
      {error && <ErrorMessage message={error} />}
      {!error && pages === 0 && <p className="hint">Drawing the first pages…</p>}
      <div className="preview-pages" ref={holder} />
    </section>
  );
}
