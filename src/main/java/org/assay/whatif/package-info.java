/** What-if analysis over a pack: sweeps of levers, counterfactual search, and fragility of conclusions. */
package org.assay.whatif;
