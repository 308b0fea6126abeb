package io.streamhub.local.service;

/**
 * The ports the local stack's services listen on (ARCHITECTURE.md fixes them; tests use
 * free ones).
 *
 * @param router the router's GraphQL endpoint
 * @param users the users subgraph
 */
public record LocalPorts(int router, int users) {

	/** The fixed local ports of ARCHITECTURE.md. */
	public static final LocalPorts FIXED = new LocalPorts(4000, 4001);

	public String routerUrl() {
		return "http://localhost:" + this.router + "/graphql";
	}

	public String usersUrl() {
		return "http://localhost:" + this.users + "/graphql";
	}

}
