/** Which version of each pack serves: loading them at start, rehearsing and swapping in a new version when files change, and keeping the last good one when they break. */
package org.assay.engine.serving;
