package org.assay.security;

import java.util.Set;

/** A user who signs in with a password: their name, roles, and what the service keeps of the password. */
record Account(String name, Set<String> roles, PasswordHash password) {
}
