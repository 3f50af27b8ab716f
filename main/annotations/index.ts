/** The annotation engine's public surface (see each module for details). */
export * from './model';
export { anchor, anchorAnnotations, describeSelection, matchQuote, CONTEXT_LENGTH, type MatchOptions, type QuoteMatch } from './anchoring';
export { codePath, subtreeIds, PATH_SEPARATOR, type CodebookJson } from './codes';
export { toW3C, exportW3C, interviewUri, ANNO_CONTEXT, type InterviewRef, type W3CAnnotation, type ExportOptions } from './w3c';
export { importW3C, type ImportedAnnotation, type W3CImportResult } from './w3c-import';
export { exportCsv, exportMarkdown, annotationRows, formatTimecode, passageAt, type InterviewInfo, type InterviewLookup, type AnnotationRow } from './tabular';
export { AnnotationStore, openAnnotationStore, MassChangeError, type AnnotationFilter, type MemoFilter, type OpenOptions, type ImportMode, type ImportPlan } from './store/store';
export { CodeError, NotFoundError } from './store/codebook';
export { ReadOnlyStoreError } from './store/durable';
export { ArchiveLockedError } from './store/lock';
export { resolveDataDir, canWriteDir, type DataDirChoice } from './store/data-dir';
export { applyW3CImport } from './store/import-w3c';
