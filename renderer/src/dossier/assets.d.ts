/**
 * Vite's `?worker&url` import: the worker bundled as its own .js file, and that file's URL (pdf.js
 * loads its worker from 'self', the only script source the CSP allows).
 */
declare module '*?worker&url' {
  const url: string;
  export default url;
}
