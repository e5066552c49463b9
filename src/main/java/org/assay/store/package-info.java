/**
 * Saved scenarios and the assessment log, kept in a relational database (an H2 file by default,
 * PostgreSQL by configuration) through plain JDBC.
 */
package org.assay.store;
