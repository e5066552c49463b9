// The analyst's page: a form generated from a pack's fact schema, and the service's assessments,
// what-if comparisons, sweeps, counterfactuals and saved scenarios around it. Plain modules, no
// build step: the page ships inside the jar and talks to no host but the service.

import * as session from "./session.js";

const KINDS = ["BLOCKER", "GAP", "RISK", "STRENGTH", "DATA_GAP"];
const KIND_TITLES = { BLOCKER: "Blockers", GAP: "Gaps", RISK: "Risks", STRENGTH: "Strengths", DATA_GAP: "Data gaps" };
const VERDICTS = ["BLOCKED", "NOT_READY", "CONDITIONAL", "READY"];
const PRIORITIES = ["CRITICAL", "HIGH", "MEDIUM", "LOW"];

const state = {
  pack: null,        // GET /api/v1/packs/{id}
  baseline: null,    // the pack's baseline facts
  scenarios: [],     // the pack's named scenarios
  base: null,        // the request's base: {baseline: true}, {scenario: name} or {facts: {...}}
  baseFacts: null,   // the facts of the base, as the form starts from them
  extra: {},         // changes the form cannot show: instances added or removed, kept in every request
  last: null,        // the last assessment shown, while the form still shows what it assessed
};

const $ = (id) => document.getElementById(id);

class ApiError extends Error {
  constructor(status, problem) {
    super(problem && problem.detail ? problem.detail : "The service answered " + status);
    this.status = status;
    this.problem = problem || {};
  }
}

async function api(method, path, body) {
  const response = await fetch(path, {
    method,
    headers: body === undefined ? session.headers() : { ...session.headers(), "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let data = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch (notJson) {
    data = { title: `The service answered ${response.status}`, detail: text.slice(0, 300) };
  }
  if (!response.ok) {
    throw new ApiError(response.status, data);
  }
  return data;
}

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === "text") node.textContent = value;
    else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children.flat(Infinity)) {
    if (child !== null && child !== undefined) node.append(child.nodeType ? child : String(child));
  }
  return node;
}

function status(text) {
  $("status").textContent = text;
}

// ---- errors -----------------------------------------------------------------------------------

function clearErrors() {
  $("error").hidden = true;
  $("error").replaceChildren();
  document.querySelectorAll("[aria-invalid=true]").forEach((input) => input.removeAttribute("aria-invalid"));
  document.querySelectorAll(".field-error").forEach((span) => { span.textContent = ""; });
}

/** Shows a failure: each error that names a field beside that field, the rest at the top. */
function showError(error) {
  const problem = error instanceof ApiError ? error.problem : { title: "Something went wrong", detail: error.message };
  const general = [];
  for (const fault of problem.errors || []) {
    const input = fieldFor(fault.path);
    if (input) {
      input.setAttribute("aria-invalid", "true");
      const beside = $("error-" + input.id);
      beside.textContent = beside.textContent ? `${beside.textContent}; ${fault.message}` : fault.message;
    } else {
      general.push(fault);
    }
  }
  const box = $("error");
  box.replaceChildren(el("strong", { text: (problem.title || "Error") + ": " }), problem.detail || "");
  if (general.length) {
    box.append(el("ul", {}, general.map((f) => el("li", {}, f.path ? el("code", { text: f.path }) : "", f.path ? " " : "", f.message))));
  }
  box.hidden = false;
  status("");
  const first = document.querySelector("[aria-invalid=true]");
  (first || box).focus?.();
}

/** The input a problem's path names: "changes.Type.id.field", "facts.Type.id.field" or "Type.id.field". */
function fieldFor(path) {
  if (!path) return null;
  if (path === "title") return $("scenario-title");
  const parts = path.replace(/\[\d+\]$/, "").split(".");
  for (let skip = 0; skip < parts.length - 2; skip++) {
    const candidate = parts.slice(skip).join(".");
    const input = inputAt(candidate);
    if (input) return input;
  }
  return null;
}

// ---- packs and bases --------------------------------------------------------------------------

