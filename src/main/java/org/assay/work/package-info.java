/**
 * Bounded pools that keep heavy work (sweeps, batches, counterfactuals, replays, fragility on large
 * fact sets) apart from plain assessments, and the bounds every request's work is held to.
 */
package org.assay.work;
