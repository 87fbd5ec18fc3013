/**
 * Share cards (ARCHITECTURE.md, "Outputs"): the public entry of this folder. The build integration
 * maps the content model to card inputs and renders them; the page QR component draws its code
 * with the same QR module. Everything else here is internal to the renderer.
 */
export { cardInputsForSite } from './from-entry.ts';
export { renderAllCards } from './pipeline.ts';
export { qrDrawing } from './qr.ts';