async function loadPacks() {
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

async function loadPack(id) {
  clearErrors();
  let pack, baseline, scenarios;
  try {
    [pack, baseline, scenarios] = await Promise.all([
      api("GET", `/api/v1/packs/${encodeURIComponent(id)}`),
      // A pack without baseline.json answers 400 here; it is assessed from saved facts instead.
      api("GET", `/api/v1/packs/${encodeURIComponent(id)}/baseline`).catch((e) => {
        if (e instanceof ApiError && e.status === 400) return null;
        throw e;
      }),
      api("GET", `/api/v1/packs/${encodeURIComponent(id)}/scenarios`),
    ]);
  } catch (error) {
    if (state.pack) $("pack").value = state.pack.id;
    throw error;
  }
  Object.assign(state, { pack, baseline, scenarios, last: null });
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
    ...scenarios.map((s) => el("option", { value: s.name, text: `Scenario: ${s.title || s.name}` })));
  const levers = pack.levers || [];
  $("sweep-lever").replaceChildren(...levers.map((l) => el("option", { value: l.path, text: l.title || l.path })));
  for (const id of ["sweep-lever", "sweep", "cf-kind", "cf-id", "counterfactual"]) $(id).disabled = !levers.length;
  $("no-levers").hidden = levers.length > 0;
  $("assessment").replaceChildren(el("p", { class: "muted", text: "Change the facts if you like, then assess." }));
  $("compare-panel").hidden = true;
  ["sweep-result", "cf-result"].forEach((panel) => $(panel).replaceChildren());
  if (baseline) {
    useBase(null);
  } else {
    setBase({ facts: {} }, {});
    status("This pack has no baseline: open a saved scenario that gives its facts");
  }
  fillTargets();
  await listSaved();
}

/** Starts the form from the baseline (name null) or a named scenario. */
function useBase(name) {
  const scenario = state.scenarios.find((s) => s.name === name);
  if (scenario) setBase({ scenario: name }, mergePatch(state.baseline, scenario.changes));
  else setBase({ baseline: true }, state.baseline);
}

function setBase(base, facts) {
  state.base = base;
  state.baseFacts = structuredClone(facts || {});
  state.extra = {};
  const select = $("base");
  select.querySelector("option[value='#saved-facts']")?.remove();
  if (base.facts) select.append(el("option", { value: "#saved-facts", text: "Facts saved with the scenario" }));
  select.value = base.facts ? "#saved-facts" : base.scenario || "";
  $("extra").hidden = true;
  renderForm();
  forgetAssessment();
}

/** The form no longer shows what the last assessment assessed. */
function forgetAssessment() {
  state.last = null;
  fillTargets();
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

// ---- the form ---------------------------------------------------------------------------------

function humanize(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/^./, (c) => c.toUpperCase());
}

function renderForm() {
  const form = $("fact-form");
  form.replaceChildren();
  const types = state.pack.schema.types;
  for (const typeName of Object.keys(state.baseFacts).sort()) {
    const type = types[typeName];
    if (!type) continue;
    const group = el("fieldset", { class: "type" }, el("legend", { text: humanize(typeName) }));
    for (const id of Object.keys(state.baseFacts[typeName])) {
      const instance = el("fieldset", { class: "instance" }, el("legend", { text: id }));
      for (const field of Object.values(type.fields)) {
        if (field.name === "id") continue;
        instance.append(fieldRow(typeName, id, field));
      }
      group.append(instance);
    }
    form.append(group);
  }
  updateChanged();
}

let fieldCount = 0;

