package io.streamhub.users.account;

/**
 * A validated registration: e-mail trimmed, username lower-cased.
 *
 * @param email the e-mail address
 * @param username the username
 * @param password the clear-text password (hashed before storing)
 * @param displayName the display name
 */
record Registration(String email, String username, String password, String displayName) {

	@Override
	public String toString() {
		return "Registration[email=" + this.email + ", username=" + this.username + "]";
	}

}
