/**
 * The engine: reads rule packs, checks and compiles their DRL, holds the live rule bases (and
 * reloads a pack when its files change), and evaluates fact sets into explained assessments. The
 * only package that touches Drools.
 */
package org.assay.engine;
