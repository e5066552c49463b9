/**
 * Fact sets: JSON in the shape type -> instance id -> fields, checked against a pack's declared
 * fact types, with JSON Merge Patch for changes against a base.
 */
package org.assay.facts;
