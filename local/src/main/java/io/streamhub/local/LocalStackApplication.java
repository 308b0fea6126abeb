package io.streamhub.local;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

import io.streamhub.local.seed.DemoAccount;
import io.streamhub.local.service.LocalPorts;
import io.streamhub.local.service.LocalServices;

/**
 * {@code java -jar local/target/streamhub-local.jar}: starts the platform on embedded
 * defaults, prints the URLs and the demo accounts, and runs until Ctrl-C, which stops
 * every service and the infrastructure cleanly.
 */
public final class LocalStackApplication {

	private LocalStackApplication() {
	}

	public static void main(String[] args) throws InterruptedException {
		long started = System.nanoTime();
		LocalStack stack = LocalStack.start(LocalPorts.FIXED);
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			stack.close();
			stopped.countDown();
		}, "local-stack-shutdown"));
		printBanner(System.out, stack, (System.nanoTime() - started) / 1_000_000);
		stopped.await();
	}

	private static void printBanner(PrintStream out, LocalStack stack, long millis) {
		LocalPorts ports = stack.ports();
		var infrastructure = stack.infrastructure();
		out.println();
		out.println("StreamHub is running (started in " + millis + " ms). Ctrl-C stops everything.");
		out.println("  Router (the supergraph)  " + ports.routerUrl());
		out.println("  users subgraph           " + ports.usersUrl() + "   JWKS http://localhost:" + ports.users()
				+ "/.well-known/jwks.json");
		out.println("  videos subgraph          " + ports.videosUrl());
		out.println("  comments subgraph        " + ports.commentsUrl());
		out.println("  discovery subgraph       " + ports.discoveryUrl());
		out.println("  availability subgraph    " + ports.availabilityUrl() + "   webhook POST http://localhost:"
				+ ports.availability() + "/webhooks/availability/" + LocalServices.DEMO_PLATFORM + " (secret "
				+ LocalServices.DEMO_WEBHOOK_SECRET + ")");
		out.println("  realtime gateway         " + ports.realtimeUrl() + " (graphql-transport-ws)");
		out.println("  media worker             http://localhost:" + ports.mediaWorker() + "/actuator/health");
		out.println("  PostgreSQL               " + infrastructure.postgres().jdbcUrl("streamhub") + " (user "
				+ infrastructure.postgres().username() + ")");
		out.println("  Redis                    " + infrastructure.redis().uri());
		out.println("  S3-compatible store      " + infrastructure.s3().endpoint() + " (bucket streamhub-media)");
		out.println("  Elasticsearch            " + infrastructure.elasticsearch().url());
		out.println("Demo accounts (log in with the login mutation):");
		for (DemoAccount account : stack.accounts()) {
			out.printf("  %-8s %-8s password %s%n", account.role(), account.username(), account.password());
		}
		out.println();
	}

}
