/** What the code of a pack that is not operator-trusted may do: its DRL's form, its compiled bytecode against an allowlist, and the guards and budget rewritten into it. */
package org.assay.engine.sandbox;
