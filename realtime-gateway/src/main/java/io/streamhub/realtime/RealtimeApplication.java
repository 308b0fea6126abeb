package io.streamhub.realtime;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The realtime gateway: GraphQL subscriptions over WebSocket
 * ({@code graphql-transport-ws} on port 4010, path {@code /graphql}), fed by the Redis
 * event streams and resolved through the federation engine. Configuration lives in
 * {@code realtime.yml} ({@code spring.config.name=realtime}) so that several services can
 * share one JVM.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RealtimeApplication {

	/**
	 * The builder every launcher uses (this class's {@code main} and {@code local/}).
	 * @return a builder with this service's sources and configuration name
	 */
	public static SpringApplicationBuilder application() {
		return new SpringApplicationBuilder(RealtimeApplication.class).properties("spring.config.name=realtime");
	}

	public static void main(String[] args) {
		application().run(args);
	}

}
