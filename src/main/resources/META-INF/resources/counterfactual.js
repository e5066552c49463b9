// The cheapest change of levers that reaches a target: a better verdict than the assessment's, or one of its
// findings or measures gone; a solution can be put into the form.

import { $, el } from "./dom.js";
import { api, packPath } from "./api.js";
import { state } from "./state.js";
import { request, setField, updateChanged } from "./form.js";
import { run, status } from "./status.js";

/** Offers the targets the last assessment allows; with none shown there is nothing to name. */
export function fillTargets() {
  const kind = $("cf-kind").value;
  const select = $("cf-id");
  const a = state.last;
  const best = state.pack?.vocabulary.verdictLevels.at(-1);
  select.hidden = kind === "verdictBetterThan";
  $("counterfactual").disabled = !(state.pack?.levers || []).length || (kind === "verdictBetterThan" && a?.verdict === best);
  const ids = !a ? [] : kind === "findingsGone" ? a.findings.filter((f) => (state.pack?.analysis?.targetKinds || []).includes(f.kind)).map((f) => f.id)
    : kind === "measuresGone" ? a.recommendations.map((m) => m.measure) : [];
  select.replaceChildren(...ids.map((id) => el("option", { value: id, text: id })));
}

export async function counterfactual() {
  if (!state.last) {
    status("Assess first: the targets come from what the assessment found");
    return;
  }
  const kind = $("cf-kind").value;
  if (kind !== "verdictBetterThan" && !$("cf-id").value) {
    status("Choose which one should go");
    return;
  }
  const target = kind === "verdictBetterThan" ? { verdictBetterThan: state.last.verdict } : { [kind]: [$("cf-id").value] };
  await run("Searching", async () => {
    const result = await api("POST", packPath(state.pack.id, "counterfactuals"), { ...request(), target });
    renderCounterfactual(result);
  });
}

function renderCounterfactual(result) {
  const box = $("cf-result");
  box.replaceChildren(el("p", { text: result.answer }));
  if (!result.solutions.length) return;
  box.append(el("ol", { id: "solutions" }, result.solutions.map((s) => el("li", {},
    `cost ${s.cost}: `, s.changes.map((c, i) => [i ? "; " : "", `${c.title || c.path}: ${JSON.stringify(c.from)} → ${JSON.stringify(c.to)}`]),
    ` (verdict ${s.verdict}${s.verified ? ", checked by assessing it" : "; NOT confirmed by assessing it"}) `,
    el("button", { type: "button", onclick: () => applySolution(s) }, "Apply to the form")))));
}

function applySolution(solution) {
  for (const change of solution.changes) setField(change.path, change.to);
  updateChanged();
  status("Applied; assess to see the result");
}
