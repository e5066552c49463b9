// What the page says about its work: the status line, and a failure, each error beside the field it names.

import { $, el } from "./dom.js";
import { ApiError } from "./api.js";
import { fieldFor } from "./form.js";

export function status(text) {
  $("status").textContent = text;
}

/** Runs a piece of work under a label in the status line; a failure is shown rather than thrown. */
export async function run(label, work) {
  clearErrors();
  status(label + "…");
  try {
    await work();
    status(label + ": done");
  } catch (error) {
    showError(error);
  }
}

export function clearErrors() {
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
