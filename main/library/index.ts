/** The library: reads an archive folder into Interview records. */
export type { ArchiveProblem, Interview, InterviewFormat, InterviewMeta, Passage, ReadResult } from './types';
export { ArchiveReadError } from './errors';
export { formatOf } from './formats';
export { scanArchive, type ArchiveFile, type ScanResult } from './scan';
export { decodeText, type DecodedText } from './decode';
export { readInterview, readInterviewWithNotes, interviewId, type ReadOptions } from './readInterview';
export { readArchive, type CatalogEntry, type ReadArchiveOptions, type ReadArchiveResult, type ReadProgress } from './readArchive';
export { catalogCachePath, loadCatalog, saveCatalog, readArchiveCached } from './catalogCache';
export { watchArchive, type ArchiveChanges, type ArchiveWatcher } from './watch';
