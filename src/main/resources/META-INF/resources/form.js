// The fact form: one field per fact of the base, generated from the pack's schema; what the user changed
// from the base, as a JSON Merge Patch; and the request that assesses what the form shows.

import { $, el } from "./dom.js";
import { ApiError } from "./api.js";
import { state, shownAssessment } from "./state.js";

function humanize(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/^./, (c) => c.toUpperCase());
}

/** Draws the form for the base's facts, every field at its base value. */
export function renderForm() {
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

export function setInput(input, value) {
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
export function changes() {
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

/** Marks the fields that differ from the base, and counts them. */
export function updateChanged() {
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
  shownAssessment(null);
}

/** The form's input for a fact path, or null. */
export function inputAt(path) {
  return document.querySelector(`[data-path="${CSS.escape(path)}"]`);
}

export function setField(path, value) {
  const input = inputAt(path);
  if (input) setInput(input, value);
}

/** The input a problem's path names: "changes.Type.id.field", "facts.Type.id.field" or "Type.id.field"; "title" is the scenario's. */
export function fieldFor(path) {
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

/** The request for what the form shows: its base, and the changes if any. */
export function request() {
  const bad = unreadable();
  if (bad.length) {
    const problem = { title: "Not a number", detail: "Some fields hold text that is not a number",
      errors: bad.map((input) => ({ path: input.dataset.path, message: "not a number; leave it empty for unknown" })) };
    throw new ApiError(400, problem);
  }
  const patch = changes();
  return Object.keys(patch).length ? { ...state.base, changes: patch } : { ...state.base };
}