function fieldRow(typeName, id, field) {
  const path = `${typeName}.${id}.${field.name}`;
  const inputId = "f" + (++fieldCount) + "-" + path.replace(/[^A-Za-z0-9_-]/g, "_");
  const base = baseValue(path);
  let input;
  if (field.kind === "BOOLEAN" || field.kind === "ENUM") {
    const choices = field.kind === "BOOLEAN" ? [["true", "yes"], ["false", "no"]] : field.values.map((v) => [v, v]);
    input = el("select", {}, el("option", { value: "", text: "unknown" }), choices.map(([value, text]) => el("option", { value, text })));
  } else if (field.kind === "INTEGER" || field.kind === "NUMBER") {
    input = el("input", { type: "number", step: field.kind === "INTEGER" ? "1" : "any",
      min: field.min ?? undefined, max: field.max ?? undefined, inputmode: field.kind === "INTEGER" ? "numeric" : "decimal" });
  } else {
    input = el("input", { type: "text", placeholder: field.kind === "LIST" ? "comma-separated" : undefined });
  }
  Object.assign(input, { id: inputId });
  input.dataset.path = path;
  input.dataset.kind = field.kind;
  if (field.kind === "UNSUPPORTED") input.disabled = true;
  if (field.required) input.setAttribute("aria-required", "true");
  input.setAttribute("aria-describedby", (field.unit ? "unit-" + inputId + " " : "") + "error-" + inputId);
  setInput(input, base);
  input.addEventListener("input", edited);
  input.addEventListener("change", edited);
  const unit = field.unit ? el("span", { class: "unit", id: "unit-" + inputId, text: field.unit }) : null;
  const reset = el("button", { type: "button", class: "reset", "aria-label": `Reset ${humanize(field.name)} of ${id} to the base value`,
    title: "Reset to the base value", onclick: () => { setInput(input, baseValue(path)); edited(); input.focus(); } }, "↺");
  return el("div", { class: "field" },
    el("label", { for: inputId }, humanize(field.name), field.required ? el("span", { class: "required", text: " (required)" }) : null),
    el("span", { class: "control" }, input, unit, reset),
    el("span", { class: "field-error", id: "error-" + inputId }));
}

/** A path's type, instance id and field: ids may contain dots, types and fields do not. */
function split(path) {
  const first = path.indexOf("."), last = path.lastIndexOf(".");
  return [path.slice(0, first), path.slice(first + 1, last), path.slice(last + 1)];
}

function baseValue(path) {
  const [type, id, field] = split(path);
  const value = state.baseFacts?.[type]?.[id]?.[field];
  return value === undefined ? null : value;
}

function shown(value, kind) {
  if (value === null || value === undefined) return "";
  return kind === "LIST" ? value.join(", ") : String(value);
}

function setInput(input, value) {
  input.value = shown(value, input.dataset.kind);
}

/** The value a field holds; text that still reads as the base value is the base value, whatever its form. */
function readInput(input) {
  const base = baseValue(input.dataset.path);
  if (input.value === shown(base, input.dataset.kind)) return base;
  const text = input.dataset.kind === "STRING" ? input.value : input.value.trim();
  if (text === "") return null;
  switch (input.dataset.kind) {
    case "BOOLEAN": return text === "true";
    case "INTEGER": return Number.isInteger(Number(text)) ? Number(text) : text;
    case "NUMBER": return Number.isFinite(Number(text)) ? Number(text) : text;
    case "LIST": return text.split(",").map((s) => s.trim()).filter(Boolean).map((item) => listItem(item, base));
    default: return text;
  }
}

/** A list item typed as the base list's items are: numbers and yes/no stay numbers and booleans. */
function listItem(text, base) {
  const sample = Array.isArray(base) && base.length ? typeof base[0] : "string";
  if (sample === "number" && Number.isFinite(Number(text))) return Number(text);
  if (sample === "boolean" && (text === "true" || text === "false")) return text === "true";
  return text;
}

/** Number fields whose text the browser cannot read as a number; they are reported, not sent as unknown. */
function unreadable() {
  return inputs().filter((input) => input.validity && input.validity.badInput);
}

function inputs() {
  return [...document.querySelectorAll("#fact-form [data-path]")];
}

/** The changes from the base as a JSON Merge Patch: null makes a value unknown. */
function changes() {
  const patch = structuredClone(state.extra);
  for (const input of inputs()) {
    const value = readInput(input);
    const path = input.dataset.path;
    if (JSON.stringify(value) === JSON.stringify(baseValue(path))) continue;
    const [type, id, field] = split(path);
    ((patch[type] ??= {})[id] ??= {})[field] = value;
  }
  return patch;
}

