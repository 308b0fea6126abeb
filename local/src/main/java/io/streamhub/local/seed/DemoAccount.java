package io.streamhub.local.seed;

/**
 * A seeded account with its known password.
 *
 * @param role the role it was given
 * @param username its username
 * @param email its email
 * @param password its password (demo only)
 */
public record DemoAccount(String role, String username, String email, String password) {

}
