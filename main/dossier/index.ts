/** The dossier engine: the model hosts build and validate, and the PDF renderer. */
export * from './model';
export { renderDossier, renderDossierToFile, type RenderOptions, type RenderResult } from './render';
