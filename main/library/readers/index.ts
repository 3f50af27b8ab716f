import type { InterviewFormat } from '../types';
import type { Reader } from './reader';

export type { Reader, ReaderInput, ReaderOutput } from './reader';

/**
 * The reader for each format, loaded on first use: a warm start or a warm CLI search reads no
 * file, and the readers' packages (mammoth, pdf.js, the XML and CSV parsers, marked) took more
 * CPU to load than the rest of that answer.
 */
const loaders: Record<InterviewFormat, () => Promise<Reader>> = {
  txt: async () => (await import('./txt')).readTxt,
  md: async () => (await import('./md')).readMd,
  html: async () => (await import('./html')).readHtml,
  docx: async () => (await import('./docx')).readDocx,
  pdf: async () => (await import('./pdf')).readPdf,
  vtt: async () => (await import('./vtt')).readSubtitles,
  srt: async () => (await import('./vtt')).readSubtitles,
  ohms: async () => (await import('./ohms')).readOhms,
  csv: async () => (await import('./csv')).readCsv,
  textgrid: async () => (await import('./textgrid')).readTextGrid,
  eaf: async () => (await import('./eaf')).readEaf,
  trs: async () => (await import('./trs')).readTrs,
  otr: async () => (await import('./otr')).readOtr,
};

export const readerFor = (format: InterviewFormat): Promise<Reader> => loaders[format]();
