// One assessment as the page shows it: every rating with its reasons, the findings grouped by kind in the
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

/**
 * A level as a coloured badge. The colour is its place on its rating's scale, worst to best, spread over the four
 * colours the page has, so that every pack's levels read alike whatever they are called.
 */
export function verdictBadge(level, rating) {
  return el("span", { class: `verdict rank-${rankOf(level, rating)}`, "data-level": level, text: verdictText(level || "none") });
}

/** The level's place on the rating's scale as 0 (worst) to 3 (best), or "none". */
export function rankOf(level, rating) {
  const levels = scale(rating);
  const i = levels.indexOf(level);
  return i < 0 ? "none" : levels.length === 1 ? 3 : Math.round((3 * i) / (levels.length - 1));
}

/** A rating's levels, worst first; with no rating named, the headline's. */
export function scale(rating) {
  const ratings = state.pack?.ratings || [];
  const found = ratings.find((r) => r.id === rating) || ratings[0];
  return found ? found.levels : state.pack?.vocabulary.verdictLevels || [];
}

/** The pack's ratings as the page shows them: a pack with one rating calls it the verdict. */
export function ratingTitle(rating) {
  const ratings = state.pack?.ratings || [];
  return ratings.length <= 1 ? "Verdict" : (ratings.find((r) => r.id === rating)?.title || rating);
}

function renderAssessment(a) {
  const box = $("assessment");
  box.replaceChildren(el("div", { class: "ratings" }, Object.entries(a.ratings).map(([id, rated], i) =>
    el("section", { class: "rating", "data-rating": id },
      el("div", { class: "verdict-line" }, `${ratingTitle(id)}: `,
        el("strong", i === 0 ? { id: "verdict", "data-verdict": rated.level } : { "data-verdict": rated.level }, verdictBadge(rated.level, id))),
      el("ul", { class: "reasons" }, rated.reasons.map((r) => el("li", {}, r.reason, el("span", { class: "muted", text: ` (${r.rule})` }))))))));
  for (const kind of state.pack.vocabulary.findingKinds) {
    const findings = a.findings.filter((f) => f.kind === kind.name);
    if (!findings.length) continue;
    box.append(el("h3", { text: `${kind.title} (${findings.length})` }),
      el("div", { class: "items" }, findings.map((f) => renderFinding(f, a.sources || {}))));
  }
  box.append(el("h3", { text: `Recommended measures (${a.recommendations.length})` }),
    el("div", { class: "items", id: "measures" }, a.recommendations.map(renderMeasure)));
  if (a.fragility) box.append(renderFragility(a.fragility));
  box.append(el("p", { class: "muted", text: `Assessment ${a.id}; pack version ${a.packVersion}; ${a.timing.firings} rule firings in ${a.timing.evaluateMicros} µs.` }));
}

/** A finding; its citations are source keys, whose references the answer gives once, in `sources`. */
function renderFinding(f, sources) {
  return el("details", { class: `item kind-${f.kind}`, "data-finding": f.id, id: "finding-" + f.id },
    el("summary", {}, el("span", { class: `badge sev-${f.severity}`, text: f.severity }), " ", el("code", { text: f.id }), " ", f.message),
    el("dl", { class: "explanation" },
      el("dt", { text: "Rule" }), el("dd", { text: f.rule || "—" }),
      f.rating && (state.pack?.ratings || []).length > 1 ? [el("dt", { text: "Bears on" }), el("dd", { text: ratingTitle(f.rating) })] : null,
      el("dt", { text: "Dimension" }), el("dd", { text: f.dimension || "—" }),
      el("dt", { text: "Source" }), el("dd", { text: f.source || "—" }),
      (f.citations || []).length ? [el("dt", { text: f.citations.length > 1 ? "Citations" : "Citation" }),
        el("dd", {}, el("ul", { class: "citations" }, f.citations.map((key) => el("li", {}, el("strong", { text: key }), " ", linkify(sources[key] || "")))))] : null,
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
      el("dd", {}, `${r.priority}; source: ${r.source || "—"}`, citationsOf(r.rule).map((key) => [el("br"), el("strong", { text: key }), " ",
        linkify(state.pack.sources?.[key] || "")]))])));
}

/** The keys of the sources a rule cites, as the pack lists them for each of its rules; the pack's `sources` give their references. */
function citationsOf(ruleName) {
  return (state.pack.rules || []).find((rule) => rule.name === ruleName)?.citations || [];
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
      + (fragility.verdict && fragility.verdict.length ? `; ${(state.pack?.ratings || []).length > 1 ? "a rating" : "the verdict"} hinges on `
        + fragility.verdict.length : "")),
    el("ul", {}, hinges.map(([id, list]) => el("li", {}, el("code", { text: id }), ": ",
      list.map((h, i) => [i ? "; " : "", `${h.path} ${JSON.stringify(h.value ?? null)} → ${JSON.stringify(h.changedTo ?? null)} (${h.effect})`])))));
}
