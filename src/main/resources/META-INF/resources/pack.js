// The pack the page works with: the choice of the packs that serve, and, for the one chosen, its description,
// sources, named scenarios, levers and the vocabulary its assessments use.

import { $, el, linkify } from "./dom.js";
import { api, ApiError, packPath } from "./api.js";
import { state } from "./state.js";
import { setBase, useBase } from "./base.js";
import { clearErrors, status } from "./status.js";

const loaded = [];

/** Calls the listener, and waits for it, each time a pack has loaded. */
export function onPackLoaded(listener) {
  loaded.push(listener);
}

export async function loadPacks() {
  const packs = await api("GET", "/api/v1/packs");
  const serving = packs.filter((p) => p.status !== "FAILED");
  $("pack").replaceChildren(...serving.map((p) => el("option", { value: p.id, text: `${p.title} (${p.id})` })));
  if (!serving.length) {
    // With no pack folder at all, the service was most likely started outside the folder that holds rules/.
    $("pack-title").textContent = packs.length ? "No pack serves" : "No pack found";
    $("pack-description").textContent = packs.length ? "Every pack failed to load; /api/v1/packs lists their errors."
      : "The service's rules directory holds no pack. Start it in the folder that holds rules/, or set "
        + "assay.rules.dir (ASSAY_RULES_DIR) to the folder of packs; /q/health/ready says where it looked.";
    return;
  }
  const wanted = new URLSearchParams(location.hash.slice(1)).get("pack");
  if (wanted && serving.some((p) => p.id === wanted)) $("pack").value = wanted;
  await loadPack($("pack").value);
}

export async function loadPack(id) {
  clearErrors();
  let pack, baseline, scenarios, snapshots;
  try {
    [pack, baseline, scenarios, snapshots] = await Promise.all([
      api("GET", packPath(id)),
      // A pack without baseline.json answers 400 here; it is assessed from saved facts instead.
      api("GET", packPath(id, "baseline")).catch((e) => {
        if (e instanceof ApiError && e.status === 400) return null;
        throw e;
      }),
      api("GET", packPath(id, "scenarios")),
      api("GET", packPath(id, "snapshots")),
    ]);
  } catch (error) {
    if (state.pack) $("pack").value = state.pack.id;
    throw error;
  }
  Object.assign(state, { pack, baseline, scenarios, snapshots });
  history.replaceState(null, "", location.pathname + "#pack=" + encodeURIComponent(id));
  $("share").hidden = true;
  $("pack-title").textContent = pack.title;
  $("pack-version").textContent = `version ${pack.version} · ${(pack.rules || []).length} rules · ${pack.status}`;
  $("pack-description").textContent = pack.description || "";
  $("pack-sources").replaceChildren(...Object.entries(pack.sources || {}).sort(([a], [b]) => a.localeCompare(b, undefined, { numeric: true }))
    .flatMap(([key, text]) => [el("dt", { text: key }), el("dd", {}, linkify(text))]));
  $("pack-scenarios").replaceChildren(...scenarios.map((s) => el("li", {},
    el("button", { type: "button", onclick: () => useBase(s.name) }, `Use “${s.title || s.name}”`), " ", s.description || "")));
  $("base").replaceChildren(el("option", { value: "", text: "Baseline" }),
    ...snapshots.map((s) => el("option", { value: "snapshot:" + s.date, text: `As of ${s.date}: ${s.title}` })),
    ...scenarios.map((s) => el("option", { value: s.name, text: `Scenario: ${s.title || s.name}` })));
  const levers = pack.levers || [];
  $("sweep-lever").replaceChildren(...levers.map((l) => el("option", { value: l.path, text: l.title || l.path })));
  for (const id of ["sweep-lever", "sweep", "cf-kind", "cf-id", "counterfactual"]) $(id).disabled = !levers.length;
  $("no-levers").hidden = levers.length > 0;
  $("assessment").replaceChildren(el("p", { class: "muted", text: "Change the facts if you like, then assess." }));
  $("compare-panel").hidden = true;
  ["sweep-result", "cf-result"].forEach((panel) => $(panel).replaceChildren());
  // Either way the form starts afresh, and no assessment is shown.
  if (baseline) {
    useBase(null);
  } else {
    setBase({ facts: {} }, {});
    status("This pack has no baseline: open a saved scenario that gives its facts");
  }
  for (const listener of loaded) await listener(pack);
}
