/** Reading a pack folder (pack.yaml, DRL, baseline, scenarios), checking it and compiling it into a {@link org.assay.engine.Pack}, with every problem placed at its file, line and column. */
package org.assay.engine.loading;
