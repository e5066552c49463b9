// Signing in on the page: who is signed in, shown in the header; the sign-in form, which a write that the
// service refuses with 401 opens before it is tried once more; and signing out.

import { $ } from "./dom.js";
import { ApiError } from "./api.js";
import * as session from "./session.js";

let waitingForSignIn = null; // { resolve, reject } while the sign-in form is open
const followers = [];

/** Calls the listener, and waits for it, whenever the user signs in or out. */
export function onSignedInChanged(listener) {
  followers.push(listener);
}

/** Runs a write; when the service answers 401, asks the user to sign in, then runs it once more. */
export async function asSignedIn(work) {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 401) throw error;
    await askSignIn();
    return work();
  }
}

/** Opens the sign-in form; settles when the user has signed in, or has closed the form without. */
export function askSignIn() {
  $("sign-in-error").textContent = "";
  $("sign-in-password").value = "";
  $("sign-in").showModal();
  $("sign-in-user").focus();
  return new Promise((resolve, reject) => { waitingForSignIn = { resolve, reject }; });
}

export async function submitSignIn(event) {
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
export function signInClosed() {
  const waiting = waitingForSignIn;
  waitingForSignIn = null;
  waiting?.reject(new ApiError(401, { title: "Not signed in",
    detail: "Saving, renaming and deleting scenarios need a signed-in user; nothing was changed." }));
}

export function signOut() {
  session.signOut();
  return signedInChanged();
}

async function signedInChanged() {
  const user = session.user();
  $("who-name").textContent = user ? `Signed in as ${user.name}` : "Not signed in";
  $("sign-in-open").hidden = user !== null;
  $("sign-out").hidden = user === null;
  for (const follower of followers) await follower(user);
}
