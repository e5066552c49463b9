// Saved scenarios: the pack's list, saving what the form shows, opening one (its pack, base and changes)
// and its link, and renaming or deleting one's own.

import { $, el } from "./dom.js";
import { api, ApiError } from "./api.js";
import * as session from "./session.js";
import { state } from "./state.js";
import { inputAt, request, setInput, updateChanged } from "./form.js";
import { keepExtra, setBase, useBase } from "./base.js";
import { loadPack } from "./pack.js";
import { run, status } from "./status.js";
import { asSignedIn } from "./signin.js";

export async function listSaved() {
  const page = await api("GET", `/api/v1/scenarios?pack=${encodeURIComponent(state.pack.id)}&limit=100`);
  $("saved").replaceChildren(...page.items.map((s) => {
    const title = el("input", { type: "text", value: s.title, "aria-label": `Title of the saved scenario ${s.title}`, maxlength: 200 });
    // Only the owner (or an admin) may change a scenario, so only they are offered the controls.
    const changes = session.mayChange(s) ? [title,
      el("button", { type: "button", "aria-label": `Rename “${s.title}”`, onclick: () => renameSaved(s, title.value) }, "Rename"),
      el("button", { type: "button", "aria-label": `Delete “${s.title}”`, onclick: () => deleteSaved(s) }, "Delete")] : [];
    return el("li", { "data-id": s.id },
      el("button", { type: "button", onclick: () => openSaved(s.id) }, `Open “${s.title}”`),
      el("span", { class: "owner", text: s.owner ? `by ${s.owner}` : "saved before scenarios had owners" }),
      ...changes,
      s.packVersionCurrent ? null : el("span", { class: "muted", text: " saved for an older pack version" }));
  }));
}

export async function save() {
  const title = $("scenario-title").value.trim();
  await run("Saving", () => asSignedIn(async () => {
    const { changes: patch, ...base } = request();
    const saved = await api("POST", "/api/v1/scenarios", { pack: state.pack.id, title, base, changes: patch || {} });
    share(saved.id);
    await listSaved();
  }));
}

/** Runs a change of a saved scenario; when it is not the user's after all (the list was stale), says whose it is. */
async function asOwner(work) {
  try {
    return await asSignedIn(work);
  } catch (error) {
    if (!(error instanceof ApiError) || error.problem.type !== "urn:assay:problem:not-owner") throw error;
    await listSaved();
    throw new ApiError(403, { ...error.problem, title: "Not yours" });
  }
}

function share(id) {
  history.replaceState(null, "", `#saved=${encodeURIComponent(id)}`);
  $("share-url").value = location.href;
  $("share").hidden = false;
}

export async function openSaved(id) {
  await run("Opening", async () => {
    const saved = await api("GET", `/api/v1/scenarios/${encodeURIComponent(id)}`);
    if (saved.pack !== state.pack?.id) {
      $("pack").value = saved.pack;
      if ($("pack").value !== saved.pack) throw new Error(`The pack ${saved.pack} of this scenario does not serve`);
      await loadPack(saved.pack);
    }
    if (saved.base.facts) {
      setBase({ facts: saved.base.facts }, saved.base.facts);
    } else if (saved.base.snapshot && !(state.snapshots || []).some((s) => s.date === saved.base.snapshot)) {
      throw new Error(`This scenario builds on the snapshot of ${saved.base.snapshot}, which the pack no longer has`);
    } else if (saved.base.snapshot) {
      useBase("snapshot:" + saved.base.snapshot);
    } else if (saved.base.scenario && !state.scenarios.some((s) => s.name === saved.base.scenario)) {
      throw new Error(`This scenario builds on the named scenario ${saved.base.scenario}, which the pack no longer has`);
    } else {
      useBase(saved.base.scenario || null);
    }
    // Values of fields the form shows go into the form; whole instances added or removed are kept aside.
    const extra = {};
    for (const [type, byId] of Object.entries(saved.changes || {})) {
      for (const [instance, fields] of Object.entries(byId ?? { [type]: null })) {
        const inForm = fields !== null && state.baseFacts?.[type]?.[instance] !== undefined;
        if (!inForm) {
          (extra[type] ??= {})[instance] = fields;
          continue;
        }
        for (const [field, value] of Object.entries(fields)) {
          const input = inputAt(`${type}.${instance}.${field}`);
          if (input) setInput(input, value);
          else ((extra[type] ??= {})[instance] ??= {})[field] = value;
        }
      }
    }
    keepExtra(extra);
    updateChanged();
    $("scenario-title").value = saved.title;
    share(saved.id);
    if (saved.notice) status(saved.notice);
  });
}

async function renameSaved(scenario, title) {
  await run("Renaming", () => asOwner(async () => {
    await api("PATCH", `/api/v1/scenarios/${encodeURIComponent(scenario.id)}`, { title });
    await listSaved();
  }));
}

async function deleteSaved(scenario) {
  if (!confirm(`Delete the saved scenario “${scenario.title}”?`)) return;
  await run("Deleting", () => asOwner(async () => {
    await api("DELETE", `/api/v1/scenarios/${encodeURIComponent(scenario.id)}`);
    if (location.hash.includes(scenario.id)) history.replaceState(null, "", location.pathname);
    $("share").hidden = true;
    await listSaved();
  }));
}
