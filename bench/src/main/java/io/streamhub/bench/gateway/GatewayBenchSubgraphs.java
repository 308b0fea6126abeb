package io.streamhub.bench.gateway;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import graphql.schema.GraphQLSchema;

/**
 * Starts the benchmark's four subgraphs on fixed loopback ports (accounts 4201, inventory
 * 4202, products 4203, reviews 4204, or from {@code --base-port=N}: N+1..N+4) and runs
 * until killed.
 */
public final class GatewayBenchSubgraphs {

	private GatewayBenchSubgraphs() {
	}

	public static void main(String[] args) throws IOException, InterruptedException {
		// The JDK HttpServer writes a response's headers and body separately; without
		// TCP_NODELAY, Nagle's algorithm meets the client's delayed ACK and every
		// response
		// waits ~40 ms, a latency floor that would cap every gateway in front of these
		// subgraphs.
		System.setProperty("sun.net.httpserver.nodelay", "true");
		int basePort = basePort(args);
		int threads = Integer.getInteger("bench.subgraph.threads", 8);
		boolean memoize = Boolean.parseBoolean(System.getProperty("bench.subgraph.memoize", "true"));
		List<SubgraphServer> servers = new ArrayList<>();
		servers.add(start("accounts", basePort + 1, AccountsSubgraph.schema(), threads, memoize));
		servers.add(start("inventory", basePort + 2, InventorySubgraph.schema(), threads, memoize));
		servers.add(start("products", basePort + 3, ProductsSubgraph.schema(), threads, memoize));
		servers.add(start("reviews", basePort + 4, ReviewsSubgraph.schema(), threads, memoize));
		Runtime.getRuntime().addShutdownHook(new Thread(() -> servers.forEach(SubgraphServer::close)));
		System.out.println("bench subgraphs ready");
		new CountDownLatch(1).await();
	}

	private static SubgraphServer start(String name, int port, GraphQLSchema schema, int threads, boolean memoize)
			throws IOException {
		SubgraphServer server = SubgraphServer.start("127.0.0.1", port, schema, threads, memoize);
		System.out.println(name + " http://127.0.0.1:" + server.port() + "/graphql");
		return server;
	}

	private static int basePort(String[] args) {
		for (String arg : args) {
			if (arg.startsWith("--base-port=")) {
				return Integer.parseInt(arg.substring("--base-port=".length()));
			}
		}
		return 4200;
	}

}
