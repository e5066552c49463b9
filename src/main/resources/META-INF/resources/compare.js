// The form compared with its base: how the ratings, findings and measures differ, and which changed facts
// each difference traces back to.

import { $, el } from "./dom.js";
import { api, packPath } from "./api.js";
import { state } from "./state.js";
import { changes, request } from "./form.js";
import { run, status } from "./status.js";
import { ratingTitle, verdictBadge } from "./assessment.js";

export async function compare() {
  const patch = changes();
  if (!Object.keys(patch).length) {
    status("Change a field first: there is nothing to compare with the base");
    return;
  }
  await run("Comparing", async () => {
    const result = await api("POST", packPath(state.pack.id, "what-if"), request());
    renderComparison(result);
  });
}

/** The changed facts a difference traces back to; one that a rule only tests for absence or counts is marked so. */
function causes(list) {
  return list && list.length ? el("span", { class: "muted" }, " because of ", list.map((c, i) => [i ? ", " : "", el("code", { text: c.path }),
    c.via === "condition" ? " (through a rule's not, exists or accumulate: likely, not proven)" : ""])) : null;
}

function renderComparison(result) {
  const d = result.diff;
  const row = (left, right) => el("tr", {}, el("td", {}, left ?? ""), el("td", {}, right ?? ""));
  const findingText = (f) => [el("code", { text: f.id }), ` ${f.severity}: ${f.message}`];
  const ratings = Object.entries(d.ratings || { verdict: d.verdict });
  const rows = ratings.map(([id, change]) => el("tr", {}, el("th", { scope: "row", text: ratingTitle(id) }),
    el("td", {}, verdictBadge(change.before, id)), el("td", {}, verdictBadge(change.after, id))));
  const moved = ratings.filter(([, change]) => change.changed).map(([id]) => ratingTitle(id));
  const table = el("table", { class: "compare" },
    el("caption", { text: ratings.length === 1 ? (d.verdict.changed ? "The verdict changes" : "The verdict stays the same")
      : moved.length ? `${moved.join(" and ")} change${moved.length === 1 ? "s" : ""}` : "No rating changes" }),
    el("thead", {}, el("tr", {}, el("td"), el("th", { scope: "col", text: "Base" }), el("th", { scope: "col", text: "With your changes" }))),
    el("tbody", {}, rows));
  const section = (title, items) => items.length
    ? [el("tbody", {}, el("tr", {}, el("th", { scope: "rowgroup", colspan: 3, text: title })), items)] : [];
  table.append(...section("Findings", [
    ...d.findings.added.map((f) => withLabel("added", row(null, el("span", {}, findingText(f), causes(f.causes))))),
    ...d.findings.removed.map((f) => withLabel("removed", row(el("span", {}, findingText(f), causes(f.causes)), null))),
    ...d.findings.changed.map((f) => withLabel("changed", row(el("span", {}, el("code", { text: f.id }), ` ${f.before.severity}: ${f.before.message}`),
      el("span", {}, ` ${f.after.severity}: ${f.after.message}`, causes(f.causes))))),
  ]));
  table.append(...section("Measures", [
    ...d.measures.added.map((m) => withLabel("added", row(null, el("span", {}, el("code", { text: m.measure }), ` ${m.priority}`, causes(m.causes))))),
    ...d.measures.removed.map((m) => withLabel("removed", row(el("span", {}, el("code", { text: m.measure }), ` ${m.priority}`, causes(m.causes)), null))),
    ...d.measures.changed.map((m) => withLabel("changed", row(el("span", {}, el("code", { text: m.measure }), ` ${m.before}`),
      el("span", {}, ` ${m.after}`, causes(m.causes))))),
  ]));
  const facts = el("details", {}, el("summary", { text: `Facts that differ from the base (${d.changedFacts.length})` }),
    el("ul", {}, d.changedFacts.map((f) => el("li", {}, el("code", { text: f.path }), `: ${JSON.stringify(f.before ?? null)} → ${JSON.stringify(f.after ?? null)}`))));
  $("comparison").replaceChildren(table, facts);
  $("compare-panel").hidden = false;
}

function withLabel(what, row) {
  row.prepend(el("td", { class: `change change-${what}`, text: what }));
  return row;
}
