// The service's API as the page calls it: JSON in and out, the signed-in user's credentials on every request,
// and a failure as an ApiError that carries the problem+json the service answered.

import * as session from "./session.js";

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem && problem.detail ? problem.detail : "The service answered " + status);
    this.status = status;
    this.problem = problem || {};
  }
}

/** Sends a request, with the body as JSON if there is one; resolves to the answer's JSON, rejects with an ApiError. */
export async function api(method, path, body) {
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

/** The path of one of a pack's endpoints: packPath(pack, "assessments") is /api/v1/packs/{pack}/assessments. */
export function packPath(pack, ...rest) {
  return [`/api/v1/packs/${encodeURIComponent(pack)}`, ...rest].join("/");
}
