/**
 * Who is signed in: users from configuration, whose passwords are configured or generated on first
 * start, checked for HTTP Basic; bearer tokens are checked by smallrye-jwt once an identity
 * provider's key is configured.
 */
package org.assay.security;
