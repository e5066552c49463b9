// What the page holds between requests. Modules read it here; the assessment shown changes only through
// shownAssessment, so that whatever depends on it (the counterfactual targets) follows.

export const state = {
  pack: null,        // GET /api/v1/packs/{id}, with the vocabulary its assessments use
  baseline: null,    // the pack's baseline facts
  scenarios: [],     // the pack's named scenarios
  snapshots: [],     // the pack's dated snapshots, each a whole fact set
  base: null,        // the request's base: {baseline: true}, {scenario: name}, {snapshot: date} or {facts: {...}}
  baseFacts: null,   // the facts of the base, as the form starts from them
  extra: {},         // changes the form cannot show: instances added or removed, kept in every request
  last: null,        // the last assessment shown, while the form still shows what it assessed
};

const followers = [];

/** Calls the listener whenever the assessment the form shows changes, or is forgotten. */
export function onAssessmentChanged(listener) {
  followers.push(listener);
}

/** The form shows what this assessment assessed; null when it no longer does. */
export function shownAssessment(assessment) {
  state.last = assessment;
  for (const follower of followers) follower(assessment);
}
