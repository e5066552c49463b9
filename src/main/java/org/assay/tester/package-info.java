/**
 * Pack tests: scenario cases kept as JSON beside a pack's rules (note, changes or facts, what must
 * and must not appear), properties that must hold over whole ranges of the pack's levers, the rule and
 * measure coverage the tests reach, and the comparison of two versions of a pack case by case.
 */
package org.assay.tester;
