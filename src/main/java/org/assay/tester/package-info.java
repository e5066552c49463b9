/**
 * Pack tests: scenario cases kept as JSON beside a pack's rules (note, changes or facts, what must
 * and must not appear), run against the compiled pack.
 */
package org.assay.tester;
