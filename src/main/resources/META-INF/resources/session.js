// Who is signed in on the analyst's page. The page asks for a user name and password itself, checks
// them at /api/v1/me, and then sends them as HTTP Basic with each request it makes. They are kept in
// this module's memory only, never in storage: reloading the page or closing the tab signs out, and
// nothing is left on a shared machine for the next person or another script to read.

let current = null; // { name, roles, authorization }

/** Headers for every request the page sends: the credentials when signed in, and a mark that a script asks. */
export function headers() {
  // With this mark a 401 names the scheme XBasic rather than Basic, so the browser leaves the sign-in to the page.
  const marked = { "X-Requested-With": "XMLHttpRequest" };
  return current ? { ...marked, Authorization: current.authorization } : marked;
}

export function user() {
  return current;
}

/** Whether the signed-in user may rename and delete a saved scenario: its owner, or an admin. */
export function mayChange(scenario) {
  return current !== null && (current.roles.includes("admin") || current.name === scenario.owner);
}

/**
 * Checks a user name and password with the service; signed in when they are right.
 * @returns {Promise<boolean>} whether they were right
 */
export async function signIn(name, password) {
  const authorization = "Basic " + btoa(String.fromCharCode(...new TextEncoder().encode(`${name}:${password}`)));
  const response = await fetch("/api/v1/me", { headers: { "X-Requested-With": "XMLHttpRequest", Authorization: authorization } });
  if (response.status === 401) return false;
  if (!response.ok) throw new Error(`Signing in failed: the service answered ${response.status}`);
  const me = await response.json();
  current = { name: me.name, roles: me.roles, authorization };
  return true;
}

export function signOut() {
  current = null;
}
