package io.streamhub.local.service;

import java.util.function.IntSupplier;

/**
 * The ports the local stack's services listen on (ARCHITECTURE.md fixes them; tests use
 * free ones).
 *
 * @param router the router's GraphQL endpoint
 * @param users the users subgraph
 * @param videos the videos subgraph
 * @param comments the comments subgraph
 * @param discovery the discovery subgraph
 * @param availability the availability subgraph
 * @param realtime the realtime gateway (WebSocket)
 * @param mediaWorker the media worker (health and metrics only)
 */
public record LocalPorts(int router, int users, int videos, int comments, int discovery, int availability, int realtime,
		int mediaWorker) {

	/** The fixed local ports of ARCHITECTURE.md. */
	public static final LocalPorts FIXED = new LocalPorts(4000, 4001, 4002, 4003, 4004, 4005, 4010, 4020);

	/**
	 * Ports nothing listens on yet (tests).
	 * @param next where free ports come from
	 * @return eight free ports
	 */
	public static LocalPorts free(IntSupplier next) {
		return new LocalPorts(next.getAsInt(), next.getAsInt(), next.getAsInt(), next.getAsInt(), next.getAsInt(),
				next.getAsInt(), next.getAsInt(), next.getAsInt());
	}

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

	public String discoveryUrl() {
		return graphQl(this.discovery);
	}

	public String availabilityUrl() {
		return graphQl(this.availability);
	}

	/**
	 * The realtime gateway's WebSocket endpoint (graphql-transport-ws).
	 * @return the ws:// URL
	 */
	public String realtimeUrl() {
		return "ws://localhost:" + this.realtime + "/graphql";
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
