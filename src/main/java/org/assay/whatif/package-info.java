/**
 * What-if analysis: assess a base with and without changes, and explain the difference by tracing
 * each changed finding and measure back through the rules to the changed facts behind it.
 */
package org.assay.whatif;
