/**
 * The engine, the only code that touches Drools: a {@link org.assay.engine.Pack} is one compiled
 * version of a rule pack, and the sub-packages read and check packs ({@code loading}), hold what
 * untrusted DRL may do ({@code sandbox}), serve and reload them ({@code serving}), and evaluate fact
 * sets into explained assessments ({@code evaluation}).
 */
package org.assay.engine;
