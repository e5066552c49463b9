/**
 * The REST API (v1): thin resources that parse a request, hand it to the engine and map the
 * result, and one problem+json shape for every error.
 */
package org.assay.api;
