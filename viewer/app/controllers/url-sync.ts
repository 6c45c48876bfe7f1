// Keeps the browser URL in step with the state and camera, and restores them from a shared link.
import type { ViewerSigma as Sigma } from "../types.js";
import type { App } from "../app.js";
import { decodeUrlState, encodeUrlState } from "../core/url/index.js";
import type { AppState, CameraView } from "../types.js";

/** The initial state and camera from the link the page was opened with. */
export function stateFromUrl(base: AppState): { state: AppState; camera?: CameraView } {
  const u = decodeUrlState(location.hash);
  return {
    state: { ...base, filters: u.filters, hiddenNodes: u.hiddenNodes, sizeBy: u.sizeBy ?? base.sizeBy, selection: u.selection },
    camera: u.camera,
  };
}

export function restoreCamera(sigma: Sigma, camera: CameraView | undefined): void {
  if (camera) sigma.getCamera().setState(camera);
}

export function syncUrl(app: App): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    timer = undefined;
    const c = app.sigma.getCamera().getState();
    const hash = encodeUrlState(app.store.get(), { x: c.x, y: c.y, ratio: c.ratio });
    if (hash !== location.hash) history.replaceState(null, "", hash || location.pathname + location.search);
  };
  const later = () => {
    if (!timer) timer = setTimeout(write, 300);
  };
  app.store.subscribe((s, prev) => {
    if (s.selection !== prev.selection || s.filters !== prev.filters || s.hiddenNodes !== prev.hiddenNodes || s.sizeBy !== prev.sizeBy) later();
  });
  app.sigma.getCamera().on("updated", later);
}
