/**
 * The analyst's page: its files, served under a URL that names their version, so that a browser never keeps an old one.
 */
package org.assay.web;
