/** From an archive to a dossier: saved definitions, the content port, and the builder. */
export type { ArchiveContent, PlacedAnnotation, QueryMatch } from './content';
export { buildDossier, type BuiltDossier } from './build';
export { DefinitionStore, DEFAULT_OPTIONS, newDefinition, newDossierId } from './definitions';
export { citationFor, quoteWithContext, hitSpan } from './excerpts';
export { DEFAULT_QUERY_LIMIT } from './sources';
export { workspaceContent } from './workspaceContent';
export { presetDefinition, type Preset } from './presets';
export { DossierExports, pdfFileName, throttledProgress } from './exports';
