import { it } from 'vitest';
import { cpSync, writeFileSync, mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { renderDossier } from '../../../main/dossier';
import { buildDossier, newDefinition, workspaceContent } from '../../../main/dossier/fromArchive';
import { Workspace } from '../../../main/workspace';
it('renders', async () => {
  const base = mkdtempSync(join(tmpdir(), 'dz-'));
  cpSync(resolve(__dirname, '../../../archive'), join(base, 'a'), { recursive: true, filter: (s) => !s.includes('.testimony') });
  const ws = await Workspace.open(join(base, 'a'), { userDataDir: join(base, 'u'), emit: () => undefined });
  await ws.ready;
  const fa = ws.list().find((i) => i.language === 'fa')!;
  const text = ws.interview(fa.id).text;
  const at = text.indexOf('یازده سال');
  const note = await ws.annotations.add({ interviewId: fa.id, start: at, end: at + 30, codes: [], note: 'She gives eleven years (1996–2007), not ten.' });
  const seed = ws.list().find((i) => i.path === 'firuzmand-interview-2008.txt')!;
  const st = ws.interview(seed.id).text;
  const h = st.indexOf('who himself');
  const cut = await ws.annotations.add({ interviewId: seed.id, start: h + 3, end: h + 9, codes: [], note: 'یادداشت فارسی دربارهٔ این نقل‌قول.' });
  for (const lang of ['en', 'fa'] as const) {
    const def = { ...newDefinition(lang === 'fa' ? 'پرونده اشرف' : 'Ashraf dossier', '', lang), sections: [
      { id: 's1', title: 'ARIA', source: { kind: 'query' as const, query: 'ARIA' } },
      { id: 's2', title: 'javad firuzmand', source: { kind: 'entity' as const, entityId: 'javad-firuzmand' } },
      { id: 's3', title: 'Picked', source: { kind: 'annotations' as const, ids: [note.id, cut.id] } },
    ] };
    const { document } = await buildDossier(def, workspaceContent(ws));
    writeFileSync(`/tmp/dossier/doc-${lang}.json`, JSON.stringify(document, null, 1));
    const r = await renderDossier(document);
    writeFileSync(`/tmp/dossier/sample-${lang}.pdf`, r.pdf);
  }
  await ws.close();
}, 120_000);
