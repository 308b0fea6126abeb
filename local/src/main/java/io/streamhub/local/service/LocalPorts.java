package io.streamhub.local.service;

/**
 * The ports the local stack's services listen on (ARCHITECTURE.md fixes them; tests use
 * free ones).
 *
 * @param router the router's GraphQL endpoint
 * @param users the users subgraph
 * @param videos the videos subgraph
 * @param comments the comments subgraph
 */
public record LocalPorts(int router, int users, int videos, int comments) {

	/** The fixed local ports of ARCHITECTURE.md. */
	public static final LocalPorts FIXED = new LocalPorts(4000, 4001, 4002, 4003);

	public String routerUrl() {
		return graphQl(this.router);
	}

	public String usersUrl() {
		return graphQl(this.users);
	}

	public String videosUrl() {
		return graphQl(this.videos);
	}

	public String commentsUrl() {
		return graphQl(this.comments);
	}

	/**
	 * Where every service fetches the users subgraph's public keys.
	 * @return the JWKS URL
	 */
	public String jwksUrl() {
		return "http://localhost:" + this.users + "/.well-known/jwks.json";
	}

	private static String graphQl(int port) {
		return "http://localhost:" + port + "/graphql";
	}

}
