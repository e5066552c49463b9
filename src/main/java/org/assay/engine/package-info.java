/**
 * The engine: reads rule packs, compiles their DRL, holds the live rule bases, and evaluates fact
 * sets into explained assessments. The only package that touches Drools.
 */
package org.assay.engine;
