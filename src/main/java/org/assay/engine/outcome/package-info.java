/**
 * What rules conclude: findings, recommendations and verdicts, the classes a pack's DRL imports and inserts.
 */
package org.assay.engine.outcome;
