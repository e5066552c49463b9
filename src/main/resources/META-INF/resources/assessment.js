// One assessment as the page shows it: the verdict and its reasons, the findings grouped by kind in the
// order the pack's vocabulary gives, the recommended measures, and what each rests on.

import { $, el, linkify } from "./dom.js";
import { api, packPath } from "./api.js";
import { state, shownAssessment } from "./state.js";
import { request } from "./form.js";
import { run } from "./status.js";

export async function assess() {
  await run("Assessing", async () => {
    const assessment = await api("POST", packPath(state.pack.id, "assessments"), request());
    renderAssessment(assessment);
    shownAssessment(assessment);
    $("results").focus();
  });
}

/** A verdict level as a reader sees it: NOT_READY is "NOT READY". */
export function verdictText(verdict) {
  return verdict.replace("_", " ");
}

export function verdictBadge(verdict) {
  return el("span", { class: `verdict verdict-${verdict}`, text: verdictText(verdict) });
}

function renderAssessment(a) {
  const box = $("assessment");
  box.replaceChildren(
    el("div", { class: "verdict-line" }, "Verdict: ", el("strong", { id: "verdict", "data-verdict": a.verdict }, verdictBadge(a.verdict))),
    el("ul", { class: "reasons" }, a.verdictReasons.map((r) => el("li", {}, r.reason, el("span", { class: "muted", text: ` (${r.rule})` })))),
  );
  for (const kind of state.pack.vocabulary.findingKinds) {
    const findings = a.findings.filter((f) => f.kind === kind.name);
    if (!findings.length) continue;
    box.append(el("h3", { text: `${kind.title} (${findings.length})` }),
      el("div", { class: "items" }, findings.map(renderFinding)));
  }
  box.append(el("h3", { text: `Recommended measures (${a.recommendations.length})` }),
    el("div", { class: "items", id: "measures" }, a.recommendations.map(renderMeasure)));
  if (a.fragility) box.append(renderFragility(a.fragility));
  box.append(el("p", { class: "muted", text: `Pack version ${a.packVersion}; ${a.timing.firings} rule firings in ${a.timing.evaluateMicros} µs.` }));
}

function renderFinding(f) {
  return el("details", { class: `item kind-${f.kind}`, "data-finding": f.id, id: "finding-" + f.id },
    el("summary", {}, el("span", { class: `badge sev-${f.severity}`, text: f.severity }), " ", el("code", { text: f.id }), " ", f.message),
    el("dl", { class: "explanation" },
      el("dt", { text: "Rule" }), el("dd", { text: f.rule || "—" }),
      el("dt", { text: "Dimension" }), el("dd", { text: f.dimension || "—" }),
      el("dt", { text: "Source" }), el("dd", { text: f.source || "—" }),
      f.citation ? [el("dt", { text: "Citation" }), el("dd", {}, linkify(f.citation))] : null,
      el("dt", { text: "Facts it matched" }), el("dd", {}, factsTable(f.facts))));
}

function factsTable(facts) {
  if (!facts || !facts.length) return "none";
  return el("ul", { class: "facts" }, facts.map((fact) => el("li", {},
    el("strong", { text: `${fact.type} ${fact.id}` }),
    fact.values ? el("span", {}, ": ", Object.entries(fact.values).map(([k, v], i) => [i ? ", " : "", `${k} = ${JSON.stringify(v)}`])) : null)));
}

function renderMeasure(m) {
  return el("details", { class: "item", "data-measure": m.measure, id: "measure-" + m.measure },
    el("summary", {}, el("span", { class: `badge prio-${m.priority}`, text: m.priority }), " ", el("code", { text: m.measure }),
      " ", el("span", { class: "muted", text: `called for by ${m.findings.length} finding(s): ${m.findings.slice(0, 3).join(", ")}${m.findings.length > 3 ? ", …" : ""}` })),
    el("p", { text: m.rationale }),
    el("p", {}, "Called for by: ", m.findings.map((id, i) => [i ? ", " : "",
      el("a", { href: "#finding-" + id, onclick: (e) => { e.preventDefault(); openFinding(id); } }, id)])),
    el("dl", { class: "explanation" }, m.reasons.flatMap((r) => [
      el("dt", { text: r.rule }),
      el("dd", {}, `${r.priority}; source: ${r.source || "—"}`, citationOf(r.source) ? el("br") : null, linkify(citationOf(r.source)))])));
}

/** The pack's full reference for a rule's source, found by its key: the first word, as the pack's manifest does. */
function citationOf(source) {
  if (!source) return "";
  return (state.pack.sources || {})[source.trim().split(/\s+/)[0]] || "";
}

function openFinding(id) {
  const details = $("finding-" + id);
  if (!details) return;
  details.open = true;
  details.querySelector("summary").focus();
  details.scrollIntoView({ block: "nearest" });
}

function renderFragility(fragility) {
  const hinges = Object.entries(fragility.findings || {});
  return el("details", { class: "item" },
    el("summary", {}, `Fragility: ${fragility.factsChecked} weak value(s) checked; ${hinges.length} finding(s) hinge on one of them`
      + (fragility.verdict && fragility.verdict.length ? "; the verdict hinges on " + fragility.verdict.length : "")),
    el("ul", {}, hinges.map(([id, list]) => el("li", {}, el("code", { text: id }), ": ",
      list.map((h, i) => [i ? "; " : "", `${h.path} ${JSON.stringify(h.value ?? null)} → ${JSON.stringify(h.changedTo ?? null)} (${h.effect})`])))));
}
