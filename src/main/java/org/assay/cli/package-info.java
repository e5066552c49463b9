/**
 * The command line for rule authors and analysts, one class per command: validate, test, assess,
 * explain, coverage and compare, each over a pack folder, without starting the service.
 */
package org.assay.cli;
