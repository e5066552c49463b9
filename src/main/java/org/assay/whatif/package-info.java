/**
 * What-if analysis over a pack: diffs that trace each changed finding and measure back to the
 * changed facts, sweeps of levers, counterfactual search, and the fragility of conclusions.
 */
package org.assay.whatif;