function updateChanged() {
  let count = 0;
  for (const input of inputs()) {
    const changed = JSON.stringify(readInput(input)) !== JSON.stringify(baseValue(input.dataset.path));
    input.closest(".field").classList.toggle("changed", changed);
    input.closest(".field").querySelector(".reset").disabled = !changed;
    if (changed) count++;
  }
  $("changed-count").textContent = count;
}

function edited() {
  updateChanged();
  forgetAssessment();
}

/** The form's input for a fact path, or null. */
function inputAt(path) {
  return document.querySelector(`[data-path="${CSS.escape(path)}"]`);
}

function setField(path, value) {
  const input = inputAt(path);
  if (input) setInput(input, value);
}

/** The request for what the form shows: its base, and the changes if any. */
function request() {
  const bad = unreadable();
  if (bad.length) {
    const problem = { title: "Not a number", detail: "Some fields hold text that is not a number",
      errors: bad.map((input) => ({ path: input.dataset.path, message: "not a number; leave it empty for unknown" })) };
    throw new ApiError(400, problem);
  }
  const patch = changes();
  return Object.keys(patch).length ? { ...state.base, changes: patch } : { ...state.base };
}

// ---- assessing --------------------------------------------------------------------------------

async function run(label, work) {
  clearErrors();
  status(label + "…");
  try {
    await work();
    status(label + ": done");
  } catch (error) {
    showError(error);
  }
}

async function assess() {
  await run("Assessing", async () => {
    const assessment = await api("POST", `/api/v1/packs/${state.pack.id}/assessments`, request());
    state.last = assessment;
    renderAssessment(assessment);
    fillTargets();
    $("results").focus();
  });
}

function linkify(text) {
  if (!text) return "";
  const parts = [];
  let last = 0;
  for (const match of text.matchAll(/https?:\/\/[^\s)]+[^\s).,;]/g)) {
    parts.push(text.slice(last, match.index), el("a", { href: match[0], target: "_blank", rel: "noopener noreferrer", text: match[0] }));
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return el("span", {}, parts);
}

function verdictBadge(verdict) {
  return el("span", { class: `verdict verdict-${verdict}`, text: verdict.replace("_", " ") });
}

