// The analyst's page: a form generated from a pack's fact schema, and the service's assessments,
// what-if comparisons, sweeps, counterfactuals and saved scenarios around it. Plain modules, no
// build step: the page ships inside the jar and talks to no host but the service. This module wires
// the page's controls to the modules that do the work, and what one module announces to the others.

import { $ } from "./dom.js";
import { state, onAssessmentChanged } from "./state.js";
import { run, status } from "./status.js";
import { loadPack, loadPacks, onPackLoaded } from "./pack.js";
import { setBase, useBase } from "./base.js";
import { assess } from "./assessment.js";
import { compare } from "./compare.js";
import { sweep } from "./sweep.js";
import { counterfactual, fillTargets } from "./counterfactual.js";
import { listSaved, openSaved, save } from "./saved.js";
import { askSignIn, onSignedInChanged, signInClosed, signOut, submitSignIn } from "./signin.js";

async function start() {
  onAssessmentChanged(fillTargets);
  onPackLoaded(listSaved);
  onSignedInChanged(() => state.pack ? listSaved() : undefined);

  $("pack").addEventListener("change", () => run("Loading the pack", () => loadPack($("pack").value)));
  $("base").addEventListener("change", () => {
    const count = Number($("changed-count").textContent);
    if (count && !confirm(`Start from this base and drop your ${count} change(s)?`)) {
      $("base").value = state.base.facts ? "#saved-facts" : state.base.snapshot ? "snapshot:" + state.base.snapshot : state.base.scenario || "";
      return;
    }
    if ($("base").value === "#saved-facts") return;
    useBase($("base").value || null);
  });
  $("reset-all").addEventListener("click", () => setBase(state.base, state.baseFacts));
  // A shared link pasted into a tab that already shows the page changes only the hash.
  window.addEventListener("hashchange", () => {
    const saved = new URLSearchParams(location.hash.slice(1)).get("saved");
    if (saved) openSaved(saved);
  });
  $("assess").addEventListener("click", assess);
  $("compare").addEventListener("click", compare);
  $("sweep").addEventListener("click", sweep);
  $("cf-kind").addEventListener("change", fillTargets);
  $("counterfactual").addEventListener("click", counterfactual);
  $("save").addEventListener("click", save);
  $("sign-in-form").addEventListener("submit", submitSignIn);
  $("sign-in-cancel").addEventListener("click", () => $("sign-in").close());
  $("sign-in").addEventListener("close", signInClosed);
  $("sign-in-open").addEventListener("click", () => askSignIn().catch(() => status("Not signed in")));
  $("sign-out").addEventListener("click", () => run("Signing out", signOut));
  // Read before loading: loading a pack puts the pack's id in the address.
  const saved = new URLSearchParams(location.hash.slice(1)).get("saved");
  await run("Loading", loadPacks);
  if (saved) await openSaved(saved);
  document.body.dataset.ready = "true";
}

start();
