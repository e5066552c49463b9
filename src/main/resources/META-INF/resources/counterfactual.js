// The cheapest change of levers that reaches a target: a better rating than the assessment's, or one of its
// findings or measures gone; a solution can be put into the form.

import { $, el } from "./dom.js";
import { api, packPath } from "./api.js";
import { state } from "./state.js";
import { request, setField, updateChanged } from "./form.js";
import { run, status } from "./status.js";
import { ratingTitle, scale } from "./assessment.js";

/** Offers the targets the last assessment allows; with none shown there is nothing to name. */
export function fillTargets() {
  offerRatings();
  const kind = $("cf-kind").value;
  const select = $("cf-id");
  const a = state.last;
  const rating = ratingOf(kind);
  select.hidden = rating !== null;
  $("counterfactual").disabled = !(state.pack?.levers || []).length
    || (rating !== null && a?.ratings && a.ratings[rating]?.level === scale(rating).at(-1));
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
  const rating = ratingOf(kind);
  if (rating === null && !$("cf-id").value) {
    status("Choose which one should go");
    return;
  }
  const target = rating !== null ? { ratingsBetterThan: { [rating]: state.last.ratings[rating].level } } : { [kind]: [$("cf-id").value] };
  await run("Searching", async () => {
    const result = await api("POST", packPath(state.pack.id, "counterfactuals"), { ...request(), target });
    renderCounterfactual(result);
  });
}

/** The rating a target kind asks to be better ("rating:accession"), or null for a finding or measure to be gone. */
function ratingOf(kind) {
  return kind.startsWith("rating:") ? kind.slice("rating:".length) : null;
}

/** One "a better ... than now" target per rating the pack declares, before the finding and measure targets. */
function offerRatings() {
  const select = $("cf-kind");
  const ratings = state.pack?.ratings || [];
  const wanted = ratings.map((r) => "rating:" + r.id);
  const offered = [...select.options].filter((o) => o.value.startsWith("rating:")).map((o) => o.value);
  if (wanted.join() === offered.join()) return;
  const chosen = select.value;
  [...select.options].filter((o) => o.value.startsWith("rating:")).forEach((o) => o.remove());
  ratings.slice().reverse().forEach((r) => select.prepend(el("option", { value: "rating:" + r.id,
    text: ratings.length === 1 ? "a better verdict than now" : `a better ${ratingTitle(r.id).toLowerCase()} than now` })));
  select.value = wanted.includes(chosen) || !chosen.startsWith("rating:") && chosen ? chosen : wanted[0] || "findingsGone";
}

function renderCounterfactual(result) {
  const box = $("cf-result");
  box.replaceChildren(el("p", { text: result.answer }));
  if ((result.standingInTheWay || []).length) {
    box.append(el("p", {}, "Standing in the way: ", result.standingInTheWay.map((f, i) => [i ? "; " : "", el("code", { text: f.id }), ` ${f.message}`])));
  }
  if (!result.solutions.length) return;
  box.append(el("ol", { id: "solutions" }, result.solutions.map((s) => el("li", {},
    `cost ${s.cost}: `, s.changes.map((c, i) => [i ? "; " : "", `${c.title || c.path}: ${JSON.stringify(c.from)} → ${JSON.stringify(c.to)}`,
      c.costNote ? el("span", { class: "muted", text: ` (costs ${c.cost}: ${c.costNote}${c.costSource ? ", " + c.costSource : ""})` }) : null]),
    ` (${Object.entries(s.ratings || { verdict: s.verdict }).map(([id, level]) => `${ratingTitle(id)} ${level}`).join(", ")}`
      + `${s.verified ? ", checked by assessing it" : "; NOT confirmed by assessing it"}) `,
    el("button", { type: "button", onclick: () => applySolution(s) }, "Apply to the form")))));
}

function applySolution(solution) {
  for (const change of solution.changes) setField(change.path, change.to);
  updateChanged();
  status("Applied; assess to see the result");
}
