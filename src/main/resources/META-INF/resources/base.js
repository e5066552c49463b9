// The base the form starts from: the pack's baseline, one of its dated snapshots or named scenarios, or facts a
// saved scenario carries; and the changes of an opened scenario that the form cannot show.

import { $, el } from "./dom.js";
import { state, shownAssessment } from "./state.js";
import { renderForm } from "./form.js";

/** Starts the form from the baseline (name null), a snapshot ("snapshot:2026-12-01") or a named scenario. */
export function useBase(name) {
  const snapshot = (state.snapshots || []).find((s) => name === "snapshot:" + s.date);
  const scenario = state.scenarios.find((s) => s.name === name);
  if (snapshot) setBase({ snapshot: snapshot.date }, snapshot.facts);
  else if (scenario) setBase({ scenario: name }, mergePatch(state.baseline, scenario.changes));
  else setBase({ baseline: true }, state.baseline);
}

export function setBase(base, facts) {
  state.base = base;
  state.baseFacts = structuredClone(facts || {});
  state.extra = {};
  const select = $("base");
  select.querySelector("option[value='#saved-facts']")?.remove();
  if (base.facts) select.append(el("option", { value: "#saved-facts", text: "Facts saved with the scenario" }));
  select.value = base.facts ? "#saved-facts" : base.snapshot ? "snapshot:" + base.snapshot : base.scenario || "";
  $("extra").hidden = true;
  renderForm();
  shownAssessment(null);
}

/** RFC 7396: null removes a member, objects merge, anything else replaces. */
function mergePatch(target, patch) {
  if (patch === null || typeof patch !== "object" || Array.isArray(patch)) return structuredClone(patch);
  const result = target && typeof target === "object" && !Array.isArray(target) ? structuredClone(target) : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = mergePatch(result[key], value);
  }
  return result;
}

/** Keeps the changes the form cannot show, and says which they are; they still go into every request. */
export function keepExtra(extra) {
  state.extra = extra;
  const paths = Object.entries(state.extra).flatMap(([type, byId]) => byId === null ? [`${type} (every instance removed)`]
    : Object.entries(byId).map(([id, fields]) => fields === null ? `${type} ${id} removed` : `${type} ${id} added or changed: ${JSON.stringify(fields)}`));
  $("extra").hidden = !paths.length;
  $("extra").replaceChildren("This scenario also changes what the form cannot show, and every request keeps it: ",
    el("ul", {}, paths.map((p) => el("li", { text: p }))));
}