function renderAssessment(a) {
  const box = $("assessment");
  box.replaceChildren(
    el("div", { class: "verdict-line" }, "Verdict: ", el("strong", { id: "verdict", "data-verdict": a.verdict }, verdictBadge(a.verdict))),
    el("ul", { class: "reasons" }, a.verdictReasons.map((r) => el("li", {}, r.reason, el("span", { class: "muted", text: ` (${r.rule})` })))),
  );
  for (const kind of KINDS) {
    const findings = a.findings.filter((f) => f.kind === kind);
    if (!findings.length) continue;
    box.append(el("h3", { text: `${KIND_TITLES[kind]} (${findings.length})` }),
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

// ---- compare ----------------------------------------------------------------------------------

async function compare() {
  const patch = changes();
  if (!Object.keys(patch).length) {
    status("Change a field first: there is nothing to compare with the base");
    return;
  }
  await run("Comparing", async () => {
    const result = await api("POST", `/api/v1/packs/${state.pack.id}/what-if`, request());
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
  const rows = [
    el("tr", {}, el("th", { scope: "row", text: "Verdict" }), el("td", {}, verdictBadge(d.verdict.before)), el("td", {}, verdictBadge(d.verdict.after))),
  ];
  const table = el("table", { class: "compare" },
    el("caption", { text: d.verdict.changed ? "The verdict changes" : "The verdict stays the same" }),
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

// ---- sweep ------------------------------------------------------------------------------------

async function sweep() {
  const path = $("sweep-lever").value;
  if (!path) return;
  await run("Sweeping", async () => {
    const body = { ...request(), levers: [{ path }] };
    const result = await api("POST", `/api/v1/packs/${state.pack.id}/sweeps`, body);
    renderSweep(path, result);
  });
}

function renderSweep(path, result) {
  const variants = result.variants;
  const measures = [...new Set(variants.flatMap((v) => Object.keys(v.measures)))].sort();
  const rows = [["Verdict", (v) => v.verdict, VERDICTS], ...measures.map((m) => [m, (v) => v.measures[m] || null, PRIORITIES])];
  const cell = 14, labelWidth = 260, width = labelWidth + variants.length * cell, height = (rows.length + 2) * (cell + 4);
  const svg = svgEl("svg", { viewBox: `0 0 ${width} ${height}`, width, role: "img",
    "aria-label": `Verdict and measures over ${path}; the thresholds are listed below` });
  rows.forEach(([label, value, scale], r) => {
    const y = r * (cell + 4);
    svg.append(svgEl("text", { x: 0, y: y + cell - 3, class: "chart-label" }, label));
    variants.forEach((v, i) => {
      const level = value(v);
      svg.append(svgEl("rect", { x: labelWidth + i * cell, y, width: cell - 1, height: cell,
        class: level ? `level-${scale.indexOf(level)}` : "level-none" }, svgEl("title", {}, `${label} at ${v.values[path]}: ${level || "not recommended"}`)));
    });
  });
  const axisY = rows.length * (cell + 4) + cell;
  const first = variants[0]?.values[path], lastValue = variants[variants.length - 1]?.values[path];
  svg.append(svgEl("text", { x: labelWidth, y: axisY, class: "chart-label" }, String(first)),
    svgEl("text", { x: width, y: axisY, class: "chart-label", "text-anchor": "end" }, String(lastValue)));
  const thresholds = result.thresholds.length
    ? el("ul", { id: "thresholds" }, result.thresholds.map((t) => el("li", {}, `between ${t.between[0]} and ${t.between[1]}: `, describeChange(t.change))))
    : el("p", { text: "Nothing flips over this lever's range." });
  $("sweep-result").replaceChildren(
    el("p", { class: "legend" }, "Colours: ", el("span", { class: "swatch level-0" }), " BLOCKED / CRITICAL ",
      el("span", { class: "swatch level-1" }), " NOT READY / HIGH ", el("span", { class: "swatch level-2" }), " CONDITIONAL / MEDIUM ",
      el("span", { class: "swatch level-3" }), " READY / LOW ", el("span", { class: "swatch level-none" }), " not recommended"),
    el("div", { class: "chart" }, svg), el("h3", { text: "Where it flips" }), thresholds);
}

function describeChange(change) {
  const parts = [];
  if (change.verdictFrom) parts.push(`verdict ${change.verdictFrom} → ${change.verdictTo}`);
  for (const [m, [from, to]] of Object.entries(change.priorityChanged || {})) parts.push(`${m} ${from} → ${to}`);
  for (const [m, priority] of Object.entries(change.measuresAdded || {})) parts.push(`${m} recommended (${priority})`);
  for (const m of change.measuresRemoved || []) parts.push(`${m} no longer recommended`);
  if (!parts.length) parts.push(JSON.stringify(change));
  return parts.join("; ");
}

function svgEl(tag, attributes = {}, ...children) {
  const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  for (const child of children) node.append(child.nodeType ? child : String(child));
  return node;
}

// ---- counterfactuals --------------------------------------------------------------------------

function fillTargets() {
  const kind = $("cf-kind").value;
  const select = $("cf-id");
  const a = state.last;
  select.hidden = kind === "verdictBetterThan";
  $("counterfactual").disabled = !(state.pack?.levers || []).length || (kind === "verdictBetterThan" && a?.verdict === "READY");
  const ids = !a ? [] : kind === "findingsGone" ? a.findings.filter((f) => f.kind !== "STRENGTH").map((f) => f.id)
    : kind === "measuresGone" ? a.recommendations.map((m) => m.measure) : [];
  select.replaceChildren(...ids.map((id) => el("option", { value: id, text: id })));
}

async function counterfactual() {
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
    const result = await api("POST", `/api/v1/packs/${state.pack.id}/counterfactuals`, { ...request(), target });
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

// ---- signing in -------------------------------------------------------------------------------

let waitingForSignIn = null; // { resolve, reject } while the sign-in form is open

/** Runs a write; when the service answers 401, asks the user to sign in, then runs it once more. */
async function asSignedIn(work) {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 401) throw error;
    await askSignIn();
    return work();
  }
}

/** Opens the sign-in form; settles when the user has signed in, or has closed the form without. */
function askSignIn() {
  $("sign-in-error").textContent = "";
  $("sign-in-password").value = "";
  $("sign-in").showModal();
  $("sign-in-user").focus();
  return new Promise((resolve, reject) => { waitingForSignIn = { resolve, reject }; });
}

async function submitSignIn(event) {
  event.preventDefault();
  try {
    if (!await session.signIn($("sign-in-user").value.trim(), $("sign-in-password").value)) {
      $("sign-in-error").textContent = "The user name or password is wrong.";
      $("sign-in-password").select();
      return;
    }
  } catch (error) {
    $("sign-in-error").textContent = error.message;
    return;
  }
  const waiting = waitingForSignIn;
  waitingForSignIn = null;
  $("sign-in").close();
  await signedInChanged();
  waiting?.resolve();
}

/** The form was closed (Cancel or Escape) without signing in: the write that asked for it does not happen. */
function signInClosed() {
  const waiting = waitingForSignIn;
  waitingForSignIn = null;
  waiting?.reject(new ApiError(401, { title: "Not signed in",
    detail: "Saving, renaming and deleting scenarios need a signed-in user; nothing was changed." }));
}

async function signedInChanged() {
  const user = session.user();
  $("who-name").textContent = user ? `Signed in as ${user.name}` : "Not signed in";
  $("sign-in-open").hidden = user !== null;
  $("sign-out").hidden = user === null;
  if (state.pack) await listSaved();
}

// ---- saved scenarios --------------------------------------------------------------------------

async function listSaved() {
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

async function save() {
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

async function openSaved(id) {
  await run("Opening", async () => {
    const saved = await api("GET", `/api/v1/scenarios/${encodeURIComponent(id)}`);
    if (saved.pack !== state.pack?.id) {
      $("pack").value = saved.pack;
      if ($("pack").value !== saved.pack) throw new Error(`The pack ${saved.pack} of this scenario does not serve`);
      await loadPack(saved.pack);
    }
    if (saved.base.facts) {
      setBase({ facts: saved.base.facts }, saved.base.facts);
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
    state.extra = extra;
    showExtra();
    updateChanged();
    $("scenario-title").value = saved.title;
    share(saved.id);
    if (saved.notice) status(saved.notice);
  });
}

/** Says which changes of an opened scenario the form cannot show; they still go into every request. */
function showExtra() {
  const paths = Object.entries(state.extra).flatMap(([type, byId]) => byId === null ? [`${type} (every instance removed)`]
    : Object.entries(byId).map(([id, fields]) => fields === null ? `${type} ${id} removed` : `${type} ${id} added or changed: ${JSON.stringify(fields)}`));
  $("extra").hidden = !paths.length;
  $("extra").replaceChildren("This scenario also changes what the form cannot show, and every request keeps it: ",
    el("ul", {}, paths.map((p) => el("li", { text: p }))));
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

// ---- start ------------------------------------------------------------------------------------

async function start() {
  $("pack").addEventListener("change", () => run("Loading the pack", () => loadPack($("pack").value)));
  $("base").addEventListener("change", () => {
    const count = Number($("changed-count").textContent);
    if (count && !confirm(`Start from this base and drop your ${count} change(s)?`)) {
      $("base").value = state.base.facts ? "#saved-facts" : state.base.scenario || "";
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
  $("sign-out").addEventListener("click", () => run("Signing out", () => { session.signOut(); return signedInChanged(); }));
  // Read before loading: loading a pack puts the pack's id in the address.
  const saved = new URLSearchParams(location.hash.slice(1)).get("saved");
  await run("Loading", loadPacks);
  if (saved) await openSaved(saved);
  document.body.dataset.ready = "true";
}

start();
