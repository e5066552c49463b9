/** Evaluating a fact set with a pack, within its limits, and explaining what fired: the assessment, its trace, and incremental variant sessions for sweeps and searches. */
package org.assay.engine.evaluation;
